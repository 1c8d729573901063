"""Named policy instruments: plans, opinions, notices, regulations, laws, measures, guidelines.

Titles are found three ways, all on the normalised view (simplified script, NFKC):
- quoted or bracketed names (《...》, “...”, "...", ‘...’) whose wording ends in, or opens
  with, a directive head ("...Plan", "Opinions on ...", "...规划", "关于...的通知");
- unquoted English Title Case names built around a head ("Regulations on X", "Drug
  Administration Law") and lower-case ones of the fixed shape "the opinions on <verb>ing ...";
- unbracketed Chinese "关于...的意见/通知" after a verb of issuing, or opening a headline.
Nicknames ("the Plan", 《规划》) resolve to the full title they stand for and become
`short_names`; repeated mentions of one title merge into one Directive.
Issuers are every agency stated to issue it: in its title, joined to it (国务院办公厅《...》), in
the issuing sentence of any mention or nickname, in a follow-on "other issuing departments are"
sentence, and shared between a "关于印发《X》的通知" and X.
"""
from __future__ import annotations

import bisect
from collections import Counter
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

import ahocorasick

from pipelines.extract.agencies import AgencyRegistry
from pipelines.extract.model import AgencyMention, DateMention, Directive, Evidence, directive_key
from pipelines.extract.resources import load_yaml
from pipelines.extract.text import CJK, WEEKDAY_WORD, NormalizedText, strip_pinyin, to_simplified, zh_int


@dataclass(frozen=True)
class _Vocabulary:
    zh_heads: dict[str, str]
    zh_heads_longest_first: tuple[str, ...]
    zh_not_law_before_fa: str
    en_heads: dict[str, str]
    en_closing_unquoted: frozenset[str]
    en_closing_after: dict[str, frozenset[str]]
    en_opened_by: dict[str, str]
    en_generic: frozenset[str]
    zh_generic_prefixes: tuple[str, ...]
    zh_generic_modifiers: tuple[str, ...]
    en_prepositions: frozenset[str]
    en_function_words: frozenset[str]
    en_clause_words: frozenset[str]
    en_finite_verbs: frozenset[str]
    en_issue_verb: re.Pattern
    zh_issue_verb: re.Pattern
    zh_issue_lead: tuple[str, ...]
    authorship_verbs: frozenset[str]
    en_head_word: re.Pattern
    en_head_automaton: ahocorasick.Automaton


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    raw = load_yaml("directive_vocabulary.yaml")
    en_heads = {k.lower(): v for k, v in raw["en_heads"].items()}
    en_verbs = sorted(raw["en_issue_verbs"], key=len, reverse=True)
    zh_verbs = sorted(raw["zh_issue_verbs"], key=len, reverse=True)
    automaton = ahocorasick.Automaton()
    for head in en_heads:
        automaton.add_word(head, head)
    automaton.make_automaton()
    return _Vocabulary(
        zh_heads=dict(raw["zh_heads"]),
        zh_heads_longest_first=tuple(sorted(raw["zh_heads"], key=len, reverse=True)),
        zh_not_law_before_fa=raw["zh_not_law_before_fa"],
        en_heads=en_heads,
        en_closing_unquoted=frozenset(raw["en_heads_closing_unquoted"]),
        en_closing_after={head: frozenset(words) for head, words in raw["en_heads_closing_after"].items()},
        en_opened_by=dict(raw["en_heads_opened_by"]),
        en_generic=frozenset(raw["en_generic_modifiers"]),
        zh_generic_prefixes=tuple(raw["zh_generic_prefixes"]),
        zh_generic_modifiers=tuple(raw["zh_generic_modifiers"]),
        en_prepositions=frozenset(raw["en_title_prepositions"]),
        en_function_words=frozenset(raw["en_title_function_words"]),
        en_clause_words=frozenset(raw["en_clause_words"]),
        en_finite_verbs=frozenset(raw["en_headline_verbs"]) | frozenset(
            v for v in raw["en_issue_verbs"] if " " not in v and not v.endswith("ing")),
        # The lookahead lets each position that cannot start a verb fail at once: under IGNORECASE sre has
        # no fast scan to a candidate, and would try every verb there.
        en_issue_verb=re.compile(f"(?=[j{re.escape(''.join(sorted({v[0] for v in en_verbs})))}])"
                                 r"\b(?:jointly\s+)?(?:" + "|".join(re.escape(v) for v in en_verbs) + r")\b", re.I),
        # (not the 发布 of a 发布会, a press conference)
        zh_issue_verb=re.compile("|".join(re.escape(v) + ("(?![会厅])" if v.endswith("发布") else "") for v in zh_verbs)),
        zh_issue_lead=tuple(raw["zh_issue_lead"]),
        authorship_verbs=frozenset(raw["authorship_verbs"]),
        en_head_word=re.compile(r"\b(" + "|".join(sorted(en_heads, key=len, reverse=True)) + r")\b", re.I),
        en_head_automaton=automaton,
    )


class _Hit(NamedTuple):
    """A head word found in the normalised view, as written there."""
    start: int
    end: int
    word: str


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _en_head_hits(norm: str) -> list[_Hit]:
    """Whole-word head words, in order; one automaton pass instead of a case-folding regex scan."""
    low = norm.lower()
    if len(low) != len(norm):  # a few letters lower-case to two characters: offsets would drift
        return [_Hit(m.start(), m.end(), m.group(1)) for m in _vocabulary().en_head_word.finditer(norm)]
    hits = []
    for last, head in _vocabulary().en_head_automaton.iter(low):
        start, end = last - len(head) + 1, last + 1
        if (start == 0 or not _is_word_char(low[start - 1])) and (end == len(low) or not _is_word_char(low[end])):
            hits.append(_Hit(start, end, norm[start:end]))
    hits.sort()
    return hits


def _head_within(hits: list[_Hit], start: int, end: int) -> bool:
    """Whether one of the page's head hits lies in [start, end): a span that no letter or digit adjoins has the
    same whole-word heads on its own as in the page, so they need not be looked for again."""
    i = bisect.bisect_left(hits, start, key=attrgetter("start"))
    return i < len(hits) and hits[i].end <= end


# Quoted spans: the content group is whichever alternative matched.
_QUOTED = re.compile(r"《([^《》\n]{1,150})》|“([^“”\n]{1,250})”|\"([^\"\n]{1,250})\"|‘([^‘’\n]{1,150})’|「([^「」\n]{1,150})」")
# Inner quotes count as curly pairs, and as straight ones only around a capitalised name that the title goes
# on after ('Plan for the "Weight Management Year" Campaign'): a straight quote cannot tell opening from closing.
# (a version number is one token: "the DRG/DIP 2.0 Grouping Schemes")
_EN_TOKEN = re.compile(r"[^\S\n]*(\([^()\n]{1,40}\)|[‘“][^‘’“”\n]{1,60}[’”]|\"[A-Z][^\"\n]{0,58}\"(?=\s+[A-Z])"
                       r"|\d+(?:\.\d+)+\b|[A-Za-z0-9][\w'’\-–—/]*|\S)")
_TITLE_PARENTHETICAL = re.compile(
    r"\((?:trial(?:\s+(?:version|edition)\s+\d{1,2})?|tentative|interim|provisional|(?:revised\s+)?draft[^)]*|(?:exposure|consultation)\s+draft|revised|revision|for trial implementation"
    r"|revised\s+(?:edition|version)|\d{4}(?:\s*(?:edition|version|revision))?|cap\.?\s*\d+[a-z]?|"
    r"(?:19|20)\d{2}\s*[-–—~～至到]+\s*(?:19|20)\d{2}[^)]*)\)", re.I)
_TITLE_CASE_SUBJECT = re.compile(r"\s+(?:on|of|for)(?=\s+[A-Z])")
_TITLE_CASE_GLOSS = re.compile(r"\((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2}\)")
_ZH_CHAPTER_AFTER = re.compile(r"\s*[(（]\s*第\s*\d+[A-Z]?\s*章\s*[)）]")
# Full-width too: titles are typed as written in the original, which keeps （2023—2025年）.
_ZH_TRAILING_PARENTHETICAL = re.compile(r"(?:\s*[(（][^()（）]{1,20}[)）])+\s*$")   # (试行)(征求意见稿), (负面清单)(2024年版)
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-–—~～至到]+\s*((?:19|20)\d{2})")
# Words that make "on/in X" after a title a date: "... Drug Recalls on Friday", "... in March". Whole words only,
# so "Opinions on Marketing" or "Rules on Decisions" run on.
_DATE_WORD = re.compile(r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
                        rf"{WEEKDAY_WORD}|today|yesterday|tomorrow)\.?$", re.I)
_FIVE_YEAR_ORDINAL = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth)\s+five[\s\-]year$|^十?[一二三四五六七八九]?五$", re.I)
# What may follow a quoted five-year ordinal to make it a plan: `"14th Five-Year" development plan`.
_EN_ORDINAL_CONTINUATION = re.compile(r"\s*((?:[A-Za-z][\w\-]*\s+){0,6}?(?:plan|outline|programme|program)\b)", re.I)
_ZH_CONTINUATION = re.compile(r"[\u4e00-\u9fff]{1,16}")
_ZH_FUNCTION_CHARS = re.compile(r"[的了在是和与及等将对为把被期时间]")
_EN_PREPOSITION_AFTER = re.compile(r"\s+(for|on|of|concerning|regarding)\s", re.I)
_WORD_START = re.compile(r"\s*(\S)")     # the first character of the next word
_EN_ISSUING_WRAPPER = re.compile(
    r"\b(?:on|for)\s+(?:issuing|printing\s+and\s+distributing|promulgating|publishing|releasing|forwarding)\s+"
    r"(?:the\s+)?", re.I)
# (the text is folded: its full-width commas and colons are ASCII, so both forms stop a title)
_ZH_GUANYU = re.compile(r"关于(?:(?:印发|发布|转发|公布)?《[^《》\n]{2,80}》的?|(?:[^，。；：！？、,;:!?\s《》“”\"()]|\([^()\n，。,]{1,12}\)){2,60}?的)"
                        r"(指导意见|实施意见|意见|通知|通报|决定|规定|办法|批复|公告|通告)")
_ZH_LINE_PREFIX = re.compile(r"[^\n，。；：！？,;:!?“”《》]{0,30}$")
# A bullet opening a line marks a list item; one holding only a title is usually a link.
_LIST_BULLETS = "·・•●▪◆■□◇○►‧∙"
_LINE_END = re.compile(r"[ \t\u3000]*(?:\n|$)")
# ("which was comprehensively revised by the NPC Standing Committee"; a law or regulation "adopted at a State Council
# executive meeting": by that body)
_EN_PASSIVE_BY = re.compile(r"[\s\"”’)]*(?:\([^)]*\)\s*)?(?:,\s*which\s+(?!was\b|were\b)[^,.;]{1,60},)?,?\s*(?:which\s+)?"
                            r"(?:was|were|has been|have been|had been)?"
                            r"\s*(?:jointly\s+|\w+ly\s+)?(issued|released|published|promulgated|formulated|revised|adopted|enacted)"
                            r"(?:\s+jointly)?(?:\s+(?:(?:on|in)\s+[A-Za-z0-9 ,.]{1,24}?|(?:(?:late|early|earlier)\s+)?(?:last|this)\s+(?:year|month|week)"
                            r"|earlier(?:\s+this\s+year)?))?"
                            r"\s+(?:by|(?<=adopted )at\s+(?:a|an|the))\b", re.I)
# A law or regulation adopted by a legislature or the State Council is issued by it; a plan adopted is not (yet)
_ADOPTED = re.compile(r"adopted|enacted", re.I)
_ZH_ADOPTED = frozenset({"审议通过", "表决通过"})
_ADOPTED_AS_ISSUED = frozenset({"law", "regulation"})
_THE_BODY_SUBJECT = re.compile(r"\b[Tt]he\s+(administration|bureau|commission|ministry|council)\b(?!\s+(?:of|for)\b)")
_NOT_THE_SUBJECT = re.compile(r"[,;:]|\b(?:said|says|noted|stated|added)\b")   # ("The administration said the X ...")
_ZH_UNIT_END = re.compile(r"(?:司|处|室|中心|所|院)$")
# Between a unit and the agency that owns it: "the CDE (CDE) of the NMPA"
_OWNER_AFTER = re.compile(r"[\s)）]*(?:\([^)]*\)\s*)?(?:of|under|at)\s+(?:the\s+)?")
_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
               "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
