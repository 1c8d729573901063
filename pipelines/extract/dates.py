"""Date expressions: found with compiled patterns, then resolved against the publication date.

Finding and resolving are separate on purpose: the patterns decide what *is* a date
(so "the 14th Five-Year Plan" never becomes one), resolution only turns an accepted
expression into calendar dates: numeric, Chinese and English month-name forms and fixed offsets
("yesterday", 昨日) by plain calendar arithmetic, which their fixed shapes make exact; an English
day that does not exist, or a yearless one not every year has ("Sept 31", "Feb 29"), through
dateparser (English only, RELATIVE_BASE the publication date, results cached).
All forms are one regex, tried only in windows around the characters every date contains
(digits, month names, 日...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

import ahocorasick
from dateparser.date import DateDataParser

from pipelines.extract.model import DateMention
from pipelines.extract.text import WEEKDAYS, ZH_WEEKDAYS, NormalizedText, zh_int

# The year told right after a yearless date: "from Nov 6 to 10 last year"
_YEAR_WORD_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(last|this|next)\s+year\b", re.I)
# A yearless date more than this far after publication is taken from the year before.
_FUTURE_SLACK = timedelta(days=120)
# Before a weekday in its sentence: what is yet to come ("is scheduled to ... on Friday", "will open on Monday").
_FUTURE_BEFORE = re.compile(r"\b(?:will|is\s+scheduled\s+to|are\s+scheduled\s+to|is\s+set\s+to|are\s+set\s+to|is\s+due\s+to"
                            r"|plans\s+to|is\s+expected\s+to|are\s+expected\s+to|(?:runs|run|lasts|last|continues)\s+(?:until|till|through))\b(?:(?!\b(?:said|says|told|announced|according|heard|learned)\b"
                            r"|(?<!\bbe\s)\b(?:held|convened|hosted)\b|\b(?:adopted|signed|approved|issued|released|published)\s+(?:at|during)\b)"
                            r"[^.;!?\n])*(?<!released on )(?<!issued on )(?<!published on )(?<!held on )(?<!signed on )$",
                            re.I)   # (not "…will come into effect on Oct 1, officials said on Tuesday", nor "China will
#                                      launch X, according to a notice released on Thursday", nor "experts will share X,
#                                      a forum held in Shanghai heard on Tuesday", nor "… will recognize X under measures
#                                      adopted at a symposium held in Tongnan on Wednesday": a past event's own clause)
# A bare day number ("on the 27th", "28日") more than this far after publication is last month's.
_DAY_ONLY_SLACK = timedelta(days=7)

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_ORD = r"(?:st|nd|rd|th)?"
_DAY = rf"(?:[12]\d|3[01]|0?[1-9]){_ORD}"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY_EN = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_RANGE_SEP = r"(?:\s*(?:-|–|—|~)\s*|\s+(?:to|through|until)\s+)"

# (Hong Kong and Macao write the zero of a year as a circle: 二○二四年, U+25CB, not 〇)
_ZH_NUM = "〇○零一二三四五六七八九十"
_ZH_N = rf"[\d{_ZH_NUM}]"
_ZH_WEEKDAY = r"(?:\s*[(（](?:星期|周|礼拜)[一二三四五六日天](?:[、至到][一二三四五六日天])?[)）])?"   # （星期六、日）: a range's two
_ZH_DAY_END = r"[日号]"
# A bare day number followed by these is a duration or a deadline ("15日内", "5日上报"), not a date;
# 上午 is the morning of that day.
_ZH_NOT_DATE_AFTER = r"(?![内起以之后前左]|上(?!午))"
_ZH_DAY = r"(?:[12]\d|3[01]|[1-9])"   # a day of the month in digits
_ZH_RANGE_SEP = r"\s*(?:至|到|-|—|~|－)\s*"
# Taiwan's "本（10）月17日", "上(8)月27日": this or last month, its number given
_THIS_NUMBERED_MONTH = r"[本上][（(](1[0-2]|[1-9])[)）]月"
# (a year of the Republic of China as Taiwan writes it, 113年6月18日 or 民國113年: 1911 years on)
_ZH_FULL = (rf"(?:(?:民国)?(?P<y1>{_ZH_N}{{4}}|(?<![\d{_ZH_NUM}])(?:9\d|1[01]\d)(?=年\d))年)?"
            rf"(?P<m1>{_ZH_N}{{1,3}})月(?P<d1>{_ZH_N}{{1,3}}){_ZH_DAY_END}")

# The date forms as (kind, pattern), in families by the trigger every form of the family contains.
# A family's forms are joined into one regex in this order, so where two forms could start at the
# same place the longer comes first (a range before its first day).
_ZH_FORMS = [
    # "9月21日至24日", "2025年10月28日至11月1日"
    ("zh_range", rf"{_ZH_FULL}{_ZH_WEEKDAY}{_ZH_RANGE_SEP}(?:(?P<y2>{_ZH_N}{{4}})年)?"
                 rf"(?:(?P<m2>{_ZH_N}{{1,3}})月)?(?P<d2>{_ZH_N}{{1,3}}){_ZH_DAY_END}{_ZH_WEEKDAY}"),
    ("zh_full", rf"{_ZH_FULL}{_ZH_WEEKDAY}"),
    # "21日至23日", "本月21日至23日": days of one month, or running into the next
    ("zh_day_range", rf"(?:(?P<this>本月|上月|{_THIS_NUMBERED_MONTH})|(?<![\d{_ZH_NUM}月第.]))(?P<d1>{_ZH_DAY})日{_ZH_RANGE_SEP}(?P<d2>{_ZH_DAY})日"
                     rf"{_ZH_NOT_DATE_AFTER}"),
    # "28日", "10日在京启动" ("11号" alone is a document number or a building, so 日 only)
    ("zh_day", rf"(?<![\d{_ZH_NUM}月第.])(?P<d1>{_ZH_DAY})日{_ZH_NOT_DATE_AFTER}{_ZH_WEEKDAY}"),
    # "十五日，代表团到访…", "十四日下午": a day in numerals opening a clause
    ("zh_day", r"(?<![^\n。，；：])(?P<d1>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?=上午|下午|晚|[，,])"),
    # "本月8日": a day of the publication's own month
    ("zh_this_month", rf"(?P<this>本月|上月|{_THIS_NUMBERED_MONTH})(?P<d1>{_ZH_DAY}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日{_ZH_WEEKDAY}"),   # (本月十六日)
    # "今(12)日", "昨（11）日", "昨(十八)日": the day number glosses the relative word
    ("zh_day", rf"[今昨明]\s*[(（]\s*(?P<d1>{_ZH_DAY}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[)）]\s*日"),
    ("relative", r"(?P<word>今天|今日|昨天|昨日|明天|明日|今晨|今早|昨晚)"),
    # "本周二", "上周五", "星期三": a day of a week (not "每周一次", "一周一", "周年"; a weekday glossing a date is
    # part of that date's form)
    ("zh_weekday", r"(?:(?P<rel>本|这|上|下)(?:个)?(?:周|星期|礼拜)|(?<![每一二三四五六七八九十两个\d])(?:周|星期|礼拜))"
                   r"(?P<wd>[一二三四五六日天])(?![次年期度末边围])"),
    ("vague", r"近日|日前|近期|前不久|不久前|最近"),
]
_NAMED_DAY_FORMS = [
    # "and" joins a range only after "between": "Oct. 28 and Nov 1" is two dates
    ("md_range", rf"\bbetween\s+(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"
                 rf"\s+and\s+(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})\b(?:,?\s+(?P<y2>{_YEAR})\b)?"),
    # "held on Sept 14 and 15": one month, two days joined by "and" -- an event spanning both
    ("md_range", rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\s+and\s+(?P<d2>{_DAY})\b(?!\s*{_MONTH})(?:,?\s+(?P<y1>{_YEAR})\b)?"),
    # "from February 18th to 19th", "June 17-20, 2019", "Oct 28 - Nov 1"
    ("md_range", rf"\b(?:from\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"
                 rf"{_RANGE_SEP}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})\b(?:,?\s+(?P<y2>{_YEAR})\b)?"),
    # "held on 12 and 13 September 2023": the same, day first
    ("dm_range", rf"\b(?P<d1>{_DAY})\s+and\s+(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?![a-z])(?:,?\s+(?P<y2>{_YEAR}))?\b"),
    # "17-20 June 2019", "from 17 to 20 June"
    ("dm_range", rf"\b(?:from\s+)?(?P<d1>{_DAY}){_RANGE_SEP}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})"
                 rf"(?:,?\s+(?P<y2>{_YEAR}))?\b"),
    # "October 28, 2025", "Oct. 28", "Nov 1"
    ("md", rf"\b{_WEEKDAY_EN}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:(?:,\s*|\s+)(?P<y1>{_YEAR})\b)?"),   # ("Aug 18,2015")
    # "28 October 2025", "the 22nd of May 2018"
    ("dm", rf"\b(?:the\s+)?(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?![a-z])(?:,?\s+(?P<y1>{_YEAR})\b)?"),
    # "on Monday", "last Tuesday" (a weekday that names a calendar date belongs to "md" or "dm")
    # ("ran through Tuesday", past: the latest Tuesday, as "on Tuesday"; "runs through Sunday": the coming one)
    ("weekday", r"\b(?:(?<!ran\s)(?<!lasted\s)(?<!continued\s)(?P<rel>(?i:last|next|this|through|until|till))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                rf"\b(?!,?\s+(?:the\s+)?\d|,?\s+{_MONTH})"),
]
_NUMERIC_FORMS = [
    # "On the 27th": only where a date can follow, never "the 14th Five-Year", "the 20th Central Committee"
    ("day", r"\b(?i:on|from|since|by|until)\s+the\s+(?:(?i:morning|afternoon|evening|night)\s+of\s+the\s+)?(?P<d1>(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))"
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|of\s+this\s+month|and|to|when|with|during)\b)"),
    ("iso", rf"(?<![\d.])(?P<y>{_YEAR})\s*[-/.]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.]\s*(?P<d>[12]\d|3[01]|0?[1-9])(?![\d])"),
    # "12/28/2021", "03-23-2016"
    ("us", rf"(?<![\d/-])(?P<m>1[0-2]|0?[1-9])[/-](?P<d>[12]\d|3[01]|0?[1-9])[/-](?P<y>{_YEAR})(?![\d/])"),
]
_EN_WORD_FORMS = [
    ("relative", r"(?P<word>\b(?i:today|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|tonight|last\s+night)\b)"),
    ("vague", r"\b(?i:recently|most\s+recently|not\s+long\s+ago|earlier\s+this\s+(?:week|month|year)"
              # ("up 14% from a year earlier": a comparison, not "recently")
              r"|(?<!year\s)(?<!years\s)(?<!month\s)(?<!months\s)(?<!week\s)(?<!weeks\s)(?<!period\s)(?<!day\s)(?<!days\s)"
              r"earlier(?=\s*[,.;]))\b"),    # (nor "A day earlier, Li met …": a day from the one told before)
]
_DIGITS = "0123456789"
_EN_WORDS = ("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "recently",
             "ago", "earlier")
# (forms, triggers, characters a form may reach before / after a trigger, the characters a form can start with)
# The last is checked before trying the forms at a position: most positions of a window fail it at once,
# instead of failing every form in turn.
_FAMILIES = [
    (_ZH_FORMS, tuple("月日今昨明近久周期拜"), 10, 12, r"[\d〇○零一二三四五六七八九十本今昨明近日前不最这上下周星礼]"),
    (_NAMED_DAY_FORMS, tuple(m[:3].capitalize() for m in _MONTHS) + tuple(w[:3].capitalize() for w in WEEKDAYS), 24, 40,
     r"[0-9bfJFMASONDTW]|(?i:[lnt])"),  # a day, between/from/the, a month or weekday, last/next/this
    (_NUMERIC_FORMS, tuple(d + o for d in _DIGITS for o in ("st", "nd", "rd", "th"))
     + tuple(d + sep + e for d in _DIGITS for sep in "-/." for e in _DIGITS), 36, 32, r"[0-9]|(?i:[obfsu])"),
    (_EN_WORD_FORMS, _EN_WORDS + tuple(w.capitalize() for w in _EN_WORDS), 16, 24, r"(?i:[tylrmne])"),
]
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")


def _combine(forms: list[tuple[str, str]], starts: str) -> tuple[re.Pattern[str], dict[str, tuple[str, list[str]]]]:
    """One regex for a family: form i is group "f{i}", its own groups are renamed "f{i}_name"; all of them
    tried only where one of the `starts` stands."""
    parts, index = [], {}
    for i, (kind, pattern) in enumerate(forms):
        tag = f"f{i}"
        index[tag] = (kind, _GROUP_NAME.findall(pattern))
        renamed = _GROUP_NAME.sub(lambda m: f"(?P<{tag}_{m.group(1)}>", pattern)
        parts.append(f"(?P<{tag}>{renamed})")
    return re.compile(f"(?=(?:{starts}))(?:{'|'.join(parts)})"), index


@dataclass(frozen=True)
class _Family:
    forms: re.Pattern[str]
    index: dict[str, tuple[str, list[str]]]
    before: int
    after: int


@lru_cache(maxsize=1)
def _families() -> tuple[tuple[_Family, ...], ahocorasick.Automaton]:
    """The families' regexes, and one automaton finding every trigger (value: family number, length)."""
    families, triggers = [], ahocorasick.Automaton()
    for number, (forms, words, before, after, starts) in enumerate(_FAMILIES):
        families.append(_Family(*_combine(forms, starts), before, after))
        for word in words:
            triggers.add_word(word, (number, len(word)))
    triggers.make_automaton()
    return tuple(families), triggers

