"""The warehouse contract: the scorer's tables and columns, comments, schemas in step, atomicity."""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from conftest import SHARED
from pipelines.load.publish import publish
from pipelines.load.records import RunCounts
from pipelines.load.warehouse import SCHEMA_SQL, LoadRequest, load
from pipelines.pipeline import run_pipeline
from schemas.models import TABLE_SCHEMAS


@pytest.fixture
def empty_warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
    return con


def scorer_contract() -> dict[str, set[str]]:
    """Table -> columns, read from the table in shared/eval/README.md that score.py follows."""
    contract = {}
    for line in (SHARED / "eval" / "README.md").read_text(encoding="utf-8").splitlines():
        if m := re.match(r"\|\s*`(\w+)`[^|]*\|\s*(.+?)\s*\|\s*$", line):
            contract[m.group(1)] = set(re.findall(r"`(\w+)`", re.sub(r"\([^)]*\)", "", m.group(2))))
    return contract


def test_every_table_and_column_the_scorer_reads_exists(empty_warehouse):
    contract = scorer_contract()
    assert {"documents", "agencies", "people", "events", "directives", "directive_issuers"} <= set(contract)
    for table, columns in contract.items():
        present = {r[0] for r in empty_warehouse.execute(
            "select column_name from information_schema.columns where table_name = ?", [table]).fetchall()}
        assert columns <= present, (table, columns - present)


def test_every_table_and_column_has_a_comment(empty_warehouse):
    assert empty_warehouse.execute("select table_name from duckdb_tables() where not internal and comment is null").fetchall() == []
    assert empty_warehouse.execute(
        "select table_name, column_name from duckdb_columns() where not internal and comment is null").fetchall() == []


def test_pandera_models_match_the_sql_tables(empty_warehouse):
    tables = {r[0] for r in empty_warehouse.execute("select table_name from duckdb_tables() where not internal").fetchall()}
    assert tables == set(TABLE_SCHEMAS)
    for table, model in TABLE_SCHEMAS.items():
        columns = {r[0] for r in empty_warehouse.execute(
            "select column_name from information_schema.columns where table_name = ?", [table]).fetchall()}
        assert set(model.to_schema().columns) == columns, table


def test_failed_load_leaves_the_last_good_warehouse(settings):
    run_pipeline(settings, workers=1)
    path = settings.warehouse_path
    with duckdb.connect(str(path), read_only=True) as con:
        before = con.execute("select doc_id from documents order by 1").fetchall()
    broken = LoadRequest(run_id="broken", started_at=datetime.utcnow(), counts=RunCounts(),
                         table_files={"documents": [str(path.parent / "missing.parquet")]},
                         released_paths=[r[0] for r in duckdb.connect(str(path), read_only=True).execute(
                             "select source_path from document_sources").fetchall()])
    with pytest.raises(duckdb.Error):
        load(path, broken)
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("select doc_id from documents order by 1").fetchall() == before
        assert con.execute("select count(*) from load_runs where run_id = 'broken'").fetchone() == (0,)


def test_a_load_failing_before_its_transaction_raises_its_cause(tmp_path: Path, monkeypatch):
    # (a broken install: the schema file is missing; the error says so, not "cannot rollback")
    monkeypatch.setattr("pipelines.load.warehouse.SCHEMA_SQL", tmp_path / "missing.sql")
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "wh.duckdb", LoadRequest(run_id="r", started_at=datetime.utcnow(), counts=RunCounts()))


def test_publish_swaps_the_file_under_an_open_reader(settings, tmp_path: Path):
    run_pipeline(settings, workers=1)
    reader = duckdb.connect(str(settings.published_path), read_only=True)
    documents = reader.execute("select count(*) from documents").fetchone()
    publish(settings.warehouse_path, settings.published_path)      # a reader holds the old file: no blocking
    assert reader.execute("select count(*) from documents").fetchone() == documents
    reader.close()
    assert not list(settings.published_path.parent.glob("*.tmp"))


def test_text_columns_coerce_and_report_like_pandera_str():
    """schemas.base.Text is `str` with a vectorised check: same coercion, same failure label."""
    import pandas as pd
    import pandera.pandas as pa

    from schemas.models import DOCUMENT_TABLES
    model = DOCUMENT_TABLES["directive_issuer_mentions"]
    span = {"start_char": [0], "end_char": [4], "sentence": ["NMPA issued it."]}
    good = model.validate(pd.DataFrame({"doc_id": ["d1"], "directive_id": [7], "agency_id": ["nmpa"], **span}))
    assert good["directive_id"].tolist() == ["7"]
    assert str(model.to_schema().columns["doc_id"].dtype) == "str"
    with pytest.raises(pa.errors.SchemaErrors) as error:
        model.validate(pd.DataFrame({"doc_id": [None], "directive_id": ["x"], "agency_id": [""], **span}), lazy=True)
    assert {(c.column, c.check) for c in error.value.failure_cases.itertuples()} >= {("doc_id", "not_nullable")}


def test_every_fact_points_at_its_evidence(settings):
    """For every table with a span: the span lies in its document's clean_text, inside the evidence sentence;
    an attendee's span is the person's name (or its short form) where the page links them with the event."""
    run_pipeline(settings)
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        tables = [t for (t,) in con.execute("select table_name from information_schema.columns "
                                            "where column_name = 'start_char' and table_schema = 'main'").fetchall()]
        assert "event_attendees" in tables and len(tables) >= 6
        for table in tables:
            bad = con.execute(f"""
                select count(*) from {table} t join documents d using (doc_id)
                where t.start_char < 0 or t.end_char > length(d.clean_text) or t.start_char >= t.end_char
                   or (t.sentence is not null and strpos(t.sentence, trim(substring(d.clean_text, t.start_char + 1,
                                                                                   t.end_char - t.start_char))) = 0)
            """).fetchone()[0]
            assert bad == 0, table
        names = con.execute("""select a.name, substring(d.clean_text, a.start_char + 1, a.end_char - a.start_char)
                               from event_attendees a join documents d using (doc_id)""").fetchall()
        assert names and all(written in name or name in written for name, written in names)
