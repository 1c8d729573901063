"""Trafilatura-evaluation-style gold test: body kept, furniture dropped, metadata right.

Every corpus page with a gold file is parsed; snippets and metadata are compared with the
scorer's own normalisation and its own matching rules (shared/eval/score.py).
"""
from __future__ import annotations

import json

import pytest
from conftest import SHARED, shared_scorer
from rapidfuzz import fuzz

from pipelines.documents import parse_document


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    sc = shared_scorer()
    tallies = {k: [0, 0] for k in ("clean_in", "clean_out", "title", "published_date", "language", "source")}
    misses: list[str] = []

    def add(key: str, ok: bool, doc: str, what: str) -> None:
        tallies[key][0] += bool(ok)
        tallies[key][1] += 1
        if not ok:
            misses.append(f"{doc}: {key} {what}")

    for gold_file in sorted((SHARED / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        name = gold["doc"]
        doc = parse_document(name, (SHARED / "corpus" / name).read_bytes())
        text = sc.squash(doc.clean_text)
        for s in gold.get("must_include", []):
            add("clean_in", sc.squash(s) in text, name, s[:50])
        for s in gold.get("must_exclude", []):
            add("clean_out", sc.squash(s) not in text, name, s[:50])
        add("title", fuzz.ratio(sc.norm(gold.get("title")), sc.norm(doc.title)) >= 90, name, repr(doc.title))
        add("published_date", str(gold.get("published_date")) == str(doc.published_date), name,
            str(doc.published_date))
        add("language", (gold.get("language") or "")[:2] == doc.language[:2], name, doc.language)
        if gold.get("source"):
            add("source", sc.same_name(gold["source"], doc.source_name, 80)
                or sc.squash(gold["source"]) in sc.squash(doc.source_name) and bool(sc.squash(doc.source_name)),
                name, repr(doc.source_name))
    result = {k: ok / n for k, (ok, n) in tallies.items() if n}
    print("\n" + "  ".join(f"{k}={v:.3f}" for k, v in result.items()))
    print("\n".join(misses))
    return result


@pytest.mark.parametrize("metric, floor", [
    ("clean_in", 1.0), ("clean_out", 0.95), ("published_date", 0.90),
    ("title", 0.93), ("source", 0.90), ("language", 1.0),
])
def test_gold_floor(figures, metric, floor):
    assert figures[metric] >= floor, figures