# A count in a nickname: "the 20 Measures", "the Twelve Measures"
_COUNT = re.compile(rf"\d{{1,3}}|(?i:{'|'.join(_EN_NUMBERS)}|thirty)(?:-\w+)?")
# "四部门", "the four departments": a count standing for the agencies just named
_COUNTED_DEPARTMENTS = re.compile(rf"(?<![\u4e00-\u9fff])([两二三四五六七八九十]|\d{{1,2}})个?(?:部门|单位)|"
                                  rf"\bthe\s+({'|'.join(_EN_NUMBERS[1:10])}|\d{{1,2}})\s+"
                                  r"(?:departments|agencies|ministries|regulators|authorities)\b", re.I)
_COUNT_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                **{word: n for n, word in enumerate(_EN_NUMBERS, 1)}}
_CLAUSE_BREAK = re.compile(r",\s+(?:and|as well as|while)\s")
# "印发《A》以来，…，《B》…": the verb's object closed and the sentence went on (not "印发《A》《B》", "《A》和《B》")
_ZH_OBJECT_PASSED = re.compile(r"》(?:[(（][^()（）]{0,20}[)）])?[^、和及与《（(》\s]")
# "X, which the NMPA issued in 2019": the issuer as the subject of a relative clause after the title
_EN_WHICH_SUBJECT = re.compile(r"[\s\"”’)]*(?:\([^)]*\)\s*)?,?\s*which\s+(?P<who>[^,.;]{2,80}?)\s+(?:had\s+|has\s+|have\s+)?"
                               r"(?:jointly\s+)?(issued|released|published|promulgated|formulated|revised)\b", re.I)
# Sources name who reports, not who issues: "据X消息", "记者从X获悉".
_ATTRIBUTION = re.compile(r"\b(?:according to|as reported by|citing)\b[^,，]*[,，]|据[^，。]{0,40}?(?:消息|报道|网站|介绍)[，,]?"
                          r"|从[^，。]{1,30}?(?:获悉|了解到)[，,]?", re.I)
# So does a dateline, which runs from the start of its sentence: "新华社北京1月3日电", "BEIJING, Dec. 30 (Xinhua) --".
_DATELINE = re.compile(r"\s*(?:[^，。,\s]{1,12}?\d{1,2}月\d{1,2}日电|[A-Z]{3,}[A-Z ]*,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s*\([^)\n]{1,30}\)\s*(?:--|—))")
_EN_DOC_NUMBER = re.compile(r"(?:Order|Decree|Announcement|Circular)\s+(?:of\s+the\s+[A-Z][\w'’\- ]{2,80}?\s+)?No\.\s*\d+")
_ZH_DOC_NUMBER = re.compile(r"(?:[\u4e00-\u9fff]{1,8}\s*[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*第?"
                            r"|[\u4e00-\u9fff]{2,20}令\s*第)\s*\d{1,4}\s*号")
# How far before its 号 a document number may start.
_ZH_DOC_NUMBER_REACH = 40
_ZH_DOC_NUMBER_LEAD = re.compile(r"^(?:根据|依据|按照|印发|文件|以)")
_EN_AFTER_HEAD = re.compile(r"(\s*\([^()\n]{1,30}\)|\s+No\.\s*\d+/(?:19|20)?\d\d(?:/M)?)?\s+([A-Za-z]+)\s+(\S+)")   # ("Law No. 11/2021 on")
_EN_WORD = re.compile(r"[A-Za-z0-9][\w'’\-]*")
_LETTERS = re.compile(r"[A-Za-z]+")
# The word before `pos` and the blanks after it, matched backwards on the reversed text (a search for
# r"([A-Za-z]+)[ \t]+$" tries every position of the window); \n? stands for what "$" allows before a final \n.
_WORD_BEFORE_REVERSED = re.compile(r"\n?[ \t]+([A-Za-z]+)")
# Heads that never open a name: "joint action" or "the Action on X" name none (an Action closes one before its
# years, "Healthy China Action (2019-2030)"), nor does "the Report on the Work of the Government" (an annual report
# closes one: "National Adverse Drug Reaction Monitoring Annual Report (2023)").
_SPAN_ONLY_HEADS = frozenset({"action", "report"})
_YEAR_SPAN_AFTER = re.compile(r"\s*\((?:19|20)\d{2}\s*[-–—~]\s*(?:19|20)\d{2}\)")
# After "and": "the" and a Title Case run, to be checked for a head of its own
_ANOTHER_TITLE = re.compile(r"\s+the\s+(?:(?:[A-Z0-9][\w'’\-]*|and|of|for|on)\s+){0,10}[A-Z][\w'’\-]*")
_IN_THE_FIELD = re.compile(r"\s+in\s+the\s+Fields?\s+of\s+[A-Z]")
_LEADING_THE = re.compile(r"^the\s+", re.I)
# An amended or revised instrument keeps its name: "Attachment: Amended Regulations Governing X" is the Regulations
_AMENDED_BEFORE = re.compile(r"^(?:newly\s+)?(?:amended|revised)\s+(?=[A-Z])", re.I)
# An agency's unit named for what it handles ("Department of Planning, Finance and Regulations") is no document.
_SENTENCE_VERBS = frozenset({"is", "are", "was", "were", "will", "would", "should", "must", "can", "has", "have",
                             "had", "be", "been"})
# ...or a quotation opening on a speaker's pronoun: "We want to make it easier to open a pharmacy, but harder to break the rules"
_SPEAKER_PRONOUNS = frozenset({"we", "i", "you", "they", "our", "my", "it's", "we're", "we've", "we'll"})
# A head closing a body's name, not a title's: "the Chinese Pharmacopoeia Commission"
_BODY_AFTER_HEAD = re.compile(r"\s+(?:Commission|Committee|Office|Centre|Center|Council|Bureau|Department|Administration"
                              r"|Association|Society|Institute|Secretariat|Firm|Offices|School|Faculty|Journal|Review)\b")
_UNIT_NAME = re.compile(r"(?:Department|Bureau|Office|Division|Ministry|Commission)\s+of\s")
_ZH_CLAUSE_PUNCTUATION = re.compile(r"[，。！？；]")
_PARENTHETICAL_AFTER = re.compile(r"\s*(\([^()\n]{1,40}\))")
# Hong Kong's legislation is named with "(Amendment)" inside and its year after: "X (Amendment) Bill 2025"
_AMENDMENT_BEFORE = re.compile(r" \((?:Miscellaneous\s+)?Amendments?(?:\s+No\.\s*\d)?\) $")
_YEAR_ENDED_HEADS = frozenset({"bill", "ordinance", "regulation"})
_TITLE_YEAR_AFTER = re.compile(r" (?:19|20)\d{2}\b")
_BATCH_SUFFIX = re.compile(r" \((?:[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)) Batch\)$")
_BATCH_TOLD_BEFORE = re.compile(r"\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
                                r"\s+batch\s+of\s+(?:the\s+)?$")
_BATCH_OF_BEFORE = re.compile(r"\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d{1,2}(?:st|nd|rd|th))"
                              r"\s+Batch\s+of\s+(?:the\s+)?$")
# "of the State Council", "of the Ministry of Commerce": an issuer after the head, not the instrument's subject
_OF_ISSUER = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,6}(?:Council|Commission|Administration|Ministry|Bureau|"
                        r"Committee|Office|Department|Congress|Government|Court|Procuratorate|Agency|Authority)\b")
_OF_TITLE_SUBJECT = re.compile(r"\b(?:on|for|concerning|regarding)\b|People's Republic of China(?:\s*\([^()]*\))?$")
# "Opinions of the State Council on X" merges with "Opinions on X".
_ISSUER_IN_TITLE = re.compile(r"^(.*?\b(?:opinions|notice|circular|decision|measures|regulations|provisions))\s+of\s+"
                              r"the\s+.+?\s+(on|for|concerning)\s", re.I)
_TITLE_SUBJECT_OPENER = re.compile(r"关于|\s(?:on|for|concerning)\s")
_EN_DATE_PREPOSITIONS = frozenset({"on", "in", "at", "since", "from"})
# A comma inside a Title Case name: the capitalised list it opens closes with and/or before any lower-case word.
_EN_TITLE_LIST_TAIL = re.compile(r",\s+(?:[A-Z0-9][\w'’\-]*(?:\s+|,\s+)|(?:of|the|for|in|on)\s+){1,12}?(?:and|or)\s+[A-Z0-9]")
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "that", "its", "their", "such", "our", "his", "her"})
_ISSUING_WRAPPER_ZH = re.compile(r"关于(?:印发|发布|转发|公布)《")
# Sentences that name further issuers of the directive just mentioned: "The other issuing departments are ...".
# One pattern per cue, each with a word it cannot match without: a page lacking the word skips the scan (the
# "[Tt]he document" cue opens with a class, which is tried at every "t" of a page).
_CO_ISSUER_CUES = tuple((word, re.compile(p)) for word, p in (
    ("issuing", r"other\s+(?:co-?)?issuing\s+(?:departments|agencies|authorities|ministries|bodies|units|organi[sz]ations)\b"),
    ("co-issuer", r"co-issuers?\b"),
    ("document", r"[Tt]h(?:e|is)\s+document\s+(?:was|is)\s+(?:jointly\s+)?(?:issued|released|published)\s+by\b"),
    ("其他", r"其他(?:联合)?(?:印发|发文)(?:部门|单位)"), ("印发", r"印发(?:部门|单位)还?(?:包括|有|为|是)"),
    ("发文", r"发文(?:部门|单位)还?(?:包括|有|为|是)")))
_CO_ISSUER_REACH = 600
# "The plan was jointly issued by A, B and C": a lower-case nickname as the subject of an issuing passive.
_ISSUED_BY_SUBJECT = r"Th(?:is|ese|e)\s+(?:[a-z][\w\-]*\s+){{0,3}}?({heads})\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+" \
                     r"(?:jointly\s+)?(?:issued|released|published|promulgated|formulated)\s+by\b"
# 《规划》由A、B联合印发: the issuers stand between 由 and the verb.
_ZH_PASSIVE_BY = re.compile(r"[》”\"」)]*\s*(?:是|系|已)?(?:经)?由")
# A title naming what it issues: "关于印发《X》的通知", "Notice on Issuing X". Forwarding (转发) is not issuing.
# (the lookahead fails most positions at once: under IGNORECASE sre has no fast scan to a candidate)
# A notice forwarding another is its own release, by its own body ("关于转发《X》的通知")
FORWARDING = re.compile(r"(?=[转轉f])(?:转发|轉發|\bforwarding\b)", re.I)
# What an agency's name may be joined to a title by: 国务院办公厅《关于...》, "the State Council's Opinions".
_POSSESSIVE_GAP = frozenset({"", "的", "'s", "’s"})
_POSSESSIVE_GAP_STRIP = " \t《“\"‘「"
# A year span stated in parentheses right after a name or an ordinal: "(2021-2025)", "（2021—2025年）".
_PAREN_YEAR_SPAN = re.compile(r"\s*[(（]\s*((?:19|20)\d{2})\s*年?\s*[-–—~～至到]+\s*((?:19|20)\d{2})\s*年?\s*[)）]")
# "14th Five-Year Plan period (2021-2025)", "“十四五”时期（2021—2025年）": the ordinal, then the span it covers.
# Matched backwards from each year span, which is rare, so the page is not scanned for ordinals.
_ORDINAL_BEFORE_SPAN = re.compile(
    r"(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth))\s+Five[\s\-]Year(?:\s+Plan)?[”\"’]?(?:\s+(?:period|era))?$"
    r"|(十?[一二三四五六七八九]|十)五”?(?:规划)?(?:时期|期间)?$|第(十?[一二三四五六七八九]|十)个五年(?:规划)?(?:时期|期间)?$", re.I)
