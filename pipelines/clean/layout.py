"""Reading a crawled text page the way an analyst does: masthead, headline, byline, body.

The headline is found relative to the byline block (date, source, author lines): it is the
last substantial line above the first byline line. Without a byline it is the first
substantial line, if it reads like a headline rather than a paragraph. Everything above
the headline is masthead; the byline block below it is metadata, not body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from pipelines.clean.furniture import (BULLET, CJK, fold, is_breadcrumb, is_furniture, is_related_heading, squash,
                                       visual_length)
from pipelines.clean.pubdate import EN_DATELINE, ZH_DATELINE, find_date

_META_LABEL = re.compile(
    r"^(时\s*间|日\s*期|发布时间|发布日期|发表时间|更新时间|加入日期|发文日期|成文日期|新闻日期|名\s*称|(?:消息|信息|新闻|稿件|文章)?来\s*源|作\s*者|author|writer|(?:article |news |information |info )?source|date|release date"
    r"|published|publish date|publication date|release time|publish time|posted|updated|last update|update time|time|by)(?![a-z])\s*(?P<colon>[:：])?",
    re.I)
_MAX_HEADLINE_NO_BYLINE = 160   # visual width; a longer first line is a paragraph
_MAX_HEADLINE = 420
_MAX_META = 110
_MAX_LABELLED_META = 220        # an info line of several labelled fields ("Source: … Date: … Views: …")
_SENTENCE_INSIDE = re.compile(r"[。！？；](?=.)|[.;!?]\s+(?=[A-Z\"“(])")
_PROSE = re.compile(r"[\u4e00-\u9fff]{4}|[a-z]+\s+[a-z]+\s+[a-z]+")
# A relative timestamp after a date is no prose: "JANUARY 17, 2019 / 6:42 PM / UPDATED AN HOUR AGO" (on folded text)
_UPDATED_AGO = re.compile(r"\bupdated\s+(?:an?|\d+|one|two|three|few)\s+(?:minute|hour|day)s?\s+ago\b")
_HEADLINE_AFTER_DATE = re.compile(r"[\u4e00-\u9fff]{8}|[a-z]+\s+[a-z]+\s+[a-z]+\s+[a-z]+")
_WIDE_GAP = re.compile(r"\s{2,}|\u3000")
_TRAIL = re.compile(r"[>»›][^>»›]+[>»›]")
_META_WORD = re.compile(r"(?:来源|作者|编辑|浏览|点击|阅读|字号|稿源|出处|source|authors?|editor|views?)\s*[:：]|\bby\s")
# A field's label right before a date, opening the line or after a field separator: "… | updated: 2023-08-24"
_LABEL_BEFORE_DATE = re.compile(r"(?:^|[|｜·]|\s{2,})\s*(?:updated|published(?: on)?|posted(?: on)?|date|release date|"
                                r"更新时间|发布时间|发布日期|日期|时间)\s*[:：]\s*$")
_HEADER_SCAN = 30               # lines; mastheads are rarely longer
_BRACKETED_FIELDS = re.compile(r"(?:\s*\[[^\[\]\n]{1,40}\]){3,}\s*")
_BRACKET_CELL = re.compile(r"\[\s*([^\[\]\n]{1,40}?)\s*\]")
_AUTHOR_LINE = re.compile(r"(?:By|BY|by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*"
                          r"(?:\s+[A-Z][\w.'’-]*){0,3})*$")
_AUTHORS_FIELD = re.compile(r"\bAuthors?\s*:\s*([^|]+?)\s*$")
_LINK_BULLET = re.compile(r"^\s*(?:[·•●▪◆■．]|>>|»)\s*")     # (．: Hong Kong's press releases list theirs so)
_FIELD_LABEL = re.compile(r"(?:来源|作者|编辑|发布|日期|时间|机构|单位|稿源)\s*[:：]")
_CLAUSE_PUNCT = re.compile(r"[。，,；;!?！？]")
_SENTENCE_END = re.compile(r"[。！？]")
# An editor's or reporter's credit closing the last paragraph, with the wire's date code: "…融合。（編輯：陳怡璇）1140312"
# (or the name after a space: "（编辑 陈曦）")
_TRAILING_CREDIT = re.compile(r"[（(](?:编辑|編輯|责任编辑|責任編輯|责编|責編|记者|記者|编审|編審|审核|審核)(?:\s*[:：/]|\s+)[^()（）\n]{1,30}"
                              r"[)）]\s*\d{0,8}\s*$")
_DOCUMENT_NUMBER = re.compile(r"[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d+\s*号")
_CLAUSE_END = ("。", ".", "；", ";", "：", ":", "！", "!", "？", "?", "，", ",")
# The line a press release or wire story ends with ("Ends/Saturday, March 22, 2025", "NNNN", "（完）"): what
# follows is captions, links and footer
_END_OF_STORY = re.compile(r"(?:nnnn|ends/.*|enditem(?:/\w+)?|\(完\)|——完——|-+\s*end\s*-+)$")


@dataclass(frozen=True)
class PageLayout:
    headline: str | None
    byline: tuple[str, ...]      # the lines between headline and body that carry date/source/author
    body: tuple[str, ...]        # kept lines, furniture removed, in order
    masthead: tuple[str, ...]    # lines above the headline (for source fallbacks such as "X logo")
    tail: tuple[str, ...]        # dropped furniture below the body (copyright lines name the outlet)
    sign_off: str | None = None  # the line the story ends with ("Ends/Tuesday, July 15, 2025"): furniture that dates it


@lru_cache(maxsize=4096)  # the header is asked about several times
def is_meta_line(line: str) -> bool:
    """A byline line: a short line stating a date, or a labelled source/author/date field."""
    core = BULLET.sub("", fold(line)).strip()
    if not core or len(core) > _MAX_LABELLED_META:
        return False
    label = _META_LABEL.match(core)
    if label and label.group("colon") and visual_length(core) <= _MAX_LABELLED_META:
        return True
    if len(_FIELD_LABEL.findall(core)) >= 2 and not _SENTENCE_END.search(core):
        return True     # fields after a dateline: "浙江在线03月28日讯　　来源：浙江日报　　作者：记者 蒋萍"
    if _BRACKETED_FIELDS.fullmatch(core) and any((found := find_date(cell)) and found[1] == 0
                                                 for cell in _BRACKET_CELL.findall(core)):
        return True     # a row of bracketed fields, one a date: "[ 江苏省人民政府新闻办公室 ] [ 2024-11-20 10:15 ] [ 浏览次数：2031 ]"
    if len(core) > _MAX_META or visual_length(core) > _MAX_META:
        opening = find_date(core)   # (but a date opening labelled fields: "2024-08-28 15:04:12   Source: …   [Print] …")
        if not (opening and opening[1] <= 3 and _META_WORD.search(core, opening[2])):
            return False
    if label:
        return True
    if is_trail(core):
        return False    # a navigation trail through a day's releases: "新聞公報 > 2023年5月24日 > 立法會"
    found = find_date(core)
    if found and found[1] > 3 and core[:found[1]].rstrip().endswith(("(", "（")) and (
            len(core[:found[1]].split()) >= 5 or len(CJK.findall(core[:found[1]])) >= 8):
        return False    # a headline closing on its date in brackets: "Regular Press Conference of MOFCOM (June 15, 2023)"
    if found and len(CJK.findall(core, 0, found[1])) >= 12 and not _FIELD_LABEL.search(core, 0, found[1]):
        return False    # a headline with a date in it: "首版商保创新药目录落地，19个药品入围，2026年1月1日起实施"
    if found and found[1] > 3 and _LABEL_BEFORE_DATE.search(core, 0, found[1]):
        return True     # a labelled date among fields: "en.shandong.gov.cn | Updated: 2023-08-24 09:52  Source: …"
    # a date that is most of a short line, not a date inside a sentence or a headline ("…2019年10月23日新闻发布会…");
    # a date opening the line leads an info line unless a headline follows it ("2021年6月1日…新闻发布会文字实录"),
    # a longer one where labelled fields follow it ("2022-06-02 16:35   Source: … [Print] [Close]   Font: [L] [M]")
    return (bool(found) and not core.startswith(("on ", "in ", "at "))
            and (visual_length(core) <= 80 or found[1] <= 3 and bool(_META_WORD.search(core, found[2])))
            and (not _headline_after_date(core[found[2]:].strip()) if found[1] <= 3
                 else not _PROSE.search(_UPDATED_AGO.sub("", core[found[2]:])) or _outlet_date_fields(core, found)))


# An outlet's name set apart before the date, labelled fields after it: "解放日报  2024-05-22 06:10  来源:解放日报  记者 …"
_OUTLET_BEFORE_DATE = re.compile(r"^[^\s，。,.]{2,12}(?:\s{2,}|\u3000|\s*[|｜]\s*)$")


def _outlet_date_fields(core: str, found: tuple) -> bool:
    return bool(_OUTLET_BEFORE_DATE.match(core[:found[1]]) and _META_WORD.search(core, found[2]))


def is_trail(line: str) -> bool:
    """A navigation trail of three or more steps ("Home > News > Latest", "新聞公報 > 2023年5月24日 > 立法會")."""
    return bool(_TRAIL.search(line))


def is_labelled_info_line(line: str) -> bool:
    """An info line opening on a label ("Source: Xinhua | 2024-06-13 21:05:33 | Editor: huaxia", "来源：…"): the
    article's own, where it stands above the headline, as a site's clock in its header is not."""
    core = BULLET.sub("", fold(line)).strip()
    label = _META_LABEL.match(core)
    return bool(label and label.group("colon")) and is_meta_line(line)


def _headline_after_date(rest: str) -> bool:
    """What follows a date opening a line reads as a headline: prose, not fields set apart by wide
    spaces, a labelled field or an outlet's name ("2021年05月12日　　成都市市场监督管理局")."""
    return (bool(_HEADLINE_AFTER_DATE.search(rest)) and not _WIDE_GAP.search(rest) and not _META_WORD.search(rest)
            and not names_organisation(rest))


