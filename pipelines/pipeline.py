"""The pipeline as pure stages: scan -> plan -> stage (parse, extract, validate) -> load -> publish.

No Dagster here: each stage is a function the assets wrap (and `run_pipeline` chains for
plain Python use). Scanning, planning and the records the stages pass on are light; staging
(the parsers, pandas, Pandera) and the load (pandas) are imported by a run only when it has
files to stage or rows to write, so a rerun with nothing new starts without them (nearly a
second of imports).
"""
from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from pipelines.config import PARSE_WORKERS, Settings
from pipelines.ingest.raw_files import RawFile
from pipelines.load.publish import needs_publish, publish
from pipelines.load.records import LoadResult, Row, StagedBatches
from pipelines.plan import Plan, new_run_id, plan_run
from schemas import DOCUMENT_TABLE_NAMES


def stage(files: Sequence[RawFile], plan: Plan, out_dir: Path, known: Sequence[Row] = (),
          workers: int = PARSE_WORKERS) -> StagedBatches:
    """The files parsed, extracted and validated into Parquet under out_dir, with `known` (source
    rows of content already stored) staged beside them."""
    if not files and not known:
        return StagedBatches(str(out_dir), {t: [] for t in DOCUMENT_TABLE_NAMES + ("document_sources",)})
    from pipelines.staging import stage_files

    return stage_files(files, plan, out_dir, known, workers)


def stage_run(plan: Plan, staging_dir: Path, workers: int = PARSE_WORKERS) -> StagedBatches:
    """The single-machine build: every file the plan names, in one pool pass."""
    return stage(plan.to_parse, plan, staging_dir / plan.run_id, plan.known_sources, workers)


def partition_of(source_path: str, partitions: int) -> int:
    """Stable bucket of a file: the same path lands in the same partition on every machine."""
    return int.from_bytes(hashlib.blake2b(source_path.encode(), digest_size=4).digest(), "big") % partitions


def stage_partition(plan: Plan, staging_dir: Path, partition: int, partitions: int,
                    workers: int = PARSE_WORKERS) -> StagedBatches:
    """The scaled-out build: one bucket of the plan's files, staged under the plan's run folder."""
    files = [f for f in plan.to_parse if partition_of(f.source_path, partitions) == partition]
    known = [r for r in plan.known_sources if partition_of(r["source_path"], partitions) == partition]
    return stage(files, plan, staging_dir / plan.run_id / f"part-{partition:03d}", known, workers)


def merge_partitions(plan: Plan, staging_dir: Path, parts: Sequence[StagedBatches]) -> StagedBatches:
    """Every partition's staged files as one run's, for the single serialized load. The plan
    gave each content one file, so partitions never stage the same document."""
    files: dict[str, list[str]] = {}
    for part in parts:
        for table, paths in part.files.items():
            files.setdefault(table, []).extend(paths)
    return StagedBatches(str(staging_dir / plan.run_id), files, tuple(q for part in parts for q in part.quarantine))


def load_validated(plan: Plan, validated: StagedBatches, warehouse_path: Path) -> LoadResult:
    """One transaction; writes nothing when the plan changes nothing."""
    quarantine = list(plan.quarantine) + list(validated.quarantine)
    counts = replace(plan.counts, quarantined=len(quarantine))
    if plan.is_noop and not validated.quarantine:
        return LoadResult(False, counts, {})
    from pipelines.load.warehouse import LoadRequest, load

    request = LoadRequest(run_id=plan.run_id, started_at=plan.started_at, counts=counts,
                          table_files={t: validated.files.get(t, []) for t in DOCUMENT_TABLE_NAMES},
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


def run_pipeline(settings: Settings, run_id: str | None = None, workers: int = PARSE_WORKERS) -> LoadResult:
    """Every stage in order, without Dagster (what the assets do, for scripts)."""
    plan = plan_run(settings, run_id or new_run_id())
    result = load_validated(plan, stage_run(plan, settings.staging_dir, workers), settings.warehouse_path)
    publish_if_needed(settings.warehouse_path, settings.published_path)
    return result
