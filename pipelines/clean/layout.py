"""Reading a crawled text page the way an analyst does: masthead, headline, byline, body.

The headline is found relative to the byline block (date, source, author lines): it is the
last substantial line above the first byline line. Without a byline it is the first
substantial line, if it reads like a headline rather than a paragraph. Everything above
the headline is masthead; the byline block below it is metadata, not body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.clean.furniture import BULLET, CJK, fold, is_furniture, is_related_heading, visual_length
from pipelines.clean.pubdate import EN_DATELINE, ZH_DATELINE, find_date

_META_LABEL = re.compile(
    r"^(时间|日期|发布时间|发布日期|发表时间|更新时间|加入日期|发文日期|成文日期|来源|作者|author|source|date|release date"
    r"|published|publish date|publication date|posted|updated|last update|update time|time|by)\s*[:：]?", re.I)
_MAX_HEADLINE_NO_BYLINE = 160   # visual width; a longer first line is a paragraph
_MAX_HEADLINE = 420
_MAX_META = 110
_SENTENCE_INSIDE = re.compile(r"[。！？；](?=.)|[.;!?]\s+(?=[A-Z\"“(])")
_PROSE = re.compile(r"[\u4e00-\u9fff]{4}|[a-z]+\s+[a-z]+\s+[a-z]+")
_HEADER_SCAN = 30               # lines; mastheads are rarely longer


@dataclass(frozen=True)
class PageLayout:
    headline: str | None
    byline: tuple[str, ...]      # the lines between headline and body that carry date/source/author
    body: tuple[str, ...]        # kept lines, furniture removed, in order
    masthead: tuple[str, ...]    # lines above the headline (for source fallbacks such as "X logo")
    tail: tuple[str, ...]        # dropped furniture below the body (copyright lines name the outlet)


def is_meta_line(line: str) -> bool:
    """A byline line: a short line stating a date, or a labelled source/author/date field."""
    core = BULLET.sub("", fold(line)).strip()
    if not core or len(core) > _MAX_META or visual_length(core) > _MAX_META:
        return False
    if _META_LABEL.match(core):
        return True
    found = find_date(core)
    # a date that is most of a short line, not a date inside a sentence or a headline ("…2019年10月23日新闻发布会…")
    return (bool(found) and not core.startswith(("on ", "in ", "at ")) and visual_length(core) <= 80
            and (found[1] <= 3 or not _PROSE.search(core, found[2])))


def _substantial(line: str) -> bool:
    core = BULLET.sub("", line.strip())
    if not core or core != line.strip() and visual_length(core) < 60:  # short bullet items are menus
        return False
    if CJK.search(core):
        return len(CJK.findall(core)) >= 8
    return len(core.split()) >= 4


def _headline_like(line: str, limit: int) -> bool:
    text = line.strip()
    return (visual_length(text) <= limit and not ZH_DATELINE.match(text) and not EN_DATELINE.match(text)
            and not text.endswith((":", "："))) and not (text.endswith(("。", ".")) and visual_length(text) > 200)


def _is_byline_filler(line: str) -> bool:
    """Short name lines in the byline block: an outlet or author ("Zhitong", "Guo Jinhui")."""
    core = BULLET.sub("", line.strip())
    if not core or re.search(r"[。，,；;!?！？]", core):
        return False
    return len(core.split()) <= 4 and visual_length(core) <= 30


def _is_paragraph(line: str) -> bool:
    """Several sentences, or too long for any headline: body text has begun."""
    width = visual_length(line.strip())
    text = line.strip()
    return width > _MAX_HEADLINE or width > _MAX_HEADLINE_NO_BYLINE and bool(
        _SENTENCE_INSIDE.search(text) or text.endswith(("。", ".", "！", "!", "？", "?", "”", '"')))


def _find_headline(lines: list[str], flags: list[bool]) -> int | None:
    paragraphs = 0
    for i, line in enumerate(lines[:_HEADER_SCAN]):
        if flags[i] and not is_meta_line(line) or not line.strip():
            continue
        if is_meta_line(line):
            for j in range(i - 1, -1, -1):
                if not flags[j] and _substantial(lines[j]):
                    return j if _headline_like(lines[j], _MAX_HEADLINE) else None
            return None
        if _is_paragraph(line):
            paragraphs += 1
            if paragraphs >= 2:
                break
    for i, line in enumerate(lines[:_HEADER_SCAN]):
        if not flags[i] and _substantial(line):
            return i if _headline_like(line, _MAX_HEADLINE_NO_BYLINE) else None
    return None


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def analyse(text: str) -> PageLayout:
    lines = [line.rstrip() for line in text.splitlines()]
    flags = [is_furniture(line) for line in lines]
    head = _find_headline(lines, flags)
    start = 0 if head is None else head + 1
    byline: list[str] = []
    if head is not None:
        while start < len(lines):
            line = lines[start]
            if line.strip() and not (flags[start] or is_meta_line(line) or _is_byline_filler(line)):
                break
            if line.strip():
                byline.append(line.strip())
            start += 1
    headline = lines[head].strip() if head is not None else None
    title_key = _squash(headline) if headline else ""
    body: list[str] = []
    tail: list[str] = []
    for i in range(start, len(lines)):
        line = lines[i]
        if not line.strip():
            continue
        if body and is_related_heading(line):
            tail.extend(x.strip() for x in lines[i:] if x.strip())
            break
        if flags[i]:
            tail.append(line.strip())
            continue
        key = _squash(line)
        if title_key and key and len(key) % len(title_key) == 0 and key == title_key * (len(key) // len(title_key)):
            continue  # the headline printed again
        body.append(line.strip())
    masthead = tuple(x.strip() for x in lines[:head] if x.strip()) if head is not None else ()
    return PageLayout(headline, tuple(byline), tuple(body), masthead, tuple(tail))
