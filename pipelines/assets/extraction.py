"""Changed files parsed, their facts extracted and validated: one process-pool pass."""

from dagster import AssetExecutionContext, Output, asset

from pipelines.assets.metadata import markdown_table, quarantine_preview
from pipelines.assets.resources import PipelineSettings
from pipelines.load.records import StagedBatches
from pipelines.pipeline import stage_run
from pipelines.plan import Plan
from schemas import DOCUMENT_TABLE_NAMES


def row_counts(staged: StagedBatches) -> dict[str, int]:
    return {table: staged.rows(table) for table in DOCUMENT_TABLE_NAMES}


def staged_metadata(staged: StagedBatches) -> dict:
    counts = row_counts(staged)
    rejected = [r for r in staged.quarantine if r["stage"] == "validate"]
    return {**{f"rows_{t}": n for t, n in counts.items()}, "quarantined": len(staged.quarantine),
            "rows_quarantined": len(rejected), "rows": markdown_table(("table", "rows"), list(counts.items()), 20),
            "quarantine_preview": quarantine_preview(staged.quarantine)}


@asset(group_name="extraction", description="New and changed files decoded, cleaned (trafilatura), their agencies, "
                                            "people, dates, events and directives extracted with evidence spans, and "
                                            "each table's rows checked with its Pandera model, in one process-pool "
                                            "pass; staged as Parquet per table. Failing files and rows go to "
                                            "quarantine with the reason, the rest load.")
def validated_facts(context: AssetExecutionContext, settings: PipelineSettings,
                    raw_files: Plan) -> Output[StagedBatches]:
    staged = stage_run(raw_files, settings.resolve().staging_dir)
    metadata = staged_metadata(staged)
    context.log.info(f"staged {metadata['rows_documents']} documents, quarantined {metadata['quarantined']} "
                     f"files or rows")
    return Output(staged, metadata=metadata)
