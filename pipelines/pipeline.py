"""The pipeline as pure stages: scan -> plan -> stage (parse, extract, validate) -> load -> publish.

No Dagster here: each stage is a function the assets wrap (and `run_pipeline` chains for
plain Python use). Staging is one process-pool pass: workers pull small chunks of files,
take them through parsing, extraction and validation and write Parquet per table under a
per-run staging folder, so stage results carry only paths and counts and pages never gather
in one process.
"""
from __future__ import annotations

import atexit
import gc
import hashlib
import importlib
import inspect
import io
import json
import multiprocessing
import os
import pkgutil
import shutil
import stat
import traceback
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.parquet as pq

import pipelines.clean
import pipelines.dedup
import pipelines.extract
from pipelines.config import BATCH_SIZE, CHUNK_FILES, PARSE_WORKERS, Settings
from pipelines.documents import ParsedDocument, Rejected, content_hash, parse_document
from pipelines.extract.document import extract_document
from pipelines.extract.resources import collector_paused, files_digest
from pipelines.load.publish import needs_publish, publish
from pipelines.load.warehouse import LoadRequest, RunCounts, WarehouseState, load, read_state
from pipelines.rows import Row, document_row, extraction_rows
from schemas import DOCUMENT_TABLES, TABLE_SCHEMAS

PACKAGE_DIR = Path(__file__).resolve().parent
# Code whose output is stored per document: when it changes, stored documents are reprocessed.
VERSIONED_CODE = ("documents.py", "rows.py", "ingest", "clean", "extract")


# ---------------------------------------------------------------- scan

@dataclass(frozen=True)
class RawFile:
    source_path: str
    size: int
    modified_ns: int


@dataclass(frozen=True)
class ScanResult:
    raw_dir: str
    files: tuple[RawFile, ...]
    quarantine: tuple[Row, ...] = ()


def quarantine_row(source_path: str | None, stage: str, reason: str, detail: str | None = None,
                   doc_id: str | None = None, table_name: str | None = None, row_json: str | None = None) -> Row:
    return {"source_path": source_path, "doc_id": doc_id, "stage": stage, "reason": reason, "detail": detail,
            "table_name": table_name, "row_json": row_json}


# Real article pages are well under 2 MB even with inline images; a bigger file is a dump or an
# archive, and parsing it would stall a worker for minutes. Quarantined from its size alone.
MAX_PAGE_BYTES = 10 * 2**20
TOO_LARGE = f"larger than the {MAX_PAGE_BYTES // 2**20} MB page limit"


def _within(path: str, root: str) -> bool:
    """Whether a resolved path is root or lies below it (string functions: this runs for every file)."""
    return path == root or path.startswith(os.path.join(root, ""))