_ZH_RELATIVE_DAYS = {"今天": 0, "今日": 0, "今晨": 0, "今早": 0, "昨天": -1, "昨日": -1, "昨晚": -1, "明天": 1, "明日": 1}
_EN_RELATIVE_DAYS = {"today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
                     "yesterday": -1, "last night": -1, "tomorrow": 1}
# A page without a publication date is dated by a labelled header line ("发布时间：2019-10-23").
# Matched on the folded text, where traditional labels (發布時間) read as simplified.
_HEADER_LABEL = re.compile(r"(?:发布时间|发布日期|发表时间|日期|时间|Published|Posted|Updated|Release date|Date)"
                           r"\s*(?:on)?\s*[:：]?\s*$", re.I)

# What else a line holding only a date may carry: a sign-off, a weekday, a clock time, a time zone.
_DATE_LINE_REST = re.compile(r"^[\s\W]*(?:(?:Ends|Issued|Updated|Posted|Published|BJT|HKT|GMT|UTC|CST|[AP]M|at"
                             r"|星期.|周.|香港时间|北京时间|\d{1,2}[:：]\d\d(?:[:：]\d\d)?|\d{1,2}时\d{1,2}分)[\s\W]*)*$",
                             re.I)
# Between a relative word and an explicit date that glosses it: "today (May 15)", "今日（十月二十七日）".
_EXPLICIT_AFTER = re.compile(r"\s*[(（]\s*$")
# A year glossed in brackets before a month and day: "去(111)年12月6日" (a Minguo year), "今(2024)年"
_YEAR_GLOSSED_BEFORE = re.compile(r"[去今明前][(（]\s*(\d{2,4})\s*[)）]年$")
# The labelled date line of a transcript's header ("Date:\nSept. 19, 2024", "时间：2024年9月19日"), before its date: the
# day the words below were spoken, so their "yesterday" and "tomorrow" count from it, not from a later publication
_SPOKEN_ON_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:Date|Time|时间|日期)[ \t]*[:：]\s*$", re.I)
_SPOKEN_BEFORE = timedelta(days=31)     # (a transcript goes up within days of the briefing)

