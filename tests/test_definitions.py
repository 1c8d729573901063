"""The Dagster code location: asset graph pinned to a snapshot, checks, job, schedule, sensor."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dagster import AssetCheckKey, AssetKey, DagsterInstance, RunRequest, SkipReason, build_sensor_context

from pipelines.assets.automation import raw_dir_sensor
from pipelines.assets.checks import COPIED_TABLES, REBUILT_TABLES
from pipelines.definitions import defs
from schemas.models import DOCUMENT_TABLES, TABLE_SCHEMAS

REPO = Path(__file__).resolve().parents[1]

# Committed snapshot of the asset graph: change it only together with the assets.
ASSET_GRAPH = {
    "raw_files": [],
    "validated_facts": ["raw_files"],
    "warehouse": ["raw_files", "validated_facts"],
    "published_warehouse": ["warehouse"],
}


def test_asset_graph_matches_snapshot():
    graph = defs.resolve_asset_graph()
    actual = {key.to_user_string(): sorted(p.to_user_string() for p in graph.get(key).parent_keys)
              for key in graph.get_all_asset_keys()}
    assert dict(sorted(actual.items())) == dict(sorted(ASSET_GRAPH.items()))


def test_one_check_per_asset_covering_every_table_blocking_before_publish():
    graph = defs.resolve_asset_graph()
    checks = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    assert checks == {("validated_facts", "staged_rows_valid"), ("warehouse", "tables_valid")}
    assert graph.get_check_spec(AssetCheckKey(AssetKey("warehouse"), "tables_valid")).blocking
    assert sorted(REBUILT_TABLES + COPIED_TABLES) == sorted(TABLE_SCHEMAS)
    assert set(COPIED_TABLES) < set(DOCUMENT_TABLES)
    job = defs.resolve_job_def("build_warehouse")
    assert job.name == "build_warehouse"
    assert defs.resolve_schedule_def("daily_warehouse_build").cron_schedule == "0 3 * * *"


def test_sensor_requests_a_run_only_when_raw_dir_changes(raw_dir: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("RAW_DIR", str(raw_dir))
    monkeypatch.setenv("WAREHOUSE_PATH", str(tmp_path / "never.duckdb"))
    with DagsterInstance.ephemeral() as instance:
        first = raw_dir_sensor(build_sensor_context(instance=instance))
        assert isinstance(first, RunRequest)
        again = raw_dir_sensor(build_sensor_context(instance=instance, cursor=first.run_key))
        assert isinstance(again, SkipReason)
        (raw_dir / "new_page.txt").write_text("国家药监局召开座谈会", encoding="utf-8")
        changed = raw_dir_sensor(build_sensor_context(instance=instance, cursor=first.run_key))
        assert isinstance(changed, RunRequest) and changed.run_key != first.run_key
    assert not (tmp_path / "never.duckdb").exists()     # the sensor never touches DuckDB


HEAVY_MODULES = ("pandas", "pandera", "pyarrow", "trafilatura", "dateparser", "pipelines.staging",
                 "pipelines.extract.events", "schemas.models")
JOB_IN_A_FRESH_PROCESS = """
import json, sys
from dagster import DagsterInstance
from pipelines.definitions import defs
loaded = sorted(m for m in {heavy!r} if m in sys.modules)
with DagsterInstance.ephemeral() as instance:
    result = defs.resolve_job_def("build_warehouse").execute_in_process(instance=instance)
print(json.dumps({{"wrote": result.output_for_node("warehouse").wrote, "at_load": loaded,
                  "after_run": sorted(m for m in {heavy!r} if m in sys.modules)}}))
"""


def test_the_code_location_and_a_rerun_with_nothing_new_import_no_parsers_or_dataframes(tmp_path):
    """Loading the code location and a no-op run stay light (a no-op's start-up is most of its
    time): pandas, Pandera and the parsers come in with the first step that has work."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for page in sorted((REPO / "raw").iterdir())[:2]:
        (raw / page.name).write_bytes(page.read_bytes())
    env = {**os.environ, "RAW_DIR": str(raw), "WAREHOUSE_PATH": str(tmp_path / "w.duckdb"),
           "PUBLISHED_PATH": str(tmp_path / "pub" / "w.duckdb"), "DAGSTER_HOME": str(tmp_path)}

    def run() -> dict:
        done = subprocess.run([sys.executable, "-c", JOB_IN_A_FRESH_PROCESS.format(heavy=HEAVY_MODULES)], cwd=REPO,
                              env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout.splitlines()[-1])

    first, rerun = run(), run()
    assert first["wrote"] and first["at_load"] == [] and "pipelines.staging" in first["after_run"]
    assert not rerun["wrote"] and rerun["after_run"] == []
