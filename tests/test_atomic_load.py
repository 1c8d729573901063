"""A build killed with SIGKILL in the middle of its load transaction, in a real subprocess:
the last good load stays intact and queryable, readers of the published copy are never
blocked, and the next run completes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from conftest import SAMPLE_PAGES
from pipelines.load.warehouse import LOAD_PAUSE_ENV
from pipelines.pipeline import run_pipeline

REPO = Path(__file__).resolve().parents[1]


def counts(path: Path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        tables = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                            "where table_schema = 'main' and table_type = 'BASE TABLE'").fetchall()]
        return {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}


def build(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipelines", "build"], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_for(marker: Path, process: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while not marker.exists():
        assert process.poll() is None, process.stderr.read()[-3000:]
        assert time.monotonic() < deadline, "the build never reached its load"
        time.sleep(0.1)


def test_kill_9_during_the_load_keeps_the_last_good_warehouse(settings, raw_dir, tmp_path):
    held_back = raw_dir / SAMPLE_PAGES[2]
    spare = tmp_path / held_back.name
    held_back.rename(spare)
    env = {**os.environ, "RAW_DIR": str(raw_dir), "WAREHOUSE_PATH": str(settings.warehouse_path),
           "PUBLISHED_PATH": str(settings.published_path)}
    run_pipeline(settings, workers=1)
    good = counts(settings.warehouse_path)
    assert good["documents"] == 2 and counts(settings.published_path) == good

    spare.rename(held_back)                                  # a new page for the next load
    marker = tmp_path / "inside_load"
    doomed = build({**env, LOAD_PAUSE_ENV: str(marker)})     # the CLI, as the scheduler runs it
    try:
        wait_for(marker, doomed)                             # paused after every write, before commit
        assert counts(settings.published_path) == good       # readers are not blocked by the open load
        os.kill(doomed.pid, signal.SIGKILL)
        assert doomed.wait(timeout=30) == -signal.SIGKILL
    finally:
        if doomed.poll() is None:
            doomed.kill()

    assert counts(settings.warehouse_path) == good           # the uncommitted load left no trace
    assert counts(settings.published_path) == good
    with duckdb.connect(str(settings.published_path), read_only=True) as con:
        assert con.execute("select count(*) from load_runs where status = 'success'").fetchone() == (1,)

    run_pipeline(settings, workers=1)
    recovered = counts(settings.warehouse_path)
    assert recovered["documents"] == 3 and recovered["load_runs"] == 2
    assert counts(settings.published_path) == recovered
