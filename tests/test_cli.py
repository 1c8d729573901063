"""The command line on the published sample warehouse: query, export, review, dictionary."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.cli import main
from test_marts import MARTS, README, REPO, sample_warehouse_path


@pytest.fixture
def published(tmp_path_factory, tmp_path, monkeypatch) -> Path:
    path = sample_warehouse_path(tmp_path_factory)
    monkeypatch.setenv("PUBLISHED_PATH", str(path))
    monkeypatch.setenv("WAREHOUSE_PATH", str(tmp_path / "wh" / "pharma.duckdb"))   # outputs default beside it
    return path


def test_query_prints_tsv_with_a_header(published, capsys):
    assert main(["query", "select language, count(*) as n from documents group by 1 order by 1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "language\tn" and [line.split("\t")[0] for line in lines[1:]] == ["en", "zh"]


def test_export_writes_one_parquet_per_mart_beside_the_warehouse(published, tmp_path, capsys):
    assert main(["export"]) == 0
    out = tmp_path / "wh" / "exports"
    assert {p.stem for p in out.glob("*.parquet")} == MARTS
    assert not list(out.glob(".*"))                          # no partial files left behind
    with duckdb.connect(str(published), read_only=True) as con:
        for mart in MARTS:
            expected = con.execute(f"select count(*) from marts.{mart}").fetchone()[0]
            assert con.execute(f"select count(*) from '{out / mart}.parquet'").fetchone()[0] == expected
    assert len(capsys.readouterr().out.splitlines()) == len(MARTS)


def test_export_core_tables_as_csv(published, tmp_path):
    assert main(["export", "--format", "csv", "--core", "--out", str(tmp_path / "csv")]) == 0
    names = {p.stem for p in (tmp_path / "csv").glob("*.csv")}
    assert MARTS | {"documents", "agencies", "events", "directives", "quarantine"} <= names


def test_review_writes_the_run_page_and_latest(published, tmp_path, capsys):
    assert main(["review"]) == 0
    page = Path(capsys.readouterr().out.strip())
    assert page.parent == tmp_path / "wh" / "reports" and (page.parent / "latest.html").exists()
    assert '<mark class="hl hl-agency"' in page.read_text(encoding="utf-8")
    with pytest.raises(SystemExit, match="no load run"):
        main(["review", "--run", "no-such-run"])


def test_dictionary_prints_and_rewrites_a_readme_block(tmp_path, capsys):
    assert main(["dictionary"]) == 0
    printed = capsys.readouterr().out
    assert "#### `marts.directive_timeline` (view)" in printed
    copy = tmp_path / "README.md"
    copy.write_text(README.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["dictionary", "--write", str(copy)]) == 0
    assert copy.read_text(encoding="utf-8") == README.read_text(encoding="utf-8")


def test_commands_need_a_published_warehouse(tmp_path, monkeypatch):
    monkeypatch.setenv("PUBLISHED_PATH", str(tmp_path / "missing.duckdb"))
    for argv in (["query", "select 1"], ["export"], ["review"]):
        with pytest.raises(SystemExit, match="no published warehouse"):
            main(argv)


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    """The CLI as its own process: `python -m pipelines` exits without the interpreter's teardown."""
    return subprocess.Popen([sys.executable, "-m", "pipelines", *args], cwd=REPO, env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_the_process_exit_delivers_all_output_and_the_exit_code(published):
    done = _cli("query", "select range as n from range(50000)")     # far more than a pipe buffer
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    assert out.splitlines() == ["n", *map(str, range(50000))]
    failed = _cli("query", "select 1", env={"PUBLISHED_PATH": "/nonexistent/w.duckdb"})
    out, err = failed.communicate(timeout=60)
    assert failed.returncode == 1 and "no published warehouse" in err


def test_a_reader_that_stops_reading_ends_the_query_quietly(published):
    reading = _cli("query", "select range as n from range(1000000)")
    assert reading.stdout.readline() == "n\n"
    reading.stdout.close()      # `| head -1`
    assert reading.wait(timeout=60) == 1
    assert "Traceback" not in reading.stderr.read()