# A Chinese subtitle opens on a dash ("——中国医药创新促进会创新药出海论坛在沪举行"), as no menu item does
_DASH_SUBTITLE = re.compile(r"——[\u4e00-\u9fff“《]")


def _substantial(line: str) -> bool:
    core = BULLET.sub("", line.strip())
    if not core or core != line.strip() and visual_length(core) < 60 and not _DASH_SUBTITLE.match(line.strip()):
        return False    # short bullet items are menus
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
    if not core or _CLAUSE_PUNCT.search(core) or _DOCUMENT_NUMBER.search(core):
        return False    # (a document's number under its title, 国卫医政发〔2025〕8号, is the document's)
    return len(core.split()) <= 4 and visual_length(core) <= 30


@lru_cache(maxsize=4096)  # asked again by the masthead, headline and byline scans
def _is_paragraph(line: str) -> bool:
    """Several sentences, or too long for any headline: body text has begun."""
    width = visual_length(line.strip())
    text = line.strip()
    return width > _MAX_HEADLINE or width > _MAX_HEADLINE_NO_BYLINE and bool(
        _SENTENCE_INSIDE.search(text) or text.endswith(("。", ".", "！", "!", "？", "?", "”", '"')))


# A line that only names an organisation or site, perhaps with a section or edition after it ("Sichuan
# Provincial People's Government", "香港特别行政区政府 新闻公报"): a masthead, never a headline.
_ORG_HEAD = re.compile(r"(?:government|administration|commission|ministry|bureau|council|office|department|committee"
                       r"|agency|authority|daily|times|post|news|network|online|[a-z]\.(?:com|cn|net|org))$")
