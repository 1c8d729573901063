"""Publication dates: locate a date expression first, then parse it with plain regexes.

Pages print the date in many shapes ("2025.10.29 10:29", "时间:2025-2-28", "12/28/2021,
5:40:07 AM", "Sep 25, 2025 17:26 CST", "2016年03月11日"); each shape is one pattern here.
Wire datelines without a year ("中新网1月7日电", "BEIJING, Jan. 27 --") take a year only
when the text makes it certain.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from pipelines.extract.text import WEEKDAY_WORD, WEEKDAYS, ZH_WEEKDAYS, zh_int

_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for m in names}
MONTH_NAME = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_ORD = r"(?:st|nd|rd|th)?"

# Each pattern names its groups y / m (number) or mon (name) / d, and comes with the strings it cannot match without
# (one of them): find_date only scans for it where one is in the text, a substring test costing far less than a scan.
_YEAR = ("19", "20")
_FULL_DATES = [(re.compile(p, re.I), needs) for p, needs in (
    (r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]", ("年",)),
    (r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s?[-/.]\s?(?P<m>\d{1,2})\s?[-/.]\s?(?P<d>\d{1,2})(?![\d])", _YEAR),
    (r"(?<![\d/.-])(?P<m>\d{1,2})[/-](?P<d>\d{1,2})[/-](?P<y>(?:19|20)\d{2})(?!\d)", _YEAR),
    (r"(?<![\d/.-])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])", _YEAR),     # 16.04.2025: day first
    (rf"\b{MONTH_NAME}\s+(?P<d>\d{{1,2}}){_ORD}(?:,\s*|\s+)(?P<y>(?:19|20)\d{{2}})\b", _YEAR),   # ("Aug 18,2015")
    (rf"\b(?P<d>\d{{1,2}}){_ORD}(?:\s+(?:of\s+)?|-){MONTH_NAME}(?:,?\s+|-)(?P<y>(?:19|20)\d{{2}})\b", _YEAR),  # 21-Sep-2023
    # Taiwan's years of the Republic (1911 on): "113.06.05", "112-05-17", "民國113年5月20日"
    (r"(?<![\d.])(?:民[國国]\s*)?(?P<roc>9\d|1[01]\d)(?:(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?![\d.])"
     r"|\s*年\s*(?P<m3>\d{1,2})\s*月\s*(?P<d3>\d{1,2})\s*日)", ("9", "10", "11")),
    # in Chinese numerals, as Hong Kong's releases write it: "二○二四年五月十三日"
    (r"(?P<yzh>[〇○零一二三四五六七八九]{4})年(?P<mzh>[一二三四五六七八九十]{1,2})月(?P<dzh>[一二三四五六七八九十]{1,3})日", ("年",)),
)]
# (or a founding: "launched in 1994", "its founding in 1994", "成立于1994年")
_LOOKING_BACK = re.compile(r"(?:\b(?:since|as early as|back in|(?:launch(?:ed)?|found(?:ed|ing)|establish(?:ed|ment)|set up|"
                           r"creat(?:ed|ion)|open(?:ed|ing)|built)\s+in)\s+|早在|(?:成立|创建|创办|始建|设立)于"
                           r"|\bsince\s+the\s+[\w'’ -]{1,60}?\s+in\s+)$", re.I)   # ("since the adoption of the X Law in 2019")
# (nor an edition's year, which may lie ahead: "under the 2025 edition of the Pharmacopoeia", "2025年版")
_EDITION_AFTER = re.compile(r"(?:\s*年)?\s*(?:edition|版)", re.I)
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*年|(?!\d))")

# Datelines: an outlet and/or city, a month and day, then 电/讯 or a dash.
ZH_DATELINE = re.compile(r"^.{0,16}?(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:电|電|讯|訊)")
EN_DATELINE = re.compile(
    rf"^(?:\([A-Z][\w.&' ]{{1,40}}\)|[A-Z][\w.&' ]{{1,40}},)\s+(?:[A-Z][A-Za-z]+,\s+)?{MONTH_NAME}\s+(?P<d>\d{{1,2}}){_ORD}"
    r"(?:,\s*(?P<y>(?:19|20)\d\d))?\s*(?:--|—|-|\.|\()")      # "MIANYANG, Oct. 24, 2023 —": its year with it


def _build(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _from_match(m: re.Match) -> date | None:
    g = m.groupdict()
    if g.get("yzh"):
        year = zh_int(g["yzh"])
        return _build(year, zh_int(g["mzh"]), zh_int(g["dzh"])) if 1900 <= year < 2100 else None
    if g.get("roc"):
        return _build(int(g["roc"]) + 1911, int(g["m2"] or g["m3"]), int(g["d2"] or g["d3"]))
    month = _MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(g["m"])
    day, year = int(g["d"]), int(g["y"])
    if not g.get("mon") and month > 12 >= day:  # 28/12/2021: day first
        month, day = day, month
    return _build(year, month, day) if month else None


def find_date(text: str) -> tuple[date, int, int] | None:
    """The earliest complete date in `text`, with its span."""
    best: tuple[date, int, int] | None = None
    for pattern, needs in _FULL_DATES:
        if not any(n in text for n in needs):
            continue
        for m in pattern.finditer(text):
            parsed = _from_match(m)
            if parsed and (best is None or m.start() < best[1]):
                best = (parsed, m.start(), m.end())
            if parsed:
                break
        if best and not text[:best[1]].strip():
            break   # no date opens on a space: none can start before this one
    return best


def years_mentioned(text: str) -> set[int]:
    """The years the text names as such, not those it looks back to ("since 2017", "早在2017年")."""
    return {int(m.group(1)) for m in _YEARS.finditer(text)
            if not _LOOKING_BACK.search(text, max(0, m.start() - 80), m.start()) and not _EDITION_AFTER.match(text, m.end())}


def dateline_date(paragraph: str, whole_text: str) -> date | None:
    """Date of a wire dateline opening `paragraph`, when its year is certain.

    Certain means the dateline's own sentence states one year ("…7月10日电 2023年…周10日启动"),
    or the whole page mentions exactly one year."""
    m = ZH_DATELINE.match(paragraph) or EN_DATELINE.match(paragraph)
    if not m:
        return None
    g = m.groupdict()
    month = _MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(g["m"])
    if g.get("y"):
        return _build(int(g["y"]), month, int(g["d"]))
    sentence = re.split(r"[。！？]|\.\s", paragraph[m.end():], maxsplit=1)[0]
    # (or a full date of that very day elsewhere on the page: "新华社北京9月14日电" over a closing "2024-09-14")
    years = years_mentioned(sentence) or _years_of_day(whole_text, month, int(g["d"])) or years_mentioned(whole_text)
    if len(years) != 1:
        return None
    year = years.pop()
    day = _build(year, month, int(g["d"]))
    # (a page naming only last year's figures: "BEIJING, Aug. 9 -- … the commission announced Friday. … in 2023" is 2024's,
    # the year in which Aug. 9 was a Friday; a weekday told of the day before never matches the next year's date)
    if day and (told := _WEEKDAY.search(sentence)) and day.weekday() != (weekday := _weekday(told.group())) and (
            later := _build(year + 1, month, day.day)) and later.weekday() == weekday:
        return later
    return day


# A weekday, in English or Chinese ("Friday", "星期五", "周五")
_WEEKDAY_ZH = r"(?:星期|周|礼拜)[一二三四五六日天]"
_WEEKDAY = re.compile(rf"\b{WEEKDAY_WORD}\b|{_WEEKDAY_ZH}", re.I)


def _weekday(word: str) -> int:
    return ZH_WEEKDAYS[word[-1]] if word[-1] in ZH_WEEKDAYS else WEEKDAYS[word.lower()]


def _years_of_day(text: str, month: int | None, day: int) -> set[int]:
    """The years of the complete dates in `text` that fall on this month and day."""
    return {found.year for pattern, needs in _FULL_DATES if any(n in text for n in needs)
            for m in pattern.finditer(text) if (found := _from_match(m)) and (found.month, found.day) == (month, day)}


# What may stand beside the date on a sign-off line: an end marker, a weekday, a time, brackets.
_SIGN_OFF_REST = re.compile(
    rf"ends|end|完|issued|{WEEKDAY_WORD}|{_WEEKDAY_ZH}"
    r"|\d{1,2}[:：]\d{2}|[\s/,，.。()（）\-–—]+")
_SIGN_OFF_LINES = 4


def sign_off_date(body: tuple[str, ...]) -> date | None:
    """The date a press release or notice closes with ("Ends/Wednesday, May 15, 2024", "2023年10月27日（星期五）").

    Only a line that is nothing but the date (and an end marker, weekday or time) among the last lines counts."""
    for line in reversed(body[-_SIGN_OFF_LINES:]):
        if len(line) > 60 or not (found := find_date(line)):
            continue
        rest = line[:found[1]] + " " + line[found[2]:]
        if not _SIGN_OFF_REST.sub("", rest.lower()):
            return found[0]
    return None


# A day told with its number beside "today", "yesterday", "the day before" ("昨（4）日", "今(5)日")
_TOLD_DAY = re.compile(r"([今昨前])\s*[(（]\s*(\d{1,2})\s*[)）]\s*日")
_DAYS_BACK = {"今": 0, "昨": 1, "前": 2}


def day_first(published: date | None, text: str, chinese: bool) -> date | None:
    """The other reading of a date printed as "05/12/2023", where the text says it: Macao's and Hong Kong's
    pages write the day first, and no Chinese page writes the month first; a "昨（4）日" of the text decides
    whichever the language."""
    if published is None or published.day > 12 or published.day == published.month or (
            f"/{published.year}" not in text and f"-{published.year}" not in text) or not re.search(
            rf"(?<![\d/.-])0?{published.month}[/-]0?{published.day}[/-]{published.year}(?!\d)", text):
        return published    # (the substring tests first: most pages print no date with its year last)
    swapped = date(published.year, published.day, published.month)
    told = [(timedelta(days=_DAYS_BACK[word]), int(day)) for word, day in _TOLD_DAY.findall(text)]
    if told:
        def agrees(d: date) -> bool:
            return all((d - back).day == day for back, day in told)
        return swapped if agrees(swapped) and not agrees(published) else published
    return swapped if chinese else published
