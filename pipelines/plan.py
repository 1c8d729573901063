"""The plan of a run: which files under RAW_DIR to parse, which to skip, which are gone.

Light on purpose (no pandas, Pandera or parsers): a rerun with nothing new runs only this
and the steps' bookkeeping.
"""
from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipelines.config import Settings
from pipelines.extract.resources import files_digest
from pipelines.ingest.raw_files import RawFile, Rejected, ScanResult, content_hash, quarantine_row, read_raw_file, \
    scan_raw_files
from pipelines.load.records import Row, RunCounts, WarehouseState, read_state

PACKAGE_DIR = Path(__file__).resolve().parent
# Code whose output is stored per document: when it changes, stored documents are reprocessed.
VERSIONED_CODE = ("documents.py", "rows.py", "ingest", "clean", "extract")


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


def new_run_id() -> str:
    return uuid.uuid4().hex


def plan_run(settings: Settings, run_id: str) -> Plan:
    scan = scan_raw_files(settings.raw_dir)
    return plan_changes(scan, read_state(settings.warehouse_path), pipeline_version(), run_id, datetime.utcnow())