_SECTION = re.compile(r"\s+(?:english|english edition|中文|press releases?|news releases?|news|新闻公报|新闻发布|公报)$")
_ORG_ZH = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:政府|局|委员会|委|部|厅|署|办公室|网|日报|报社|通讯社|电视台)$")
_CONNECTORS = {"of", "and", "for", "the", "&", "on", "in"}


@lru_cache(maxsize=4096)  # asked of the same header lines by the headline, byline and source readers
def names_organisation(line: str) -> bool:
    text = _SECTION.sub("", line.strip())
    if CJK.search(text):
        return bool(_ORG_ZH.match(_SECTION.sub("", fold(text)).replace(" ", "")))
    words = text.split()
    return (0 < len(words) <= 8 and all(w[0].isupper() or w in _CONNECTORS for w in words)
            and bool(_ORG_HEAD.search(text.lower())))


def _masthead_end(lines: list[str], flags: list[bool]) -> int:
    """Index after the navigation trail that closes the masthead, or 0: the headline comes after it."""
    crumbs = [i for i in range(min(len(lines), _HEADER_SCAN)) if flags[i] and is_breadcrumb(lines[i])]
    end = 0
    for i in range(crumbs[-1] + 1 if crumbs else 0):
        if not flags[i] and lines[i].strip() and (is_meta_line(lines[i]) or _is_paragraph(lines[i])):
            break  # a trail below the article's own first lines is not the masthead's
        if i in crumbs:
            end = i + 1
    return end