# One pattern per bracket: a pattern opening with one literal is scanned for it ~10 times faster than for a class.
_PAREN_YEAR_SPAN_STARTS = tuple(re.compile(rf"{bracket}\s*(?:19|20)\d{{2}}\s*年?\s*[-–—~～至到]") for bracket in (r"\(", "（"))
_ORDINAL_IN_TITLE = re.compile(
    r"(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth))[”\"’]?\s+Five[\s\-]Year"
    r"|(十?[一二三四五六七八九]|十)五(?![年个])|第(十?[一二三四五六七八九]|十)个五年", re.I)
_PLAN_TAIL = re.compile(r"\s*(?:plan|规划)$", re.I)
_EN_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                     "fourteenth fifteenth sixteenth").split()
# A title this far after its verb of issuing still belongs to it ("issued the ... Plan").
_VERB_REACH = 60
_DOC_NUMBER_REACH = 150
_DATE_AFTER_TITLE_REACH = 8
# A dateline ("中新网1月7日电", "Beijing, Nov 4 --") dates the report, not the directive.
_DATELINE_END = re.compile(r"\s*(?:[电電讯訊]|\(\w+\)\s*)?\s*(?:[电電讯訊]|--|—)")   # read on the original text


@dataclass
class _Candidate:
    start: int                 # normalised-view span of the name itself (no quotes)
    end: int
    title: str                 # as written in the original, quotes and pinyin glosses removed
    directive_type: str
    quoted: bool
    short: bool = False        # a nickname ("the Plan", 《规划》) to resolve, not a directive
    inner_of_wrapper: bool = False  # the instrument a "Notice on Issuing X" issues
    issuer_cue: bool = False   # a lower-case nickname found only as the subject of "... was issued by"


@dataclass
class _Group:
    mentions: list[_Candidate]
    short_names: list[str] = field(default_factory=list)
    nicknames: list[_Candidate] = field(default_factory=list)  # resolved to this group; they can name issuers too
    gloss_zh: str | None = None     # the Chinese title glossing an English one: "Medical Devices Act (醫療器材管理法)"

    @property
    def first(self) -> _Candidate:
        return self.mentions[0]


# ---------------------------------------------------------------- heads and types

def _zh_head(title_norm: str) -> str | None:
    """The head a Chinese title ends with, ignoring a trailing (试行)/(2025—2030年)."""
    core = _ZH_TRAILING_PARENTHETICAL.sub("", title_norm).strip()
    vocab = _vocabulary()
    if not core.endswith(vocab.zh_heads_longest_first):  # most quoted phrases are slogans: reject at once
        return None
    for head in vocab.zh_heads_longest_first:
        if core.endswith(head):
            if head == "法" and (len(core) < 2 or core[-2] in vocab.zh_not_law_before_fa):
                continue
            return head
    return None


def _zh_is_nickname(title_norm: str) -> bool:
    """Only a head, maybe after 该/本: 《规划》, 《工作方案》."""
    core = _ZH_TRAILING_PARENTHETICAL.sub("", title_norm).strip()
    vocab = _vocabulary()
    for prefix in vocab.zh_generic_prefixes:
        if core.startswith(prefix):
            core = core[len(prefix):]
    while core not in vocab.zh_heads and (modifier := next((m for m in vocab.zh_generic_modifiers if core.startswith(m)),
                                                           None)):
        core = core[len(modifier):]
    return core in vocab.zh_heads


def _en_words(title: str) -> list[str]:
    return _EN_WORD.findall(title)


def _en_head_of(title: str) -> tuple[str | None, list[str]]:
    """The head of the head phrase, the words before the first preposition, and the words before it.

    English noun phrases end in their head: "Drug List Adjustment Work Plan" is a plan."""
    vocab = _vocabulary()
    words: list[str] = []
    head, head_at = None, 0
    for word in _en_words(title):
        low = word.lower()
        if low in vocab.en_prepositions:
            break
        if low in vocab.en_heads:
            head, head_at = low, len(words)
        words.append(low)
    return head, words[:head_at]


def _en_type(title: str) -> str:
    head, _ = _en_head_of(title)
    return _vocabulary().en_heads[head] if head else "other"


@lru_cache(maxsize=8192)
def directive_type_of(title: str) -> str:
    """plan / opinions / notice / regulation / law / measures / guideline / standard / other."""
    if CJK.search(title):
        head = _zh_head(to_simplified(title))
        return _vocabulary().zh_heads[head] if head else "other"
    return _en_type(title)


def period_of(title: str) -> tuple[int | None, int | None]:
    """A year span written in the title ("(2025-2030)", "(2025—2030年)")."""
    m = _YEAR_SPAN.search(title)
    if not m:
        return None, None
    start, end = int(m.group(1)), int(m.group(2))
    return (start, end) if start < end <= start + 15 else (None, None)


@lru_cache(maxsize=8192)        # titles recur across mentions and pages
def _lacks_opener(title: str) -> bool:
    """Its head names an instrument only after an opening word the title lacks: "unhealthy practices"
    is no "Good ... Practice", "three points" no "Key Points"."""
    head, before = _en_head_of(title)
    opener = _vocabulary().en_opened_by.get(head)
    return opener is not None and opener not in before


def _en_is_nickname(words: list[str]) -> bool:
    """Only generic modifiers, counts and heads: "Implementation Plan", "Plan", "Opinions", "the 20 Measures"."""
    vocab = _vocabulary()
    return all(w.lower() in vocab.en_generic or w.lower() in vocab.en_heads or _COUNT.fullmatch(w) for w in words)


# ---------------------------------------------------------------- English title extension

def _en_tokens(norm: str, pos: int, max_tokens: int):
    """Tokens of one line from `pos`, as (token, start, end); read lazily since most titles stop early.
    (_EN_TOKEN's leading space stops at a line break, so it matches no further there.)"""
    for _ in range(max_tokens):
        m = _EN_TOKEN.match(norm, pos)
        if m is None:
            return
        yield m.group(1), m.start(1), m.end(1)
        pos = m.end()


def _extend_en_title(norm: str, pos: int, lenient: bool, max_tokens: int = 40) -> int:
    """End of a title continuing at `pos`.

    Title Case mode takes capitalised words, numbers, small function words, inner quotes,
    title parentheticals ("(Trial)", "(2025-2030)") and the commas of a capitalised list closed
    by and/or ("Drug Production, Circulation and Use"), stopping at the first lower-case content
    word. Lenient mode (lower-case titles) runs to clause punctuation or a clause word.
    """
    vocab = _vocabulary()
    end = pos
    tokens = _en_tokens(norm, pos, max_tokens)
    nxt = next(tokens, None)
    while nxt is not None:
        tok, s, e = nxt
        nxt = next(tokens, None)
        low = tok.lower()
        if tok.startswith("("):
            # (and a Title Case gloss before the title goes on: "Special Administrative Measures (Negative List) for";
            # a place in brackets inside a name too: "Several Measures of the China (Tianjin) Pilot Free Trade Zone")
            if not _TITLE_PARENTHETICAL.fullmatch(tok) and not (
                    _TITLE_CASE_GLOSS.fullmatch(tok) and nxt and (nxt[0].lower() in vocab.en_prepositions or (
                        " " not in tok and nxt[0][:1].isupper()))):
                break
            end = e
            if _YEAR_SPAN_AFTER.fullmatch(tok) and nxt and nxt[0] == "of":
                break   # the years it covers, then "of": "… Antimicrobials (2021-2025) of the Ministry of …" names its issuer
        elif tok[0] in "‘“\"":
            opening = tok[1:2] or (nxt[0][:1] if nxt else "")     # (the quote's first letter, in its token or the next)
            if not lenient and opening.islower() and norm[end:s].strip():
                break   # '... Manufacturing with "the same standard"': a quote of lower-case words after a function word
            end = e
        elif tok[0].isalnum():
            if low in _EN_DATE_PREPOSITIONS and nxt and (_DATE_WORD.match(nxt[0]) or nxt[0][:1].isdigit()):
                break  # "... Medical Devices on March 19": a date, not the title
            if low in ("and", "or") and not lenient and (other := _ANOTHER_TITLE.match(norm, e)) and \
                    vocab.en_head_word.search(other.group()):
                break  # "... of Medical Devices and the Vaccine Administration Law": the next title of a list
            if low in vocab.en_function_words:
                continue  # kept only if a content word follows
            if tok[0].isupper() or tok[0].isdigit():
                end = e
            elif lenient and low not in vocab.en_clause_words:
                end = e
            else:
                break
        elif tok == "," and not lenient and (tail := _EN_TITLE_LIST_TAIL.match(norm, s)) and not (
                vocab.en_head_word.search(norm, s, tail.end())):
            continue    # a list inside the name, not a list of names ("..., the Regulations for X and the Y Law")
        else:
            break
    return end


def _extend_en_left(norm: str, pos: int, capitalised: bool) -> int:
    """Start of the modifiers before a head: "Guiding Opinions", "Guangdong Action Plan"."""
    vocab = _vocabulary()
    start = pos
    for m in reversed(list(_EN_WORD.finditer(norm, max(0, pos - 120), pos))):
        abs_start = m.start()
        gap = norm[abs_start + len(m.group()):start]
        if gap.strip() or "\n" in gap:
            break
        word = m.group()
        low = word.lower()
        if low in _DETERMINERS or word.endswith(("'s", "’s")):
            break
        if capitalised and (not (word[0].isupper() or word[0].isdigit()) or low in vocab.en_finite_verbs):
            break
        if not capitalised and low not in vocab.en_generic:
            break
        start = abs_start
    return start


# ---------------------------------------------------------------- candidate finders

# A law's number after its name: "Health Law No. 17 of 2023" (Indonesia's laws are told by number and year)
_LAW_NUMBER_AFTER = re.compile(r" No\. ?\d{1,4} of (?:19|20)\d\d\b")


def _make(text: NormalizedText, start: int, end: int, quoted: bool, **kw) -> _Candidate | None:
    if not quoted and text.norm.endswith("Law", start, end) and (number := _LAW_NUMBER_AFTER.match(text.norm, end)):
        end = number.end()
    os_, oe = text.span(start, end)
    title = " ".join(strip_pinyin(text.original[os_:oe]).split()).strip(" ,.;:，。；：")
    title = _AMENDED_BEFORE.sub("", _LEADING_THE.sub("", title))
    if not title or (not CJK.search(title) and (_lacks_opener(title) or _UNIT_NAME.match(title))):
        return None
    return _Candidate(start, end, title, kw.pop("directive_type", None) or directive_type_of(title), quoted, **kw)


def _quoted_candidates(text: NormalizedText, quoted: list[re.Match], heads: list[_Hit]) -> list[_Candidate]:
    norm = text.norm
    out: list[_Candidate] = []
    for m in quoted:
        group = m.lastindex  # one group per alternative: the one that matched
        cs, ce = m.start(group), m.end(group)
        content = norm[cs:ce].strip().rstrip(".,;:，。；：").strip()
        if not content:
            continue
        cand = (_zh_quoted(text, m, cs, ce, content, bracket=group == 1) if CJK.search(content)
                else _en_quoted(text, m, cs, ce, content, heads))
        if cand:
            out.append(cand)
    return out


_AS_A_TOPIC = ("为题", "为主题")
_ZH_EDITION_AFTER = re.compile(r"[(（]((?:19|20)\d\d年(?:版|修订版|修订|修正))[)）]")
# ...or a document of that edition, written on after them: 《中国药典》2025年版编制大纲, 《中国药典》2020年版第一增补本
_ZH_EDITION_PART_AFTER = re.compile(r"(?:19|20)\d\d年版(?:(?:第[一二三四])?增补本|编制大纲|编制方案)")


# the kind of paper a title in 《》 without a head word names: a consultation document, a white paper
_ZH_PAPER_AFTER = re.compile(r"(?:公众)?(?:咨询|谘询)文件|白皮书|绿皮书")
# Macao's numbered statutes, their titles after the number: "第21/2025號行政法規《西藥註冊及上市許可制度》",
# "第11/2021號法律《…》" (whatever the title ends with)
_ZH_NUMBERED_STATUTE_BEFORE = re.compile(r"第\d{1,3}/\d{2,4}(?:/[mM])?号(?P<kind>行政法规|法律)$")


