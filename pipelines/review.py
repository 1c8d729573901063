"""A static HTML page per run for people checking the extraction by eye.

Each document loaded in the run is shown with every extracted fact highlighted at its
evidence span (one colour per kind), followed by its fact list; then the run's quarantine.
Everything from the warehouse is escaped. Spans may nest or overlap: `highlight` closes and
reopens marks at each boundary so the HTML stays well formed and every span stays visible.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

# kind -> (legend label, colour); the order is the legend's and the fact list's
FACT_KINDS = {
    "agency": ("Agency", "#4e79a7"),
    "person": ("Person", "#e15759"),
    "date": ("Date", "#59a14f"),
    "directive": ("Directive", "#b07aa1"),
    "event": ("Event", "#f28e2b"),
}

# One query per kind, all returning (doc_id, start, end, surface, detail) for a run's documents.
FACT_SQL = {
    "agency": """select m.doc_id, m.start_char, m.end_char, m.surface,
                        coalesce(a.name_en, a.name_zh, '') || ' [' || m.agency_id || ']'
                 from agency_mentions m left join agencies a using (agency_id)""",
    "person": """select doc_id, start_char, end_char, name,
                        concat_ws(', ', title, coalesce(agency_id, affiliation), role)
                 from person_mentions""",
    "date": """select doc_id, start_char, end_char, surface,
                      concat_ws(' ', kind, cast(start_date as varchar),
                                case when end_date is not null then '→ ' || cast(end_date as varchar) end)
               from date_mentions""",
    "directive": """select doc_id, start_char, end_char, title,
                           concat_ws(', ', directive_type, doc_number,
                                     cast(period_start_year as varchar) || '–' || cast(period_end_year as varchar))
                    from directive_mentions""",
    "event": """select doc_id, start_char, end_char, name,
                       concat_ws(', ', event_type, cast(start_date as varchar), city, province)
                from events""",
}


# A page stays openable in a browser; a first build of a large folder shows a sample.
MAX_DOCUMENTS = 500


@dataclass(frozen=True)
class Fact:
    kind: str
    start: int
    end: int
    surface: str
    detail: str


@dataclass(frozen=True)
class ReviewDocument:
    doc_id: str
    title: str | None
    file_name: str
    published_date: str | None
    language: str
    source_name: str | None
    text: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Review:
    run_id: str
    run_summary: dict
    documents: tuple[ReviewDocument, ...]
    documents_in_run: int
    quarantine: tuple[dict, ...]


def _records(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def read_review(con: duckdb.DuckDBPyConnection, run_id: str | None = None,
                max_documents: int = MAX_DOCUMENTS) -> Review:
    """The run's documents (the first `max_documents` by file name) with their facts, and its
    quarantine; the latest run by default."""
    run = _records(con.execute("select * from load_runs where run_id = coalesce(?, "
                               "(select run_id from load_runs order by finished_at desc limit 1))", [run_id]))
    if not run:
        raise LookupError(f"no load run {run_id}" if run_id else "the warehouse has no load run yet")
    summary = run[0]
    run_id = summary["run_id"]
    shown = "select doc_id from documents where run_id = $run order by file_name limit $limit"
    params = {"run": run_id, "limit": max_documents}
    facts: dict[str, list[Fact]] = {}
    for kind, sql in FACT_SQL.items():
        for doc_id, start, end, surface, detail in con.execute(
                f"select * from ({sql}) where doc_id in ({shown}) order by 1, 2", params).fetchall():
            facts.setdefault(doc_id, []).append(Fact(kind, start, end, surface, detail or ""))
    documents = tuple(
        ReviewDocument(doc_id, title, file_name, str(published) if published else None, language, source,
                       text, tuple(facts.get(doc_id, ())))
        for doc_id, title, file_name, published, language, source, text in con.execute(
            "select doc_id, title, file_name, published_date, language, source_name, clean_text from documents "
            "where run_id = $run order by file_name limit $limit", params).fetchall())
    total = con.execute("select count(*) from documents where run_id = ?", [run_id]).fetchone()[0]
    quarantine = _records(con.execute("select source_path, stage, reason, table_name, detail from quarantine "
                                      "where run_id = $run order by source_path, stage", {"run": run_id}))
    return Review(run_id, summary, documents, total, tuple(quarantine))


def _mark_open(fact_id: str, fact: Fact, continued: bool) -> str:
    label = FACT_KINDS[fact.kind][0]
    attrs = f'class="hl hl-{fact.kind}{" cont" if continued else ""}" data-fact="{fact_id}" data-kind="{fact.kind}"'
    if not continued:
        attrs += f' id="{fact_id}"'
    return f'<mark {attrs} title="{html.escape(f"{label}: {fact.detail or fact.surface}")}">'


def highlight(text: str, facts: tuple[Fact, ...] | list[Fact], prefix: str = "f") -> str:
    """Escaped text with one <mark> per fact span; a mark crossing another's end is split in two."""
    spans = sorted(((f.start, -f.end, i) for i, f in enumerate(facts) if 0 <= f.start < f.end <= len(text)))
    starts: dict[int, list[int]] = {}
    ends: dict[int, set[int]] = {}
    for start, neg_end, i in spans:          # longest first at a shared start, so it is the outer mark
        starts.setdefault(start, []).append(i)
        ends.setdefault(-neg_end, set()).add(i)
    boundaries = sorted({0, len(text), *starts, *ends})
    out, stack = [], []
    for pos, nxt in zip(boundaries, boundaries[1:] + [None]):
        closing = ends.get(pos, set())
        if closing:
            depth = min(k for k, i in enumerate(stack) if i in closing)
            reopen = [i for i in stack[depth:] if i not in closing]
            out.append("</mark>" * (len(stack) - depth))
            del stack[depth:]
            for i in reopen:
                out.append(_mark_open(f"{prefix}{i}", facts[i], continued=True))
                stack.append(i)
        for i in starts.get(pos, ()):
            out.append(_mark_open(f"{prefix}{i}", facts[i], continued=False))
            stack.append(i)
        if nxt is not None:
            out.append(html.escape(text[pos:nxt]))
    return "".join(out)


