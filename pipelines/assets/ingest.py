"""Raw files compared with the warehouse: the plan of what to parse."""

from pathlib import Path

from dagster import AssetExecutionContext, Output, asset

from pipelines.assets.metadata import markdown_table
from pipelines.assets.resources import PipelineSettings
from pipelines.plan import Plan, plan_run


@asset(group_name="ingest", description="Files under RAW_DIR compared with the warehouse: what is new, changed, "
                                        "unchanged or removed. Reads the warehouse read-only.")
def raw_files(context: AssetExecutionContext, settings: PipelineSettings) -> Output[Plan]:
    plan = plan_run(settings.resolve(), context.run_id)
    c = plan.counts
    context.log.info(f"{c.files_seen} files: {c.new} new, {c.changed} changed, {c.unchanged} unchanged, "
                     f"{c.removed} removed, {c.quarantined} quarantined at scan")
    return Output(plan, metadata={
        "files_seen": c.files_seen, "new": c.new, "changed": c.changed, "unchanged": c.unchanged,
        "removed": c.removed, "quarantined": c.quarantined, "to_parse": len(plan.to_parse),
        "pipeline_version": plan.version,
        "preview": markdown_table(("file", "bytes"), [(Path(f.source_path).name, f.size) for f in plan.to_parse]),
    })
