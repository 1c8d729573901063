"""The review page: spans rendered as well-formed, escaped marks, and highlights present when
headless Chromium renders the page of the sample warehouse."""
from __future__ import annotations

import subprocess
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from pipelines.review import FACT_KINDS, Fact, Review, ReviewDocument, highlight, read_review, render_review, write_review
from test_marts import sample_warehouse_path

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                                    reason="headless rendering needs Debian's chromium (/usr/bin/chromium)")


VOID_TAGS = {"meta", "br", "link", "img", "hr", "input"}


class Marks(HTMLParser):
    """Collects the text, each mark's covered text and kind, and checks tags nest properly."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.covered: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_TAGS:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.balanced = False
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        for tag, attrs in self.stack:
            if tag == "mark":
                self.covered[attrs["data-fact"]] = self.covered.get(attrs["data-fact"], "") + data
                self.kinds[attrs["data-fact"]] = attrs["data-kind"]


def parse(fragment: str) -> Marks:
    parser = Marks()
    parser.feed(fragment)
    parser.close()
    return parser


def spans_of(text: str, *parts: tuple[str, str]) -> list[Fact]:
    facts = []
    for kind, surface in parts:
        start = text.index(surface)
        facts.append(Fact(kind, start, start + len(surface), surface, ""))
    return facts


def test_nested_and_overlapping_spans_stay_well_formed_and_cover_their_text():
    text = "On 3 May the Zhejiang Medical Products Administration & partners met <Dr. Chen Wei>."
    facts = spans_of(text, ("agency", "Zhejiang Medical Products Administration"), ("agency", "Medical Products"),
                     ("event", "Administration & partners met"), ("date", "3 May"), ("person", "Chen Wei"),
                     ("directive", "Dr. Chen"))
    page = highlight(text, facts, prefix="t")
    parsed = parse(page)
    assert parsed.balanced and not parsed.stack
    assert "".join(parsed.text) == text
    assert {parsed.covered[f"t{i}"] for i in range(len(facts))} == {f.surface for f in facts}
    assert page.count(' id="t') == len(facts)            # one anchor per fact, on its first fragment
    assert page.count("&lt;") == 1 and "&gt;." in page and "&amp; partners" in page


def test_spans_sharing_a_start_put_the_longer_outside():
    text = "国家药品监督管理局药品审评中心发布通知"
    facts = spans_of(text, ("agency", "国家药品监督管理局"), ("agency", "国家药品监督管理局药品审评中心"))
    page = highlight(text, facts)
    assert page.index('data-fact="f1"') < page.index('data-fact="f0"')
    assert "cont" not in page


def test_spans_outside_the_text_are_ignored():
    assert highlight("abc", [Fact("date", 2, 9, "c", ""), Fact("date", 1, 1, "", "")]) == "abc"


def test_page_escapes_everything_and_lists_quarantine():
    doc = ReviewDocument("d1", "<b>Title</b>", "x.txt", None, "en", "A&B", "Text <i>x</i>",
                         (Fact("agency", 0, 4, "Text", '"quoted" <detail>'),))
    review = Review("run<1>", {"files_seen": 2, "new": 1}, (doc,), 3,
                    ({"source_path": "/raw/<bad>.html", "stage": "decode", "reason": "binary & unreadable",
                      "table_name": None, "detail": None},))
    page = render_review(review)
    assert "<b>Title" not in page and "&lt;b&gt;Title" in page and "<i>x" not in page
    assert "run&lt;1&gt;" in page and "&lt;bad&gt;.html" in page and "binary &amp; unreadable" in page
    assert "&quot;quoted&quot; &lt;detail&gt;" in page
    assert all(f"hl-{kind}" in page for kind in FACT_KINDS)   # the legend names every kind
    assert parse(page).balanced and "3 documents loaded (the first 1 by file name are shown)" in page


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    return write_review(sample_warehouse_path(tmp_path_factory), tmp_path_factory.mktemp("reports"))


def test_review_of_the_sample_run_has_every_document_and_kind(report, tmp_path_factory):
    with duckdb.connect(str(sample_warehouse_path(tmp_path_factory)), read_only=True) as con:
        review = read_review(con)
        documents = con.execute("select count(*) from documents").fetchone()[0]
    assert len(review.documents) == documents
    assert {f.kind for d in review.documents for f in d.facts} == set(FACT_KINDS)
    assert (report.parent / "latest.html").read_text(encoding="utf-8") == report.read_text(encoding="utf-8")
    assert report.name == f"{review.run_id}.html"
    with duckdb.connect(str(sample_warehouse_path(tmp_path_factory)), read_only=True) as con:
        sample = read_review(con, max_documents=2)
    assert len(sample.documents) == 2 and sample.documents_in_run == documents
    assert {f.start for d in sample.documents for f in d.facts} == {f.start for d in review.documents[:2] for f in d.facts}


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           "--no-first-run", f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


@needs_chromium
def test_headless_chromium_renders_highlights_of_every_kind(report, tmp_path):
    dom = chromium("--dump-dom", report.as_uri(), profile=tmp_path / "profile")
    assert dom.returncode == 0, dom.stderr[-2000:]
    parsed = parse(dom.stdout)
    assert set(parsed.kinds.values()) == set(FACT_KINDS)
    assert len(parsed.kinds) > 100 and all(parsed.covered.values())
    assert 'class="legend"' in dom.stdout and 'id="quarantine"' in dom.stdout
    shot = tmp_path / "review.png"
    chromium(f"--screenshot={shot}", "--window-size=1200,1600", report.as_uri(), profile=tmp_path / "profile")
    assert shot.exists() and shot.stat().st_size > 10_000
