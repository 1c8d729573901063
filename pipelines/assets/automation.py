"""The job over all assets, a daily schedule, and a sensor watching RAW_DIR.

The sensor only lists file names, sizes and mtimes (its cursor is their fingerprint); it
never opens DuckDB, so it cannot block or be blocked by a load.
"""

import hashlib

from dagster import (AssetSelection, DefaultScheduleStatus, RunRequest, ScheduleDefinition, SensorEvaluationContext,
                     SkipReason, define_asset_job, sensor)

from pipelines.config import load_settings
from pipelines.ingest.raw_files import scan_raw_files

build_warehouse_job = define_asset_job(
    "build_warehouse", selection=AssetSelection.all(),
    description="Scan RAW_DIR, parse and extract what changed, validate, load DuckDB in one transaction, publish.")

daily_build = ScheduleDefinition(name="daily_warehouse_build", job=build_warehouse_job, cron_schedule="0 3 * * *",
                                 execution_timezone="Asia/Shanghai", default_status=DefaultScheduleStatus.STOPPED)


def raw_dir_fingerprint() -> str:
    scan = scan_raw_files(load_settings().raw_dir)
    digest = hashlib.sha256()
    for f in scan.files:
        digest.update(f"{f.source_path}\0{f.size}\0{f.modified_ns}\n".encode())
    for q in scan.quarantine:
        digest.update(f"{q['source_path']}\0{q['reason']}\n".encode())
    return digest.hexdigest()


@sensor(job=build_warehouse_job, minimum_interval_seconds=60,
        description="Requests a build when the names, sizes or mtimes of files under RAW_DIR change.")
def raw_dir_sensor(context: SensorEvaluationContext):
    try:
        fingerprint = raw_dir_fingerprint()
    except FileNotFoundError as exc:
        return SkipReason(str(exc))
    if fingerprint == context.cursor:
        return SkipReason("RAW_DIR unchanged")
    context.update_cursor(fingerprint)
    return RunRequest(run_key=fingerprint)