# A dateline: "BEIJING, Jan. 27 --", "(Yicai Global) Nov. 28 --", "新华社北京9月29日电", "本报8月16日讯".
# Relative words after it ("a press conference today") mean the dateline's day.
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|—|–|-\s|电|電|讯|訊)")   # "Jan. 3 (Xinhua) --"


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


def _safe_date(year: int | None, month: int | None, day: int | None) -> date | None:
    if not (year and month and day):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, base: date | None) -> date | None:
    """A yearless month-day: the base's year, or the year before when that lands well after the base."""
    if base is None:
        return None
    d = _safe_date(base.year, month, day)
    if d is None or d - base > _FUTURE_SLACK:
        d = _safe_date(base.year - 1, month, day) or d
    return d


def _day_only(day: int, base: date | None) -> date | None:
    """A bare day of month: this month of the base, or last month when it would be in the future."""
    if base is None:
        return None
    d = _safe_date(base.year, base.month, day)
    if d is None or d - base > _DAY_ONLY_SLACK:
        prev = base.replace(day=1) - timedelta(days=1)
        d = _safe_date(prev.year, prev.month, day)
    return d


# The shapes `_english_day` builds ("October 28 2025", "Oct 28"): dateparser tries them with
# strptime before its general parsers, ~30 times faster; anything else falls through to those.
_EN_DAY_FORMATS = ["%B %d %Y", "%b %d %Y", "%B %d", "%b %d"]
_COMMON_YEAR = 2001     # (not a leap year: a month and day valid in it are valid in every year)


