"""Staging: changed files parsed, their facts extracted and validated, in one process-pool pass.

Workers pull small chunks of files, take them through parsing, extraction and validation
and write Parquet per table under a per-run staging folder, so results carry only paths and
counts and pages never gather in one process. Imported only by a run with files to stage.
"""
from __future__ import annotations

import importlib
import inspect
import io
import json
import multiprocessing
import pkgutil
import traceback
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pyarrow

import pipelines.clean
import pipelines.dedup
import pipelines.extract
from pipelines.config import BATCH_SIZE, CHUNK_FILES, PARSE_WORKERS
from pipelines.documents import ParsedDocument, parse_document
from pipelines.extract.document import extract_document
from pipelines.extract.resources import collector_paused, freeze_heap
from pipelines.ingest.raw_files import RawFile, Rejected, content_hash, quarantine_row, read_raw_file
from pipelines.load.records import Row, StagedBatches
from pipelines.plan import Plan, source_row
from pipelines.rows import document_row, extraction_rows
from schemas.models import DOCUMENT_TABLES, TABLE_SCHEMAS


@dataclass(frozen=True)
class ShardTask:
    """What a worker needs besides the files it pulls: where they live, what to stamp on the
    rows, and where its Parquet files go (<out_dir>/<table>/<name>_<part>.parquet)."""
    raw_dir: str
    version: str
    run_id: str
    out_dir: str
    name: str


@dataclass(frozen=True)
class BatchResult:
    files: dict[str, str]            # table -> validated Parquet file
    doc_ids: tuple[str, ...]         # documents staged, for de-duplication across batches
    sources: tuple[Row, ...]
    quarantine: tuple[Row, ...]


def process_file(f: RawFile, raw_dir: str, version: str, run_id: str
                 ) -> tuple[Row | None, Row | None, dict[str, list[Row]] | None, Row | None]:
    """One file to (document row, source row, fact rows) or a quarantine row; never raises.

    A document whose extraction fails keeps its source row: the loader drops source rows
    without a document, and the quarantine row says why."""
    try:
        data = read_raw_file(f.source_path, raw_dir)
    except OSError as exc:
        return None, None, None, quarantine_row(f.source_path, "scan", "vanished or unreadable", str(exc))
    except Rejected as exc:
        return None, None, None, quarantine_row(f.source_path, exc.stage, exc.reason)
    try:
        doc: ParsedDocument = parse_document(f.source_path, data)    # (its doc_id is the content's hash)
    except Rejected as exc:
        return None, None, None, quarantine_row(f.source_path, exc.stage, exc.reason, doc_id=content_hash(data))
    except Exception as exc:  # a bug on one page must not stop the others
        return None, None, None, quarantine_row(f.source_path, "extract", f"parse failed: {type(exc).__name__}",
                                                traceback.format_exc(limit=-4), doc_id=content_hash(data))
    source = source_row(f, doc.doc_id, run_id)
    try:
        extraction = extract_document(doc.clean_text, doc.language, doc.published_date, doc.source_name)
        facts = extraction_rows(doc.doc_id, extraction)
    except Exception as exc:  # a bug on one page must not stop the others
        return None, source, None, quarantine_row(f.source_path, "extract",
                                                  f"extraction failed: {type(exc).__name__}",
                                                  traceback.format_exc(limit=-4), doc_id=doc.doc_id)
    return document_row(doc, version, run_id, datetime.utcnow()), source, facts, None


@dataclass
class _Batch:
    """Rows a worker has staged since its last flush."""
    tables: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in DOCUMENT_TABLES})
    sources: list[Row] = field(default_factory=list)
    rejected: list[Row] = field(default_factory=list)

    def add(self, f: RawFile, task: ShardTask, seen: set[str]) -> None:
        doc, source, facts, bad = process_file(f, task.raw_dir, task.version, task.run_id)
        if source is not None:
            self.sources.append(source)
        if bad is not None:
            self.rejected.append(bad)
        elif doc["doc_id"] not in seen:      # else its content changed into a copy of another file mid-run
            seen.add(doc["doc_id"])
            self.tables["documents"].append(doc)
            for table, rows in facts.items():
                self.tables[table].extend(rows)

    def flush(self, task: ShardTask, part: int) -> BatchResult:
        """Validates the rows and writes one Parquet file per table."""
        files, invalid = validate_and_write(self.tables, Path(task.out_dir), f"{task.name}_{part:05d}")
        return BatchResult(files, tuple(d["doc_id"] for d in self.tables["documents"]), tuple(self.sources),
                           tuple(self.rejected + invalid))


def stage_chunks(chunks: Iterable[Sequence[RawFile]], task: ShardTask) -> list[BatchResult]:
    """Parses, extracts and validates chunks of files, flushing validated Parquet every
    BATCH_SIZE documents and at the end: memory stays bounded, and Pandera's fixed cost per
    frame is paid once per BATCH_SIZE documents however small the chunks."""
    results: list[BatchResult] = []
    batch, seen = _Batch(), set()
    for chunk in chunks:
        for f in chunk:
            batch.add(f, task, seen)
        if len(batch.tables["documents"]) >= BATCH_SIZE:
            results.append(batch.flush(task, len(results)))
            batch = _Batch()
    if batch.sources or batch.rejected:
        results.append(batch.flush(task, len(results)))
    return results


