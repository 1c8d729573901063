"""Main text and metadata of an HTML page, by trafilatura.

Recall is favoured for the body (a lost paragraph costs more than a stray line, and the
line rules in `furniture` catch what slips through); comments are left out.
"""
from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from datetime import date

import trafilatura

from pipelines.clean.outlet import labelled_source
from pipelines.clean.pubdate import find_date

# Publication-date meta tags and JSON-LD, the publisher's own statement of the date.
_META_DATE = re.compile(
    r"<meta\s[^>]*(?:name|property|itemprop)\s*=\s*[\"']?(?:article:published_time|og:published_time|publishdate"
    r"|pubdate|publish_date|publication_date|datepublished|dc\.date(?:\.issued)?|date)[\"']?[^>]*>"
    r"|\"datePublished\"\s*:\s*\"[^\"]+\"", re.I)
_CONTENT = re.compile(r"content\s*=\s*[\"']([^\"']+)|\"datePublished\"\s*:\s*\"([^\"]+)\"", re.I)
# A labelled date in the visible text: the page's info line ("时间: …", "Published: …").
_DATE_LABEL = re.compile(r"(?:发布时间|發布時間|发布日期|發布日期|时间|時間|日期|published|release date|posted|date|updated)\s*[:：]",
                         re.I)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_SEPARATORS = re.compile(r"\s+[-|_–—]\s+|\s*[|_]\s*")
_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.I | re.S)


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    published: date | None
    site_name: str | None
    source_label: str | None     # the page's own "来源:/Source:" field, wherever trafilatura left it


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _meta_date(page: str) -> date | None:
    for tag in _META_DATE.finditer(page[:200000]):
        content = _CONTENT.search(tag.group(0))
        if content and (found := find_date(content.group(1) or content.group(2))):
            return found[0]
    return None


def _visible_text(page: str) -> str:
    return html_lib.unescape(_TAG.sub("\n", page[:300000]))


def _headline(page: str, extracted: str | None) -> str | None:
    """Trafilatura sometimes keeps the site half of "Headline - Site"; the headline is the longer half."""
    tag = _TITLE_TAG.search(page[:100000])
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(html_lib.unescape(tag.group(1)))] if tag else []
    longest = max(parts, key=len, default="")
    if not extracted or extracted in parts and len(extracted) < len(longest):
        return longest or extracted
    return extracted


def _labelled_date(visible: str) -> date | None:
    for label in _DATE_LABEL.finditer(visible):
        found = find_date(visible[label.end():label.end() + 40])
        if found and found[1] <= 3:
            return found[0]
    return None


def extract_article(html: str) -> HtmlArticle:
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                      favor_recall=True, deduplicate=False,
                                      # htmldate's extensive search hands free text to dateparser: slow and loose
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    visible = _visible_text(html)
    source = labelled_source([line for line in visible.splitlines() if line.strip()][:400])
    if doc is None:
        return HtmlArticle("", None, None, None, source)
    return HtmlArticle(text=doc.text or "", title=_headline(html, (doc.title or "").strip() or None),
                       published=_meta_date(html) or _labelled_date(visible) or _iso_date(doc.date),
                       site_name=(doc.sitename or "").strip() or None, source_label=source)
