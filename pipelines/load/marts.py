"""The analyst marts: views in schema `marts`, defined in warehouse/marts.sql.

The loader re-creates them inside its transaction, so a published copy always carries views
that match its tables; row counts and previews feed Dagster metadata and the CLI.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

MARTS_SQL = Path(__file__).resolve().parents[2] / "warehouse" / "marts.sql"
MARTS_SCHEMA = "marts"


def apply_marts(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(MARTS_SQL.read_text(encoding="utf-8"))


def mart_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(
        "select view_name from duckdb_views() where schema_name = ? and database_name = current_database() "
        "order by view_name", [MARTS_SCHEMA]).fetchall()]


def mart_previews(warehouse_path: Path, rows: int = 5) -> dict[str, tuple[int, list[str], list[tuple]]]:
    """Mart -> (row count, column names, first rows), read without locking out a writer."""
    previews = {}
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        for name in mart_names(con):
            # the count rides along as a window over the same scan: each view is computed once
            cursor = con.execute(f"select count(*) over () as rows_in_mart, * from {MARTS_SCHEMA}.{name} "
                                 f"limit {int(rows)}")
            first = cursor.fetchall()
            previews[name] = (first[0][0] if first else 0, [d[0] for d in cursor.description][1:],
                              [row[1:] for row in first])
    return previews


def _cell(value: object, width: int) -> str:
    text = "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= width else text[:width - 1] + "…"


def previews_markdown(previews: dict[str, tuple[int, list[str], list[tuple]]], rows: int = 3,
                      columns: int = 6, width: int = 40) -> str:
    """Row count and first rows of each mart, narrow enough to read in the Dagster UI."""
    parts = []
    for name, (count, names, first) in previews.items():
        shown = names[:columns]
        lines = [f"**{MARTS_SCHEMA}.{name}**: {count} rows", "",
                 "| " + " | ".join(shown) + " |", "|" + "---|" * len(shown)]
        lines += ["| " + " | ".join(_cell(v, width) for v in row[:columns]) + " |" for row in first[:rows]]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) or "no marts yet"
