"""Command line: build the warehouse, query or export the published copy, review a run.

    python -m pipelines build                 # RAW_DIR -> WAREHOUSE_PATH, then publish
    python -m pipelines query "select ..."    # read-only, against PUBLISHED_PATH
    python -m pipelines export                # marts -> warehouse/exports/*.parquet
    python -m pipelines review                # warehouse/reports/<run>.html and latest.html
    python -m pipelines dictionary            # the data dictionary, from the COMMENTs
"""
from __future__ import annotations

import argparse
import csv
import logging
import os
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


def _published() -> Path:
    path = load_settings().published_path
    if not path.exists():
        raise SystemExit(f"no published warehouse at {path}: run `python -m pipelines build` first")
    return path


def query(sql: str) -> int:
    import duckdb

    with duckdb.connect(str(_published()), read_only=True) as con:
        cursor = con.execute(sql)
        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        writer.writerow([d[0] for d in cursor.description])
        while batch := cursor.fetchmany(1000):
            writer.writerows(batch)
    return 0


def export(fmt: str, out: Path | None, include_core: bool) -> int:
    from pipelines.load.export import export_relations

    out = out or load_settings().warehouse_path.parent / "exports"
    for path in export_relations(_published(), out, fmt, include_core):
        print(path)
    return 0


def review(run_id: str | None, out: Path | None, max_documents: int | None) -> int:
    from pipelines.review import MAX_DOCUMENTS, write_review

    out = out or load_settings().warehouse_path.parent / "reports"
    try:
        print(write_review(_published(), out, run_id, max_documents or MAX_DOCUMENTS))
    except LookupError as error:
        raise SystemExit(str(error)) from None
    return 0


def dictionary(readme: Path | None) -> int:
    from pipelines.load.dictionary import dictionary_markdown, empty_warehouse, replace_readme_block

    text = dictionary_markdown(empty_warehouse())
    if readme is None:
        sys.stdout.write(text)
    else:
        readme.write_text(replace_readme_block(readme.read_text(encoding="utf-8"), text), encoding="utf-8")
        print(f"updated the data dictionary in {readme}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pharma-warehouse", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="build the warehouse from RAW_DIR and publish it")
    q = commands.add_parser("query", help="run read-only SQL against the published warehouse (TSV out)")
    q.add_argument("sql")
    e = commands.add_parser("export", help="write the published marts to Parquet or CSV files")
    e.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    e.add_argument("--out", type=Path, help="folder (default: exports/ beside WAREHOUSE_PATH)")
    e.add_argument("--core", action="store_true", help="also export every core table")
    r = commands.add_parser("review", help="write the HTML review page of a load run")
    r.add_argument("--run", help="load_runs.run_id (default: the latest run)")
    r.add_argument("--out", type=Path, help="folder (default: reports/ beside WAREHOUSE_PATH)")
    r.add_argument("--max-documents", type=int, help="show at most this many of the run's documents")
    d = commands.add_parser("dictionary", help="print the data dictionary generated from the table comments")
    d.add_argument("--write", type=Path, metavar="README", help="replace the dictionary block in this file instead")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build()
    if args.command == "query":
        return query(args.sql)
    if args.command == "export":
        return export(args.format, args.out, args.core)
    if args.command == "review":
        return review(args.run, args.out, args.max_documents)
    return dictionary(args.write)


def run() -> None:
    """The process entry point (`python -m pipelines`, `pharma-warehouse`): `main`, then an exit
    that skips the interpreter's teardown. Every file and connection is closed by then; the
    teardown would only free, one at a time, the ~280,000 container objects (and their strings)
    of Dagster, pandas and the extractors that the OS reclaims at once (0.3-0.5 s, a quarter of a
    no-op rerun). Errors (SystemExit from argparse or a failed build's message, exceptions) take
    the ordinary exit."""
    try:
        code = main()
    except BrokenPipeError:     # `query ... | head`: the reader stopped reading; no traceback for that
        code = 1                # (as Python's documentation on SIGPIPE does)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError:         # that same reader: nothing left to tell it
            pass
    os._exit(code)
