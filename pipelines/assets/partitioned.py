"""The scaled-out build, a second code location: staging fanned out by partitions, one load.

Files are bucketed by a hash of their path. `scaled/raw_files` plans once; each partition of
`scaled/staged_facts` parses, extracts and validates its bucket into Parquet under
staging/<plan run>/part-<k>/, as its own run on whatever runs Dagster steps (the
multiprocess executor here; Celery workers or Kubernetes pods: see deploy/);
`scaled/warehouse` waits for every partition and loads them in one DuckDB transaction, and
`scaled/published_warehouse` publishes behind the same blocking schema checks.

    dagster dev -m pipelines.assets.partitioned      # or deploy/workspace.yaml
"""

import os

from dagster import (AllPartitionMapping, AssetExecutionContext, AssetIn, AssetKey, Definitions, Output,
                     StaticPartitionsDefinition, asset, define_asset_job)

from pipelines.assets.checks import loaded_tables_check
from pipelines.assets.extraction import staged_metadata
from pipelines.assets.resources import PipelineSettings
from pipelines.config import DEFAULT_PARTITIONS
from pipelines.extract.resources import freeze_heap
from pipelines.load.records import LoadResult, StagedBatches
from pipelines.pipeline import load_validated, merge_partitions, publish_if_needed, stage_partition
from pipelines.plan import Plan, plan_run

PREFIX = "scaled"


def partitioned_definitions(partitions: int = DEFAULT_PARTITIONS) -> Definitions:
    """The scaled build's assets over `partitions` buckets of files."""
    buckets = StaticPartitionsDefinition([f"{k:03d}" for k in range(partitions)])
    plan_key, staged_key = AssetKey([PREFIX, "raw_files"]), AssetKey([PREFIX, "staged_facts"])

    @asset(key=plan_key, group_name=PREFIX, description="Files under RAW_DIR compared with the warehouse, once for "
                                                        "all partitions.")
    def raw_files(context: AssetExecutionContext, settings: PipelineSettings) -> Plan:
        return plan_run(settings.resolve(), context.run_id)

    @asset(key=staged_key, group_name=PREFIX, partitions_def=buckets, ins={"plan": AssetIn(plan_key)},
           description="One bucket of the plan's files parsed, extracted and validated into Parquet.")
    def staged_facts(context: AssetExecutionContext, settings: PipelineSettings,
                     plan: Plan) -> Output[StagedBatches]:
        staged = stage_partition(plan, settings.resolve().staging_dir, int(context.partition_key), partitions)
        return Output(staged, metadata=staged_metadata(staged))

    @asset(key=[PREFIX, "warehouse"], group_name=PREFIX,
           ins={"plan": AssetIn(plan_key), "staged": AssetIn(staged_key, partition_mapping=AllPartitionMapping())},
           description="Every partition's Parquet loaded in one DuckDB transaction (the one serialized step).")
    def warehouse(settings: PipelineSettings, plan: Plan, staged: dict[str, StagedBatches]) -> LoadResult:
        paths = settings.resolve()
        return load_validated(plan, merge_partitions(plan, paths.staging_dir, [staged[k] for k in sorted(staged)]),
                              paths.warehouse_path)

    @asset(key=[PREFIX, "published_warehouse"], group_name=PREFIX, deps=[warehouse],
           description="The loaded warehouse swapped in for readers, once its schema checks pass.")
    def published_warehouse(settings: PipelineSettings) -> str:
        paths = settings.resolve()
        publish_if_needed(paths.warehouse_path, paths.published_path)
        return str(paths.published_path)

    return Definitions(
        assets=[raw_files, staged_facts, warehouse, published_warehouse],
        asset_checks=[loaded_tables_check(warehouse.key)],
        jobs=[define_asset_job("scaled_plan", selection=[plan_key]),
              define_asset_job("scaled_stage", selection=[staged_key], partitions_def=buckets),
              define_asset_job("scaled_load", selection=[warehouse.key, published_warehouse.key])],
        resources={"settings": PipelineSettings()},
    )


defs = partitioned_definitions(int(os.environ.get("PIPELINE_PARTITIONS", DEFAULT_PARTITIONS)))

freeze_heap()   # what the imports built (Dagster, DuckDB) lives as long as the process
