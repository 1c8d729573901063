"""Command line: build the warehouse, query the published copy, export tables.

    python -m pipelines build                 # RAW_DIR -> WAREHOUSE_PATH, then publish
    python -m pipelines query "select ..."    # read-only, against PUBLISHED_PATH
    python -m pipelines export --format parquet --out warehouse/exports
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from pipelines.config import load_settings

SUMMARY_TABLES = ("documents", "quarantine", "agencies", "agency_mentions", "people", "person_mentions",
                  "date_mentions", "events", "directives", "directive_mentions")


def build() -> int:
    """Materializes the Dagster job in-process, so the CLI runs exactly what the scheduler runs."""
    from dagster import DagsterInstance

    from pipelines.definitions import defs

    settings = load_settings()
    job = defs.resolve_job_def("build_warehouse")
    with DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(instance=instance, raise_on_error=False)
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        print(f"build failed at {', '.join(failed) or 'a step'}; last good warehouse kept", file=sys.stderr)
        return 1
    load = result.output_for_node("warehouse")
    c = load.counts
    print(f"raw dir    {settings.raw_dir}\nwarehouse  {settings.warehouse_path}\npublished  {settings.published_path}")
    print(f"files {c.files_seen}: {c.new} new, {c.changed} changed, {c.unchanged} unchanged, {c.removed} removed, "
          f"{c.quarantined} quarantined" + ("" if load.wrote else " (nothing to load)"))
    for table in SUMMARY_TABLES:
        if table in load.table_rows:
            print(f"  {table:<20}{load.table_rows[table]:>8}")
    return 0


def _connect_published():
    import duckdb

    path = load_settings().published_path
    if not path.exists():
        raise SystemExit(f"no published warehouse at {path}: run `python -m pipelines build` first")
    return duckdb.connect(str(path), read_only=True)


def query(sql: str) -> int:
    with _connect_published() as con:
        cursor = con.execute(sql)
        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        writer.writerow([d[0] for d in cursor.description])
        while batch := cursor.fetchmany(1000):
            writer.writerows(batch)
    return 0


def export(fmt: str, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with _connect_published() as con:
        tables = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                            "where table_schema = 'main' order by table_name").fetchall()]
        for table in tables:
            target = out / f"{table}.{fmt}"
            relation = con.table(table)
            relation.write_parquet(str(target)) if fmt == "parquet" else relation.write_csv(str(target))
            print(target)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pharma-warehouse", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="build the warehouse from RAW_DIR and publish it")
    q = commands.add_parser("query", help="run read-only SQL against the published warehouse (TSV out)")
    q.add_argument("sql")
    e = commands.add_parser("export", help="write every published table to Parquet or CSV")
    e.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    e.add_argument("--out", type=Path, default=Path("warehouse/exports"))
    args = parser.parse_args(argv)
    if args.command == "build":
        return build()
    if args.command == "query":
        return query(args.sql)
    return export(args.format, args.out)