_ZH_STATUTE_HEADS = frozenset({"法", "条例", "规则", "准则", "细则", "办法", "规例"})


def _zh_quoted(text: NormalizedText, m: re.Match, cs: int, ce: int, content: str, bracket: bool) -> _Candidate | None:
    if _FIVE_YEAR_ORDINAL.match(content):
        return _zh_ordinal_plan(text, m)
    if _ZH_CLAUSE_PUNCTUATION.search(content) or not bracket and "," in content:
        return None     # (a comma, which the matching view writes as ",", in plain quotes: words quoted, not a title)
    head = _zh_head(content)
    if not head and bracket and _ZH_PAPER_AFTER.match(text.norm, m.end()):
        return _make(text, cs, ce, True, directive_type="other")    # 《建立医疗器械法定规管制度》咨询文件: a paper so named
    if not head and bracket and (statute := _ZH_NUMBERED_STATUTE_BEFORE.search(text.norm, max(0, m.start() - 16),
                                                                                m.start())):
        return _make(text, cs, ce, True, directive_type="regulation" if statute.group("kind") == "行政法规" else "law")
    if not head:
        return None
    if _zh_is_nickname(content):
        return _make(text, cs, ce, True, short=True)
    # In plain quotes short endings are often slogans ("高标准"); 《》 marks a title outright.
    if not bracket and len(content) < 6 and not content.startswith("关于") and not (
            text.norm.startswith("「", m.start()) and head in _ZH_STATUTE_HEADS and len(content) > 2):
        return None     # (but Taiwan and Hong Kong quote a statute's title in 「」: 「藥事法」第53條; 「加法」 is a sum)
    if not bracket and text.norm.startswith(_AS_A_TOPIC, m.end()):
        return None     # 以“X要点”为题授课: a lecture's topic, not a document
    # 《藥劑業及毒藥條例》（第138章）: a Hong Kong ordinance, cited by chapter, is primary legislation (its 規例 are not)
    ordinance = _ZH_CHAPTER_AFTER.match(text.norm, m.end()) and not content.endswith(("规例", "規例"))
    cand = _make(text, cs, ce, True, directive_type="law" if ordinance else None)
    if cand and (edition := _ZH_EDITION_AFTER.match(text.norm, m.end())):
        # 《中华人民共和国药典》（2025年版）: the edition, written after the brackets, is part of the title
        os_, oe = text.span(edition.start(1), edition.end(1))
        cand = replace(cand, title=f"{cand.title}（{text.original[os_:oe]}）")
    elif cand and (part := _ZH_EDITION_PART_AFTER.match(text.norm, m.end())):
        os_, oe = text.span(part.start(), part.end())
        title = f"{cand.title}{text.original[os_:oe]}"
        cand = replace(cand, title=title, directive_type=directive_type_of(title))
    return cand


def _zh_ordinal_plan(text: NormalizedText, m: re.Match) -> _Candidate | None:
    """“十四五”医药工业发展规划: the ordinal in quotes, the rest of the name after them."""
    run = _ZH_CONTINUATION.match(text.norm, m.end())
    if not run:
        return None
    chunk = run.group()
    cut = _ZH_FUNCTION_CHARS.search(chunk)
    chunk = chunk[:cut.start()] if cut else chunk
    for n in range(len(chunk), 0, -1):
        if _zh_head(chunk[:n]):
            return _make(text, m.start(), m.end() + n, True)
    return None


# one sentence ending and another starting inside a quotation: speech ("... came from. Now every buyer ...")
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def _en_quoted(text: NormalizedText, m: re.Match, cs: int, ce: int, content: str, heads: list[_Hit]
               ) -> _Candidate | None:
    norm = text.norm
    vocab = _vocabulary()
    if _FIVE_YEAR_ORDINAL.match(content):
        cont = _EN_ORDINAL_CONTINUATION.match(norm, m.end())
        if not cont:
            return None
        end = cont.end()
        if _EN_PREPOSITION_AFTER.match(norm, end):
            end = max(end, _extend_en_title(norm, end, lenient=True))
        return _make(text, m.start(), end, True)
    if not _head_within(heads, cs, ce) and not content.lower().endswith("planning"):
        return None  # quoted speech, not a name: no head word anywhere
    words = _en_words(_LEADING_THE.sub("", content))
    if not words or len(words) > 40 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return None
    lows = [w.lower() for w in words]
    if (any(w in _SENTENCE_VERBS for w in lows) or _SENTENCE_BREAK.search(content) or lows[0] in _SPEAKER_PRONOUNS) \
            and sum(w[0].islower() for w in words) > len(words) // 2:
        return None  # a quoted sentence ("Drug standards are the technical basis for ... regulation,"), or two
    core_last = _en_words(_TITLE_PARENTHETICAL.sub("", content))
    ends_with_head = bool(core_last) and core_last[-1].lower() in vocab.en_heads
    head_first = any(lows[i] in vocab.en_heads and lows[i + 1] in vocab.en_prepositions
                     for i in range(min(len(lows) - 1, 5)))
    if not (ends_with_head or head_first or lows[-1] == "planning"):
        return None
    if _en_is_nickname(words) or lows == ["planning"]:
        return _make(text, cs, ce, True, short=True, directive_type="plan" if lows[-1] == "planning" else None)
    end = ce
    after = m.end()
    paren = _PARENTHETICAL_AFTER.match(norm, after)
    if paren and _TITLE_PARENTHETICAL.fullmatch(paren.group(1)):
        end = paren.end()
    elif ends_with_head and (preposition := _EN_PREPOSITION_AFTER.match(norm, after)):
        # "14th Five-Year Plan" for Bio-economy Development: the name runs on past the quote.
        first = _WORD_START.match(norm, preposition.end())
        lenient = not (first and first.group(1).isupper())
        ext = _extend_en_title(norm, after, lenient=lenient, max_tokens=14)
        if ext > after:
            start = cs
            title = f"{text.original[slice(*text.span(cs, ce))].strip()} {' '.join(norm[after:ext].split())}"
            if _lacks_opener(title):
                return None
            return _Candidate(start, ext, _LEADING_THE.sub("", " ".join(title.split())),
                              directive_type_of(title), True)
    return _make(text, cs, end, True)


# A title naming where documents are kept: "the Laws and Regulations Database of the Republic of China"
_A_COLLECTION_AFTER = re.compile(r"\s+(?:Database|Portal|Website|Web\s+Site|Platform|Retrieval\s+System)\b")


