"""The DuckDB writer: one transaction per load, dimension tables rebuilt inside it.

Doc-scoped tables are replaced document by document (delete by doc_id, insert staged
rows); agencies, people, directives and directive_issuers are derived from them in SQL
in the same transaction, so readers of the file never see facts without dimensions.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.dedup import Candidate, find_duplicates
from pipelines.extract.agencies import registry_agencies
from pipelines.extract.model import Agency
from pipelines.load.marts import apply_marts
from pipelines.load.records import RunCounts
from schemas import DOCUMENT_TABLE_NAMES

SCHEMA_SQL = Path(__file__).resolve().parents[2] / "warehouse" / "schema.sql"

LOAD_PAUSE_ENV = "PHARMA_LOAD_PAUSE_FILE"

# Every table whose rows belong to one document, in the order they are deleted.
DOC_SCOPED_TABLES = tuple(t for t in DOCUMENT_TABLE_NAMES if t != "documents") + ("documents",)


@dataclass(frozen=True)
class LoadRequest:
    run_id: str
    started_at: datetime
    counts: RunCounts
    table_files: dict[str, list[str]] = field(default_factory=dict)   # validated Parquet per doc-scoped table
    source_files: list[str] = field(default_factory=list)             # Parquet of document_sources rows
    released_paths: list[str] = field(default_factory=list)           # paths whose previous source rows go
    quarantine: list[dict] = field(default_factory=list)


def schema_version() -> str:
    return hashlib.sha256(SCHEMA_SQL.read_bytes()).hexdigest()[:16]


def applied_schema_version(con: duckdb.DuckDBPyConnection) -> str | None:
    """The schema fingerprint the last load ran with (None: a new or older warehouse)."""
    try:
        row = con.execute("select schema_version from load_runs order by finished_at desc limit 1").fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


LOAD_MEMORY_LIMIT = "384MB"


def connect_for_write(warehouse_path: Path) -> duckdb.DuckDBPyConnection:
    warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse_path))
    # A load ends in a checkpoint anyway (the published copy is the file alone): with no
    # threshold, the commit checkpoints directly instead of first writing everything to the WAL.
    con.execute("set checkpoint_threshold = '0B'")
    # DuckDB's buffer pool may grow to 80% of the machine by default; the load streams Parquet and needs far
    # less, and the whole build is to stay under 1 GB (it spills to disk rather than fail)
    con.execute(f"set memory_limit = '{LOAD_MEMORY_LIMIT}'")
    return con


def begin_load(con: duckdb.DuckDBPyConnection) -> None:
    """Opens the load's transaction, applying schema.sql in it only when it changed since the last
    load: its two hundred statements cost a third of a second even when they change nothing, and
    in the load's transaction a new warehouse is written (and checkpointed) once, not twice."""
    # asked outside the transaction: on a new warehouse the query fails, which would abort it
    outdated = applied_schema_version(con) != schema_version()
    con.execute("begin transaction")
    if outdated:
        con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    """In table order; from the catalog entry, not an information_schema scan (~10 ms each)."""
    return con.table(table).columns


def insert_parquet(con: duckdb.DuckDBPyConnection, table: str, files: list[str]) -> None:
    """Rows in document order whichever worker staged them: a rerun loads the same table, row for row
    (a document's rows are one file's run, in the order extraction gave them)."""
    if not files:
        return
    columns = table_columns(con, table)
    order = " order by doc_id, file_row_number" if "doc_id" in columns else ""
    # one statement: the relation API binds each step of a chain on its own (a third of the insert)
    con.execute(f"insert into {table} select {', '.join(map(_quoted, columns))} "
                f"from read_parquet(?, union_by_name = true, file_row_number = true){order}", [files])


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    if len(frame):
        con.from_df(frame).select(*table_columns(con, table)).insert_into(table)


def load(warehouse_path: Path, request: LoadRequest) -> dict[str, int]:
    """Apply one run in a single transaction; returns row counts per table afterwards."""
    con = connect_for_write(warehouse_path)
    try:
        begin_load(con)
        con.execute("create temp table released (source_path varchar)")
        insert_frame(con, "released", pd.DataFrame({"source_path": request.released_paths}))
        con.execute("delete from document_sources where source_path in (select source_path from released)")
        _replace_documents(con, request)
        insert_parquet(con, "document_sources", request.source_files)
        # a file whose document did not survive validation is not loaded: its quarantine row says why
        request = _with_unloaded_copies(con, request)
        con.execute("delete from document_sources where doc_id not in (select doc_id from documents)")
        _drop_unreferenced_documents(con)
        # a document keeps the path it was loaded from while that file remains, else the first one left
        con.execute("""update documents set source_path = s.source_path, file_name = s.file_name
                       from (select doc_id, min(source_path) as source_path,
                                    regexp_extract(min(source_path), '[^/\\\\]*$') as file_name
                             from document_sources group by doc_id) s
                       where documents.doc_id = s.doc_id
                         and not exists (select 1 from document_sources x
                                         where x.doc_id = documents.doc_id and x.source_path = documents.source_path)""")
        mark_near_duplicates(con)
        # the whole curated registry, so agencies exist even before a document names them
        rebuild_dimensions(con, list(registry_agencies()))
        insert_frame(con, "quarantine", _quarantine_frame(request))
        insert_frame(con, "load_runs", _run_frame(request))
        apply_marts(con)   # views follow the tables they read in the same commit
        _pause_if_asked()
        con.execute("commit")       # checkpoints too (connect_for_write)
        return table_counts(con)
    except BaseException:
        with suppress(duckdb.TransactionException):     # (failed before its transaction opened: nothing to undo,
            con.execute("rollback")                       # and the cause, not "no transaction is active", is raised)
        raise
    finally:
        con.close()


