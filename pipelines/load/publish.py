"""Publish a finished warehouse for readers by copy-then-rename.

BI tools open the published copy, never the file being loaded: `os.replace` swaps the
whole file atomically, so a reader sees the previous load or the new one, never half of
one, and a load never waits for a reader's lock.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def publish(warehouse_path: Path, published_path: Path) -> Path:
    published_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{published_path.name}.", suffix=".tmp", dir=published_path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp, open(warehouse_path, "rb") as src:
            shutil.copyfileobj(src, tmp, 1 << 20)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, 0o644)   # mkstemp makes it private; readers are other users
        os.replace(tmp_name, published_path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return published_path


def needs_publish(warehouse_path: Path, published_path: Path) -> bool:
    """True when readers' copy is missing or older than the warehouse."""
    if not warehouse_path.exists():
        return False
    return not published_path.exists() or published_path.stat().st_mtime_ns < warehouse_path.stat().st_mtime_ns