def _english_candidates(text: NormalizedText, heads: list[_Hit]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in heads:
        found = _en_head_first(text, m)
        if found is None:
            found = _en_head_last(text, m)
        out.extend(c for c in found or () if not _A_COLLECTION_AFTER.match(text.norm, c.end))
    return out


def _en_head_first(text: NormalizedText, m: _Hit) -> list[_Candidate] | None:
    """ "Opinions on X", "Decision of the Y on X", lower-case "the opinions on deepening X".

    None when the head opens no title here, so it may still close one ("... Law of the PRC").
    """
    norm = text.norm
    vocab = _vocabulary()
    head = m.word
    if head.lower() in _SPAN_ONLY_HEADS:
        return None
    capitalised = head[0].isupper()
    after = _EN_AFTER_HEAD.match(norm, m.end)
    prep = after.group(2).lower() if after else ""
    if prep not in vocab.en_prepositions and not _IN_THE_FIELD.match(norm, m.end):
        return None     # (but "Guidelines in the Field of X" is one name, as Chinese titles put it: 领域)
    nxt = after.group(3)
    if _OF_THE_PERIOD.match(norm, m.end):
        return []       # "Notice of the Week", "Policy of the Month": a column's title
    gerund = nxt.lower().endswith("ing") and nxt.isalpha() or (
        nxt.lower().endswith("ly") and bool(_GERUND_NEXT.match(norm, after.end(3))))   # "on comprehensively deepening"
    if capitalised and (nxt[:1].isupper() or nxt[:1].isdigit() or (nxt.lower() == "the" and prep != "to")):
        lenient = False
    elif (gerund and prep != "to" and head.lower() not in vocab.en_opened_by  # GxP names are Title Case throughout
          and (capitalised or _preceded_by_the(norm, m.start) or _object_of_issuing(norm, m.start))):
        lenient = True
    else:
        return None
    numbered = bool(after.group(1)) and after.group(1).lstrip().startswith("No.")
    # ("Law No. 11/2021 on X": a numbered law is named from its head on)
    start = m.start if numbered else _from_opener(norm, _extend_en_left(norm, m.start, capitalised), m)
    if batch := _BATCH_OF_BEFORE.search(norm, max(0, start - 40), start):
        start = batch.start()   # "Third Batch of the List of Encouraged Generic Drugs": one batch, one directive
    if capitalised and _after_headline_verb(norm, start):
        return []
    if _GATHERING_ON.search(norm, max(0, start - 32), start):
        return []       # "2024 Seminar on Drug Regulation for Developing Countries": what a gathering is about
    end = _extend_en_title(norm, after.end(1) if numbered else m.end, lenient)
    cand = _make(text, start, end, False)
    if not cand or len(_en_words(cand.title)) < 3 or cand.title.isupper():
        return []
    if capitalised and not batch and (told := _BATCH_TOLD_BEFORE.search(norm, max(0, start - 40), start)):
        # "the second batch of the Catalogue of X": that batch, as its title writes it ("X (Second Batch)")
        cand = replace(cand, title=f"{cand.title} ({told.group(1).capitalize()} Batch)")
    if prep == "of" and not _OF_TITLE_SUBJECT.search(cand.title[len(head):]) and (
            _OF_ISSUER.match(cand.title, cand.title.find(head) + len(head)) or head.lower() == "regulation"):
        return None  # "Notice of the State Council" alone names no instrument, nor does "the Regulation of Drugs" (the
        # act); "List of Encouraged Generic Drugs", "Implementing Regulations of the Patent Law" name what they are of
    return [cand, *_issued_inner(text, cand)]


def _en_head_last(text: NormalizedText, m: _Hit) -> list[_Candidate]:
    """A Title Case name closed by its head ("Drug Administration Law"); "the Plan" is a nickname."""
    head = m.word
    if not head[0].isupper():
        return []
    # other heads close a name only before the years it covers: "Healthy China Action (2019-2030)"
    spanned = _YEAR_SPAN_AFTER.match(text.norm, m.end)
    vocab = _vocabulary()
    closing = head.lower() in vocab.en_closing_unquoted or spanned or (
        head.lower() in vocab.en_closing_after and _word_before(text.norm, m.start).lower() in vocab.en_closing_after[head.lower()])
    if not closing or _BODY_AFTER_HEAD.match(text.norm, m.end):
        return []
    start = _from_opener(text.norm, _extend_en_left_title_case(text.norm, m.start), m)
    if _after_headline_verb(text.norm, start):
        return []
    if _SCHOOL_NAME.search(text.norm, start, m.start):
        return []   # "East China University of Political Science and Law": a university, not a law
    if not spanned and head.lower() not in vocab.en_closing_unquoted and _SUBJECT_PREPOSITION.search(text.norm, start, m.start):
        return []   # "Seminar on Drug and Medical Device Regulation": the activity a name is about, not an instrument
    if _en_is_nickname(_en_words(text.norm[start:m.end])):
        short = _make(text, start, m.end, False, short=True) if _preceded_by_the(text.norm, start) else None
        return [short] if short else []
    end = m.end
    if head.lower() in vocab.en_closing_after and (subject := _TITLE_CASE_SUBJECT.match(text.norm, end)):
        end = _extend_en_title(text.norm, subject.end(), False)  # "Statistical Annual Report on Drug Regulation (2024)"
    paren = _PARENTHETICAL_AFTER.match(text.norm, end)
    if paren and _TITLE_PARENTHETICAL.fullmatch(paren.group(1)):
        end = paren.end()  # "Pharmacy and Poisons Ordinance (Cap. 138)", "... Law (Revised)"
    elif head.lower() in _YEAR_ENDED_HEADS and (year := _TITLE_YEAR_AFTER.match(text.norm, end)):
        end = year.end()   # "Pharmacy and Poisons (Amendment) Bill 2025"
    cand = _make(text, start, end, False)
    return [cand] if cand and not cand.title.isupper() else []


_SUBJECT_PREPOSITION = re.compile(r" (?:on|for|of) ")
_GATHERING_ON = re.compile(r"\b(?:Seminar|Workshop|Symposium|Forum|Conference|Dialogue|Training(?: Course| Program(?:me)?)?)"
                           r" (?:on|for) $")
_OF_THE_PERIOD = re.compile(r"\s+of\s+the\s+(?:Day|Week|Month|Year)\b")
_SCHOOL_NAME = re.compile(r"\b(?:University|College|Academy)\b")


def _word_before(norm: str, pos: int) -> str:
    words = _LETTERS.findall(norm, max(0, pos - 20), pos)
    return words[-1] if words else ""


def _extend_en_left_title_case(norm: str, pos: int) -> int:
    """Start of a Title Case name ending at a head: "Drug Administration Law".

    A comma is crossed inside a list the name closes with and/or ("2024 National Basic Medical
    Insurance, Maternity Insurance and Work Injury Insurance Drug List Adjustment Work Plan"),
    unless another head lies between ("Drug Administration Law, Vaccine Administration Law and ...").
    """
    vocab = _vocabulary()
    start = pending = pos
    if amended := _AMENDMENT_BEFORE.search(norm, max(0, pos - 40), pos):
        pending = amended.start()       # "Pharmacy and Poisons (Amendment) Bill": the name goes on before it
    list_closed = False
    for m in reversed(list(_EN_WORD.finditer(norm, max(0, pos - 150), pending))):
        word = m.group()
        gap = norm[m.end():pending].strip(" \"“”‘’")
        if "\n" in norm[m.end():pending] or (gap and not (gap == "," and list_closed and pending == start)):
            break
        low = word.lower()
        if low in _DETERMINERS or word.endswith(("'s", "’s")):
            break
        if low in vocab.en_function_words and not (word == "In" and norm.startswith(("Vitro ", "Vivo "), m.end() + 1)):
            list_closed = list_closed or low in ("and", "or")
            pending = m.start()
            continue        # ("In Vitro Diagnostic ..." opens with its Latin "In")
        if not (word[0].isupper() or word[0].isdigit()) or low in vocab.en_finite_verbs:
            break
        if low in vocab.en_closing_unquoted:
            list_closed = False
        start = pending = m.start()
    return start


def _from_opener(norm: str, start: int, m: _Hit) -> int:
    """A head needing an opener starts its name there ("Good Supply Practice", "Key Points"): the
    capitalised words before it belong to a headline ("Inspectors Check Pharmacies Against ...")."""
    opener = _vocabulary().en_opened_by.get(m.word.lower())
    if not opener:
        return start
    at = [w.start() for w in _EN_WORD.finditer(norm, start, m.start) if w.group().lower() == opener]
    if not at:
        return start
    pair = _PAIRED_BEFORE.search(norm, max(0, at[-1] - 40), at[-1])
    return pair.start(1) if pair else at[-1]    # "Diagnosis and Treatment Protocol": the opener's pair is of the name


# (after a lower-case word: "the Diagnosis and", not "Good Manufacturing and"; or the year the name opens on:
# "the 2023 Key Points for …")
_PAIRED_BEFORE = re.compile(r"\b[a-z]+ ([A-Z][a-z]+ and |(?:19|20)\d\d )$")


def _after_headline_verb(norm: str, pos: int) -> bool:
    """The name starts right after a capitalised finite verb: a headline's subject and verb came first."""
    m = _WORD_BEFORE_REVERSED.match(norm[max(0, pos - 30):pos][::-1])
    word = m.group(1)[::-1] if m else ""
    return bool(word) and word[0].isupper() and word.lower() in _vocabulary().en_finite_verbs


def _preceded_by_the(norm: str, pos: int) -> bool:
    words = _LETTERS.findall(norm, max(0, pos - 40), pos)
    vocab = _vocabulary()
    while words and words[-1].lower() in vocab.en_generic | {"modified", "latest", "recent"}:
        words.pop()
    return bool(words) and words[-1].lower() == "the"


_GERUND_NEXT = re.compile(r" [a-z]+ing\b")
_ISSUED_VERBS = frozenset({"issued", "released", "adopted", "unveiled", "published", "promulgated"})


def _object_of_issuing(norm: str, pos: int) -> bool:
    """The head is what an issuing verb took: "issued opinions on deepening X", "adopted an implementation plan on
    providing X" (a lower-case title needs this, or "the", before it)."""
    words = _LETTERS.findall(norm, max(0, pos - 60), pos)
    generic = _vocabulary().en_generic | {"a", "an", "new", "revised"}
    while words and words[-1].lower() in generic:
        words.pop()
    return bool(words) and words[-1].lower() in _ISSUED_VERBS


def _issued_inner(text: NormalizedText, wrapper: _Candidate) -> list[_Candidate]:
    """ "Notice on Issuing the X": X is a directive of its own."""
    seg = text.norm[wrapper.start:wrapper.end]
    m = _EN_ISSUING_WRAPPER.search(seg)
    if not m or not _vocabulary().en_head_word.search(seg[m.end():]):
        return []
    cand = _make(text, wrapper.start + m.end(), wrapper.end, False, inner_of_wrapper=True)
    return [cand] if cand else []


@lru_cache(maxsize=1)
def _issued_by_subject() -> re.Pattern:
    heads = "|".join(sorted(_vocabulary().en_heads, key=len, reverse=True))
    return re.compile(_ISSUED_BY_SUBJECT.format(heads=heads))


def _issued_by_nicknames(text: NormalizedText) -> list[_Candidate]:
    """ "The plan was jointly issued by ...": a nickname kept only for the issuers it names."""
    out = []
    for m in _issued_by_subject().finditer(text.norm):
        if m.start() and _is_word_char(text.norm[m.start() - 1]):
            continue
        cand = _make(text, m.start(1), m.end(1), False, short=True, issuer_cue=True)
        if cand:
            out.append(cand)
    return out


_LIST_NUMBER = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、．)）]\s*")


def _chinese_unbracketed(text: NormalizedText) -> list[_Candidate]:
    """关于...的意见/通知 without brackets, after a verb of issuing or opening a line."""
    norm = text.norm
    vocab = _vocabulary()
    out: list[_Candidate] = []
    for m in _ZH_GUANYU.finditer(norm):
        before = norm[max(0, m.start() - 12):m.start()]
        line_prefix = _ZH_LINE_PREFIX.search(norm, max(0, m.start() - 30), m.start())
        starts_line = line_prefix is not None and (line_prefix.start() == 0 or norm[line_prefix.start() - 1] == "\n")
        if before.endswith(vocab.zh_issue_lead) or any(before.endswith(v + "了") for v in vocab.zh_issue_lead):
            start = m.start()
        elif starts_line:
            prefix = line_prefix.group().lstrip()
            if prefix and prefix[0] in _LIST_BULLETS and _LINE_END.match(norm, m.end()):
                continue  # "· X关于...的通知" alone on its line: a link in a related-articles list
            if vocab.zh_issue_verb.search(prefix):
                start = m.start()  # a headline's subject and verb ("X等5部门印发") are not part of the title
            else:
                # (and a list's number: "1.国家药监局关于发布…的公告", one of a list of documents)
                start = m.start() - len(_LIST_NUMBER.sub("", prefix.lstrip(_LIST_BULLETS + " \t\u3000"), count=1))
        else:
            continue
        cand = _make(text, start, m.end(), False)
        if cand:
            out.append(cand)
    return out


# An official document's list of attachments, each item a document it issues: "附件：1.药品注册核查工作程序\n
# 2.药品注册核查要点与判定原则（药理毒理学研究）" (not a download's file name: "附件1.药品注册核查工作程序.docx")
_ATTACHMENT_ITEM = re.compile(r"^[ \t\u3000]*(?:附件[:：][ \t\u3000]*)?(?:\d{1,2}[.．、][ \t\u3000]*)?"
                              r"(?P<title>[^\n，。；：:、《》“”]{4,60}?)[ \t\u3000]*$", re.M)
_ATTACHMENTS_LABEL = re.compile(r"^[ \t\u3000]*附件[:：]", re.M)
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|zip|rar|xlsx?|wps|ofd)$", re.I)
# (nor a list a notice attaches: 不符合规定药品名单, 飞行检查问题清单, 品种目录(第二批))
_A_LIST = re.compile(r"(?:名单|清单|目录|名录|一览表|汇总表|情况表)(?:[(（][^()（）]{1,12}[)）])?$")


def _attachments(text: NormalizedText) -> list[_Candidate]:
    norm = text.norm
    out: list[_Candidate] = []
    for label in _ATTACHMENTS_LABEL.finditer(norm) if "附件" in norm else ():
        item = _ATTACHMENT_ITEM.match(norm, label.start())
        # the label's line, then the lines after it, up to one that is no item or opens another label
        while item:
            title = item.group("title")
            if not _FILE_NAME.search(title) and _zh_head(title) and not _A_LIST.search(title) and (
                    cand := _make(text, *item.span("title"), False)):
                out.append(cand)
            item = _ATTACHMENT_ITEM.match(norm, item.end() + 1)
            if item and _ATTACHMENTS_LABEL.match(norm, item.start()):
                break
    return out


# A law named without brackets ("现行精神卫生法于2012年通过", "审议医疗保障法草案", "依据药品管理法和疫苗管理法"): a
# name ending as laws do (…管理法, …防治法, …安全法), run back to where a clause or a citing verb opens it.
_ZH_LAW_ENDING = re.compile(r"(?:管理|防治|保护|促进|保障|安全|应对|检疫|卫生|医药|医师|献血|广告|价格|专利|商标|质量|标准化"
                            r"|反垄断|竞争|许可|处罚|保健|救助)法(?:修正草案|修订草案|[(（]修[订正]草案[)）]|草案|(?![治规律人院庭官制典学研系专课领]))")   # (not 竞争法研究中心, 卫生法学系)
_ZH_LAW_CUE = re.compile(r".*(?:现行|依据|根据|按照|对照|依照|参照|遵照|违反|实施|修改|修订|审议|通过|贯彻|落实|制定|出台|颁布|施行|学习|宣传|修正|提请"
                         r"|继续|初次|大陆|大陸|我国|我國|对|對|就|将|將|把|和|与|與|及|的|是|了|在|从|從|由"
                         r"|开展|召开|举行|座谈|围绕|聚焦|推进|启动|组织|委员会|常委会|关于|關於|检查|檢查|加大|宣传|普及|遵守|执行|适用|推动|配合|要"
                         r"|结合)")
# ("…常委会今年开展|药品管理法执法检查", "市疾控局关于|疫苗管理法", "要加大|疫苗管理法宣传", "并结合|医疗保障法立法进程")
_ZH_LAW_REACH = 12


def _chinese_bare_laws(text: NormalizedText, quotes: list[tuple[int, int]]) -> list[_Candidate]:
    norm = text.norm
    if "法" not in norm:
        return []
    out: list[_Candidate] = []
    for m in _ZH_LAW_ENDING.finditer(norm):
        start = m.start()
        while start > 0 and m.start() - start < _ZH_LAW_REACH and "\u4e00" <= norm[start - 1] <= "\u9fff":
            start -= 1
        if start > 0 and norm[start - 1] in "《「『〈":
            continue                    # a bracketed title, found as one
        if cue := _ZH_LAW_CUE.match(norm, start, m.start()):
            start = cue.end()           # "现行|精神卫生法", "继续审议|医疗保障法草案"
        if m.start() - start < 2 or any(qs <= start < qe for qs, qe in quotes):
            continue
        if cand := _make(text, start, m.end(), False, directive_type="law"):
            out.append(cand)
    return out


# ---------------------------------------------------------------- resolution