def _replace_documents(con: duckdb.DuckDBPyConnection, request: LoadRequest) -> None:
    con.execute("create temp table incoming (doc_id varchar)")
    insert_parquet(con, "incoming", request.table_files.get("documents", []))
    _delete_documents(con, "incoming")    # reprocessed content (a new pipeline version) replaces its rows
    for table in reversed(DOC_SCOPED_TABLES):
        insert_parquet(con, table, request.table_files.get(table, []))


def _with_unloaded_copies(con: duckdb.DuckDBPyConnection, request: LoadRequest) -> LoadRequest:
    """Adds a quarantine row for each other name of content that was rejected: identical bytes
    are parsed once, so only the first name got one, and every file must be accounted for."""
    rejected = {q["doc_id"]: q for q in request.quarantine if q["doc_id"] and q["table_name"] in (None, "documents")}
    named = {q["source_path"] for q in request.quarantine}
    extra = [{**rejected[doc_id], "source_path": path, "detail": f"same bytes as {rejected[doc_id]['source_path']}"}
             if doc_id in rejected else
             {"source_path": path, "doc_id": doc_id, "stage": "load", "reason": "its content was not loaded",
              "detail": None, "table_name": None, "row_json": None}
             for path, doc_id in con.execute("select source_path, doc_id from document_sources "
                                             "where doc_id not in (select doc_id from documents)").fetchall()
             if path not in named]
    if not extra:
        return request
    quarantine = list(request.quarantine) + extra
    return replace(request, quarantine=quarantine, counts=replace(request.counts, quarantined=len(quarantine)))


def mark_near_duplicates(con: duckdb.DuckDBPyConnection) -> None:
    """Sets documents.duplicate_of for this run's documents and for copies whose canonical went
    away; documents already judged keep their verdict (rule in pipelines.dedup)."""
    judged = ("from documents d left join documents c on c.doc_id = d.duplicate_of "
              "where d.duplicate_of is null or c.doc_id is null")
    pending = "(d.doc_id in (select doc_id from incoming) or d.duplicate_of is not null)"
    if not con.execute(f"select count(*) {judged} and {pending}").fetchone()[0]:
        return      # nothing to judge: no read at all
    rows = con.execute(f"select d.doc_id, d.text_signature, {pending} {judged} "
                       "order by d.published_date nulls last, d.source_path, d.doc_id").fetchall()
    copies = find_duplicates((Candidate(i, t) for i, t, new in rows if not new),
                             [Candidate(i, t) for i, t, new in rows if new])
    judging = [i for i, _, new in rows if new]
    verdicts = pd.DataFrame({"doc_id": judging, "canonical": [copies.get(i) for i in judging]}, dtype=object)
    con.execute("create temp table verdicts (doc_id varchar, canonical varchar)")
    insert_frame(con, "verdicts", verdicts)
    con.execute("update documents set duplicate_of = v.canonical from verdicts v where documents.doc_id = v.doc_id")


def _pause_if_asked() -> None:
    """Crash-test hook: with PHARMA_LOAD_PAUSE_FILE set, create that file and hold the open transaction
    until it is deleted, so a test can kill -9 the process at a known point of the load."""
    if marker := os.environ.get(LOAD_PAUSE_ENV):
        Path(marker).touch()
        while Path(marker).exists():
            time.sleep(0.05)


def _drop_unreferenced_documents(con: duckdb.DuckDBPyConnection) -> None:
    """Documents no raw file points at any more (changed or removed) lose all their rows."""
    con.execute("create temp table gone as select doc_id from documents "
                "where doc_id not in (select doc_id from document_sources)")
    _delete_documents(con, "gone")


def _delete_documents(con: duckdb.DuckDBPyConnection, ids_table: str) -> None:
    """Every row of the loaded documents whose doc_id is in ids_table. Doc-scoped rows exist only
    for loaded documents, so when none is named (a first build, new content) the per-table
    deletes are skipped."""
    named = f"(select doc_id from {ids_table})"
    if con.execute(f"select count(*) from documents where doc_id in {named}").fetchall()[0][0]:
        for table in DOC_SCOPED_TABLES:
            con.execute(f"delete from {table} where doc_id in {named}")


