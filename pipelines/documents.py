"""From raw bytes to a cleaned document: decode, clean, read title/date/source.

Pure: bytes in, a `ParsedDocument` out, or `Rejected` raised with the stage and a reason
the quarantine table can show. HTML goes through trafilatura; text dumps (any other
extension) through line-level furniture rules. Both then share the page reading in
`pipelines.clean.layout` (headline, byline block, body).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from pipelines.clean.furniture import squash
from pipelines.clean.html_page import extract_article
from pipelines.clean.layout import PageLayout, analyse, is_labelled_info_line, is_meta_line, is_trail
from pipelines.clean.outlet import source_name
from pipelines.clean.pubdate import dateline_date, day_first, find_date, sign_off_date
from pipelines.extract.text import is_chinese, normalized
from pipelines.ingest.decoding import UndecodableError, decode_bytes
from pipelines.ingest.raw_files import Rejected, content_hash

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")


@dataclass(frozen=True)
class ParsedDocument:
    doc_id: str                 # sha256 of the raw bytes
    source_path: str
    content_type: str           # html / text
    encoding: str
    title: str | None
    language: str               # en / zh
    published_date: date | None
    source_name: str | None
    clean_text: str             # original script, furniture removed; the headline is its first line
    normalized_text: str        # simplified script, pinyin glosses removed: for matching


_PUBLISHED_LABEL = re.compile(r"发布(?:日期|时间)|發布(?:日期|時間)|published|posted|release date", re.I)


def _byline_date(layout: PageLayout, whole_text: str) -> date | None:
    dated = [(line, found[0]) for line in layout.byline if (found := find_date(line))]
    for line, day in dated:     # "成文日期：2025年03月12日 / 发布日期：2025年03月20日": the publication's
        if _PUBLISHED_LABEL.search(line):
            return day
    if dated:
        return dated[0][1]
    for line in reversed(layout.masthead):   # the info line above the headline
        if (field := _PUBLISHED_FIELD.search(line)) and (found := find_date(line[field.end():field.end() + 30])) \
                and found[1] == 0:
            return found[0]     # a policy page's particulars: "发文字号：…　发布日期：2024年09月25日"
        if is_labelled_info_line(line) and (found := find_date(line)):
            return found[0]
    opening = dateline_date(layout.body[0], whole_text) if layout.body else None
    closing = layout.body + ((layout.sign_off,) if layout.sign_off else ())
    return opening or sign_off_date(closing) or _masthead_date(layout) or _footer_date(layout)


_PUBLISHED_FIELD = re.compile(r"(?:发[布佈](?:日期|时间|于)|發[布佈](?:日期|時間|於)|生成日期|published(?: on)?|posted(?: on)?"
                              r"|release date)\s*[:：]\s*|(?:^|[|｜]\s*)(?:published|posted)(?: on)?\s+(?=\d)"
                              r"|(?:原载于|原載於|刊于|刊於)《[^》\n]{1,20}》\s*"   # "（本文原载于《医药经济报》2025年5月22日 第A02版）"
                              r"|\bwas\s+(?:first\s+|originally\s+)?(?:published|posted)\s+on\s+", re.I)
# A timestamp line: a date, then the time ("March 12, 2025 10:41 AM GMT+8 · Updated 3 hours ago").
_CLOCK_AFTER = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|CST|HKT)[+-]?\d*)?\s*(?:[·|]|$)", re.I)


def _footer_date(layout: PageLayout) -> date | None:
    """A labelled publication field closing or below the article ("信息来源：… 发布时间：2024-04-09 浏览次数：712",
    "發佈日期：17/05/2024 18:45", "Published 14/01/2025", "This client alert was first published on 10 May 2024."),
    or a timestamp line, where nothing above dates the page."""
    for line in (*layout.body[-6:], *layout.tail[:8], *layout.tail[8:][-3:]):   # (or on the page's last lines)
        if (field := _PUBLISHED_FIELD.search(line)) and (found := find_date(line[field.end():field.end() + 30])) \
                and found[1] == 0:
            return found[0]
        if (found := find_date(line)) and found[1] == 0 and (
                _SOURCE_FIELD.search(line) or _CLOCK_AFTER.match(line, found[2])):
            return found[0]     # "2024-12-19 07:15　　来源：长沙晚报　　阅读量：1.3万": the date opening an info line
        if _SOURCE_FIELD.search(line) and (field := _DATE_FIELD.search(line)) and (
                found := find_date(line[field.end():field.end() + 30])) and found[1] == 0:
            return found[0]     # "Source: Department of International Cooperation        Date: 2023-11-10"
    return None


_SOURCE_FIELD = re.compile(r"(?:来源|來源|source)\s*[:：]", re.I)
_DATE_FIELD = re.compile(r"(?:\bdate|日期)\s*[:：]\s*", re.I)


_CRUMB_GAP = re.compile(r"\s*[>»›]\s*")


def _masthead_date(layout: PageLayout) -> date | None:
    """A date standing alone on the masthead's last lines, over the headline ("Thursday, March 6, 2025" under a
    paper's name, "Client Alert | March 14, 2023"): the page's date, where nothing else dates it."""
    for line in layout.masthead[-4:][::-1]:
        trail = is_trail(line)
        if (trail or is_meta_line(line)) and (found := find_date(line)):
            return found[0]     # (or a trail through a day's releases: "新聞公報 主頁 > 2024年5月20日 > 衞生")
        if trail and (found := find_date(_CRUMB_GAP.sub("", line))):
            return found[0]     # ...its month and day in crumbs of their own: "新聞公報 > 二○二四年五月 > 十三日"
    return None


def _names(*names: str | None) -> set[str]:
    """Keys of lines that only repeat the outlet's name (a logo) or the headline."""
    return {squash(n) for n in names if n}


def _compose(title: str | None, body: tuple[str, ...]) -> str:
    if title and body and squash(body[0]) == squash(title):
        return "\n".join(body)  # the body already opens with the headline
    return "\n".join(((title,) if title else ()) + body)


def parse_document(source_path: str, data: bytes) -> ParsedDocument:
    try:
        decoded = decode_bytes(data)
    except UndecodableError as exc:
        raise Rejected("decode", str(exc)) from None
    is_html = PurePath(source_path).suffix.lower() in HTML_SUFFIXES
    if is_html:
        article = extract_article(decoded.text)
        layout = analyse(article.text)
        title = article.title or layout.headline
        published = article.published or _byline_date(layout, article.text)
        outlet = article.source_label or source_name(layout) or article.site_name
    else:
        layout = analyse(decoded.text)
        title = layout.headline
        published = _byline_date(layout, decoded.text)
        outlet = source_name(layout)
    if not layout.body:
        raise Rejected("clean", "no body text left after removing page furniture")
    repeats = _names(outlet, title if is_html else None)
    body = tuple(line for line in layout.body if squash(line) not in repeats)
    if not body:
        raise Rejected("clean", "no body text left after removing page furniture")
    clean_text = _compose(title, body)
    chinese = is_chinese(clean_text)
    published = day_first(published, decoded.text, chinese)
    return ParsedDocument(doc_id=content_hash(data), source_path=source_path, content_type="html" if is_html else "text",
                          encoding=decoded.encoding, title=title, language="zh" if chinese else "en",
                          published_date=published, source_name=outlet, clean_text=clean_text,
                          normalized_text=normalized(clean_text).norm)