def _reads_like_summary(line: str) -> bool:
    return line.strip().endswith(("。", ".", "！", "!", "？", "?"))


# An official document's addressees, under its title ("各县、区人民政府，市各开发区（园区）管委会，市各委、办、局：",
# "国务院各部委、各直属机构："): the document has begun, and the line above them is its title.
_ADDRESSEES = re.compile(r"^(?:[\u4e00-\u9fff]{2,12})?各[^。！？!?]{1,200}[:：]$")


def _find_headline(lines: list[str], flags: list[bool], floor: int) -> tuple[int | None, int | None]:
    """(headline, standfirst): indexes of the headline and of a summary paragraph between it and the byline."""
    seen: list[int] = []   # kept lines so far
    paragraphs = 0
    first_paragraph: int | None = None
    for i in range(floor, min(len(lines), _HEADER_SCAN)):
        line = lines[i]
        if not line.strip() or flags[i] and not is_meta_line(line):
            continue
        if seen and not paragraphs and _ADDRESSEES.match(line.strip()) and _headline_like(lines[seen[-1]], _MAX_HEADLINE) \
                and _substantial(lines[seen[-1]]) and not names_organisation(lines[seen[-1]]):
            return seen[-1], None
        if is_meta_line(line):
            near = list(islice((j for j in reversed(seen) if _substantial(lines[j])), 3))
            titles = [j for j in near if not names_organisation(lines[j])] or near
            if not titles:
                continue    # a labelled info line or a date above the headline ("Source: Xinhua | 2024-06-13 | Editor:
                # …", a paper's "Thursday, March 6, 2025" under its name, "Client Alert | March 14, 2023")
            if first_paragraph is not None and titles[0] > first_paragraph:
                continue    # a date below the body's first paragraph: a sign-off or a footer, no byline
            if not titles or not _headline_like(lines[titles[0]], _MAX_HEADLINE):
                if paragraphs:
                    continue    # a date signing off a short notice ("2025年4月18日" under its issuers), no byline
                return None, None
            j = titles[0]
            if (below := _headline_below_dateline(lines, flags, j, i)) is not None:
                return below, None
            # a summary paragraph printed under the headline: the headline is the short unpunctuated line above
            k = near.index(j) + 1
            if k < len(near) and _reads_like_summary(lines[j]) and not _reads_like_summary(lines[near[k]]) \
                    and _headline_like(lines[near[k]], _MAX_HEADLINE_NO_BYLINE):
                return near[k], j
            if j > 0 and _is_subtitle_under(lines, flags, j):
                return j - 1, j     # a Chinese headline over its subtitle, on the next line: the subtitle opens the body
            return j, None
        seen.append(i)
        if _is_paragraph(line):
            paragraphs += 1
            first_paragraph = i if first_paragraph is None else first_paragraph
            if paragraphs >= 2:
                break
    kept = [i for i in range(floor, min(len(lines), _HEADER_SCAN)) if not flags[i] and not is_meta_line(lines[i])]
    substantial = (i for i in kept if _substantial(lines[i]))
    first = next(substantial, None)
    if first is not None and names_organisation(lines[first]):
        first = next(substantial, first)
    if first is not None and _headline_like(lines[first], _MAX_HEADLINE_NO_BYLINE):
        return first, None
    return None, None


