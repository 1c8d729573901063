"""Shared fixtures: real corpus pages copied into a temporary RAW_DIR, and settings pointing
every output into the test's temporary folder."""
from __future__ import annotations

import importlib.util
import shutil
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import pytest

from pipelines.config import Settings, load_settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"


@lru_cache(maxsize=1)
def shared_scorer() -> ModuleType:
    """../shared/eval/score.py as a module, so gold tests count exactly as the issue's scorer does."""
    spec = importlib.util.spec_from_file_location("shared_eval_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Real pages in English and Chinese, one with web furniture.
SAMPLE_PAGES = ("d01_cfda_sino_japanese_symposium.txt", "e02_two_invoice_system_notice.txt",
                "f01_linyi_mpa_inspection.txt")


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in SAMPLE_PAGES:
        shutil.copy(CORPUS / name, folder / name)
    return folder


@pytest.fixture
def settings(tmp_path: Path, raw_dir: Path) -> Settings:
    return load_settings(env={}, raw_dir=str(raw_dir), warehouse_path=str(tmp_path / "wh" / "pharma.duckdb"),
                         published_path=str(tmp_path / "wh" / "published" / "pharma.duckdb"))


def add_bad_files(raw_dir: Path, outside: Path) -> int:
    """An empty file, binary bytes named .html, and a symlink escaping RAW_DIR: 3 files."""
    (raw_dir / "empty.txt").write_bytes(b"")
    (raw_dir / "image.html").write_bytes(bytes(range(256)) * 8)
    outside.write_text("secret page outside RAW_DIR", encoding="utf-8")
    (raw_dir / "escape.txt").symlink_to(outside)
    return 3
