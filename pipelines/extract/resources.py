"""The extractors' data files (registry, gazetteer, lexicons), each parsed once per process.

YAML goes through libyaml's C loader when PyYAML has it: the pure-Python loader takes
seconds over the registry and the gazetteer, which every worker process would pay.
The parsed files and the structures that take long to build from them (the agency registry) are also
kept as pickles between processes, keyed by a fingerprint of this package's code and data.
"""
from __future__ import annotations

import atexit
import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import ahocorasick
import yaml

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
CACHE_ENV = "PHARMA_CACHE_DIR"      # where built structures are kept; default ~/.cache/pharma-policy-warehouse

DATA = PACKAGE / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """The parsed content of data/<name>; shared, so callers must not mutate it. Kept as a pickle too, which
    loads in a fraction of libyaml's time (divisions.yaml, parsed in every warm-up: 0.6 ms against 22 ms)."""
    return built_once(f"yaml-{Path(name).stem}",
                      lambda: yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=_LOADER))


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """The entries of the word list data/<name>: one per line, blank lines and # comments left out."""
    text = (DATA / name).read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def files_digest(root: Path, targets: Iterable[Path], salt: str = "") -> str:
    """Short hash of the files at or below `targets` (names relative to `root`, and contents), and `salt`."""
    digest = hashlib.sha256(salt.encode())
    for target in targets:
        for path in sorted(target.rglob("*")) if target.is_dir() else [target]:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of every file of this package (code and data) and of the interpreter and automaton
    library versions: anything a built structure could depend on."""
    library = getattr(ahocorasick, "__version__", None) or getattr(ahocorasick, "__file__", "")
    return files_digest(PACKAGE, [PACKAGE], f"{sys.version}|{library}")


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "pharma-policy-warehouse")


def freeze_heap() -> None:
    """Takes every object alive now out of the cyclic collector's reach for the rest of the process:
    imported modules and warm caches (~200,000 objects) live as long as it does, and each full
    collection would walk them all again (~0.1 s apiece, two or three a build). Unfrozen at exit,
    where the interpreter's last collection finalises extension objects (DuckDB's complain if not)."""
    global _unfreeze_registered
    gc.freeze()
    if not _unfreeze_registered:
        atexit.register(gc.unfreeze)
        _unfreeze_registered = True


_unfreeze_registered = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """For code that builds many long-lived objects at once (unpickling the registry, warming the
    caches): the cyclic collector would walk the young ones again and again while it does (nearly
    half the load time of the registry)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def built_once(name: str, build: Callable[[], T]) -> T:
    """`build()`, or the pickle an earlier process left of it for the same code and data.

    Any trouble with the cache (unwritable folder, truncated file) only means building again."""
    path = cache_dir() / f"{name}-{extractor_fingerprint()}.pickle"
    try:
        with open(path, "rb") as f, collector_paused():
            return pickle.load(f)
    except Exception:  # absent or unusable: build it
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{name}-*.pickle"):     # other versions' copies
            stale.unlink(missing_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        with open(partial, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)       # readers see the whole file or none
    except Exception:  # a read-only home still gets a working (uncached) build
        pass
    return value
