"""Where the pipeline reads and writes, from the environment.

Read at run time (never at import) so a sensor, a test or the CLI can point the same
code at another folder just by setting RAW_DIR / WAREHOUSE_PATH / PUBLISHED_PATH.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_RAW_DIR = "raw"
DEFAULT_WAREHOUSE_PATH = "warehouse/pharma_policy.duckdb"
DEFAULT_PUBLISHED_PATH = "warehouse/published/pharma_policy.duckdb"
# Staging workers: one per core (parsing and extraction are CPU-bound).
PARSE_WORKERS = max(1, os.cpu_count() or 1)
# Files a staging worker pulls from the pool's queue at a time: small, so both cores stay busy
# to the last page.
CHUNK_FILES = 10
# Documents a worker stages before it validates them and writes Parquet: enough to amortise
# Pandera's fixed cost per validated frame (~0.3 s for the ten tables), few enough that a
# worker's rows stay small (~20 KB a document: 40 MB) however large the run.
BATCH_SIZE = 2000
# Partitions of the scaled-out build (pipelines.assets.partitioned): buckets of source paths.
DEFAULT_PARTITIONS = 8


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    warehouse_path: Path
    published_path: Path

    @property
    def staging_dir(self) -> Path:
        """Per-run Parquet batches live beside the warehouse, on the same disk."""
        return self.warehouse_path.parent / "staging"


def load_settings(env: Mapping[str, str] | None = None, **overrides: str | None) -> Settings:
    """Explicit overrides win over the environment, which wins over the defaults."""
    env = os.environ if env is None else env

    def pick(key: str, default: str) -> Path:
        value = overrides.get(key.lower()) or env.get(key) or default
        return Path(value).expanduser().resolve()

    return Settings(raw_dir=pick("RAW_DIR", DEFAULT_RAW_DIR),
                    warehouse_path=pick("WAREHOUSE_PATH", DEFAULT_WAREHOUSE_PATH),
                    published_path=pick("PUBLISHED_PATH", DEFAULT_PUBLISHED_PATH))
