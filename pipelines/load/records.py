"""The records a run's stages hand each other, and the warehouse state a plan starts from.

Light on purpose (DuckDB only, no pandas or Pandera): a rerun with nothing new runs every
Dagster step on these alone, so it never imports the parsers and dataframe libraries
(nearly a second of start-up).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

Row = dict[str, Any]        # one table row: column -> value


@dataclass(frozen=True)
class WarehouseState:
    """What a plan needs to know about the last good load."""
    sources: dict[str, tuple[str, int, int, str]]        # path -> (doc_id, size, modified_ns, pipeline_version)
    quarantined_files: frozenset[tuple[str, str | None]]  # (path, doc_id or None at scan) rejected as a whole


@dataclass(frozen=True)
class RunCounts:
    files_seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    quarantined: int = 0


def read_state(warehouse_path: Path) -> WarehouseState:
    if not warehouse_path.exists():
        return WarehouseState({}, frozenset())
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
        if not {"documents", "document_sources", "quarantine"} <= tables:
            return WarehouseState({}, frozenset())
        sources = {path: (doc_id, size, mtime, version) for path, doc_id, size, mtime, version in con.execute(
            "select s.source_path, s.doc_id, s.file_size, s.modified_ns, d.pipeline_version "
            "from document_sources s join documents d using (doc_id)").fetchall()}
        rejected = frozenset(con.execute(
            "select distinct source_path, doc_id from quarantine "
            "where (table_name is null or table_name = 'documents') and source_path is not null").fetchall())
    return WarehouseState(sources, rejected)


@dataclass(frozen=True)
class StagedBatches:
    """Validated Parquet files of a run, per table, plus what staging quarantined."""
    run_dir: str
    files: dict[str, list[str]] = field(default_factory=dict)
    quarantine: tuple[Row, ...] = ()

    def rows(self, table: str) -> int:
        paths = self.files.get(table, [])
        if not paths:
            return 0
        import pyarrow.parquet as pq     # only where there are files to count (never in a no-op run)

        return sum(pq.ParquetFile(p).metadata.num_rows for p in paths)


@dataclass(frozen=True)
class LoadResult:
    """What a load did: whether it wrote, the run's file counts, and the tables' rows after it."""
    wrote: bool
    counts: RunCounts
    table_rows: dict[str, int]