@lru_cache(maxsize=512)
def _parser_at(base: date | None) -> DateDataParser:
    """One dateparser per anchor (the publication date): English only, naive dates."""
    settings: dict = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=8192)
def _dateparser(expression: str, base: date | None) -> date | None:
    """dateparser on one located English expression, anchored on `base`; cached because the same
    expressions recur across a batch."""
    try:
        parsed = _parser_at(base).get_date_data(expression, _EN_DAY_FORMATS).date_obj
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _english_day(month_word: str, day_word: str, year_word: str | None, base: date | None) -> date | None:
    month_name, day_number = month_word.rstrip("."), day_word.rstrip("stndrh")
    expression = f"{'Sep' if month_name.lower() == 'sept' else month_name} {day_number}"
    month, day = _MONTHS[month_name.lower()], int(day_number)
    # A day that exists (in every year, when none is given) is the one dateparser's strptime reads: told
    # by arithmetic, as dateparser costs ~75 µs a call, and ~100 µs for each publication date's parser.
    # It still judges the others ("Sept 31", "Feb 29"), as it always has.
    if year_word:
        return _safe_date(int(year_word), month, day) or _dateparser(f"{expression} {year_word}", None)
    if base is None:
        return None
    # Read in the publication's year, then moved back a year when that would land well after it.
    if _safe_date(_COMMON_YEAR, month, day):
        return _with_year(month, day, base)
    parsed = _dateparser(expression, base)
    return _with_year(parsed.month, parsed.day, base) if parsed else None