_TITLE_LABEL = re.compile(r"^(?:title|标\s*题|標\s*題)\s*[:：]\s*", re.I)


def _titled_headline(lines: list[str], flags: list[bool], floor: int) -> int | None:
    """A policy document's page gives its title in the particulars table ("标　　题:吉林省人民政府办公厅关于印发…的通知")
    and prints it again over the document: that line is the headline, whatever stands between."""
    scan = range(floor, min(len(lines), _HEADER_SCAN))
    titled = {squash(_TITLE_LABEL.sub("", lines[i].strip())) for i in scan if _TITLE_LABEL.match(lines[i].strip())}
    titled.discard("")
    if not titled:
        return None
    return next((i for i in scan if not flags[i] and not _TITLE_LABEL.match(lines[i].strip())
                 and squash(lines[i]) in titled), None)


def _is_subtitle_under(lines: list[str], flags: list[bool], j: int) -> bool:
    """Line j sits right under another headline-like Chinese line ("违规刷卡、串换药品……12家定点药店负责人被集中约谈" /
    "我市通报医保基金专项整治处理结果：追回资金386.7万元"): the upper is the headline, line j its subtitle."""
    upper, line = lines[j - 1].strip(), lines[j].strip()
    return (bool(upper) and not flags[j - 1] and len(CJK.findall(upper)) >= 8 and len(CJK.findall(line)) >= 8
            and _headline_like(upper, _MAX_HEADLINE_NO_BYLINE) and not is_meta_line(upper)
            and not names_organisation(upper) and not _SENTENCE_INSIDE.search(upper) and not upper.endswith(("。", "："))
            and not _reads_like_summary(line))


def _headline_below_dateline(lines: list[str], flags: list[bool], above: int, meta: int) -> int | None:
    """A site's tagline, then its section label and the date, then the headline and its author line
    ("Exclusive news … for professionals" / "HEALTHCARE & PHARMA" / "APRIL 14, 2020 / 12:02 PM" / "China fines …" /
    "By Reuters Staff"): the line under the date block, with an author line under it, is the headline when
    other lines stand between the line above and the date."""
    if not any(lines[k].strip() for k in range(above + 1, meta)):
        return None     # the line above sits right on the date: the usual headline
    k = meta
    while k < len(lines) and (not lines[k].strip() or is_meta_line(lines[k])):
        k += 1
    after = k + 1
    while after < len(lines) and not lines[after].strip():
        after += 1
    if (k < len(lines) and after < len(lines) and not flags[k] and _headline_like(lines[k], _MAX_HEADLINE)
            and not _reads_like_summary(lines[k]) and _AUTHOR_LINE.match(lines[after].strip())):
        return k
    return None


def _is_link_item(line: str) -> bool:
    """A bulleted headline in a list of links ("· 某某出席高层对话"), not a sentence of a bulleted body list."""
    core = _LINK_BULLET.sub("", line.strip())
    return core != line.strip() and 0 < visual_length(core) <= 90 and not core.endswith(_CLAUSE_END)


# The place line of an event's own particulars ("Time: 3 pm, Thursday, November 17, 2022" / "Venue: Press Hall, ...")
_VENUE_FIELD = re.compile(r"^\s*(?:venue|location|place|(?:会议|发布会|发布|活动)?地\s*点|会场)\s*[:：]", re.I)


_SPEAKER_FIELD = re.compile(r"^\s*(?:发布人|發布人)\s*[:：]")