REGISTRY_COLUMNS = ("agency_id", "name_en", "name_zh", "abbreviation", "parent_agency_id", "level", "province")


def _registry_frames(agencies: Iterable[Agency]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The registry's agencies (the first of each id) and all their aliases, built column by
    column: a dict per row cost three times as much for the ~30,000 aliases."""
    first: dict[str, Agency] = {}
    alias_ids, aliases = [], []
    for a in agencies:
        first.setdefault(a.agency_id, a)
        for alias in a.aliases:
            if alias:
                alias_ids.append(a.agency_id)
                aliases.append(alias)
    kept = list(first.values())
    columns = {c: [getattr(a, c) for a in kept] for c in REGISTRY_COLUMNS}
    return (pd.DataFrame({**columns, "in_registry": [True] * len(kept)}),
            pd.DataFrame({"agency_id": alias_ids, "alias": aliases}))


def rebuild_dimensions(con: duckdb.DuckDBPyConnection, registry: list[Agency]) -> None:
    agencies, aliases = _registry_frames(registry)
    con.execute("delete from agencies")
    con.execute("delete from agency_aliases")
    insert_frame(con, "agencies", agencies)
    insert_frame(con, "agency_aliases", aliases)
    for statement in DIMENSION_SQL:
        con.execute(statement)


def _most_common(column: str) -> str:
    """The value most mentions agree on; ties go to the smallest, so reruns agree."""
    return (f"(select first({column} order by n desc, {column}) from (select {column}, count(*) as n "
            f"from directive_mentions x where x.directive_id = m.directive_id and {column} is not null "
            f"group by {column}))")


DIMENSION_SQL = (   # (each in a set order: a rerun writes the same rows in the same order)
    # discovered agencies the registry lacks; one description per id, from the first document
    """insert into agencies
       select agency_id, first(name_en order by doc_id), first(name_zh order by doc_id),
              first(abbreviation order by doc_id), first(parent_agency_id order by doc_id),
              first(level order by doc_id), first(province order by doc_id), bool_or(in_registry)
       from discovered_agencies where agency_id not in (select agency_id from agencies)
       group by agency_id order by agency_id""",
    # (documents repeat an agency's alias list: unnesting each distinct list once leaves far fewer
    # rows to set against the registry's aliases)
    """insert into agency_aliases
       select distinct d.agency_id, alias
       from (select distinct agency_id, aliases from discovered_agencies) d, unnest(d.aliases) as u(alias)
       where alias is not null and alias <> ''
         and (d.agency_id, alias) not in (select agency_id, alias from agency_aliases) order by all""",
    "delete from people",
    """insert into people
       select person_id, first(name order by n desc, name) from (
           select person_id, name, count(*) as n from (
               select person_id, name from person_mentions
               union all select person_id, name from event_attendees) group by person_id, name)
       group by person_id order by person_id""",
    "delete from directives",
    f"""insert into directives
        select m.directive_id, {_most_common('title')}, {_most_common('title_zh')},
               {_most_common('directive_type')}, {_most_common('period_start_year')},
               {_most_common('period_end_year')}, {_most_common('issued_date')}, {_most_common('doc_number')},
               (select list(distinct s order by s) from directive_mentions x, unnest(x.short_names) as u(s)
                where x.directive_id = m.directive_id),
               first(m.doc_id order by d.published_date nulls last, m.doc_id),
               count(*) filter (where d.duplicate_of is null)   -- a republished copy is not a new mention
        from directive_mentions m join documents d using (doc_id)
        group by m.directive_id order by m.directive_id""",
    "delete from directive_issuers",
    """insert into directive_issuers
       select distinct directive_id, agency_id from directive_issuer_mentions order by all""",
)


def _quarantine_frame(request: LoadRequest) -> pd.DataFrame:
    now = datetime.utcnow()
    return pd.DataFrame([{**q, "run_id": request.run_id, "quarantined_at": now} for q in request.quarantine],
                        columns=["source_path", "doc_id", "stage", "reason", "detail", "table_name", "row_json",
                                 "run_id", "quarantined_at"])


def _run_frame(request: LoadRequest) -> pd.DataFrame:
    c = request.counts
    return pd.DataFrame([{"run_id": request.run_id, "started_at": request.started_at,
                          "finished_at": datetime.utcnow(), "files_seen": c.files_seen, "new": c.new,
                          "changed": c.changed, "unchanged": c.unchanged, "removed": c.removed,
                          "quarantined": c.quarantined, "status": "success", "schema_version": schema_version()}])


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    names = [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = 'main' and table_type = 'BASE TABLE' "
        "order by table_name").fetchall()]
    if not names:
        return {}
    # one query for all of them: each statement has a fixed cost well above a count's
    counts = con.execute("select " + ", ".join(f"(select count(*) from {_quoted(t)})" for t in names)).fetchone()
    return dict(zip(names, counts))
