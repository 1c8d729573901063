"""Dagster code location: raw_files -> validated_facts -> warehouse -> published_warehouse,
with schema checks, a job, a schedule and a sensor. The partitioned, scaled-out build is a
second code location: pipelines.assets.partitioned."""

from dagster import Definitions

from pipelines.assets.automation import build_warehouse_job, daily_build, raw_dir_sensor
from pipelines.assets.checks import loaded_tables_check, staged_rows_check
from pipelines.assets.extraction import validated_facts
from pipelines.assets.ingest import raw_files
from pipelines.assets.resources import PipelineSettings
from pipelines.assets.warehouse import published_warehouse, warehouse
from pipelines.extract.resources import freeze_heap

defs = Definitions(
    assets=[raw_files, validated_facts, warehouse, published_warehouse],
    asset_checks=[staged_rows_check(validated_facts.key), loaded_tables_check(warehouse.key)],
    jobs=[build_warehouse_job],
    schedules=[daily_build],
    sensors=[raw_dir_sensor],
    resources={"settings": PipelineSettings()},
)

freeze_heap()   # what the imports built (Dagster, DuckDB) lives as long as the process
