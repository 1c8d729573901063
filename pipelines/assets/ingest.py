"""Raw files in, parsed documents out (staged as Parquet)."""

from pathlib import Path

from dagster import AssetExecutionContext, MaterializeResult, Output, asset

from pipelines.assets.metadata import markdown_table, quarantine_preview
from pipelines.assets.resources import PipelineSettings
from pipelines.pipeline import Plan, StagedBatches, parse_files, plan_run


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


@asset(group_name="ingest", description="New and changed files decoded and cleaned (trafilatura) in a process "
                                        "pool; staged as Parquet batches. Rejected files become quarantine rows.")
def parsed_documents(context: AssetExecutionContext, settings: PipelineSettings,
                     raw_files: Plan) -> Output[StagedBatches]:
    staged = parse_files(raw_files, settings.resolve().staging_dir)
    parsed = staged.rows("parsed")
    context.log.info(f"parsed {parsed} documents, quarantined {len(staged.quarantine)} files")
    return Output(staged, metadata={"documents": parsed, "quarantined": len(staged.quarantine),
                                    "batches": len(staged.files.get("parsed", [])),
                                    "quarantine_preview": quarantine_preview(staged.quarantine)})
