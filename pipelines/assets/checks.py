"""Asset checks derived from the Pandera table models, one per table, evaluated in two steps.

On the staged facts: did any staged row of the table fail its model (those rows were
quarantined, the rest went on)? On the warehouse, blocking: do the rows the last load wrote,
and the rebuilt dimension tables, still satisfy the model? A failure there stops the
publish, so readers keep the last good copy. Each group of checks is one multi-asset
check (one step, one DuckDB connection) rather than a step per table.
"""

from collections.abc import Iterator

import duckdb
import pandera.pandas as pa
from dagster import AssetCheckResult, AssetCheckSeverity, AssetCheckSpec, AssetChecksDefinition, AssetKey, \
    multi_asset_check

from pipelines.assets.metadata import quarantine_preview
from pipelines.assets.resources import PipelineSettings
from pipelines.load.publish import needs_publish
from pipelines.pipeline import StagedBatches
from schemas import DERIVED_TABLES, DOCUMENT_TABLES, OPERATIONAL_TABLES, TABLE_SCHEMAS

LAST_RUN = "(select run_id from load_runs order by finished_at desc limit 1)"
CHECK_CHUNK_ROWS = 50_000   # rows validated at a time: few Pandera calls (a fixed cost each), bounded memory
LOADED_TABLES = [t for t in TABLE_SCHEMAS if t in DOCUMENT_TABLES or t in DERIVED_TABLES or t in OPERATIONAL_TABLES]


def staged_row_checks(asset_key: AssetKey) -> AssetChecksDefinition:
    specs = [AssetCheckSpec(f"{t}_rows_valid", asset=asset_key,
                            description=f"No staged {t} row failed the {model.__name__} schema.")
             for t, model in DOCUMENT_TABLES.items()]

    @multi_asset_check(name=f"{asset_key.path[-1]}_rows_valid", specs=specs, ins={"staged": asset_key})
    def check(staged: StagedBatches) -> Iterator[AssetCheckResult]:
        for table in DOCUMENT_TABLES:
            failed = [r for r in staged.quarantine if r["stage"] == "validate" and r["table_name"] == table]
            yield AssetCheckResult(check_name=f"{table}_rows_valid", asset_key=asset_key, passed=not failed,
                                   severity=AssetCheckSeverity.ERROR,
                                   metadata={"rows_quarantined": len(failed), "preview": quarantine_preview(failed)})
    return check


def rows_of_last_load(table: str) -> str:
    """SQL selecting what the last load could have changed: its documents' rows, or the whole
    (small) derived table. The last load, not this run: a no-op rerun must not publish a load
    whose checks failed."""
    if table == "documents":
        return f"select * from documents where run_id = {LAST_RUN}"
    if table in DOCUMENT_TABLES:
        return f"select t.* from {table} t join documents d using (doc_id) where d.run_id = {LAST_RUN}"
    if table in OPERATIONAL_TABLES:
        return f"select * from {table} where run_id = {LAST_RUN}"
    return f"select * from {table}"


def check_loaded_table(con: duckdb.DuckDBPyConnection, table: str) -> tuple[bool, dict]:
    model = TABLE_SCHEMAS[table]
    reader = con.sql(rows_of_last_load(table)).to_arrow_reader(CHECK_CHUNK_ROWS)
    checked, failures, failed_checks = 0, 0, set()
    for batch in reader:
        frame = batch.to_pandas()
        checked += len(frame)
        try:
            model.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as error:
            failures += len(error.failure_cases)
            failed_checks.update(f"{c.column}: {c.check}" for c in error.failure_cases.itertuples())
    if failures:
        return False, {"checked_rows": checked, "failures": failures, "failed_checks": sorted(failed_checks)[:20]}
    return True, {"checked_rows": checked}


def loaded_table_checks(asset_key: AssetKey) -> AssetChecksDefinition:
    specs = [AssetCheckSpec(f"{t}_schema", asset=asset_key, blocking=True,
                            description=f"Rows of {t} written by the last load satisfy {TABLE_SCHEMAS[t].__name__}.")
             for t in LOADED_TABLES]

    @multi_asset_check(name=f"{asset_key.path[-1]}_schemas", specs=specs)
    def check(settings: PipelineSettings) -> Iterator[AssetCheckResult]:
        paths = settings.resolve()
        if not needs_publish(paths.warehouse_path, paths.published_path):
            # readers already have this very file: it was checked when it was loaded
            note = "no warehouse yet" if not paths.warehouse_path.exists() else "published copy is current"
            for table in LOADED_TABLES:
                yield AssetCheckResult(check_name=f"{table}_schema", asset_key=asset_key, passed=True,
                                       metadata={"checked_rows": 0, "note": note})
            return
        with duckdb.connect(str(paths.warehouse_path), read_only=True) as con:
            for table in LOADED_TABLES:
                passed, metadata = check_loaded_table(con, table)
                yield AssetCheckResult(check_name=f"{table}_schema", asset_key=asset_key, passed=passed,
                                       metadata=metadata)
    return check
