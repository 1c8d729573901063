"""Asset checks derived from the Pandera table models, one per table.

On `validated_facts`: did any staged row of the table fail its model (those rows were
quarantined, the rest went on)? On `warehouse`, blocking: do the rows this run loaded,
and the rebuilt dimension tables, still satisfy the model? A failure there stops the
publish, so readers keep the last good copy.
"""

import duckdb
import pandera.pandas as pa
from dagster import AssetCheckResult, AssetCheckSeverity, AssetChecksDefinition, asset_check

from pipelines.assets.extraction import validated_facts
from pipelines.assets.metadata import quarantine_preview
from pipelines.assets.resources import PipelineSettings
from pipelines.assets.warehouse import warehouse
from pipelines.pipeline import StagedBatches
from schemas import DERIVED_TABLES, DOCUMENT_TABLES, OPERATIONAL_TABLES, TABLE_SCHEMAS


def _staged_rows_check(table: str) -> AssetChecksDefinition:
    @asset_check(asset=validated_facts, name=f"{table}_rows_valid",
                 description=f"No staged {table} row failed the {DOCUMENT_TABLES[table].__name__} schema.")
    def check(validated_facts: StagedBatches) -> AssetCheckResult:
        failed = [r for r in validated_facts.quarantine if r["stage"] == "validate" and r["table_name"] == table]
        return AssetCheckResult(passed=not failed, severity=AssetCheckSeverity.ERROR,
                                metadata={"rows_quarantined": len(failed), "preview": quarantine_preview(failed)})
    return check


LAST_RUN = "(select run_id from load_runs order by finished_at desc limit 1)"


def _rows_of_last_load(table: str) -> str:
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


def _loaded_table_check(table: str) -> AssetChecksDefinition:
    model = TABLE_SCHEMAS[table]

    @asset_check(asset=warehouse, name=f"{table}_schema", blocking=True,
                 description=f"Rows of {table} written by the last load satisfy {model.__name__}.")
    def check(settings: PipelineSettings) -> AssetCheckResult:
        path = settings.resolve().warehouse_path
        if not path.exists():
            return AssetCheckResult(passed=True, metadata={"checked_rows": 0, "note": "no warehouse yet"})
        with duckdb.connect(str(path), read_only=True) as con:
            frame = con.execute(_rows_of_last_load(table)).df()
        try:
            model.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as error:
            cases = error.failure_cases
            return AssetCheckResult(passed=False, metadata={
                "checked_rows": len(frame), "failures": len(cases),
                "failed_checks": sorted({f"{c.column}: {c.check}" for c in cases.itertuples()})[:20]})
        return AssetCheckResult(passed=True, metadata={"checked_rows": len(frame)})
    return check


staged_row_checks = [_staged_rows_check(t) for t in DOCUMENT_TABLES]
loaded_table_checks = [_loaded_table_check(t) for t in TABLE_SCHEMAS if t in DOCUMENT_TABLES
                       or t in DERIVED_TABLES or t in OPERATIONAL_TABLES]
