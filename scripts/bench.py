"""Throughput benchmark: N generated pages through the whole pipeline, against trafilatura alone.

usage: python scripts/bench.py [-n 1000] [--repeat 3] [--seed 7] [--workdir DIR]
       (or: make bench N=10000)

1. Generates N pages with ../shared/bench/make_corpus.py (SHARED_DIR overrides ../shared).
2. Times trafilatura alone on the same pages: bytes -> trafilatura.utils.decode_file ->
   trafilatura.extract, default settings, one process.
3. Builds a fresh temporary warehouse the real way: the Dagster job in-process, as
   `python -m pipelines build` runs it, in a child process; timed per step.
   Steps 2 and 3 alternate --repeat times, each build into a new folder; the figures are the
   medians (this machine's speed drifts by ±10% from one minute to the next, so one run
   alone can be off by that much), with the range beside them.
4. Builds it once more into another folder, this time sampling the memory of the child's
   whole process tree (main + pool workers); sampling slows a run, so it is not the timed one.
5. Reruns with no new pages: the same job in a fresh process (the core pipeline), then the
   CLI end to end (interpreter and Dagster start-up included).
Deterministic for a given seed; the temporary folder is removed unless --workdir is given.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHARED_DIR") or REPO.parent / "shared")
JOB_REPORT = "BENCH_JOB_REPORT "


def generate_pages(out: Path, n: int, seed: int) -> None:
    script, corpus = SHARED / "bench" / "make_corpus.py", SHARED / "corpus"
    if not script.exists():
        raise SystemExit(f"{script} not found: set SHARED_DIR to the folder holding bench/ and corpus/")
    subprocess.run([sys.executable, str(script), str(corpus), str(out), "-n", str(n), "--seed", str(seed)],
                   check=True, stdout=subprocess.DEVNULL)


def time_trafilatura(pages: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds."""
    import trafilatura
    from trafilatura.utils import decode_file

    start, cpu = time.perf_counter(), time.process_time()
    for page in pages:
        trafilatura.extract(decode_file(page.read_bytes()))
    return time.perf_counter() - start, time.process_time() - cpu


# ---------------------------------------------------------------- child: the Dagster job, in-process