def _weekday(name: str, relation: str | None, base: date | None) -> date | None:
    """ "on Monday" in a report is the latest Monday up to its date; "next"/"last" step a week; "until
    Sunday" is the coming one."""
    if base is None:
        return None
    back = (base.weekday() - WEEKDAYS[name.lower()]) % 7
    relation = (relation or "").lower()
    if relation in ("through", "until", "till"):
        return base + timedelta(days=(7 - back) % 7)    # "runs through Sunday": the coming one
    if relation == "next":
        return base + timedelta(days=(7 - back) % 7 or 7)
    if relation == "last" and back == 0:
        back = 7
    return base - timedelta(days=back)


def _zh_weekday(day: int, week: str | None, base: date | None) -> date | None:
    """"本周二" is the Tuesday of the publication's week (Monday first), "上周二" a week before, "下周二" a
    week after; a bare "周二" is the latest Tuesday up to the publication, as "on Tuesday" is."""
    if base is None:
        return None
    if not week:
        return base - timedelta(days=(base.weekday() - day) % 7)
    monday = base - timedelta(days=base.weekday())
    return monday + timedelta(days=day + {"本": 0, "这": 0, "上": -7, "下": 7}[week])


def _range_end(start: date | None, end: date | None) -> date | None:
    """A range end before its start crosses a year end ("December 30 to January 2"), else is dropped."""
    if start is None or end is None:
        return end
    if end < start:
        end = _safe_date(end.year + 1, end.month, end.day)
    return end if end and end > start else None


def _month_of(word: str | None, base: date | None) -> date | None:
    """The first day of the month 本月 (this month), 本（10）月 (this month, October), 上月 (last month) or 上（8）月
    (last month, August) names, from the base date."""
    if not word or base is None:
        return None
    first = base.replace(day=1)
    if numbered := re.fullmatch(_THIS_NUMBERED_MONTH, word):
        month = int(numbered.group(1))
        return _safe_date(base.year if month <= base.month else base.year - 1, month, 1) if 1 <= month <= 12 else None
    return first if word == "本月" else (first - timedelta(days=1)).replace(day=1)


_ROC_EPOCH = 1911        # 民國1年 is 1912
_ROC_YEAR_MAX = 200


