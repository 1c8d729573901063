"""Asset checks derived from the Pandera table models: one check per asset, a result per
table in its metadata (each check is a step and a pair of run events: per-table checks cost
Dagster ~10 ms each, more than most of the validations they report).

On the staged facts: did any staged row fail its table's model (those rows were quarantined,
the rest went on)? On the warehouse, blocking: do the tables the load builds or rewrites
satisfy their models, and do the fact rows it copied still point at loaded documents and
events? A failure stops the publish, so readers keep the last good copy.

Where rows are made, they are validated: fact rows by their models while staged, in the pool;
the documents table (whose source_path and duplicate_of the load rewrites), the derived
dimensions and the run log again after the load. The load copies fact rows from validated
Parquet unchanged, so what it could break there is integrity, which one SQL query per
table checks.
"""

import duckdb
from dagster import AssetCheckResult, AssetCheckSeverity, AssetChecksDefinition, AssetKey, MetadataValue, \
    asset_check

from pipelines.assets.metadata import markdown_table, quarantine_preview
from pipelines.assets.resources import PipelineSettings
from pipelines.load.publish import needs_publish
from pipelines.load.records import StagedBatches
from schemas import DOCUMENT_TABLE_NAMES, TABLE_NAMES

LAST_RUN = "(select run_id from load_runs order by finished_at desc limit 1)"
CHECK_CHUNK_ROWS = 50_000   # rows validated at a time: few Pandera calls (a fixed cost each), bounded memory
# Copied unchanged by the load from Parquet its staging validated; the rest is built or rewritten by the load.
COPIED_TABLES = [t for t in DOCUMENT_TABLE_NAMES if t != "documents"]
REBUILT_TABLES = [t for t in TABLE_NAMES if t not in COPIED_TABLES]
# What each fact row points at, besides its document.
PARENTS = {"event_agencies": ("event_id", "events"), "event_attendees": ("event_id", "events")}


def staged_rows_check(asset_key: AssetKey) -> AssetChecksDefinition:
    @asset_check(asset=asset_key, name="staged_rows_valid",
                 description="No staged row failed its table's Pandera model (failing rows are quarantined).")
    def check(staged: StagedBatches) -> AssetCheckResult:
        failed = {table: [r for r in staged.quarantine if r["stage"] == "validate" and r["table_name"] == table]
                  for table in DOCUMENT_TABLE_NAMES}
        return AssetCheckResult(
            passed=not any(failed.values()), severity=AssetCheckSeverity.ERROR,
            metadata={**{f"quarantined_{t}": len(rows) for t, rows in failed.items()},
                      "preview": quarantine_preview([r for rows in failed.values() for r in rows])})
    return check


def rows_of_last_load(table: str) -> str:
    """SQL selecting what the last load could have changed: its documents' rows, or the whole
    (small) derived table. The last load, not this run: a no-op rerun must not publish a load
    whose checks failed."""
    if table == "documents":
        return f"select * from documents where run_id = {LAST_RUN}"
    if table in DOCUMENT_TABLE_NAMES:
        return f"select t.* from {table} t join documents d using (doc_id) where d.run_id = {LAST_RUN}"
    if table in ("document_sources", "quarantine", "load_runs"):
        return f"select * from {table} where run_id = {LAST_RUN}"
    return f"select * from {table}"


def validate_loaded_table(con: duckdb.DuckDBPyConnection, table: str) -> tuple[int, list[str]]:
    """(rows checked, failed checks) of the table's rows of the last load against its model."""
    import pandera.pandas as pa     # only a check that validates needs Pandera (a no-op rerun's does not)

    from schemas.models import TABLE_SCHEMAS

    model = TABLE_SCHEMAS[table]
    checked, failed = 0, set()
    for batch in con.sql(rows_of_last_load(table)).to_arrow_reader(CHECK_CHUNK_ROWS):
        frame = batch.to_pandas()
        checked += len(frame)
        try:
            model.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as error:
            failed.update(f"{c.column}: {c.check}" for c in error.failure_cases.itertuples())
    return checked, sorted(failed)


def orphan_rows(con: duckdb.DuckDBPyConnection, table: str) -> tuple[int, list[str]]:
    """(rows of the table, failed checks): rows whose document, or event, is not loaded."""
    column, parent = PARENTS.get(table, (None, None))
    missing_parent = (f"count(*) filter (where {column} not in (select {column} from {parent}))"
                      if column else "0")
    total, orphans, parentless = con.execute(
        f"select count(*), count(*) filter (where doc_id not in (select doc_id from documents)), "
        f"{missing_parent} from {table}").fetchone()
    failed = [f"doc_id: {orphans} rows name no loaded document"] if orphans else []
    if parentless:
        failed.append(f"{column}: {parentless} rows name no loaded {parent[:-1]}")
    return total, failed


def loaded_tables_check(asset_key: AssetKey) -> AssetChecksDefinition:
    @asset_check(asset=asset_key, name="tables_valid", blocking=True,
                 description="Tables the load built or rewrote satisfy their Pandera models (rows of the last "
                             "load); the fact rows it copied point at loaded documents and events.")
    def check(settings: PipelineSettings) -> AssetCheckResult:
        paths = settings.resolve()
        if not needs_publish(paths.warehouse_path, paths.published_path):
            # readers already have this very file: it was checked when it was loaded
            note = "no warehouse yet" if not paths.warehouse_path.exists() else "published copy is current"
            return AssetCheckResult(passed=True, metadata={"note": note})
        with duckdb.connect(str(paths.warehouse_path), read_only=True) as con:
            results = {t: validate_loaded_table(con, t) for t in REBUILT_TABLES}
            results.update({t: orphan_rows(con, t) for t in COPIED_TABLES})
        failing = {t: failed for t, (_, failed) in results.items() if failed}
        return AssetCheckResult(passed=not failing, metadata={
            **{f"checked_rows_{t}": rows for t, (rows, _) in results.items()},
            "failing_tables": sorted(failing),
            "failures": markdown_table(("table", "failed checks"),
                                       [(t, "; ".join(failed[:10])) for t, failed in failing.items()], limit=20)
            if failing else MetadataValue.text("none")})
    return check