def _doc_anchor(index: int) -> str:
    return f"doc{index}"


def _fact_rows(facts: tuple[Fact, ...], prefix: str) -> str:
    order = {kind: n for n, kind in enumerate(FACT_KINDS)}
    rows = []
    for i, f in sorted(enumerate(facts), key=lambda p: (order[p[1].kind], p[1].start)):
        rows.append(f'<tr class="fact fact-{f.kind}"><td><span class="chip hl-{f.kind}"></span>'
                    f'{FACT_KINDS[f.kind][0]}</td><td><a href="#{prefix}{i}">{html.escape(f.surface)}</a></td>'
                    f"<td>{html.escape(f.detail)}</td><td>{f.start}–{f.end}</td></tr>")
    return "\n".join(rows)


def _document_section(index: int, doc: ReviewDocument) -> str:
    prefix = f"{_doc_anchor(index)}-f"
    meta = " · ".join(html.escape(v) for v in (doc.file_name, doc.language, doc.published_date or "undated",
                                                 doc.source_name or "no source named") if v)
    counts = " · ".join(f"{sum(f.kind == k for f in doc.facts)} {label.lower()}"
                        for k, (label, _) in FACT_KINDS.items())
    return f"""<section class="doc" id="{_doc_anchor(index)}">
<h2>{html.escape(doc.title or doc.file_name)}</h2>
<p class="meta">{meta}<br><code>{html.escape(doc.doc_id)}</code><br>{counts}</p>
<div class="text" lang="{html.escape(doc.language)}">{highlight(doc.text, doc.facts, prefix)}</div>
<details open><summary>{len(doc.facts)} facts</summary>
<table class="facts"><thead><tr><th>kind</th><th>as written</th><th>extracted</th><th>chars</th></tr></thead>
<tbody>
{_fact_rows(doc.facts, prefix)}
</tbody></table></details>
</section>"""