def _resolve(f: _Found, base: date | None) -> tuple[date | None, date | None, str, bool]:
    """(start, end, kind, has_year) for one found expression."""
    g = f.groups
    if f.kind in ("md_range", "dm_range"):
        m1 = g.get("m1") or g["m2"]
        year1, year2 = g.get("y1") or g.get("y2"), g.get("y2") or g.get("y1")
        start = _english_day(m1, g["d1"], year1, base)
        end_base = start or base
        end = _english_day(g.get("m2") or m1, g["d2"], year2, end_base) if end_base else None
        return start, _range_end(start, end), "range", bool(year1)
    if f.kind in ("md", "dm"):
        return _english_day(g["m1"], g["d1"], g.get("y1"), base), None, "absolute", bool(g.get("y1"))
    if f.kind == "day":
        return _day_only(int(g["d1"].rstrip("stndrh")), base), None, "absolute", False
    if f.kind == "weekday":
        return _weekday(g["wd"], g["rel"], base), None, "relative", False
    if f.kind == "zh_weekday":
        return _zh_weekday(ZH_WEEKDAYS[g["wd"]], g["rel"], base), None, "relative", False
    if f.kind in ("iso", "us"):
        return _safe_date(int(g["y"]), int(g["m"]), int(g["d"])), None, "absolute", True
    if f.kind in ("zh_full", "zh_range"):
        y1, m1, d1 = zh_int(g.get("y1")), zh_int(g["m1"]), zh_int(g["d1"])
        if y1 and y1 < _ROC_YEAR_MAX:
            y1 += _ROC_EPOCH
        start = _safe_date(y1, m1, d1) if y1 else (_with_year(m1, d1, base) if m1 and d1 else None)
        if f.kind == "zh_full":
            return start, None, "absolute", bool(y1)
        m2, d2, y2 = zh_int(g.get("m2")) or m1, zh_int(g["d2"]), zh_int(g.get("y2"))
        end = None
        if start and m2 and d2:
            end = _safe_date(y2 or start.year, m2, d2)
        return start, _range_end(start, end), "range", bool(y1)
    if f.kind == "zh_day_range":
        d1, d2 = int(g["d1"]), int(g["d2"])
        month = _month_of(g.get("this"), base)
        start = (_safe_date(month.year, month.month, d1) if month else _day_only(d1, base)) if base else None
        if start is None:
            return None, None, "range", False
        month = start if d2 > d1 else (start.replace(day=1) + timedelta(days=32))    # "30日至2日": the next month's
        end = _safe_date(month.year, month.month, d2)
        return start, _range_end(start, end), "range", False
    if f.kind == "zh_this_month":
        day, month = zh_int(g["d1"]), _month_of(g.get("this"), base)
        return (_safe_date(month.year, month.month, day) if month and day else None), None, "absolute", False
    if f.kind == "zh_day":
        day = zh_int(g["d1"])
        return (_day_only(day, base) if day else None), None, "absolute", False
    if f.kind == "relative":
        word = re.sub(r"\s+", " ", g["word"].lower())
        # a fixed day offset: dateparser's relative parser would give the same day, at ~2 ms a
        # call and half a second of time-zone tables per process
        offset = _EN_RELATIVE_DAYS.get(word, _ZH_RELATIVE_DAYS.get(word))
        return (base + timedelta(days=offset) if base and offset is not None else None), None, "relative", False
    return None, None, "vague", False


def _find_all(norm: str) -> list[_Found]:
    """Every date expression, longest first where forms overlap; each family's regex only runs
    in the stretches of text around its triggers."""
    families, triggers = _families()
    windows: list[list[tuple[int, int]]] = [[] for _ in families]
    for end, (number, length) in triggers.iter(norm):
        family, spans = families[number], windows[number]
        lo, hi = max(0, end + 1 - length - family.before), end + 1 + family.after
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    found: list[_Found] = []
    for family, spans in zip(families, windows):
        for lo, hi in spans:
            for m in family.forms.finditer(norm, lo, hi):
                kind, names = family.index[m.lastgroup]
                found.append(_Found(m.start(), m.end(), kind, {n: m.group(f"{m.lastgroup}_{n}") for n in names}))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[_Found] = []
    for f in found:
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept


# A wire's dateline without a dash: "Taipei, June 18 (CNA) Taiwan's …", the city alone before it on its line.
_CITY_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Za-z .'-]{1,30},\s*$")
_OUTLET_AFTER = re.compile(r"\s*\([A-Z][\w .&'-]{1,30}\)\s+(?=[A-Z])")


def is_dateline(text: NormalizedText, mention: DateMention) -> bool:
    """True for a news dateline ("BEIJING, Jan. 27 --", "本报8月16日讯"): it dates the report, not an event."""
    original, start, end = text.original, mention.evidence.start, mention.evidence.end
    return bool(_DATELINE_AFTER.match(original, end) or _OUTLET_AFTER.match(original, end) and _CITY_BEFORE.search(
        original, max(0, start - 40), start))