def _select(cands: list[_Candidate], quotes: list[tuple[int, int]]) -> list[_Candidate]:
    """Drop unquoted names nested in a longer one ("Drug Administration Law" inside the Regulations)
    or running across a quotation mark (half inside a quoted name, half outside)."""
    cands = [c for c in cands if c.quoted or not any(_crosses(c, q) for q in quotes)]
    cands = sorted(cands, key=lambda c: (c.start, -(c.end - c.start), not c.quoted))
    kept: list[_Candidate] = []
    for c in cands:
        inside = [k for k in kept if k.start <= c.start and c.end <= k.end]
        # (a name inside a lower-case title is its own: "the regulations for implementing the Drug Administration Law")
        if inside and not (c.quoted or c.inner_of_wrapper or all(k.title[:1].islower() for k in inside)):
            continue
        if any(k.start == c.start and k.end == c.end for k in inside):
            continue
        kept.append(c)
    return kept


def _strategies_with_plans(cands: list[_Candidate], text: NormalizedText) -> list[_Candidate]:
    """ "Hong Kong Strategy and Action Plan on Antimicrobial Resistance (2017-2022)": one instrument, its two heads
    found as two names."""
    out: list[_Candidate] = []
    for c in cands:
        last = out[-1] if out else None
        if last and not (last.quoted or c.quoted or last.short or c.short) and last.title.endswith(" Strategy") \
                and text.norm[last.end:c.start] == " and " and c.title.startswith(("Action Plan", "Plan")):
            out[-1] = replace(c, start=last.start, title=f"{last.title} and {c.title}")
            continue
        out.append(c)
    return out


def _crosses(c: _Candidate, quote: tuple[int, int]) -> bool:
    qs, qe = quote
    overlaps = c.start < qe and qs < c.end
    inside = qs < c.start and c.end < qe
    contains = c.start <= qs and qe <= c.end
    return overlaps and not inside and not contains


# Titles recur across mentions and pages; the key walks every character.
_directive_key = lru_cache(maxsize=8192)(directive_key)


@lru_cache(maxsize=8192)
def _merge_key(title: str) -> str:
    t = _LEADING_THE.sub("", title)
    t = _ISSUER_IN_TITLE.sub(r"\1 \2 ", t)
    t = _THE_PRC.sub("", t)     # "X of the People's Republic of China", 中华人民共和国X: the X named in full
    # "Regulations for the Implementation of X", "X Implementing Regulations": the "Implementing Regulations of X"
    # (the implementing rules first, so that their key never opens with X's own)
    t = _IMPLEMENTING_OF.sub(lambda m: f"Implementing {m.group('head') or m.group('head2') or m.group('head3')} of "
                                       f"{m.group('x') or m.group('x2')}", t)
    key = _directive_key(t)
    if "关于" in key and not _ISSUING_WRAPPER_ZH.search(t):
        key = key[key.index("关于"):]
    return key


_DRAFT_KEY = re.compile(r"draft|征求意见稿|草案")
_IMPLEMENTING_OF = re.compile(r"^(?:(?:(?P<head>Regulations|Rules|Provisions|Measures)\s+(?:for|on)\s+the\s+Implementation\s+of"
                              r"|Implementing\s+(?P<head2>Regulations|Rules|Provisions|Measures)\s+(?:of|for))\s+(?:the\s+)?"
                              r"(?P<x>.+)|(?P<x2>.+?)\s+Implementing\s+(?P<head3>Regulations|Rules|Provisions|Measures))$", re.I)
_THE_PRC = re.compile(r"^中华人民共和国|^中華人民共和國|\s+of\s+the\s+People['’]s\s+Republic\s+of\s+China(?=\s*(?:\(|$))")


def _names_the_prc(title: str) -> bool:
    """The title names the instrument in full (_THE_PRC); the pattern, tried at every position, runs only where
    its words are."""
    return ("人民共和" in title or "Republic" in title) and bool(_THE_PRC.search(title))


