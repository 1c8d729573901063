"""The Dagster code location: asset graph pinned to a snapshot, checks, job, schedule, sensor."""
from __future__ import annotations

from pathlib import Path

from dagster import AssetCheckKey, AssetKey, DagsterInstance, RunRequest, SkipReason, build_sensor_context

from pipelines.assets.automation import raw_dir_sensor
from pipelines.assets.checks import COPIED_TABLES, REBUILT_TABLES
from pipelines.definitions import defs
from schemas import DOCUMENT_TABLES, TABLE_SCHEMAS

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
