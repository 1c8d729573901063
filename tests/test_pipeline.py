"""End to end on real pages: Dagster assets in-process, reruns, changes, removals, quarantine."""
from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow
from dagster import FilesystemIOManager, instance_for_test

from conftest import SAMPLE_PAGES, add_bad_files
from pipelines.assets.partitioned import partitioned_definitions
from pipelines.assets.resources import PipelineSettings
from pipelines.config import Settings
from pipelines.definitions import defs
from pipelines.ingest.raw_files import scan_raw_files
from pipelines.load.records import read_state
from pipelines.pipeline import load_validated, partition_of, run_pipeline, stage_run
from pipelines.plan import pipeline_version, plan_changes
from pipelines.staging import _init_worker, chunk_size_for, validate_frame

REPO = Path(__file__).resolve().parents[1]


def counts(path: Path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        tables = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                            "where table_schema = 'main' and table_type = 'BASE TABLE'").fetchall()]
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}


def query(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def settings_resource(settings: Settings) -> PipelineSettings:
    return PipelineSettings(raw_dir=str(settings.raw_dir), warehouse_path=str(settings.warehouse_path),
                            published_path=str(settings.published_path))


def materialize_all(settings: Settings):
    return defs.resolve_job_def("build_warehouse").execute_in_process(resources={"settings": settings_resource(settings)},
                                                                      raise_on_error=False)


def test_dagster_build_accounts_for_every_file_and_reruns_as_noop(settings, raw_dir, tmp_path):
    files_in = len(SAMPLE_PAGES) + add_bad_files(raw_dir, tmp_path / "outside.txt")
    result = materialize_all(settings)
    assert result.success
    wh = settings.warehouse_path
    loaded = counts(wh)
    assert loaded["documents"] + loaded["quarantine"] == files_in
    stages = dict(query(wh, "select file_name, stage from quarantine, "
                            "lateral (select regexp_extract(source_path, '[^/]*$') as file_name)"))
    assert stages["escape.txt"] == "scan" and stages["empty.txt"] == "decode"
    assert {"d01_cfda_sino_japanese_symposium.txt"} <= {r[0] for r in query(wh, "select file_name from documents")}
    assert query(wh, "select language, count(*) from documents group by 1 order by 1") == [("en", 2), ("zh", 1)]
    assert counts(settings.published_path) == loaded
    mtime = wh.stat().st_mtime_ns

    rerun = materialize_all(settings)
    assert rerun.success
    assert rerun.output_for_node("warehouse").wrote is False
    assert wh.stat().st_mtime_ns == mtime and counts(wh) == loaded


def test_failing_blocking_check_keeps_readers_on_the_last_good_copy(settings):
    assert materialize_all(settings).success
    published = counts(settings.published_path)
    with duckdb.connect(str(settings.warehouse_path)) as con:     # what a faulty load could leave behind
        con.execute("insert into agency_mentions select * replace ('no-such-document' as doc_id) "
                    "from agency_mentions limit 1")
        con.execute("update agencies set level = 'galactic' where agency_id = (select min(agency_id) from agencies)")
    result = materialize_all(settings)
    [evaluation] = [e for e in result.get_asset_check_evaluations() if e.check_name == "tables_valid"]
    assert not evaluation.passed
    assert evaluation.metadata["failing_tables"].value == ["agencies", "agency_mentions"]
    assert "published_warehouse" not in {m.asset_key.to_user_string() for m in result.get_asset_materialization_events()
                                         for m in [m.event_specific_data.materialization]}
    assert counts(settings.published_path) == published


def test_changed_duplicate_and_removed_files(settings, raw_dir):
    run_pipeline(settings, workers=1)
    wh = settings.warehouse_path
    before = dict(query(wh, "select file_name, doc_id from documents"))
    page = raw_dir / SAMPLE_PAGES[0]
    page.write_text(page.read_text(encoding="utf-8") + "\nThe symposium was held again on July 25, 2017.",
                    encoding="utf-8")
    (raw_dir / "copy_of_second.txt").write_bytes((raw_dir / SAMPLE_PAGES[1]).read_bytes())
    (raw_dir / SAMPLE_PAGES[2]).unlink()

    result = run_pipeline(settings, workers=1)
    assert (result.counts.new, result.counts.changed, result.counts.removed) == (1, 1, 1)
    after = dict(query(wh, "select file_name, doc_id from documents"))
    assert set(after) == {SAMPLE_PAGES[0], SAMPLE_PAGES[1]}          # the copy is a second name, not a document
    assert after[SAMPLE_PAGES[0]] != before[SAMPLE_PAGES[0]]
    assert after[SAMPLE_PAGES[1]] == before[SAMPLE_PAGES[1]]
    gone = [before[SAMPLE_PAGES[0]], before[SAMPLE_PAGES[2]]]
    for table in ("agency_mentions", "person_mentions", "date_mentions", "events", "directive_mentions"):
        assert query(wh, f"select count(*) from {table} where doc_id in (?, ?)", gone) == [(0,)]
    assert query(wh, "select count(*) from document_sources where doc_id = ?", [after[SAMPLE_PAGES[1]]]) == [(2,)]
    assert query(wh, "select count(*) from load_runs") == [(2,)]


def test_plan_reads_only_files_whose_size_other_content_shares(settings, raw_dir):
    run_pipeline(settings, workers=1)
    touched, copied = raw_dir / SAMPLE_PAGES[0], raw_dir / SAMPLE_PAGES[1]
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    (raw_dir / "copy.txt").write_bytes(copied.read_bytes())
    (raw_dir / "fresh.txt").write_text("国家药监局召开座谈会，研究部署药品监管工作。" * 3, encoding="utf-8")
    scan = scan_raw_files(raw_dir)
    (raw_dir / "fresh.txt").unlink()        # a size of its own: the plan never reads it, so never misses it
    plan = plan_changes(scan, read_state(settings.warehouse_path), pipeline_version(), "run", datetime.utcnow())
    assert [Path(f.source_path).name for f in plan.to_parse] == ["fresh.txt"] and not plan.quarantine
    assert sorted(Path(r["source_path"]).name for r in plan.known_sources) == sorted(["copy.txt", SAMPLE_PAGES[0]])
    result = load_validated(plan, stage_run(plan, settings.staging_dir, workers=1), settings.warehouse_path)
    assert (result.counts.new, result.counts.changed, result.counts.quarantined) == (2, 0, 1)
    assert query(settings.warehouse_path, "select reason from quarantine where source_path like '%fresh.txt'") \
        == [("vanished or unreadable",)]


def test_partitioned_build_stages_each_partition_then_loads_once(settings, raw_dir, tmp_path):
    (raw_dir / "copy_of_first.txt").write_bytes((raw_dir / SAMPLE_PAGES[0]).read_bytes())
    scaled = partitioned_definitions(partitions=2)
    # runs hand values to each other through storage, as on Celery or Kubernetes
    resources = {"settings": settings_resource(settings), "io_manager": FilesystemIOManager(base_dir=str(tmp_path))}
    with instance_for_test() as instance:
        def run(job: str, partition: str | None = None) -> bool:
            return scaled.resolve_job_def(job).execute_in_process(
                instance=instance, resources=resources, partition_key=partition).success

        assert run("scaled_plan")
        assert run("scaled_stage", "000") and run("scaled_stage", "001")
        assert run("scaled_load")
    loaded = counts(settings.warehouse_path)
    assert loaded["documents"] == len(SAMPLE_PAGES) and loaded["document_sources"] == len(SAMPLE_PAGES) + 1
    assert counts(settings.published_path) == loaded
    assert not any(settings.staging_dir.iterdir())          # every partition's Parquet removed after the load


def test_partitions_are_stable_buckets_of_paths():
    paths = [f"/raw/site{i}/page{i}.html" for i in range(200)]
    buckets = [partition_of(p, 8) for p in paths]
    assert buckets == [partition_of(p, 8) for p in paths] and set(buckets) == set(range(8))


def test_chunks_keep_every_worker_busy_to_the_end():
    assert chunk_size_for(1000, workers=2) == 10
    assert chunk_size_for(10, workers=2) == 2
    assert chunk_size_for(1, workers=2) == 1


def _arrow_threads() -> tuple[int, int]:
    return pyarrow.cpu_count(), pyarrow.io_thread_count()


def test_pool_workers_keep_arrow_to_one_thread():
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(1, mp_context=context, initializer=_init_worker, initargs=(None,)) as pool:
        assert pool.submit(_arrow_threads).result() == (1, 1)


def test_scan_refuses_paths_escaping_raw_dir(raw_dir, tmp_path):
    add_bad_files(raw_dir, tmp_path / "outside.txt")
    scan = scan_raw_files(raw_dir)
    assert {Path(f.source_path).name for f in scan.files} == set(SAMPLE_PAGES) | {"empty.txt", "image.html"}
    assert [(Path(q["source_path"]).name, q["reason"]) for q in scan.quarantine] == [
        ("escape.txt", "points outside RAW_DIR")]


def test_validation_quarantines_bad_rows_and_keeps_good_ones():
    rows = pd.DataFrame([
        {"doc_id": "d1", "agency_id": "nmpa", "surface": "NMPA", "start_char": 3, "end_char": 7, "sentence": "s"},
        {"doc_id": "d1", "agency_id": "nhsa", "surface": "NHSA", "start_char": 9, "end_char": 5, "sentence": "s"},
        {"doc_id": "d1", "agency_id": "", "surface": "X", "start_char": -1, "end_char": 2, "sentence": None},
    ])
    good, bad = validate_frame("agency_mentions", rows)
    assert list(good["agency_id"]) == ["nmpa"]
    assert [b["table_name"] for b in bad] == ["agency_mentions", "agency_mentions"]
    assert all(b["stage"] == "validate" for b in bad)
    assert "span_is_ordered" in bad[0]["reason"] or "span" in bad[0]["reason"]
    assert json.loads(bad[1]["row_json"])["surface"] == "X"


def test_cli_build_and_query_in_subprocess(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SAMPLE_PAGES[0]).write_bytes((Path(__file__).resolve().parents[2] / "shared" / "corpus"
                                         / SAMPLE_PAGES[0]).read_bytes())
    env = {**os.environ, "RAW_DIR": str(raw), "WAREHOUSE_PATH": str(tmp_path / "w.duckdb"),
           "PUBLISHED_PATH": str(tmp_path / "pub" / "w.duckdb")}
    build = subprocess.run([sys.executable, "-m", "pipelines", "build"], cwd=REPO, env=env,
                           capture_output=True, text=True, timeout=120)
    assert build.returncode == 0, build.stderr[-2000:]
    assert "1 new" in build.stdout
    out = subprocess.run([sys.executable, "-m", "pipelines", "query", "select file_name from documents"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.splitlines() == ["file_name", SAMPLE_PAGES[0]]


def test_two_builds_of_the_same_pages_write_the_same_rows_in_the_same_order(settings, tmp_path):
    """Which worker stages which page varies; the warehouse does not (BI extracts and diffs stay stable)."""
    def rows(path: Path) -> dict[str, list[tuple]]:
        with duckdb.connect(str(path), read_only=True) as con:
            out = {}
            for (table,) in con.execute("select table_name from information_schema.tables where table_schema = 'main' "
                                        "and table_type = 'BASE TABLE' and table_name <> 'load_runs'").fetchall():
                columns = [c for c in con.table(table).columns if c not in ("run_id", "loaded_at", "quarantined_at")]
                out[table] = con.execute(f"select {', '.join(columns)} from {table}").fetchall()
            return out

    first = replace(settings, warehouse_path=tmp_path / "a" / "w.duckdb", published_path=tmp_path / "a" / "p" / "w.duckdb")
    second = replace(settings, warehouse_path=tmp_path / "b" / "w.duckdb", published_path=tmp_path / "b" / "p" / "w.duckdb")
    run_pipeline(first, workers=2)
    run_pipeline(second, workers=1)
    assert rows(first.warehouse_path) == rows(second.warehouse_path)
