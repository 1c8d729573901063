"""The pipeline as pure stages: scan -> plan -> parse -> extract -> validate -> load -> publish.

No Dagster here: each stage is a function the assets wrap (and `run_pipeline` chains for
plain Python use). Bulky data moves between stages as Parquet batches under a per-run
staging folder; the stage results carry only paths and counts.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import traceback
import uuid
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa

from pipelines.config import BATCH_SIZE, PARSE_WORKERS, Settings
from pipelines.documents import ParsedDocument, Rejected, content_hash, parse_document
from pipelines.extract.document import extract_document
from pipelines.load.publish import needs_publish, publish
from pipelines.load.warehouse import LoadRequest, RunCounts, WarehouseState, load, read_state
from pipelines.rows import EXTRACTION_TABLES, Row, document_row, extraction_rows
from schemas import DOCUMENT_TABLES

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


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


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
                if entry.is_symlink() and not _within(Path(entry.path).resolve(), root):
                    rejected.append(quarantine_row(entry.path, "scan", "points outside RAW_DIR",
                                                   str(Path(entry.path).resolve())))
                elif entry.is_dir(follow_symlinks=False):
                    walk(entry.path)
                else:
                    info = os.stat(entry.path)
                    if stat.S_ISREG(info.st_mode):
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
    """Reads a file only if it still resolves inside raw_dir (a symlink may change under us)."""
    if not _within(Path(source_path).resolve(), Path(raw_dir)):
        raise Rejected("scan", "points outside RAW_DIR")
    return Path(source_path).read_bytes()


# ---------------------------------------------------------------- plan

def pipeline_version() -> str:
    digest = hashlib.sha256()
    for name in VERSIONED_CODE:
        target = PACKAGE_DIR / name
        paths = sorted(target.rglob("*")) if target.is_dir() else [target]
        for path in paths:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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

    A file is hashed only when its size or mtime differ from the last load, so a rerun over
    unchanged files reads no file contents.
    """
    current_docs = {doc for doc, _, _, v in state.sources.values() if v == version}
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
        if doc_id in current_docs or doc_id in scheduled:
            known.append(source_row(f, doc_id, run_id))
        else:
            scheduled.add(doc_id)
            to_parse.append(f)
    seen = {f.source_path for f in scan.files}
    removed = sorted(p for p in state.sources if p not in seen)
    counts = RunCounts(files_seen=len(scan.files) + len(scan.quarantine), new=new, changed=changed,
                       unchanged=unchanged, removed=len(removed), quarantined=len(rejected))
    return Plan(run_id, started_at, scan.raw_dir, version, tuple(to_parse), tuple(known),
                tuple(released + removed), counts, tuple(rejected))


# ---------------------------------------------------------------- parse + extract (process pool)

@dataclass(frozen=True)
class StagedBatches:
    """Parquet files of one stage, per table, plus what that stage quarantined."""
    run_dir: str
    files: dict[str, list[str]] = field(default_factory=dict)
    quarantine: tuple[Row, ...] = ()

    def rows(self, table: str) -> int:
        return sum(pd.read_parquet(p, columns=[]).shape[0] for p in self.files.get(table, []))


def _batches(items: list, size: int) -> Iterator[tuple[int, list]]:
    for start in range(0, len(items), size):
        yield start // size, items[start:start + size]


def _write(frame_rows: list[Row], path: Path) -> str | None:
    if not frame_rows:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(frame_rows).to_parquet(path, index=False)
    return str(path)


def parse_one(task: tuple[RawFile, str, str, str]) -> tuple[Row | None, Row | None, Row | None]:
    """Worker: one file to (document row, source row) or a quarantine row; never raises."""
    f, raw_dir, version, run_id = task
    try:
        data = read_raw_file(f.source_path, raw_dir)
    except OSError as exc:
        return None, None, quarantine_row(f.source_path, "scan", "vanished or unreadable", str(exc))
    except Rejected as exc:
        return None, None, quarantine_row(f.source_path, exc.stage, exc.reason)
    doc_id = content_hash(data)
    try:
        doc: ParsedDocument = parse_document(f.source_path, data)
    except Rejected as exc:
        return None, None, quarantine_row(f.source_path, exc.stage, exc.reason, doc_id=doc_id)
    except Exception as exc:  # a bug on one page must not stop the others
        return None, None, quarantine_row(f.source_path, "extract", f"parse failed: {type(exc).__name__}",
                                          traceback.format_exc(limit=-4), doc_id=doc_id)
    return (document_row(doc, version, run_id, datetime.utcnow()),
            source_row(f, doc.doc_id, run_id), None)


def extract_one(task: tuple[str, str | None, str, str, date | None]) -> tuple[dict[str, list[Row]] | None, Row | None]:
    """Worker: facts of one document, or a quarantine row; never raises."""
    doc_id, source_path, clean_text, language, published = task
    try:
        return extraction_rows(doc_id, extract_document(clean_text, language, published)), None
    except Exception as exc:  # a bug on one page must not stop the others
        return None, quarantine_row(source_path, "extract", f"extraction failed: {type(exc).__name__}",
                                    traceback.format_exc(limit=-4), doc_id=doc_id)


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers)


