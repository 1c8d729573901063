"""Dagster code location: raw_files -> parsed_documents -> extracted_facts -> validated_facts
-> warehouse -> published_warehouse, with schema checks, a job, a schedule and a sensor."""

from dagster import Definitions

from pipelines.assets.automation import build_warehouse_job, daily_build, raw_dir_sensor
from pipelines.assets.checks import loaded_table_checks, staged_row_checks
from pipelines.assets.extraction import extracted_facts, validated_facts
from pipelines.assets.ingest import parsed_documents, raw_files
from pipelines.assets.resources import PipelineSettings
from pipelines.assets.warehouse import published_warehouse, warehouse

defs = Definitions(
    assets=[raw_files, parsed_documents, extracted_facts, validated_facts, warehouse, published_warehouse],
    asset_checks=[*staged_row_checks, *loaded_table_checks],
    jobs=[build_warehouse_job],
    schedules=[daily_build],
    sensors=[raw_dir_sensor],
    resources={"settings": PipelineSettings()},
)