# Chunks of files for a pool's workers to pull; inherited over fork (see _run_shards).
_chunk_queue: Any = None


def _init_worker(queue: Any) -> None:
    """Attaches the chunk queue and keeps Arrow to one thread: a worker is one core's worth, and
    two workers each converting and writing Parquet on a thread per core contended for them."""
    global _chunk_queue
    _chunk_queue = queue
    pyarrow.set_cpu_count(1)
    pyarrow.set_io_thread_count(1)


def stage_shard(task: ShardTask) -> list[BatchResult]:
    """Worker: pulls chunks until the end marker. Small chunks pulled on demand keep every
    core busy to the last page; everything bulky stays in the worker, only paths and small
    rows go back."""
    return stage_chunks(iter(_chunk_queue.get, None), task)


WARM_PAGE = """<html><head><title>NMPA holds symposium on inspection reform</title></head><body><article>
<h1>NMPA holds symposium on inspection reform</h1><p>Source: NMPA | Published: 2025-10-29</p>
<p>On October 28, 2025, the National Medical Products Administration held a symposium in Jinan on
drug inspection reform, attended by officials of provincial drug administrations.</p>
<p>Participants discussed the implementation of the Drug Administration Law and the plan for the
period of the 14th Five-Year Plan, and exchanged experience on risk-based inspections.</p>
<p>The meeting called for stronger coordination between national and local regulators.</p>
</article></body></html>"""


def warm_up() -> None:
    """The caches the workers need, built with the collector paused (it would walk the young
    objects again and again) and then frozen: they live as long as the process, and a worker's
    collector walking what it inherited would copy every page it touches."""
    with collector_paused():
        warm_validation()
        warm_extractors()
        warm_staging()
    freeze_heap()


def warm_extractors() -> None:
    """Builds every cached data table of the cleaners, extractors and signatures (the zero-argument
    lru_cache loaders: registry, gazetteers, vocabularies)."""
    modules = [pipelines.dedup] + [importlib.import_module(f"{package.__name__}.{info.name}")
                                   for package in (pipelines.clean, pipelines.extract)
                                   for info in pkgutil.iter_modules(package.__path__)]
    for module in modules:
        for loader in list(vars(module).values()):
            if hasattr(loader, "cache_info") and _takes_no_arguments(loader):
                with suppress(Exception):   # a broken loader fails its pages later, with a reason
                    loader()


def warm_staging() -> None:
    """The warm page through every stage a worker runs, Parquet written in memory: trafilatura,
    dateparser (its language data), Pandera and pyarrow set up on their first page or frame what
    every worker's first batch would otherwise wait for. The page is long enough for trafilatura's
    fast pass alone, as most pages are. Only its documents row is validated: Pandera's first-use
    setup is shared by every table, and validating the others here spent their steady cost
    (~35 ms) before the fork, with one core idle."""
    with suppress(Exception):
        doc = parse_document("warm.html", WARM_PAGE.encode())
        extraction_rows(doc.doc_id, extract_document(doc.clean_text, doc.language, doc.published_date,
                                                     doc.source_name))
        documents = pd.DataFrame([document_row(doc, "warm", "warm", datetime.utcnow())])
        validate_frame("documents", documents)[0].to_parquet(io.BytesIO(), index=False)



def _takes_no_arguments(function: Any) -> bool:
    with suppress(TypeError, ValueError):
        return all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
                   for p in inspect.signature(function).parameters.values())
    return False


