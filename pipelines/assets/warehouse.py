"""The DuckDB warehouse and the copy BI tools read."""

from dagster import AssetExecutionContext, MetadataValue, Output, asset

from pipelines.assets.metadata import markdown_table
from pipelines.assets.resources import PipelineSettings
from pipelines.load.marts import mart_previews, previews_markdown
from pipelines.load.records import LoadResult, StagedBatches
from pipelines.pipeline import load_validated, publish_if_needed
from pipelines.plan import Plan


@asset(group_name="warehouse", description="One DuckDB transaction: replaces changed documents' rows, removes "
                                           "removed ones, rebuilds dimensions, logs quarantine and the run. "
                                           "Writes nothing when nothing changed.")
def warehouse(context: AssetExecutionContext, settings: PipelineSettings, raw_files: Plan,
              validated_facts: StagedBatches) -> Output[LoadResult]:
    paths = settings.resolve()
    result = load_validated(raw_files, validated_facts, paths.warehouse_path)
    c = result.counts
    context.log.info(("loaded" if result.wrote else "nothing to load:")
                     + f" {c.new} new, {c.changed} changed, {c.unchanged} skipped, {c.removed} removed, "
                       f"{c.quarantined} quarantined")
    metadata = {"path": str(paths.warehouse_path), "wrote": result.wrote, "new": c.new, "changed": c.changed,
                "skipped": c.unchanged, "removed": c.removed, "quarantined": c.quarantined}
    if result.wrote:    # a no-op run changed nothing the last materialization does not already show
        marts = mart_previews(paths.warehouse_path)
        metadata.update({
            **{f"rows_{t}": n for t, n in result.table_rows.items()},
            "tables": markdown_table(("table", "rows"), list(result.table_rows.items()), limit=30),
            **{f"rows_marts_{name}": n for name, (n, _, _) in marts.items()},
            "marts_preview": MetadataValue.md(previews_markdown(marts)),
        })
    return Output(result, metadata=metadata)


@asset(group_name="warehouse", description="Copy of the warehouse swapped in by atomic rename, for BI tools and "
                                           "`python -m pipelines query`: readers never see half a load.")
def published_warehouse(context: AssetExecutionContext, settings: PipelineSettings, warehouse: LoadResult) -> Output[str]:
    paths = settings.resolve()
    published = publish_if_needed(paths.warehouse_path, paths.published_path)
    context.log.info(f"{'published' if published else 'already current:'} {paths.published_path}")
    return Output(str(paths.published_path), metadata={"path": MetadataValue.path(str(paths.published_path)),
                                                       "republished": published})