def _same_directive(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    # (a draft for comments is not the measures in force: "X (Revised Draft for Comments)", X（征求意见稿）)
    return long_.startswith(short) and len(short) >= 0.7 * len(long_) and not _DRAFT_KEY.search(long_, len(short))


_GLOSS_GAP = re.compile(r"[》」”\"]?\s*[(（]\s*(?:the\s+)?[《「“\"]?")


def _short_form(a: str, b: str) -> bool:
    """One English title is the other cut before its subject: "Good Supply Practice" and "Good Supply Practice for
    Pharmaceutical Products" (the same instrument named short and in full)."""
    short, long_ = sorted((a, b), key=len)
    return (long_.startswith(short) and long_.startswith((" for ", " of ", " on "), len(short))
            and short.rsplit(" ", 1)[-1].lower() in _vocabulary().en_heads and " " in short)


def _group(cands: list[_Candidate], norm: str) -> list[_Group]:
    groups: list[_Group] = []
    keys: list[str] = []
    # a defined term is a nickname wherever it is used after ("under the Device Regulations")
    terms = {_directive_key(c.title) for c in cands if not c.short and _defined_term(c, cands, norm)}
    if terms:
        cands = [replace(c, short=True) if not c.short and _directive_key(c.title) in terms else c for c in cands]
    previous: _Candidate | None = None
    for c in cands:
        if c.short:
            continue
        if previous and groups and bool(CJK.search(c.title)) != bool(CJK.search(previous.title)) \
                and _GLOSS_GAP.fullmatch(norm, previous.end, c.start):
            # one title glossed in the other language: "Medical Devices Act (醫療器材管理法)", 《…办法》（Measures for …）
            glossed = next(g for g in groups if previous in g.mentions)
            if CJK.search(c.title):
                glossed.gloss_zh = glossed.gloss_zh or c.title
                glossed.short_names.append(c.title)
                glossed.nicknames.append(replace(c, short=True))
            else:   # (named in English, its Chinese title the gloss)
                glossed.gloss_zh = glossed.gloss_zh or previous.title
                glossed.mentions.insert(0, c)
                glossed.short_names.append(previous.title)
            previous = None
            continue
        previous = c
        key = _merge_key(c.title)
        for g, k in zip(groups, keys):
            if _same_directive(key, k) or _short_form(c.title, g.mentions[0].title):
                g.mentions.append(c)
                break
        else:
            groups.append(_Group([c]))
            keys.append(key)
    defined: dict[str, _Group] = {}     # a nickname a title defines ("(SAMR Order No. 84, the "Measures")")
    for s in (c for c in cands if c.short):
        key = _directive_key(s.title)
        defining = None if key in defined else _defining_group(s, groups, norm)
        target = defined.get(key) or defining or _nickname_target(s, groups)
        if target is None:
            continue
        if defining is target:
            defined[key] = target
        target.nicknames.append(s)
        if not s.issuer_cue and s.title not in target.short_names:
            target.short_names.append(s.title)
    return groups


@lru_cache(maxsize=8192)
def _is_bare_five_year_plan(title: str) -> bool:
    """ "14th Five-Year Plan", “十四五”规划: the national plan named by its ordinal alone."""
    return bool(_FIVE_YEAR_ORDINAL.match(_PLAN_TAIL.sub("", title).strip(" “”\"'")))


# A defined term in brackets after a title, past its date or number: '... Filing (the "Current Measures")',
# '(State Council Order No. 739) (the "Device Regulations")', '... on January 3, 2025 (the "Reform Opinions")',
# '(NHSA Order No. 3, the "Pharmacy Measures")'
_DEFINED_TERM_GAP = re.compile(r"[^()（）\n\"“”]{0,40}(?:[(（][^()（）\n]{1,40}[)）]\s*)?[(（]\s*"
                               r"(?:[^()（）\n\"“”,，]{1,40}[,，]\s*)?(?:the\s+)?[\"“]$"     # ('(NHSA Order No. 3, the "Pharmacy Measures")')
                               # ...and in Chinese: 《X》（2022年第103号，以下简称“103号公告”）
                               r"|[》」”\"]?\s*[(（][^()（）\n]{0,30}?(?:以下简称|下称|简称)[“\"《「]$"
                               # ...or after the Chinese title glossing it: '(《药物警戒检查指导原则》, the "Inspection Guidelines")'
                               r"|》\s*[,，;；]\s*(?:the\s+)?[\"“]$", re.I)
_DEFINED_TERM_WORDS = 3


def _defined_term(c: _Candidate, cands: list[_Candidate], norm: str) -> bool:
    """A quoted name of a few words defined in brackets right after a title of its type is a nickname of it,
    whatever its words ("the Current Measures", "the Device Regulations"), not another directive."""
    if not c.quoted or len(c.title.split()) > _DEFINED_TERM_WORDS:
        return False
    before = [o for o in cands if o is not c and not o.short and o.end <= c.start and c.start - o.end <= 90]
    if not before:
        return False
    title = max(before, key=lambda o: o.end)
    return title.directive_type == c.directive_type and bool(_DEFINED_TERM_GAP.fullmatch(norm, title.end, c.start))


_DEFINITION_GAP = re.compile(r"\s*[(（][^()（）\n]{0,60}$|\s*[(（,，]?\s*(?:hereinafter(?:\s+referred\s+to\s+as)?|以下简称)[^\n]{0,12}$",
                             re.I)


def _defining_group(nick: _Candidate, groups: list[_Group], norm: str) -> _Group | None:
    """The directive whose title the nickname is defined right after, in brackets or "hereinafter"."""
    for g in groups:
        for m in g.mentions:
            if m.end <= nick.start <= m.end + 90 and (_DEFINITION_GAP.fullmatch(norm, m.end, nick.start)
                                                      or _DEFINED_TERM_GAP.fullmatch(norm, m.end, nick.start)):
                return g
    return None


def _nickname_target(nick: _Candidate, groups: list[_Group]) -> _Group | None:
    """The directive a nickname stands for: same type, preferably one whose title contains the
    nickname ("the Implementation Plan"), the one last mentioned before it, else the next one.
    A bare "14th Five-Year Plan" names the national plan, never a nickname's specific one."""
    pool = [g for g in groups if g.first.directive_type == nick.directive_type]
    pool = [g for g in pool if not _is_bare_five_year_plan(g.first.title)] or pool
    key = _directive_key(nick.title)
    pool = [g for g in pool if key in _directive_key(g.first.title)] or pool
    earlier = [(max(m.start for m in g.mentions if m.start < nick.start), i) for i, g in enumerate(pool)
               if g.first.start < nick.start]
    if earlier:
        return pool[max(earlier)[1]]
    return pool[0] if pool else None


# ---------------------------------------------------------------- attributes

def _norm_pos(text: NormalizedText, orig: int) -> int:
    return bisect.bisect_left(text.offsets, orig)


class _Context(NamedTuple):
    """Agencies an issuing sentence names for a mention, and whether its verb says issued (not only formulated)."""
    found: list[AgencyMention]
    sentence: tuple[int, int]
    issuing: bool


def _issuing_context(text: NormalizedText, c: _Candidate, mentions: list[AgencyMention], starts: list[int]
                     ) -> _Context | None:
    """Agencies said to issue `c` in its sentence; None without a verb of issuing.
    `starts` are the evidence starts of `mentions`, which are sorted by them."""
    vocab = _vocabulary()
    os_, oe = text.span(c.start, c.end)
    ss, se = text.sentence_bounds(os_, oe)
    ns, ne = _norm_pos(text, ss), _norm_pos(text, se)
    norm = text.norm
    reach = max(ns, c.start - _VERB_REACH - 30)  # a verb must end within _VERB_REACH; none is longer than 30
    # (not past a comma: "which the NMPA issued in 2019, and the Regulations ..." issues something else)
    verbs = [v for pattern in (vocab.en_issue_verb, vocab.zh_issue_verb) for v in pattern.finditer(norm, reach, c.start)
             if c.start - v.end() <= _VERB_REACH and not _CLAUSE_BREAK.search(norm, v.end(), c.start)
             and not _ZH_OBJECT_PASSED.search(norm, v.end(), c.start)]
    if verbs:
        verb = max(verbs, key=lambda v: v.start())
        lo, hi = ss, text.span(*verb.span())[0]
        issuing = verb.group().split()[-1].lower() not in vocab.authorship_verbs
        if verb.group() in _ZH_ADOPTED and c.directive_type not in _ADOPTED_AS_ISSUED:
            return None     # "国务院常务会议审议通过的《…行动计划》": a plan adopted, issued later by others
    elif passive := _EN_PASSIVE_BY.match(norm, c.end, ne):
        lo, hi = oe, se
        if later := vocab.en_issue_verb.search(norm, passive.end(), ne):
            hi = text.span(*later.span())[0]    # "..., to implement the X promulgated by SAMR": another's issuer
        issuing = passive.group(1).lower() not in vocab.authorship_verbs
        if _ADOPTED.fullmatch(passive.group(1)) and c.directive_type not in _ADOPTED_AS_ISSUED:
            return None
    elif which := _EN_WHICH_SUBJECT.match(norm, c.end, ne):
        lo, hi = text.span(which.start("who"), which.end("who"))
        issuing = which.group(2).lower() not in vocab.authorship_verbs
    else:
        return None
    found = [a for a in mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
             if not verbs or a.evidence.end <= hi]
    if verbs and (anaphor := _THE_BODY_SUBJECT.search(text.original, lo, hi)) \
            and not _NOT_THE_SUBJECT.search(text.original, anaphor.end(), hi) \
            and not text.original.endswith(("according to ", "According to "), lo, anaphor.start()):
        # "the administration and the Chongqing TCM bureau jointly released": the administration the page named before
        head = anaphor.group(1).lower()
        before = [a for a in mentions[:bisect.bisect_left(starts, anaphor.start())] if a.surface.lower().endswith(head)]
        counts = Counter(a.agency_id for a in before)     # the one the page is about: named most, then last
        named = max(reversed(before), key=lambda a: counts[a.agency_id], default=None)
        if named and named.agency_id not in {a.agency_id for a in found}:
            found = [named, *found]
    if not found and verbs and (count := _departments_counted(text.original[lo:hi])):
        found = _last_agencies_before(mentions[:bisect.bisect_left(starts, ss)], count)
    if len(found) > 1:
        found = _without_owners(text.original, found, hi)
    if found:
        excluded = [text.span(a.start(), a.end()) for a in _ATTRIBUTION.finditer(norm, ns, ne)]
        dateline = _DATELINE.match(norm, ns, ne)
        if dateline:
            excluded.append((ss, text.span(dateline.start(), dateline.end())[1]))
        found = [a for a in found if not any(x <= a.evidence.start < y for x, y in excluded)]
    return _Context(found, (ss, se), issuing)


def _without_owners(original: str, found: list[AgencyMention], verb: int) -> list[AgencyMention]:
    """Drop an agency named only as the owner of the unit that issues: "the CDE of the NMPA released",
    "国家药监局药品审评中心发布" (the unit, right before the verb, issued; its parent did not)."""
    owners: set[str] = set()
    units: set[str] = set()
    for unit, nxt in zip(found, found[1:]):
        if unit.agency_id == nxt.agency_id:
            continue
        gap = original[unit.evidence.end:nxt.evidence.start]
        if _OWNER_AFTER.fullmatch(gap):
            owners.add(nxt.agency_id)
            units.add(unit.agency_id)
        elif gap in ("", "的") and _ZH_UNIT_END.search(nxt.surface) and verb - nxt.evidence.end <= 4:
            owners.add(unit.agency_id)
            units.add(nxt.agency_id)
    return [a for a in found if a.agency_id not in owners - units]


def _departments_counted(subject: str) -> int | None:
    """N in "四部门已联合印发" / "the four departments issued": the subject counts agencies named before."""
    m = _COUNTED_DEPARTMENTS.search(subject)
    if not m:
        return None
    word = m.group(1) or m.group(2)
    return int(word) if word.isdigit() else _COUNT_WORDS.get(word.lower())


def _last_agencies_before(before: list[AgencyMention], count: int) -> list[AgencyMention]:
    """The last `count` different agencies named, when the text names that many."""
    picked: dict[str, AgencyMention] = {}
    for a in reversed(before):
        if a.agency_id not in picked:
            picked[a.agency_id] = a
        if len(picked) == count:
            return sorted(picked.values(), key=lambda a: a.evidence.start)
    return []


def _title_prefix_issuers(text: NormalizedText, c: _Candidate, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """Issuers named in the title itself: "Decision of the X on ...", "X关于印发...的通知"."""
    seg = text.norm[c.start:c.end]
    m = _TITLE_SUBJECT_OPENER.search(seg)
    if not m or m.start() == 0:
        return []
    os_, _ = text.span(c.start, c.end)
    limit = text.span(c.start + m.start(), c.start + m.start() + 1)[0]
    return [a for a in mentions if os_ <= a.evidence.start and a.evidence.end <= limit]


# After a directive's name, what leads to its date of issue: "…》于", "… were issued on "
_ISSUED_ON = re.compile(r"[\s》”\"'’)）]*(?:(?:已|是)?于|(?P<signed>的?(?:落款|成文|签发|印发)日期(?:为|是)?[:：]?)|(?P<en>,?\s(?:(?:was|were|had been|has been|is)\s+)?(?:officially\s+|"
                        r"jointly\s+|formally\s+|first\s+)?(?:issued|released|published|promulgated|unveiled)\s+on\s+))")
# Between a title and a date after it, what makes the date the day it applies: "，自2024年11月1日起施行",
# ", which will take effect on Nov 1"
_IN_FORCE_GAP = re.compile(r"自|施行|实施|effect|force|from\b")
# "In the <title>, (dated …,) the regulator ordered": the title opening its sentence, then who acts in it
_IN_THE_BEFORE = re.compile(r"(?:^|\n|\.\s|。)\s*(?:In|Under)\s+(?:the|its)\s+$")
_SUBJECT_AFTER_TITLE = re.compile(r"(?:\s*\([^()]{1,40}\))*\s*,(?:\s*(?:dated|issued|released|published)\s+[^,]{1,30},)?"
                                  r"(?P<who>\s*the\s+(?P<kind>regulator|administration|agency|commission|ministry|bureau)"
                                  r"|\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,8})\s+"
                                  r"(?:has\s+|also\s+)?(?:ordered|required|said|stated|set|called|asked|banned|demanded|"
                                  r"stipulated|made|decided|announced|cancelled|revoked)\b")
_ZH_ISSUE_AFTER_DATE = re.compile(r"(?:正式|联合)?(?:印发|发布|出台|公布|颁布)")


_VAGUE_AFTER_TITLE_REACH = 24


def _issued_date(dates: list[DateMention], sentence: tuple[int, int], sentence_text: str,
                 title: tuple[int, int]) -> date | None:
    """The date nearest before the title in its issuing sentence, else one right after it
    ("issued the Notice on X on March 19"); later dates are usually effective dates."""
    ss, se = sentence
    ts, te = title
    in_sentence = [d for d in dates if ss <= d.evidence.start < se and d.start_date
                   and not _DATELINE_END.match(sentence_text, d.evidence.end - ss)]
    before = [d for d in in_sentence if d.evidence.start < ts]
    vague = [d for d in dates if ss <= d.evidence.start < ts and d.kind == "vague"]
    if before and vague and vague[-1].evidence.start > before[-1].evidence.start:
        return None     # "昨天（4日）公布，…日前联合印发《X》": announced on the 4th, issued recently
    if any(d.kind == "vague" and te <= d.evidence.start <= te + _VAGUE_AFTER_TITLE_REACH for d in dates):
        return None     # "… to introduce the X, which was recently issued by …": the day before is the briefing's
    if before:
        return before[-1].start_date
    right_after = [d for d in in_sentence if te <= d.evidence.start <= te + _DATE_AFTER_TITLE_REACH
                   and not _IN_FORCE_GAP.search(sentence_text, te - ss, d.evidence.start - ss)
                   and not sentence_text.startswith("起", d.evidence.end - ss)]
    return right_after[0].start_date if right_after else None


def _possessive_issuers(text: NormalizedText, c: _Candidate, mention_ends: list[int],
                        mentions: list[AgencyMention]) -> list[AgencyMention]:
    """An agency joined to the title: 国务院办公厅《关于...的若干意见》, "the State Council's Opinions on X".

    `mention_ends` are the evidence ends of `mentions`, which are sorted by them."""
    os_, _ = text.span(c.start, c.end)
    lo, hi = bisect.bisect_left(mention_ends, os_ - 6), bisect.bisect_right(mention_ends, os_)
    return [a for a in mentions[lo:hi] if text.original[a.evidence.end:os_].strip(_POSSESSIVE_GAP_STRIP) in _POSSESSIVE_GAP]


def _zh_passive_issuers(text: NormalizedText, c: _Candidate, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """《规划》由A、B联合印发: the agencies between 由 and the verb of issuing."""
    by = _ZH_PASSIVE_BY.match(text.norm, c.end)
    if not by:
        return []
    _, se = text.sentence_bounds(*text.span(c.start, c.end))
    verb = _vocabulary().zh_issue_verb.search(text.norm, by.end(), min(_norm_pos(text, se), by.end() + 120))
    if not verb:
        return []
    lo, hi = text.span(by.end(), verb.start())[0], text.span(verb.start(), verb.end())[0]
    return [a for a in mentions if lo <= a.evidence.start and a.evidence.end <= hi]


@dataclass
class _Attribution:
    issuers: list[AgencyMention]       # the mentions stating them, in order of statement
    issued: date | None
    mentioned_at: list[int]            # original offsets of the group's mentions and nicknames


_ISSUED_ON_A_DAY = re.compile(r"于[^，。；,;]{2,14}日(?:正式|联合)?(?:印发|发布|出台|公布)|\b(?:was|were)\s+(?:officially\s+)?"
                              r"(?:issued|released|published)\s+on\s+", re.I)


def _stated_issuers(text: NormalizedText, g: _Group, mentions: list[AgencyMention], starts: list[int],
                    by_end: tuple[list[int], list], dates: list[DateMention],
                    forwarded: list[tuple[int, int]]) -> _Attribution:
    """Issuers stated wherever the directive is named: in its title, joined to it, and in every
    sentence around a mention or nickname that says who issued it (who formulated it only when no
    sentence says that). The date comes from the first such sentence."""
    stated = list(_title_prefix_issuers(text, g.first, mentions))
    authors: list[AgencyMention] = []
    issued: date | None = None
    dated = False
    for m in sorted(g.mentions + g.nicknames, key=lambda x: x.start):
        if any(fs <= m.start and m.end <= fe and (fs, fe) != (m.start, m.end) for fs, fe in forwarded):
            continue    # inside the title of a notice forwarding it: who forwards it did not issue it, nor then
        if not m.short:
            stated += _possessive_issuers(text, m, *by_end)
        stated += _zh_passive_issuers(text, m, mentions)
        ctx = _issuing_context(text, m, mentions, starts)
        if ctx is None:
            continue
        (stated if ctx.issuing else authors).extend(ctx.found)
        if not dated and not m.short or issued is None and m.short and _ISSUED_ON_A_DAY.search(
                to_simplified(text.original[slice(*ctx.sentence)])):
            # (a nickname's own sentence may give the day the first telling did not: "近日…印发了《X》（以下简称
            # 《行动方案》）… 研究制定了《行动方案》，已于3月28日正式印发")
            issued = _issued_date(dates, ctx.sentence, text.original[slice(*ctx.sentence)], text.span(m.start, m.end))
            dated = True
    if issued is None:
        issued = _issued_on_after(text, g.mentions + g.nicknames, dates)
    at = [text.span(m.start, m.end)[0] for m in g.mentions + g.nicknames]
    if not stated and not authors and not g.first.short:
        authors = _subject_after_in_title(text, g.first, mentions)
    return _Attribution(stated or authors, issued, at)


def _subject_after_in_title(text: NormalizedText, c: _Candidate, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """"In the Announcement on X (No. 6 of 2021), dated 14 January, the regulator ordered ...": the subject that
    acts in the directive it opens with is its issuer; "the regulator" (or "the administration") is the agency
    of that kind named last before the sentence."""
    norm = text.norm
    if not _IN_THE_BEFORE.search(norm, max(0, c.start - 12), c.start):
        return []
    os_, oe = text.span(c.start, c.end)
    ss, se = text.sentence_bounds(os_, oe)
    if text.original[ss:os_].strip() not in ("In the", "In its", "Under the"):
        return []
    subject = _SUBJECT_AFTER_TITLE.match(text.original, oe, se)
    if subject is None:
        return []
    kind = subject.group("kind")
    if kind is None:    # a name: the agency mentioned there, if it is one
        return [a for a in mentions if subject.start("who") <= a.evidence.start < subject.end("who")][:1]
    before = [a for a in mentions if a.evidence.end <= ss]
    for a in reversed(before):
        if kind in ("regulator", "agency") or kind in a.surface.lower() or kind in a.agency_id:
            return [a]
    return []


def _issued_on_after(text: NormalizedText, named: list[_Candidate], dates: list[DateMention]) -> date | None:
    """The date in "《行动计划》于2021年10月11日印发", "《方案》落款日期为5月29日", "The Provisions were issued on
    January 22, 2020", told of the directive or its nickname anywhere in the text."""
    by_start = {d.evidence.start: d for d in dates if d.start_date}
    for c in sorted(named, key=lambda x: x.start):
        on = _ISSUED_ON.match(text.norm, c.end)
        d = by_start.get(text.span(on.end(), on.end() + 1)[0]) if on else None
        if d and (on.group("en") or on.group("signed")
                  or _ZH_ISSUE_AFTER_DATE.match(text.norm, _norm_pos(text, d.evidence.end))):
            return d.start_date
    return None


def _add_co_issuers(text: NormalizedText, attributed: list[_Attribution], issuers: list[list[AgencyMention]],
                    mentions: list[AgencyMention]) -> None:
    """ "The other issuing departments are A, B and C" / 其他印发部门: every agency of that sentence
    also issued the directive named last before it."""
    norm = text.norm
    for cue in (m for word, pattern in _CO_ISSUER_CUES if word in norm for m in pattern.finditer(norm)):
        ss, se = text.sentence_bounds(text.span(cue.start(), cue.end())[0])
        before = [(at, gi) for gi, a in enumerate(attributed) for at in a.mentioned_at if ss - _CO_ISSUER_REACH <= at < ss]
        if before:
            issuers[max(before)[1]] += [a for a in mentions if ss <= a.evidence.start < se]


def _share_with_wrappers(groups: list[_Group], issuers: list[list[AgencyMention]]) -> None:
    """ "X关于印发《Y》的通知": whoever issues the notice issues Y, and the other way round."""
    for wi, w in enumerate(groups):
        if FORWARDING.search(w.first.title):
            continue
        for ii, inner in enumerate(groups):
            if ii != wi and any(wm.start <= im.start and im.end <= wm.end and (wm.start, wm.end) != (im.start, im.end)
                                for wm in w.mentions for im in inner.mentions):
                merged = list(dict.fromkeys(issuers[wi] + issuers[ii]))
                issuers[wi], issuers[ii] = merged, list(merged)


def _ordinal_number(m: re.Match) -> int | None:
    digits, word, zh, zh_long = m.groups()
    if digits:
        return int(digits)
    if word:
        return _EN_ORDINAL_WORDS.index(word.lower()) + 1
    return zh_int(zh or zh_long)


def _ordinal_periods(norm: str) -> dict[int, tuple[int, int]]:
    """Five-year ordinals the text ties to a span: "the 14th Five-Year Plan period (2021-2025)" -> {14: (2021, 2025)}."""
    found: dict[int, tuple[int, int]] = {}
    if "五" not in norm and "ive" not in norm:
        return found
    # a match holds no bracket after its first character, so the two scans' matches interleave
    for paren in sorted(m.start() for pattern in _PAREN_YEAR_SPAN_STARTS for m in pattern.finditer(norm)):
        span = _PAREN_YEAR_SPAN.match(norm, paren)
        ordinal = _ORDINAL_BEFORE_SPAN.search(norm[max(0, paren - 40):paren].rstrip())
        if span and ordinal:
            start, end = int(span.group(1)), int(span.group(2))
            if end - start == 4:
                found.setdefault(_ordinal_number(ordinal), (start, end))
    return found


def _period_in_text(text: NormalizedText, g: _Group, ordinal_periods: dict[int, tuple[int, int]]
                    ) -> tuple[int | None, int | None]:
    """A span written right after a mention ("《X》(2021-2025年)"), else the one the text gives the title's ordinal."""
    for m in g.mentions:
        after = _PAREN_YEAR_SPAN.match(text.norm, m.end + (1 if m.quoted else 0))
        if after:
            span = period_of(after.group())
            if span[0] is not None:
                return span
    if not ordinal_periods:
        return None, None
    ordinal = _ORDINAL_IN_TITLE.search(to_simplified(g.first.title))
    if ordinal and _ordinal_number(ordinal) in ordinal_periods:
        return ordinal_periods[_ordinal_number(ordinal)]
    return None, None


def _zh_doc_numbers(norm: str) -> list[tuple[int, int]]:
    """Spans of 国办发〔2016〕11号 and 国家市场监督管理总局令第58号.

    Searched back from each 号: a pattern opening with a run of hanzi would be tried at every hanzi of the page.
    """
    spans: list[tuple[int, int]] = []
    i = norm.find("号")
    while i >= 0:
        window_start = max(0, i - _ZH_DOC_NUMBER_REACH, spans[-1][1] if spans else 0)
        m = _ZH_DOC_NUMBER.search(norm, window_start, i + 1)
        if m and m.end() == i + 1:
            spans.append(m.span())
        i = norm.find("号", i + 1)
    return spans


def _en_doc_numbers(norm: str) -> list[tuple[int, int]]:
    """Spans of "Order of the X No. 58"; the word boundary is checked by hand, as a leading \\b slows the scan."""
    if "No." not in norm:  # every number has it, and most pages none: no need to stop at each "Order" or "Decree"
        return []
    return [m.span() for m in _EN_DOC_NUMBER.finditer(norm) if m.start() == 0 or not _is_word_char(norm[m.start() - 1])]


def _doc_numbers(text: NormalizedText, groups: list[_Group]) -> dict[int, str]:
    """Document numbers (国办发〔2016〕11号, "Order of ... No. 58") -> index of the group named just before."""
    found: dict[int, str] = {}
    spans = [(c.end, gi) for gi, g in enumerate(groups) for c in g.mentions]
    for start, end in _zh_doc_numbers(text.norm) + _en_doc_numbers(text.norm):
        before = [(e, gi) for e, gi in spans if e <= start and start - e <= _DOC_NUMBER_REACH]
        if not before:
            continue
        gi = max(before)[1]
        os_, oe = text.span(start, end)
        raw = text.original[os_:oe]
        number = " ".join(raw.split()) if not CJK.search(raw) else _ZH_DOC_NUMBER_LEAD.sub("", "".join(raw.split()))
        found.setdefault(gi, number)
    return found


def _build(text: NormalizedText, g: _Group, issuers: list[AgencyMention], issued: date | None, doc_number: str | None,
           ordinal_periods: dict[int, tuple[int, int]]) -> Directive:
    # named in full somewhere ("the Vaccine Administration Law of the People's Republic of China"): that name
    # (or with its subject: "Good Supply Practice for Pharmaceutical Products" after "Good Supply Practice")
    c = next((m for m in g.mentions if _names_the_prc(m.title)), None) or next(
        (m for m in g.mentions if len(m.title) > len(g.first.title) and _short_form(g.first.title, m.title)), g.first)
    short_names = tuple(g.short_names) + ((g.first.title,) if c is not g.first and g.first.title != c.title else ())
    if (batch := _BATCH_SUFFIX.search(c.title)) and c.title[:batch.start()] not in short_names:
        short_names += (c.title[:batch.start()],)     # as the text writes it: "the second batch of the X"
    start, end = period_of(c.title)
    if start is None:
        start, end = _period_in_text(text, g, ordinal_periods)
    return Directive(
        title=c.title,
        evidence=text.evidence_norm(c.start, c.end),
        title_zh=c.title if CJK.search(c.title) else g.gloss_zh,
        directive_type=c.directive_type,
        period_start_year=start,
        period_end_year=end,
        issued_date=issued,
        doc_number=doc_number,
        issuer_ids=tuple(dict.fromkeys(a.agency_id for a in issuers)),
        short_names=short_names,
        issuer_evidence=tuple(_first_evidence(issuers).items()),
    )


def _first_evidence(issuers: list[AgencyMention]) -> dict[str, Evidence]:
    """Each issuer's first stating mention."""
    found: dict[str, Evidence] = {}
    for a in issuers:
        found.setdefault(a.agency_id, a.evidence)
    return found


_CONTENT_WORD = re.compile(r"[a-z][a-z-]{3,}")


def _described_again(cands: list[_Candidate]) -> list[_Candidate]:
    """Drop a lower-case title that describes a Title Case one on the page ("issued a guideline on comprehensively
    deepening the reform of drug regulation" and the "Opinions on Comprehensively Deepening the Reform of Drug ...
    Regulation"): most of its words, and four at least, are that title's."""
    lower = [c for c in cands if c.title[:1].islower()]
    if not lower:
        return cands
    named = [set(_CONTENT_WORD.findall(c.title.lower())) for c in cands if c.title[:1].isupper()]
    dropped = set()
    for c in lower:
        words = set(_CONTENT_WORD.findall(c.title.lower()))
        if words and any(len(words & n) >= max(4, 0.6 * len(words)) for n in named):
            dropped.add(id(c))
    return [c for c in cands if id(c) not in dropped]



# A practice named bare, never with what it governs ("implementation of Good Manufacturing Practice (GMP)", "2023 Good
# Manufacturing Practice inspections"): the practice itself, no one instrument (named with it, it is: "Good Supply
# Practice" after "Good Supply Practice for Pharmaceutical Products"; and "Good Pharmacovigilance Practice" is the
# regulation's own name)
_BARE_PRACTICE = re.compile(r"(?:(?:19|20)\d\d\s+)?Good\s+(?:Manufacturing|Supply|Distribution|Clinical|Agricultural|Laboratory|"
                            r"Storage)\s+Practices?", re.I)


def find_directives(text: NormalizedText, language: str, agency_mentions: list[AgencyMention],
                    dates: list[DateMention], registry: AgencyRegistry, publisher: str | None = None) -> list[Directive]:
    """One Directive per distinct named instrument in the document, in order of first mention.

    `language` and `registry` are unused: both scripts are searched on every page (English
    pages quote Chinese titles), and issuers come from the agency mentions already resolved.
    `publisher`, the page's source, is named by no instrument: a law firm's name ("Harbourview Law") reads as a law's.
    """
    quoted = list(_QUOTED.finditer(text.norm))
    quotes = [m.span() for m in quoted]
    heads = _en_head_hits(text.norm)
    found = (_quoted_candidates(text, quoted, heads) + _english_candidates(text, heads) + _chinese_unbracketed(text)
             + _chinese_bare_laws(text, quotes) + _attachments(text))
    cands = _described_again(_strategies_with_plans(_select(found, quotes), text) + _issued_by_nicknames(text))
    # (nor the national plan named by its ordinal alone, "实施“十四五”规划承上启下的关键之年", "during the 14th Five-Year
    # Plan": a period more than a document, which analysts list at most as optional)
    cands = [c for c in cands if not _is_bare_five_year_plan(c.title)
             and not (publisher and c.title.casefold() == publisher.casefold())]
    groups = [g for g in _group(cands, text.norm) if not all(_BARE_PRACTICE.fullmatch(m.title) for m in g.mentions)]
    if not groups:
        return []       # one page in five: none of the scans for attributes below is needed
    numbers = _doc_numbers(text, groups)
    mentions = sorted(agency_mentions, key=attrgetter("evidence.start"))
    ends_sorted = sorted(mentions, key=attrgetter("evidence.end"))
    by_end = ([a.evidence.end for a in ends_sorted], ends_sorted)
    starts = [a.evidence.start for a in mentions]
    forwarded = [(m.start, m.end) for g in groups if FORWARDING.search(g.first.title) for m in g.mentions]
    attributed = [_stated_issuers(text, g, mentions, starts, by_end, dates, forwarded) for g in groups]
    issuers = [list(a.issuers) for a in attributed]
    _add_co_issuers(text, attributed, issuers, mentions)
    _share_with_wrappers(groups, issuers)
    ordinal_periods = _ordinal_periods(text.norm)
    return [_build(text, g, issuers[gi], attributed[gi].issued, numbers.get(gi), ordinal_periods)
            for gi, g in enumerate(groups)]