def _date_line_base(text: NormalizedText, found: list[_Found]) -> date | None:
    """For a page without a publication date: a dated header ("发布时间：2019-10-23") or a line that is
    only a full date (a press release's "Ends/Wednesday, May 15, 2024", "2023年10月27日（星期五）")."""
    norm = text.norm
    for f in found:
        if f.kind not in ("md", "dm", "iso", "us", "zh_full"):
            continue
        start, _, _, has_year = _resolve(f, None)
        if not (start and has_year):
            continue
        line_start = norm.rfind("\n", 0, f.start) + 1
        line_end = norm.find("\n", f.end)
        rest = norm[line_start:f.start] + " " + norm[f.end:line_end if line_end >= 0 else len(norm)]
        if _HEADER_LABEL.search(norm[line_start:f.start]) or _DATE_LINE_REST.match(rest):
            return start
    return None


# Between two days written each with its weekday, or in brackets, that make one range.
_JOINED_BY_RANGE = re.compile(r"\s*[)）]?\s*(?:至|到|-|—|－|~)\s*(?:本?(?:周|週|星期)[一二三四五六日天])?\s*[(（]?\s*"
                              r"|\)\s+(?:to|until|through)\s+(?:today|tomorrow)\s+\(")   # "from yesterday (May 20) to today (May 21)"
_JOINED_RANGE_DAYS = timedelta(days=31)
_WEEKDAY_KINDS = ("weekday", "zh_weekday")
_WEEKDAYS_JOINED = re.compile(r"\s*(?:至|到|-|—|－|~|to|through|until)\s*", re.I)
_NEXT_DAY_JOINED = re.compile(r"\s+and\s+")      # "talks on Monday and Tuesday": two days running are one span


_ZH_YEAR_WORDS = {"去年": -1, "前年": -2, "今年": 0, "明年": 1}
_EN_YEAR_WORDS = {"last": -1, "this": 0, "next": 1}
_YEARS_AGO_BEFORE = re.compile(r"([一二两三四五六七八九十\d]{1,3})年前的?$")


def _year_told(norm: str, f: _Found) -> tuple[int, bool] | None:
    """How many years from the publication's the words around a yearless date put it, and whether those words came
    after it: "去年5月12日" (before it), "on March 3 last year" (after it)."""
    if f.kind in ("zh_full", "zh_range"):
        years = _years_before(norm, f.start)
        return None if years is None else (years, False)
    if not f.kind.startswith("zh") and f.kind not in _WEEKDAY_KINDS and (words := _YEAR_WORD_AFTER.match(norm, f.end)):
        return _EN_YEAR_WORDS[words.group(1).lower()], True
    return None


def _years_before(norm: str, pos: int) -> int | None:
    """The year a month and day written after "去年" or "三年前的" are of, from the publication's year."""
    if (years := _ZH_YEAR_WORDS.get(norm[max(0, pos - 2):pos])) is not None:
        return years
    ago = _YEARS_AGO_BEFORE.search(norm, max(0, pos - 6), pos)
    n = zh_int(ago.group(1)) if ago else None
    return -n if n else None


# A year the text states, as a year ("In 2023,", "2023年", "2023 in review"; not "2023-2025", a plan's "(2023年版)")
_STATED_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])(?!年版)")


_REVIEW_HEADLINE = re.compile(r"总结|盘点|回顾|年终|\bin\s+review\b|\byear-end|\byear-ender\b|\breview\s+of\b"
                              r"|\bsummary\b|\blooking\s+back\b", re.I)
_CONTEXT_LINES = 3      # paragraphs looked back over, under a section's heading ("一、2023年主要工作")


def _context_year(norm: str, pos: int) -> int | None:
    """The last year stated before `pos` in its paragraph or the few before, else in the headline: the year its
    yearless days are of."""
    headline_end = norm.find("\n")
    start = pos
    for _ in range(_CONTEXT_LINES):
        line_start = norm.rfind("\n", 0, start) + 1
        if line_start <= max(headline_end, 0):
            break
        if years := _STATED_YEAR.findall(norm, line_start, start):
            return int(years[-1])
        start = line_start - 1
    years = _STATED_YEAR.findall(norm, 0, max(headline_end, 0))
    return int(years[-1]) if years else None


def _in_year(day: date, year: int) -> date:
    return _safe_date(year, day.month, day.day) or day


