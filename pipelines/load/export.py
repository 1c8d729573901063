"""Files for tools that read files (Parquet, CSV), written from the published warehouse.

Each file is written beside its target and renamed into place, so a tool polling the folder
never reads half a file.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from pipelines.load.marts import MARTS_SCHEMA, mart_names

CORE_SCHEMA = "main"


def export_relations(published_path: Path, out: Path, fmt: str = "parquet", include_core: bool = False) -> list[Path]:
    """Every mart (and, if asked, every core table) to `<out>/<name>.<fmt>`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with duckdb.connect(str(published_path), read_only=True) as con:
        names = [(MARTS_SCHEMA, n) for n in mart_names(con)]
        if include_core:
            names += [(CORE_SCHEMA, r[0]) for r in con.execute(
                "select table_name from duckdb_tables() where schema_name = ? and database_name = current_database() "
                "and not internal order by table_name", [CORE_SCHEMA]).fetchall()]
        for schema, name in names:
            target = out / f"{name}.{fmt}"
            partial = target.with_name(f".{target.name}.partial")
            relation = con.table(f"{schema}.{name}")
            if fmt == "parquet":
                relation.write_parquet(str(partial))
            else:
                relation.write_csv(str(partial))
            os.replace(partial, target)
            written.append(target)
    return written