def _byline_block(lines: list[str], flags: list[bool], start: int) -> tuple[list[str], int]:
    byline: list[str] = []
    while start < len(lines):
        line = lines[start]
        if line.strip() and not (flags[start] or is_meta_line(line) or _is_byline_filler(line)
                                 or names_organisation(line)):
            break
        if line.strip() and not flags[start] and _VENUE_FIELD.match(
                next((x for x in lines[start + 1:start + 3] if x.strip()), "")):
            break   # the time of the event reported, its venue below: the body's first lines, not the page's date
        if line.strip():
            byline.append(line.strip())
        start += 1
    return byline, start


def analyse(text: str) -> PageLayout:
    lines = [line.rstrip() for line in text.splitlines()]
    flags = [is_furniture(line) for line in lines]
    for i in range(1, len(lines)):
        if flags[i] and _SPEAKER_FIELD.match(lines[i]) and _VENUE_FIELD.match(
                next((x for x in reversed(lines[max(0, i - 3):i]) if x.strip()), "")):
            flags[i] = False    # "地点：商务部新闻发布厅" / "发布人：商务部新闻发言人 束珏婷": a briefing's speaker, no CMS field
    floor = _masthead_end(lines, flags)
    head, standfirst = _titled_headline(lines, flags, floor), None
    if head is None:
        head, standfirst = _find_headline(lines, flags, floor)
    byline: list[str] = []
    start = 0
    if standfirst is not None:
        byline, start = _byline_block(lines, flags, standfirst + 1)
    elif head is not None:
        byline, start = _byline_block(lines, flags, head + 1)
    if head is not None and standfirst is None and any(_AUTHOR_LINE.match(x) for x in byline):
        # the date printed above the headline, its author line below ("APRIL 14, 2020 / 12:02 PM" / headline /
        # "By Reuters Staff"): both are the article's byline
        above = next((k for k in range(head - 1, -1, -1) if lines[k].strip()), None)
        if above is not None and not flags[above] and is_meta_line(lines[above]):
            byline.insert(0, lines[above].strip())
    headline = _TITLE_LABEL.sub("", lines[head].strip()) if head is not None else None   # ("Title: Reimbursement …")
    title_key = squash(headline) if headline else ""
    body: list[str] = [lines[standfirst].strip()] if standfirst is not None else []
    # the authors of an alert, with their posts, in its dated info line ("14 May 2025 | Client Alert | Authors:
    # Catherine Wu, Partner; …"): people the page names, as a line of their own would be
    body += [m.group(0) for x in byline if (m := _AUTHORS_FIELD.search(x)) and "," in m.group(1)]
    tail: list[str] = []
    ended, sign_off = False, None
    for i in range(start, len(lines)):
        line = lines[i]
        if not line.strip():
            continue
        if body and is_related_heading(line):
            tail.extend(x.strip() for x in lines[i:] if x.strip())
            break
        if ended:
            tail.extend(x.strip() for x in lines[i:] if x.strip())
            break
        if ended := bool(body) and bool(_END_OF_STORY.match(fold(line))):
            sign_off = line.strip()     # furniture, but it dates the page
        if flags[i] or ended:
            tail.append(line.strip())
            continue
        key = squash(line.strip())  # as the document will ask again, from the cache
        if title_key and key and len(key) % len(title_key) == 0 and key == title_key * (len(key) // len(title_key)):
            continue  # the headline printed again
        text = line.strip()
        if text.endswith((")", "）")) or text[-1].isdigit():
            text = _TRAILING_CREDIT.sub("", text).rstrip()
            if not text:
                continue
        body.append(text)
    links = len(body)
    while links and _is_link_item(body[links - 1]):
        links -= 1
    if len(body) - links >= 2:  # a list of links to other articles closes the page
        tail[:0], body = body[links:], body[:links]
    top = head if head is not None else floor
    masthead = tuple(x.strip() for x in lines[:top] if x.strip())
    return PageLayout(headline, tuple(byline), tuple(body), masthead, tuple(tail), sign_off)
