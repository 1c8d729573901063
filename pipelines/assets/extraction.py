"""Facts extracted from the parsed documents, then validated against the table schemas."""

from dagster import AssetExecutionContext, Output, asset

from pipelines.assets.metadata import markdown_table, quarantine_preview
from pipelines.pipeline import StagedBatches, extract_facts, validate_facts
from schemas import DOCUMENT_TABLES


def _row_counts(staged: StagedBatches) -> dict[str, int]:
    return {table: staged.rows(table) for table in DOCUMENT_TABLES}


@asset(group_name="extraction", description="Agencies, people, dates, events and directives per document, with "
                                            "evidence spans; staged as Parquet per table.")
def extracted_facts(context: AssetExecutionContext, parsed_documents: StagedBatches) -> Output[StagedBatches]:
    staged = extract_facts(parsed_documents)
    counts = _row_counts(staged)
    context.log.info(f"extracted rows: {counts}")
    return Output(staged, metadata={**{f"rows_{t}": n for t, n in counts.items()},
                                    "quarantined": len(staged.quarantine) - len(parsed_documents.quarantine),
                                    "rows": markdown_table(("table", "rows"), list(counts.items()), limit=20)})


@asset(group_name="extraction", description="Staged rows checked with each table's Pandera model (lazy): failing "
                                            "rows go to quarantine with the failed checks, the rest load.")
def validated_facts(context: AssetExecutionContext, extracted_facts: StagedBatches) -> Output[StagedBatches]:
    staged = validate_facts(extracted_facts)
    rejected = [r for r in staged.quarantine if r["stage"] == "validate"]
    counts = _row_counts(staged)
    context.log.info(f"validated rows: {counts}; {len(rejected)} rows quarantined")
    return Output(staged, metadata={**{f"rows_{t}": n for t, n in counts.items()},
                                    "rows_quarantined": len(rejected),
                                    "quarantine_preview": quarantine_preview(rejected)})
