"""Main text and metadata of an HTML page, by trafilatura.

Recall is favoured for the body (a lost paragraph costs more than a stray line, and the
line rules in `furniture` catch what slips through); comments are left out. Trafilatura
only extracts the body: its metadata pass (author, categories, htmldate) costs as much as
the extraction itself, and the few fields used here are read directly from the page.

Its main extractor runs alone first: the comparison with readability and justext that
trafilatura adds for texts under 2,500 characters costs a third of its time and changed no
sample page, so the full cascade only runs when that first pass finds next to nothing.
"""
from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache

import trafilatura
from trafilatura.settings import Extractor

from pipelines.clean.outlet import labelled_source_in
from pipelines.clean.pubdate import find_date

# Publication-date meta tags and JSON-LD, the publisher's own statement of the date.
_META_DATE = re.compile(
    r"<meta\s[^>]*(?:name|property|itemprop)\s*=\s*[\"']?(?:article:published_time|og:published_time|publishdate"
    r"|pubdate|publish_date|publication_date|datepublished|dc\.date(?:\.issued)?|date)[\"']?[^>]*>"
    r"|\"datePublished\"\s*:\s*\"[^\"]+\"|<time\s[^>]*datetime\s*=\s*[\"'][^\"']+", re.I)
_CONTENT = re.compile(r"(?:content|datetime)\s*=\s*[\"']([^\"']+)|\"datePublished\"\s*:\s*\"([^\"]+)\"", re.I)
_SITE_NAME = re.compile(r"<meta\s[^>]*property\s*=\s*[\"']?og:site_name[^>]*>", re.I)
_OG_TITLE = re.compile(r"<meta\s[^>]*property\s*=\s*[\"']?og:title[^>]*>", re.I)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.I | re.S)
# A labelled date in the (lower-cased) visible text: the page's info line ("时间: …", "Published: …").
_DATE_LABEL = re.compile(r"(?:发布时间|發布時間|发布日期|發布日期|时间|時間|日期|published|release date|posted|date|updated)\s*[:：]")
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_SEPARATORS = re.compile(r"\s+[-|_–—]\s+|\s*[|_]\s*")
_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.I | re.S)
# `html.unescape`'s own pattern of a character reference, with the part after "&" as the one group.
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    published: date | None
    source_label: str | None     # the page's own "来源:/Source:" field, wherever trafilatura left it
    page: str = field(repr=False)

    @cached_property
    def site_name(self) -> str | None:
        """The site's og:site_name, read only where neither the source field nor the layout names the outlet."""
        return _meta_content(_SITE_NAME, self.page[:100000])


def _meta_content(pattern: re.Pattern, head: str) -> str | None:
    tag = pattern.search(head)
    content = _CONTENT.search(tag.group(0)) if tag else None
    if not content or not content.group(1):
        return None
    return html_lib.unescape(content.group(1)).strip() or None


def _meta_date(page: str) -> date | None:
    for tag in _META_DATE.finditer(page[:200000]):
        content = _CONTENT.search(tag.group(0))
        if content and (found := find_date(content.group(1) or content.group(2))):
            return found[0]
    return None


@lru_cache(maxsize=1024)
def _charref(ref: str) -> str:
    return html_lib.unescape("&" + ref)


def _unescape(text: str) -> str:
    """`html.unescape`, faster on a whole page: a page repeats a few references (&nbsp;, &amp;) many
    times, and split and map resolve each from the cache without a Python call per reference."""
    if "&" not in text:
        return text
    parts = _CHARREF.split(text)   # text, reference, text, …
    parts[1::2] = map(_charref, parts[1::2])
    return "".join(parts)


def _visible_text(page: str) -> str:
    return _unescape(_TAG.sub("\n", page[:300000]))


def _inner_text(fragment: str) -> str:
    return " ".join(html_lib.unescape(_TAG.sub(" ", fragment)).split())


def _headline(page: str) -> str | None:
    """The publisher's og:title, else the page's <h1>, else <title>; "Headline - Site": the longer half."""
    head = page[:100000]
    tag = _TITLE_TAG.search(head)
    named = _meta_content(_OG_TITLE, head) or (_inner_text(tag.group(1)) if tag else "")
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(named)]
    longest = max(parts, key=len, default="")
    h1 = _H1.search(page[:300000])
    heading = _inner_text(h1.group(1)) if h1 else ""
    # an <h1> holding the site's logo is one of the title's shorter parts
    if heading and not (heading in parts and len(heading) < len(longest)):
        return heading
    return longest or None


def _labelled_date(visible: str) -> date | None:
    visible = visible.lower()  # instead of IGNORECASE, which would make the scan several times slower
    for label in _DATE_LABEL.finditer(visible):
        found = find_date(visible[label.end():label.end() + 40])
        if found and found[1] <= 3:
            return found[0]
    return None


# bare_extraction's keywords, built into its options once: from keywords it builds them for every
# page, reading its config file's settings again (~7% of parsing). Trafilatura never changes them.
_OPTIONS = {"output_format": "python", "with_metadata": False, "comments": False, "tables": True, "recall": True,
            "dedup": False}
_FAST_PASS = Extractor(fast=True, **_OPTIONS)
_FULL_CASCADE = Extractor(fast=False, **_OPTIONS)
# Trafilatura's own floor for a usable extraction (its min_extracted_size).
FULL_CASCADE_BELOW = 250


def _main_text(html: str):
    doc = trafilatura.bare_extraction(html, options=_FAST_PASS)
    if doc is None or len(doc.text or "") < FULL_CASCADE_BELOW:
        doc = trafilatura.bare_extraction(html, options=_FULL_CASCADE) or doc
    return doc


def extract_article(html: str) -> HtmlArticle:
    doc = _main_text(html)
    if doc is None:
        return HtmlArticle("", None, None, None, html)     # no text: the page is rejected, whatever else it says
    visible = _visible_text(html)
    return HtmlArticle(text=doc.text or "", title=_headline(html), published=_meta_date(html) or _labelled_date(visible),
                       source_label=labelled_source_in(visible), page=html)