def run_job() -> None:
    """Child mode: what `python -m pipelines build` does, timed per step; prints one JSON line."""
    start = time.perf_counter()
    sys.path.insert(0, str(REPO))       # the repo's packages, as `python -m pipelines` sees them
    from dagster import DagsterEventType, DagsterInstance

    from pipelines.definitions import defs
    # A build with files to stage imports these in its first such step (a no-op rerun never does), and freezes
    # them with its warm caches before its pool: start-up, as Dagster's imports are, not the job.
    import pipelines.load.warehouse, pipelines.staging  # noqa: E401,F401
    from pipelines.extract.resources import freeze_heap
    freeze_heap()
    with DagsterInstance.ephemeral() as instance:
        imported = time.perf_counter()      # start-up: imports and the Dagster instance
        result = defs.resolve_job_def("build_warehouse").execute_in_process(instance=instance)
        finished = time.perf_counter()
        started_at: dict[str, float] = {}
        steps: dict[str, float] = {}
        for entry in instance.all_logs(result.run_id):
            event = entry.dagster_event
            if event is None or event.step_key is None:
                continue
            if event.event_type == DagsterEventType.STEP_START:
                started_at[event.step_key] = entry.timestamp
            elif event.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE):
                steps[event.step_key] = entry.timestamp - started_at[event.step_key]
    load = result.output_for_node("warehouse")
    print(JOB_REPORT + json.dumps({
        "import_s": imported - start, "job_s": finished - imported, "steps": steps,
        "documents": load.table_rows.get("documents", 0), "new": load.counts.new, "wrote": load.wrote,
        "cpu_s": sum(_cpu_seconds(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)),
        "peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


# ---------------------------------------------------------------- parent: memory sampling of the child tree

def _tree(pid: int) -> list[int]:
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                queue.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return pids


def _pss_mb(pid: int) -> float:
    """Proportional set size: shared pages split between the processes sharing them, so the
    sum over a forked pool is the memory it really takes."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_measured(cmd: list[str], env: dict[str, str], sample_memory: bool = False) -> tuple[float, float, str]:
    """Runs cmd; returns (wall seconds, peak PSS of its whole process tree in MB or 0, stdout).

    Sampling reads /proc/<pid>/smaps_rollup of every process 20 times a second, which walks
    their page tables and slows them down (by ~15% here): timed runs do not sample."""
    peak = [0.0]
    start = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def sample() -> None:
        while child.poll() is None:
            peak[0] = max(peak[0], sum(_pss_mb(p) for p in _tree(child.pid)))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_memory:
        sampler.start()
    out, _ = child.communicate()
    wall = time.perf_counter() - start
    if sample_memory:
        sampler.join()
    if child.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {child.returncode}")
    return wall, peak[0], out


def time_noop_stages(env: dict[str, str]) -> float:
    """The pure stages without Dagster (pipelines.pipeline.run_pipeline), in a warm process."""
    code = ("import time; from pipelines.config import load_settings; from pipelines.pipeline import run_pipeline; "
            "t = time.perf_counter(); r = run_pipeline(load_settings()); assert not r.wrote; "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, check=True, capture_output=True, text=True)
    return float(out.stdout.split()[-1])


def job_report(out: str) -> dict:
    return json.loads(next(line for line in out.splitlines() if line.startswith(JOB_REPORT))[len(JOB_REPORT):])


def _spread(values: list[float]) -> str:
    return f"({min(values):.2f}-{max(values):.2f}, median of {len(values)})" if len(values) > 1 else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="pages to generate (default 1000)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="timed trafilatura and build runs, alternated; medians reported (default 3)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, help="keep pages and warehouse here (default: a temp dir, removed)")
    parser.add_argument("--job", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.job:
        return run_job()

    work = args.workdir or Path(tempfile.mkdtemp(prefix="pharma_bench_"))
    pages_dir = work / "pages"
    try:
        shutil.rmtree(pages_dir, ignore_errors=True)
        for stale in ("bench.duckdb", "bench.duckdb.wal", "published", "staging", "memory", "builds"):
            shutil.rmtree(work / stale, ignore_errors=True) if (work / stale).is_dir() else \
                (work / stale).unlink(missing_ok=True)
        generate_pages(pages_dir, args.n, args.seed)
        pages = sorted(p for p in pages_dir.rglob("*") if p.is_file())

        def folder_env(folder: Path) -> dict[str, str]:
            return {**os.environ, "RAW_DIR": str(pages_dir), "WAREHOUSE_PATH": str(folder / "bench.duckdb"),
                    "PUBLISHED_PATH": str(folder / "published" / "bench.duckdb")}

        job_cmd = [sys.executable, str(Path(__file__).resolve()), "--job"]
        baselines, builds = [], []
        for run in range(max(1, args.repeat)):
            baselines.append(time_trafilatura(pages))
            env = folder_env(work / "builds" / str(run))
            wall, _, out = run_measured(job_cmd, env)
            builds.append((wall, job_report(out)))
        _, cold_pss, _ = run_measured(job_cmd, folder_env(work / "memory"), sample_memory=True)  # sampled apart
        _, _, out = run_measured(job_cmd, env)      # over the last build
        noop = job_report(out)
        cli_wall, _, _ = run_measured([sys.executable, "-m", "pipelines", "build"], env)
        stages_noop = time_noop_stages(env)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)

    n = len(pages)
    trafilatura_times = [wall for wall, _ in baselines]
    baseline = statistics.median(trafilatura_times)
    baseline_cpu = statistics.median(c for _, c in baselines)
    job_times = [r["job_s"] for _, r in builds]
    cold_wall, cold = sorted(builds, key=lambda b: b[1]["job_s"])[len(builds) // 2]     # the median build
    job_s = statistics.median(job_times)
    ratios = [r["job_s"] / b for (b, _), (_, r) in zip(baselines, builds)]
    print(f"pages {n} (seed {args.seed}), {cold['documents']} documents loaded; {os.cpu_count()} cores, "
          f"{cold_wall - cold['import_s'] - cold['job_s']:.1f} s interpreter start-up not counted below")
    print(f"trafilatura alone   {baseline:7.2f} s  {n / baseline:7.1f} pages/s  {_spread(trafilatura_times)}"
          f"  (bytes -> decode_file -> extract, default settings, one process)")
    print(f"pipeline (job)      {job_s:7.2f} s  {n / job_s:7.1f} pages/s  {_spread(job_times)}"
          f"  (Dagster job in-process, after imports)")
    print(f"ratio               {job_s / baseline:7.2f}    of the medians; per pair of runs "
          f"{', '.join(f'{r:.2f}' for r in ratios)}")
    print(f"  + start-up        {cold['import_s']:7.2f} s  ratio {(job_s + cold['import_s']) / baseline:.2f}"
          f"   (imports: dagster, pandas, pandera, extractors; Dagster instance)")
    print("  steps of the median build:")
    for step, seconds in sorted(cold["steps"].items(), key=lambda kv: -kv[1]):
        print(f"  step {step:<28}{seconds:7.2f} s")
    print(f"CPU time            trafilatura {baseline_cpu:.2f} s, pipeline {cold['cpu_s']:.2f} s over all processes "
          f"(wall above CPU/cores means other load on the machine)")
    print(f"peak memory         {cold_pss:7.0f} MB PSS, whole process tree; peak RSS main "
          f"{cold['peak_rss_main_mb']:.0f} MB, largest worker {cold['peak_rss_worker_mb']:.0f} MB")
    print(f"no-op rerun         {noop['job_s']:7.2f} s  core (job in-process, wrote={noop['wrote']}); "
          f"stages alone {stages_noop:.2f} s; CLI `python -m pipelines build` {cli_wall:.2f} s end to end")


if __name__ == "__main__":
    main()
