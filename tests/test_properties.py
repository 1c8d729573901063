"""Property-based tests: random text and HTML never break an extractor.

Whatever the input, every extraction function returns instead of raising, every span
points inside the text it was given, and every date is a real date.
"""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.documents import ParsedDocument, Rejected, parse_document
from pipelines.extract.document import extract_document

# Text that looks enough like the corpus to reach the extractors' deeper branches.
FRAGMENTS = [
    "National Medical Products Administration", "NMPA", "国家药监局", "國家藥監局", "Deputy Director", "副局长",
    "held a symposium in", "Jinan, Shandong Province", "on October 28, 2025", "from February 18th to 19th",
    "9月21日至24日", "近日", "today", "the 14th Five-Year", "《", "》", "“", "”", "\"", "Opinions on ",
    "Implementation Plan (2025-2030)", "印发", "召开座谈会", "Huang Guo, ", "Mr. ", "记者 ", ":", "\n", "。", ". ",
    "(wǎng)", "关于", "的通知", "Ministry of", "Department of", "issued", "signed a memorandum", "（", "）",
]
corpus_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
publication = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans_inside(extraction, text: str) -> None:
    facts = [*extraction.agency_mentions, *extraction.dates, *extraction.people, *extraction.directives,
             *extraction.events]
    for fact in facts:
        ev = fact.evidence
        assert 0 <= ev.start <= ev.end <= len(text), (fact, len(text))
        assert isinstance(ev.sentence, str)


def dates_valid(extraction) -> None:
    values = [d.start_date for d in extraction.dates] + [d.end_date for d in extraction.dates]
    values += [e.start_date for e in extraction.events] + [e.end_date for e in extraction.events]
    values += [d.issued_date for d in extraction.directives]
    for v in values:
        assert v is None or (isinstance(v, date) and 1900 <= v.year <= 2100)
    for e in extraction.events:
        if e.start_date and e.end_date:
            assert e.start_date <= e.end_date


@FAST
@given(text=corpus_like, language=st.sampled_from(["en", "zh"]), published=publication)
def test_extract_document_never_raises_and_spans_stay_inside(text, language, published):
    extraction = extract_document(text, language, published)
    spans_inside(extraction, text)
    dates_valid(extraction)


@FAST
@given(text=st.text(max_size=300), language=st.sampled_from(["en", "zh"]), published=publication)
def test_arbitrary_unicode_is_harmless(text, language, published):
    extraction = extract_document(text, language, published)
    spans_inside(extraction, text)
    dates_valid(extraction)


html_like = st.lists(st.one_of(
    st.sampled_from(["<html>", "<body>", "<p>", "</p>", "<div class='nav'>", "</div>", "<script>var x=1;</script>",
                     "<meta charset='gbk'>", "<title>", "</title>", "<!--", "-->", "&amp;", "&#x4e2d;", "<br>"]),
    corpus_like), max_size=30).map("".join)


@FAST
@given(page=html_like, encoding=st.sampled_from(["utf-8", "gb18030", "big5", "utf-16"]),
       suffix=st.sampled_from([".html", ".htm", ".txt"]))
def test_parse_document_returns_a_document_or_a_clear_rejection(page, encoding, suffix):
    data = page.encode(encoding, errors="replace")
    try:
        doc = parse_document(f"fuzz{suffix}", data)
    except Rejected as rejected:
        assert rejected.stage and rejected.reason
        return
    assert isinstance(doc, ParsedDocument)
    assert doc.language in ("en", "zh")
    assert doc.clean_text.strip()
    spans_inside(extract_document(doc.clean_text, doc.language, doc.published_date), doc.clean_text)


@FAST
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".html", ".txt"]))
def test_random_bytes_never_crash_parsing(data, suffix):
    try:
        parse_document(f"bytes{suffix}", data)
    except Rejected as rejected:
        assert rejected.stage in ("decode", "clean")