def find_dates(text: NormalizedText, published: date | None, language: str) -> list[DateMention]:
    """Every date expression of the text, resolved against the publication date (or a dateline before it)."""
    mentions: list[DateMention] = []
    last = -1       # the index in `found` of the last mention kept (or of a weekday glossed after it)
    last_end = -1   # where the last mention kept ends
    found = _find_all(text.norm)
    base = published or _date_line_base(text, found)
    # (a page that reviews a year, by its headline: its days are of the year it states, not the coming one)
    review = bool(_REVIEW_HEADLINE.search(text.norm, 0, max(text.norm.find("\n"), 0)))
    for i, f in enumerate(found):
        if f.kind in ("relative", "zh_weekday") and i + 1 < len(found) and _EXPLICIT_AFTER.match(text.norm, f.end, found[i + 1].start):
            if last == i - 1:
                last = i    # "本周一（14日）至周二（15日）": the weekday glossed does not part the two days
            continue  # "today (May 15)": the explicit date in brackets says which day
        start, end, kind, has_year = _resolve(f, base)
        if start and base and has_year and not end and timedelta(0) < base - start <= _SPOKEN_BEFORE \
                and _SPOKEN_ON_LABEL.search(text.norm, max(0, f.start - 16), f.start):
            base = start    # the transcript's own day, for every relative date after it
        if start and not has_year and f.kind in ("zh_full", "zh_range") and (
                roc := _YEAR_GLOSSED_BEFORE.search(text.norm, max(0, f.start - 8), f.start)):
            # "去(111)年12月6日", "今(112)年8月1日": the year in brackets (Taiwan's, since 1912) says which
            year = int(roc.group(1)) + (1911 if len(roc.group(1)) <= 3 else 0)
            start, end = _in_year(start, year), _in_year(end, year) if end else None
            has_year = True
        if start and base and not has_year and (told := _year_told(text.norm, f)) is not None:
            # "去年5月12日", "from Nov 6 to 10 last year": the publication's year moved by the words, whatever the
            # month ("5月12日" alone is the nearest)
            years, in_words_after = told
            start, end = _in_year(start, base.year + years), _in_year(end, base.year + years) if end else None
            if end and end < start:     # (去年12月30日至1月2日)
                end = _in_year(end, start.year + 1)
            has_year = in_words_after   # ("last year" after it counts as its year stated; 去年 before it did not)
        if start and base and not has_year and start > base and f.kind not in _WEEKDAY_KINDS and review and (
                year := _context_year(text.norm, f.start)) is not None and year < start.year:
            # a year's review published early the next: "In 2023, … On February 16, the provincial conference …" is
            # 2023's February, not the coming one
            start, end = _in_year(start, year), _in_year(end, year) if end else None
        if f.kind == "weekday" and start and base and start < base and not f.groups.get("rel") \
                and _FUTURE_BEFORE.search(text.norm, max(0, f.start - 200), f.start):
            start += timedelta(days=7)  # "she is scheduled to attend the symposium on Friday": the coming one
        s, e = text.span(f.start, f.end)
        mention = DateMention(surface=text.original[s:e], evidence=text.evidence(s, e), start_date=start,
                              end_date=end, kind=kind, has_year=has_year)
        previous = mentions[-1] if mentions and last == i - 1 else None
        if (previous and previous.kind == "absolute" and kind == "absolute" and previous.start_date and start
                and previous.start_date < start <= previous.start_date + _JOINED_RANGE_DAYS and not previous.end_date
                and _JOINED_BY_RANGE.fullmatch(text.norm, last_end, f.start)):
            # "本周一（14日）至周二（15日）": two days joined as one range
            mentions[-1] = replace(previous, surface=text.original[previous.evidence.start:e],
                                   evidence=text.evidence(previous.evidence.start, e), end_date=start, kind="range")
            continue
        if (previous and previous.start_date and start and f.kind in _WEEKDAY_KINDS and found[last].kind == f.kind
                and not f.groups.get("rel") and 0 < (days := (start.weekday() - previous.start_date.weekday()) % 7)
                and (_WEEKDAYS_JOINED.fullmatch(text.norm, last_end, f.start)
                     or days == 1 and _NEXT_DAY_JOINED.fullmatch(text.norm, last_end, f.start))):
            # "上周四至周五", "Tuesday to Thursday", "Monday and Tuesday": the second day is of the first one's week
            mentions[-1] = replace(previous, surface=text.original[previous.evidence.start:e],
                                   evidence=text.evidence(previous.evidence.start, e),
                                   end_date=previous.start_date + timedelta(days=days), kind="range")
            continue
        mentions.append(mention)
        last, last_end = i, f.end
        if (kind == "absolute" and start and published and timedelta(0) <= published - start <= timedelta(days=7)
                and is_dateline(text, mention)):
            base = start
    return mentions