def parse_files(plan: Plan, staging_dir: Path, workers: int = PARSE_WORKERS,
                batch_size: int = BATCH_SIZE) -> StagedBatches:
    run_dir = staging_dir / plan.run_id
    files: dict[str, list[str]] = {"parsed": [], "document_sources": []}
    rejected: list[Row] = []
    known = list(plan.known_sources)
    seen: set[str] = set()
    if plan.to_parse:
        with _pool(workers) as pool:
            for n, batch in _batches(list(plan.to_parse), batch_size):
                docs: list[Row] = []
                tasks = [(f, plan.raw_dir, plan.version, plan.run_id) for f in batch]
                for doc, source, bad in pool.map(parse_one, tasks, chunksize=8):
                    if bad is not None:
                        rejected.append(bad)
                    elif doc["doc_id"] in seen:      # content changed into a copy of another file mid-run
                        known.append(source)
                    else:
                        seen.add(doc["doc_id"])
                        docs.append(doc)
                        known.append(source)
                if path := _write(docs, run_dir / "parsed" / f"batch_{n:05d}.parquet"):
                    files["parsed"].append(path)
    if path := _write(known, run_dir / "document_sources" / "sources.parquet"):
        files["document_sources"].append(path)
    return StagedBatches(str(run_dir), files, tuple(rejected))


def extract_facts(parsed: StagedBatches, workers: int = PARSE_WORKERS) -> StagedBatches:
    run_dir = Path(parsed.run_dir)
    files: dict[str, list[str]] = {t: [] for t in DOCUMENT_TABLES}
    files["document_sources"] = list(parsed.files.get("document_sources", []))
    rejected: list[Row] = []
    if parsed.files.get("parsed"):
        with _pool(workers) as pool:
            for n, batch_path in enumerate(parsed.files["parsed"]):
                docs = pd.read_parquet(batch_path)
                tasks = [(r.doc_id, r.source_path, r.clean_text, r.language,
                          None if pd.isna(r.published_date) else r.published_date)
                         for r in docs.itertuples(index=False)]
                tables: dict[str, list[Row]] = {t: [] for t in EXTRACTION_TABLES}
                ok: list[bool] = []
                for facts, bad in pool.map(extract_one, tasks, chunksize=8):
                    ok.append(bad is None)
                    if bad is not None:
                        rejected.append(bad)
                        continue
                    for table, rows in facts.items():
                        tables[table].extend(rows)
                kept = docs[ok]
                if len(kept):
                    out = run_dir / "extracted" / "documents" / f"batch_{n:05d}.parquet"
                    out.parent.mkdir(parents=True, exist_ok=True)
                    kept.to_parquet(out, index=False)
                    files["documents"].append(str(out))
                for table, rows in tables.items():
                    if path := _write(rows, run_dir / "extracted" / table / f"batch_{n:05d}.parquet"):
                        files[table].append(path)
    return StagedBatches(str(run_dir), files, parsed.quarantine + tuple(rejected))


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


def validate_facts(extracted: StagedBatches) -> StagedBatches:
    """Validates every staged table; a rejected document takes its facts with it, a rejected
    event its agencies and attendees."""
    run_dir = Path(extracted.run_dir)
    files: dict[str, list[str]] = {"document_sources": list(extracted.files.get("document_sources", []))}
    rejected: list[Row] = []
    batch_names = sorted({Path(p).name for t in DOCUMENT_TABLES for p in extracted.files.get(t, [])})
    for name in batch_names:
        dropped: dict[str, set[str]] = {"doc_id": set(), "event_id": set()}
        for table in DOCUMENT_TABLES:
            source = run_dir / "extracted" / table / name
            if str(source) not in extracted.files.get(table, []):
                continue
            frame = pd.read_parquet(source)
            for key, ids in dropped.items():
                if key in frame and ids:
                    frame = frame[~frame[key].isin(ids)]
            good, bad = validate_frame(table, frame)
            rejected.extend(bad)
            if table == "documents":
                dropped["doc_id"].update(r["doc_id"] for r in bad)
            elif table == "events":
                dropped["event_id"].update(json.loads(r["row_json"])["event_id"] for r in bad)
            if len(good):
                out = run_dir / "validated" / table / name
                out.parent.mkdir(parents=True, exist_ok=True)
                good.to_parquet(out, index=False)
                files.setdefault(table, []).append(str(out))
    return StagedBatches(str(run_dir), files, extracted.quarantine + tuple(rejected))


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


def new_run_id() -> str:
    return uuid.uuid4().hex


def plan_run(settings: Settings, run_id: str) -> Plan:
    scan = scan_raw_files(settings.raw_dir)
    return plan_changes(scan, read_state(settings.warehouse_path), pipeline_version(), run_id, datetime.utcnow())


def run_pipeline(settings: Settings, run_id: str | None = None, workers: int = PARSE_WORKERS) -> LoadResult:
    """Every stage in order, without Dagster (what the assets do, for scripts)."""
    plan = plan_run(settings, run_id or new_run_id())
    parsed = parse_files(plan, settings.staging_dir, workers)
    validated = validate_facts(extract_facts(parsed, workers))
    result = load_validated(plan, validated, settings.warehouse_path)
    publish_if_needed(settings.warehouse_path, settings.published_path)
    return result