def chunk_size_for(files: int, workers: int) -> int:
    """Files a worker pulls at a time: at most CHUNK_FILES (a worker finishing early waits for
    no more than one chunk of another), fewer when there are few files to share."""
    return max(1, min(CHUNK_FILES, -(-files // (workers * 4))))


def _slices(items: Sequence[RawFile], size: int) -> list[tuple[RawFile, ...]]:
    return [tuple(items[start:start + size]) for start in range(0, len(items), size)]


def stage_files(files: Sequence[RawFile], plan: Plan, out_dir: Path, known: Sequence[Row] = (),
                workers: int = PARSE_WORKERS) -> StagedBatches:
    """One pass over the files in a process pool (workers forked once, warmed). Which worker
    stages which file varies from run to run; nothing loaded depends on it. `known` are
    source rows of content already stored; they are staged with the new ones."""
    chunks = _slices(files, chunk_size_for(len(files), workers))
    staged: dict[str, list[str]] = {t: [] for t in DOCUMENT_TABLES}
    sources, rejected, seen = list(known), [], set()
    for result in _run_shards(chunks, plan, out_dir, workers):
        repeated = seen.intersection(result.doc_ids)
        if repeated:    # content changed into a copy of a file staged elsewhere, mid-run
            _drop_documents(result.files, repeated)
        seen.update(result.doc_ids)
        for table, path in result.files.items():
            staged[table].append(path)
        sources.extend(result.sources)
        rejected.extend(result.quarantine)
    staged["document_sources"] = [p for p in [_write(sources, out_dir / "document_sources.parquet")] if p]
    return StagedBatches(str(out_dir), staged, tuple(rejected))


def _run_shards(chunks: list[tuple[RawFile, ...]], plan: Plan, out_dir: Path, workers: int) -> list[BatchResult]:
    def task(shard: int) -> ShardTask:
        return ShardTask(plan.raw_dir, plan.version, plan.run_id, str(out_dir), f"shard_{shard:03d}")

    if workers <= 1 or len(chunks) <= 1:      # a pool costs more than it saves on one chunk
        return stage_chunks(chunks, task(0))
    workers = min(workers, len(chunks))
    context = multiprocessing.get_context("fork")       # inheritance of the warm caches is the point
    queue = context.Queue()
    for chunk in chunks + [None] * workers:             # one end marker per worker
        queue.put(chunk)
    # Before the fork: the workers inherit the caches (warming each in parallel measured slower,
    # as the parent needs the schemas and the registry for the checks and the load anyway).
    warm_up()
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                 initargs=(queue,)) as pool:
            return [result for shard in pool.map(stage_shard, map(task, range(workers))) for result in shard]
    finally:
        queue.close()


def _drop_documents(files: dict[str, str], doc_ids: set[str]) -> None:
    for path in files.values():
        frame = pd.read_parquet(path)
        frame[~frame["doc_id"].isin(doc_ids)].to_parquet(path, index=False)


def _write(rows: list[Row], path: Path) -> str | None:
    if not rows:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows).to_parquet(path, index=False)
    return str(path)


# ---------------------------------------------------------------- validate

def _failure_reasons(error: pa.errors.SchemaErrors, frame: pd.DataFrame) -> dict[Any, str]:
    """Failing row index -> 'column: check; ...'. A failure without a row fails every row."""
    reasons: dict[Any, list[str]] = {}
    for case in error.failure_cases.itertuples(index=False):
        label = f"{case.column or 'row'}: {case.check}"
        targets = frame.index if pd.isna(case.index) else [case.index]
        for idx in targets:
            bucket = reasons.setdefault(idx, [])
            if label not in bucket:
                bucket.append(label)
    return {idx: "; ".join(labels) for idx, labels in reasons.items()}


def warm_validation() -> None:
    """Pandera builds each model's schema and imports its validation backends on first use
    (a quarter of a second); this process needs them for the blocking checks anyway, so it
    pays once, before the fork, and the pool's workers inherit them."""
    schemas = [model.to_schema() for model in TABLE_SCHEMAS.values()]
    schemas[0].register_default_backends(pd.DataFrame)


def validate_frame(table: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Row]]:
    """Rows that pass the table's Pandera model (coerced), and quarantine rows for the rest."""
    model = DOCUMENT_TABLES[table]
    frame = frame.reset_index(drop=True)
    try:
        return model.validate(frame, lazy=True), []
    except pa.errors.SchemaErrors as error:
        reasons = _failure_reasons(error, frame)
    rejected = [quarantine_row(frame.at[idx, "source_path"] if "source_path" in frame else None, "validate",
                               reason, doc_id=frame.at[idx, "doc_id"], table_name=table,
                               row_json=json.dumps(frame.loc[idx].to_dict(), default=str, ensure_ascii=False))
                for idx, reason in reasons.items()]
    good = frame.drop(index=list(reasons))
    return (model.validate(good, lazy=True) if len(good) else good), rejected


def validate_and_write(tables: dict[str, list[Row]], out_dir: Path, name: str) -> tuple[dict[str, str], list[Row]]:
    """Validates each table's rows (DOCUMENT_TABLES order: parents first) and writes the good
    ones to out_dir/<table>/<name>.parquet. A rejected document takes its facts with it, a
    rejected event its agencies and attendees."""
    files: dict[str, str] = {}
    rejected: list[Row] = []
    dropped: dict[str, set[str]] = {"doc_id": set(), "event_id": set()}
    for table in DOCUMENT_TABLES:
        rows = tables.get(table, [])
        if dropped["doc_id"] or dropped["event_id"]:
            rows = [r for r in rows if not any(r.get(k) in ids for k, ids in dropped.items())]
        if not rows:
            continue
        good, bad = validate_frame(table, pd.DataFrame(rows))
        rejected.extend(bad)
        if table == "documents":
            dropped["doc_id"].update(r["doc_id"] for r in bad)
        elif table == "events":
            dropped["event_id"].update(json.loads(r["row_json"])["event_id"] for r in bad)
        if len(good):
            out = out_dir / table / f"{name}.parquet"
            out.parent.mkdir(parents=True, exist_ok=True)
            good.to_parquet(out, index=False)
            files[table] = str(out)
    return files, rejected