def _quarantine_section(rows: tuple[dict, ...]) -> str:
    if not rows:
        return '<section id="quarantine"><h2>Quarantine</h2><p>Nothing was quarantined in this run.</p></section>'
    body = "\n".join("<tr>" + "".join(f"<td>{html.escape(str(r[c]) if r[c] is not None else '')}</td>"
                                      for c in ("source_path", "stage", "table_name", "reason", "detail")) + "</tr>"
                     for r in rows)
    return f"""<section id="quarantine"><h2>Quarantine ({len(rows)})</h2>
<table class="quarantine"><thead><tr><th>file</th><th>stage</th><th>table</th><th>reason</th><th>detail</th></tr></thead>
<tbody>
{body}
</tbody></table></section>"""


STYLE = "\n".join(
    [f".hl-{k}{{--c:{colour}}}" for k, (_, colour) in FACT_KINDS.items()] + ["""
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#222}
.legend{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ccc;z-index:1}
.legend span{margin-right:1rem}
.chip{display:inline-block;width:.9em;height:.9em;margin-right:.3em;background:var(--c);vertical-align:middle}
.text{white-space:pre-wrap;line-height:2.4;border:1px solid #ddd;padding:1rem}
mark.hl{background:color-mix(in srgb,var(--c) 22%,transparent);border-bottom:2px solid var(--c);padding:0 0 1px}
mark.hl mark.hl{padding-bottom:4px}
mark.hl mark.hl mark.hl{padding-bottom:7px}
table{border-collapse:collapse;width:100%;font-size:.9em}
td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
.meta{color:#555;font-size:.9em}
"""])


def render_review(review: Review) -> str:
    legend = "".join(f'<span><span class="chip hl-{k}"></span>{label}</span>' for k, (label, _) in FACT_KINDS.items())
    s = review.run_summary
    summary = ", ".join(f"{s[k]} {k}" for k in ("files_seen", "new", "changed", "unchanged", "removed",
                                               "quarantined") if k in s)
    toc = "\n".join(f'<li><a href="#{_doc_anchor(i)}">{html.escape(d.title or d.file_name)}</a> '
                    f"({len(d.facts)} facts)</li>" for i, d in enumerate(review.documents))
    sections = "\n".join(_document_section(i, d) for i, d in enumerate(review.documents))
    shown = (f" (the first {len(review.documents)} by file name are shown)"
             if len(review.documents) < review.documents_in_run else "")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Extraction review: run {html.escape(review.run_id)}</title>
<style>{STYLE}</style></head>
<body>
<h1>Extraction review</h1>
<p>Run <code>{html.escape(review.run_id)}</code>, finished {html.escape(str(s.get("finished_at", "")))}:
{html.escape(summary)}. {review.documents_in_run} documents loaded{shown}, {len(review.quarantine)} quarantine rows.</p>
<div class="legend">{legend}<a href="#quarantine">quarantine</a></div>
<ol class="toc">
{toc}
</ol>
{sections}
{_quarantine_section(review.quarantine)}
</body></html>
"""


def write_review(warehouse_path: Path, reports_dir: Path, run_id: str | None = None,
                 max_documents: int = MAX_DOCUMENTS) -> Path:
    """Writes `<run>.html` and refreshes `latest.html` when it is the latest run; returns the run's page."""
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        review = read_review(con, run_id, max_documents)
        latest = con.execute("select run_id from load_runs order by finished_at desc limit 1").fetchone()[0]
    page = render_review(review)
    reports_dir.mkdir(parents=True, exist_ok=True)
    target = reports_dir / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', review.run_id)}.html"
    target.write_text(page, encoding="utf-8")
    if review.run_id == latest:
        (reports_dir / "latest.html").write_text(page, encoding="utf-8")
    return target