def scan_raw_files(raw_dir: Path) -> ScanResult:
    """Every visible file under raw_dir, by stat only (cheap enough for a no-op rerun).

    Symlinks are followed only when they resolve inside raw_dir; anything else that is not a
    regular file is quarantined, so every entry is accounted for. Dot-files are skipped.
    """
    root = raw_dir.resolve()
    files: list[RawFile] = []
    rejected: list[Row] = []

    def walk(folder: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            rejected.append(quarantine_row(folder, "scan", "folder unreadable", str(exc)))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_symlink() and not _within(target := os.path.realpath(entry.path), str(root)):
                    rejected.append(quarantine_row(entry.path, "scan", "points outside RAW_DIR", target))
                elif entry.is_dir(follow_symlinks=False):
                    walk(entry.path)
                else:
                    info = os.stat(entry.path)
                    if stat.S_ISREG(info.st_mode) and info.st_size > MAX_PAGE_BYTES:
                        rejected.append(quarantine_row(entry.path, "scan", TOO_LARGE, f"{info.st_size} bytes"))
                    elif stat.S_ISREG(info.st_mode):
                        files.append(RawFile(entry.path, info.st_size, info.st_mtime_ns))
                    else:
                        rejected.append(quarantine_row(entry.path, "scan", "not a regular file"))
            except OSError as exc:
                rejected.append(quarantine_row(entry.path, "scan", "vanished or unreadable", str(exc)))

    if not root.is_dir():
        raise FileNotFoundError(f"RAW_DIR {root} is not a folder")
    walk(str(root))
    return ScanResult(str(root), tuple(files), tuple(rejected))


def read_raw_file(source_path: str, raw_dir: str) -> bytes:
    """Reads a file only if it still resolves inside raw_dir (given resolved, as ScanResult keeps
    it; a symlink may change under us), through the resolved path, and never more than
    MAX_PAGE_BYTES (it may have grown)."""
    resolved = os.path.realpath(source_path)
    if not _within(resolved, raw_dir):
        raise Rejected("scan", "points outside RAW_DIR")
    with open(resolved, "rb") as f:
        # sized from the file: read(MAX_PAGE_BYTES + 1) allocates 10 MB for every 30 KB page
        size = os.fstat(f.fileno()).st_size
        data = f.read(min(size, MAX_PAGE_BYTES) + 1)
        if len(data) > size:        # it grew since: on to the limit, as one read would
            data += f.read(MAX_PAGE_BYTES + 1 - len(data))
    if len(data) > MAX_PAGE_BYTES:
        raise Rejected("scan", TOO_LARGE)
    return data


# ---------------------------------------------------------------- plan

def pipeline_version() -> str:
    return files_digest(PACKAGE_DIR, [PACKAGE_DIR / name for name in VERSIONED_CODE])


@dataclass(frozen=True)
class Plan:
    run_id: str
    started_at: datetime
    raw_dir: str
    version: str
    to_parse: tuple[RawFile, ...]              # new, changed or reprocessed content
    known_sources: tuple[Row, ...]             # paths whose content is already (or about to be) a document
    released_paths: tuple[str, ...]            # paths whose previous document_sources rows go
    counts: RunCounts
    quarantine: tuple[Row, ...] = ()

    @property
    def is_noop(self) -> bool:
        return not (self.to_parse or self.known_sources or self.released_paths or self.quarantine)


def source_row(f: RawFile, doc_id: str, run_id: str) -> Row:
    return {"source_path": f.source_path, "doc_id": doc_id, "file_size": f.size, "modified_ns": f.modified_ns,
            "run_id": run_id}


def plan_changes(scan: ScanResult, state: WarehouseState, version: str, run_id: str,
                 started_at: datetime) -> Plan:
    """Decides per file: unchanged (skip), new, changed, or a second name for known content.

    A file is read and hashed only when its size or mtime differ from the last load and its
    size is one that other content has: identical bytes have identical sizes, so a file of a
    size no stored document and no other changed file shares cannot be a second name of
    known content. A rerun over unchanged files reads no file contents, and a first build
    reads only the files of equal sizes (the workers hash every file they parse anyway).
    """
    current_docs = {doc for doc, _, _, v in state.sources.values() if v == version}
    changed_files = [f for f in scan.files if (p := state.sources.get(f.source_path)) is None
                     or p[1:] != (f.size, f.modified_ns, version)]
    sizes = Counter(f.size for f in changed_files)
    sizes.update({size for _, size, _, v in state.sources.values() if v == version})
    quarantined_paths = {path for path, _ in state.quarantined_files}
    to_parse: list[RawFile] = []
    known: list[Row] = []
    released: list[str] = []
    # a scan rejection already on record stands; repeating it would make every rerun write
    rejected = [q for q in scan.quarantine if (q["source_path"], None) not in state.quarantined_files]
    scheduled: set[str] = set()
    new = changed = 0
    unchanged = len(scan.quarantine) - len(rejected)
    for f in scan.files:
        previous = state.sources.get(f.source_path)
        if previous and previous[1:] == (f.size, f.modified_ns, version):
            unchanged += 1
            continue
        doc_id = None       # a size no other content has: new content, read by its worker alone
        if sizes[f.size] > 1 or f.source_path in quarantined_paths:
            try:
                doc_id = content_hash(read_raw_file(f.source_path, scan.raw_dir))
            except (OSError, Rejected) as exc:
                rejected.append(quarantine_row(f.source_path, "scan", "vanished or unreadable", str(exc)))
                continue
            if previous is None and (f.source_path, doc_id) in state.quarantined_files:
                unchanged += 1          # rejected before with these very bytes: its quarantine row stands
                continue
        if previous is not None:
            released.append(f.source_path)
            if previous[0] == doc_id and previous[3] == version:
                unchanged += 1      # touched, same bytes: only the recorded stat changes
                known.append(source_row(f, doc_id, run_id))
                continue
        if previous is None:
            new += 1
        else:
            changed += 1
        if doc_id is not None and (doc_id in current_docs or doc_id in scheduled):
            known.append(source_row(f, doc_id, run_id))
            continue
        if doc_id is not None:
            scheduled.add(doc_id)
        to_parse.append(f)
    seen = {f.source_path for f in scan.files}
    removed = sorted(p for p in state.sources if p not in seen)
    counts = RunCounts(files_seen=len(scan.files) + len(scan.quarantine), new=new, changed=changed,
                       unchanged=unchanged, removed=len(removed), quarantined=len(rejected))
    return Plan(run_id, started_at, scan.raw_dir, version, tuple(to_parse), tuple(known),
                tuple(released + removed), counts, tuple(rejected))


# ---------------------------------------------------------------- stage: parse, extract, validate (process pool)

@dataclass(frozen=True)
class StagedBatches:
    """Validated Parquet files of a run, per table, plus what staging quarantined."""
    run_dir: str
    files: dict[str, list[str]] = field(default_factory=dict)
    quarantine: tuple[Row, ...] = ()

    def rows(self, table: str) -> int:
        return sum(pq.ParquetFile(p).metadata.num_rows for p in self.files.get(table, []))


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
    doc_id = content_hash(data)
    try:
        doc: ParsedDocument = parse_document(f.source_path, data)
    except Rejected as exc:
        return None, None, None, quarantine_row(f.source_path, exc.stage, exc.reason, doc_id=doc_id)
    except Exception as exc:  # a bug on one page must not stop the others
        return None, None, None, quarantine_row(f.source_path, "extract", f"parse failed: {type(exc).__name__}",
                                                traceback.format_exc(limit=-4), doc_id=doc_id)
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


def freeze_heap() -> None:
    """Takes every object alive now out of the cyclic collector's reach for the rest of the process:
    imported modules and warm caches (~200,000 objects) live as long as it does, and each full
    collection would walk them all again (~0.1 s apiece, two or three a build). Unfrozen at exit,
    where the interpreter's last collection finalises extension objects (DuckDB's complain if not)."""
    global _unfreeze_registered
    gc.freeze()
    if not _unfreeze_registered:
        atexit.register(gc.unfreeze)
        _unfreeze_registered = True


_unfreeze_registered = False


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


# ---------------------------------------------------------------- load + publish

@dataclass(frozen=True)
class LoadResult:
    wrote: bool
    counts: RunCounts
    table_rows: dict[str, int]


def load_validated(plan: Plan, validated: StagedBatches, warehouse_path: Path) -> LoadResult:
    """One transaction; writes nothing when the plan changes nothing."""
    quarantine = list(plan.quarantine) + list(validated.quarantine)
    counts = replace(plan.counts, quarantined=len(quarantine))
    if plan.is_noop and not validated.quarantine:
        return LoadResult(False, counts, {})
    request = LoadRequest(run_id=plan.run_id, started_at=plan.started_at, counts=counts,
                          table_files={t: validated.files.get(t, []) for t in DOCUMENT_TABLES},
                          source_files=validated.files.get("document_sources", []),
                          released_paths=list(plan.released_paths), quarantine=quarantine)
    table_rows = load(warehouse_path, request)
    shutil.rmtree(validated.run_dir, ignore_errors=True)
    return LoadResult(True, counts, table_rows)


def publish_if_needed(warehouse_path: Path, published_path: Path) -> bool:
    if not needs_publish(warehouse_path, published_path):
        return False
    publish(warehouse_path, published_path)
    return True


def stage_run(plan: Plan, staging_dir: Path, workers: int = PARSE_WORKERS) -> StagedBatches:
    """The single-machine build: every file the plan names, in one pool pass."""
    return stage_files(plan.to_parse, plan, staging_dir / plan.run_id, plan.known_sources, workers)


def partition_of(source_path: str, partitions: int) -> int:
    """Stable bucket of a file: the same path lands in the same partition on every machine."""
    return int.from_bytes(hashlib.blake2b(source_path.encode(), digest_size=4).digest(), "big") % partitions


def stage_partition(plan: Plan, staging_dir: Path, partition: int, partitions: int,
                    workers: int = PARSE_WORKERS) -> StagedBatches:
    """The scaled-out build: one bucket of the plan's files, staged under the plan's run folder."""
    files = [f for f in plan.to_parse if partition_of(f.source_path, partitions) == partition]
    known = [r for r in plan.known_sources if partition_of(r["source_path"], partitions) == partition]
    return stage_files(files, plan, staging_dir / plan.run_id / f"part-{partition:03d}", known, workers)


def merge_partitions(plan: Plan, staging_dir: Path, parts: Sequence[StagedBatches]) -> StagedBatches:
    """Every partition's staged files as one run's, for the single serialized load. The plan
    gave each content one file, so partitions never stage the same document."""
    files: dict[str, list[str]] = {}
    for part in parts:
        for table, paths in part.files.items():
            files.setdefault(table, []).extend(paths)
    return StagedBatches(str(staging_dir / plan.run_id), files, tuple(q for part in parts for q in part.quarantine))


def new_run_id() -> str:
    return uuid.uuid4().hex


def plan_run(settings: Settings, run_id: str) -> Plan:
    scan = scan_raw_files(settings.raw_dir)
    return plan_changes(scan, read_state(settings.warehouse_path), pipeline_version(), run_id, datetime.utcnow())


def run_pipeline(settings: Settings, run_id: str | None = None, workers: int = PARSE_WORKERS) -> LoadResult:
    """Every stage in order, without Dagster (what the assets do, for scripts)."""
    plan = plan_run(settings, run_id or new_run_id())
    result = load_validated(plan, stage_run(plan, settings.staging_dir, workers), settings.warehouse_path)
    publish_if_needed(settings.warehouse_path, settings.published_path)
    return result
