"""Before/after check for speed work: every page's parsed document and fact rows, as JSON.

usage: python scripts/extraction_snapshot.py OUT.json [DIR ...]     (default: the shared corpus,
       the held-out sets, raw/)
       python scripts/extraction_snapshot.py --compare BEFORE.json AFTER.json

An optimisation of a cleaner or an extractor should leave the snapshot unchanged; --compare
lists the pages whose output moved and the rows that differ.
"""
from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipelines.documents import Rejected, parse_document  # noqa: E402
from pipelines.extract.document import extract_document  # noqa: E402
from pipelines.rows import extraction_rows  # noqa: E402

DEFAULT_DIRS = [REPO.parent / "shared" / "corpus", *sorted((REPO / "tests").glob("heldout*")), REPO / "raw"]
PAGE_SUFFIXES = {".txt", ".html", ".htm"}


def snapshot_page(path: Path) -> tuple[str, dict]:
    try:
        doc = parse_document(str(path), path.read_bytes())
    except Rejected as exc:
        return str(path), {"rejected": str(exc)}
    extraction = extract_document(doc.clean_text, doc.language, doc.published_date, doc.source_name)
    rows = extraction_rows(doc.doc_id, extraction)
    return str(path), {"document": {k: str(v) for k, v in vars(doc).items()},
                       "rows": json.loads(json.dumps(rows, default=str, sort_keys=True))}


def take(out: Path, dirs: list[Path]) -> None:
    pages = sorted(p for d in dirs for p in d.rglob("*") if p.is_file() and p.suffix in PAGE_SUFFIXES)
    with ProcessPoolExecutor() as pool:
        snapshot = dict(pool.map(snapshot_page, pages, chunksize=20))
    out.write_text(json.dumps(snapshot, sort_keys=True, ensure_ascii=False))
    print(f"{len(snapshot)} pages -> {out}")


def compare(before_path: Path, after_path: Path, shown: int = 10) -> int:
    before, after = json.loads(before_path.read_text()), json.loads(after_path.read_text())
    moved = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    print(f"{len(before)} pages before, {len(after)} after, {len(moved)} differ")
    for page in moved[:shown]:
        print("==", page)
        old, new = before.get(page) or {}, after.get(page) or {}
        if "rows" not in old or "rows" not in new:
            print("  ", str(old)[:300], "->", str(new)[:300])
            continue
        for field in old["document"]:
            if old["document"][field] != new["document"].get(field):
                print(f"   document.{field}: {old['document'][field][:200]!r} -> {new['document'][field][:200]!r}")
        for table in sorted(old["rows"].keys() | new["rows"].keys()):
            was = [json.dumps(r, sort_keys=True) for r in old["rows"].get(table, [])]
            now = [json.dumps(r, sort_keys=True) for r in new["rows"].get(table, [])]
            if was != now:
                print(f"   {table}: only before {[r[:300] for r in was if r not in now][:3]}")
                print(f"   {' ' * len(table)}  only after  {[r[:300] for r in now if r not in was][:3]}")
    return 1 if moved else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("dirs", nargs="*", type=Path)
    args = parser.parse_args()
    if args.compare:
        raise SystemExit(compare(*args.compare))
    if not args.out:
        parser.error("give OUT.json or --compare BEFORE AFTER")
    take(args.out, args.dirs or DEFAULT_DIRS)


if __name__ == "__main__":
    main()
