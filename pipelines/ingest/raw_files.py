"""The files under RAW_DIR: listed by stat alone, read safely one at a time, named by the hash
of their bytes, and `Rejected` when one cannot become a document (with the stage and a reason
the quarantine table shows)."""
from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pipelines.load.records import Row


class Rejected(Exception):
    """A file that cannot become a document; `stage` says where it failed."""

    def __init__(self, stage: str, reason: str):
        super().__init__(f"{stage}: {reason}")
        self.stage = stage
        self.reason = reason


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class RawFile:
    source_path: str
    size: int
    modified_ns: int


@dataclass(frozen=True)
class ScanResult:
    raw_dir: str
    files: tuple[RawFile, ...]
    quarantine: tuple[Row, ...] = ()


def quarantine_row(source_path: str | None, stage: str, reason: str, detail: str | None = None,
                   doc_id: str | None = None, table_name: str | None = None, row_json: str | None = None) -> Row:
    return {"source_path": source_path, "doc_id": doc_id, "stage": stage, "reason": reason, "detail": detail,
            "table_name": table_name, "row_json": row_json}


# Real article pages are well under 2 MB even with inline images; a bigger file is a dump or an
# archive, and parsing it would stall a worker for minutes. Quarantined from its size alone.
MAX_PAGE_BYTES = 10 * 2**20
TOO_LARGE = f"larger than the {MAX_PAGE_BYTES // 2**20} MB page limit"


def _within(path: str, root: str) -> bool:
    """Whether a resolved path is root or lies below it (string functions: this runs for every file)."""
    return path == root or path.startswith(os.path.join(root, ""))


def scan_raw_files(raw_dir: Path) -> ScanResult:
    """Every visible file under raw_dir, by stat only (cheap enough for a no-op rerun).

    Symlinks are followed only when they resolve inside raw_dir; anything else that is not a
    regular file is quarantined, so every entry is accounted for. Dot-files are skipped.
    """
    root = raw_dir.resolve()
    files: list[RawFile] = []
    rejected: list[Row] = []

    def walk(folder: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            rejected.append(quarantine_row(folder, "scan", "folder unreadable", str(exc)))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_symlink() and not _within(target := os.path.realpath(entry.path), str(root)):
                    rejected.append(quarantine_row(entry.path, "scan", "points outside RAW_DIR", target))
                elif entry.is_dir(follow_symlinks=False):
                    walk(entry.path)
                else:
                    info = os.stat(entry.path)
                    if stat.S_ISREG(info.st_mode) and info.st_size > MAX_PAGE_BYTES:
                        rejected.append(quarantine_row(entry.path, "scan", TOO_LARGE, f"{info.st_size} bytes"))
                    elif stat.S_ISREG(info.st_mode):
                        files.append(RawFile(entry.path, info.st_size, info.st_mtime_ns))
                    else:
                        rejected.append(quarantine_row(entry.path, "scan", "not a regular file"))
            except OSError as exc:
                rejected.append(quarantine_row(entry.path, "scan", "vanished or unreadable", str(exc)))

    if not root.is_dir():
        raise FileNotFoundError(f"RAW_DIR {root} is not a folder")
    walk(str(root))
    return ScanResult(str(root), tuple(files), tuple(rejected))


def read_raw_file(source_path: str, raw_dir: str) -> bytes:
    """Reads a file only if it still resolves inside raw_dir (given resolved, as ScanResult keeps
    it; a symlink may change under us), through the resolved path, and never more than
    MAX_PAGE_BYTES (it may have grown)."""
    resolved = os.path.realpath(source_path)
    if not _within(resolved, raw_dir):
        raise Rejected("scan", "points outside RAW_DIR")
    with open(resolved, "rb") as f:
        # sized from the file: read(MAX_PAGE_BYTES + 1) allocates 10 MB for every 30 KB page
        size = os.fstat(f.fileno()).st_size
        data = f.read(min(size, MAX_PAGE_BYTES) + 1)
        if len(data) > size:        # it grew since: on to the limit, as one read would
            data += f.read(MAX_PAGE_BYTES + 1 - len(data))
    if len(data) > MAX_PAGE_BYTES:
        raise Rejected("scan", TOO_LARGE)
    return data
