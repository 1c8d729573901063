"""Named people with the title and affiliation this document gives them.

A name only counts when something marks it as a person: a title next to it ("Deputy Director
of X", 副局长徐景和, "Vice Mayor Xu Hui"), an honorific, a speaker label, a byline cue
(记者, "Reporter") or a speech verb. A title before or after a list of names belongs to every
name of the list ("deputy commissioners A, B and C", 副局长甲、乙、丙). Transliterated foreign
names keep their middle dot (琼·雷恩) and are one person. Later bare repeats of an accepted
full name become extra mentions of the same person; surname-only references ("Li said")
never create one. Titles are stored in English (Chinese titles through data/titles.yaml).
"""
from __future__ import annotations

import bisect
import collections
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple, Protocol

from pipelines.extract.model import AgencyMention, PersonMention
from pipelines.extract.resources import load_lines, load_yaml
from pipelines.extract.text import NormalizedText, standard_simplified, trie_pattern


class Registry(Protocol):
    def lookup(self, name: str) -> str | None: ...

    def lookup_key(self, name: str) -> list[str]: ...   # ids listed under exactly this name, wherever they serve


# ------------------------------------------------------------------ data

@lru_cache(maxsize=1)
def wire_services() -> frozenset[str]:
    """The news agencies a report may quote from (Xinhua, China News Service): a party to no event, the employer
    of the reporters its datelines credit."""
    return frozenset(load_yaml("event_triggers.yaml").get("not_organizers", ()))


def _lines(name: str) -> list[str]:
    return list(load_lines(name))


def _alternation(words: list[str]) -> str:
    """Longest first, so 副局长 wins over 局长 and "Deputy Director" over "Director"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _loose_caseless_trie(words: list[str]) -> str:
    """`_alternation(words)` for a pattern matched without regard to case, a space or a hyphen between words
    standing for either ("vice-minister" for "Vice Minister", "Director General" for "Director-General"): as a
    trie, which tries the words matching at a place longest first too, with a third less pattern to compile
    ("Deputy Director" and "Deputy Commissioner" share their "Deputy ")."""
    return trie_pattern({w.lower().replace("-", " ") for w in words}).replace(r"\ ", "[ -]")


def _single_characters_as_class(words: list[str]) -> str:
    """`_alternation(words)` with its one-character words folded into one class, tried after the longer
    words as there: the same matches, with one class test where hundreds of alternatives were tried in turn
    (~3x faster). Only for a pattern that does not open with it: one that does is scanned for its first
    characters at C speed, which a class among the alternatives would prevent."""
    ordered = sorted(set(words), key=len, reverse=True)
    single = "".join(re.escape(w) for w in ordered if len(w) == 1)
    return "|".join([re.escape(w) for w in ordered if len(w) > 1] + ([f"[{single}]"] if single else []))


def _capitalised_alternation(words: list[str]) -> str:
    """`_alternation` of lower-case words matched without regard to case but only when written with
    a capital: the alternatives grouped under their capital, matched as written. A pattern that opens
    with literals is scanned at C speed from capital to capital; a lookahead "(?=[A-Z])" is tried at
    every character. (A word that starts with anything but an ASCII letter can have no capital.)"""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        if w[:1].isascii() and w[:1].isalpha():
            groups.setdefault(w[0].upper(), []).append(re.escape(w[1:]))
    return "|".join(f"{capital}(?i:{'|'.join(rests)})" for capital, rests in groups.items())


class _AfterOneOf(NamedTuple):
    """A pattern that starts at the text's start or right after one of some characters, `(?:^|(?<=[…]))body`, written
    with that character as its first: sre scans for a pattern's first character at C speed, where it tries one that
    opens with a lookbehind or `^` at every position (~2x faster). The same matches, but for their start."""
    at_start: re.Pattern   # the body
    after: re.Pattern      # the character, then the body

    def finditer(self, text: str) -> Iterator[re.Match]:
        first = self.at_start.match(text)
        if first:
            yield first
        pos = first.end() - 1 if first else 0
        while m := self.after.search(text, pos):
            yield m
            pos = m.end() - 1      # (a match's last character may be the one the next starts after)


def _after_one_of(characters: str, body: str) -> _AfterOneOf:
    return _AfterOneOf(re.compile(body), re.compile(characters + body))


@dataclass(frozen=True)
class _Lexicon:
    en_titles: dict[str, str]          # lower-case title (also with hyphens as spaces) -> canonical form
    en_title_words: int                # the most words a title has
    zh_titles: dict[str, str]          # state titles -> English
    zh_party: dict[str, str]           # Party posts -> English
    implied_agency: dict[str, str | list[str]]   # title -> its body, or bodies: the first a page names, else the last
    office_titles: dict[str, dict[str, str]]   # 医务卫生局 -> {局长: Secretary for Health}
    en_offices: dict[str, tuple[str, str]]     # "secretary for health" -> (Secretary for Health, 医务卫生局)
    stopwords: frozenset[str]
    zh_places: frozenset[str]          # provinces and prefecture-level cities, short and full: "代表宁夏参加" names no one
    pinyin_surnames: frozenset[str]
    ambiguous_surnames: frozenset[str]  # surnames that are also English words ("He", "An")
    zh_japanese_surnames: frozenset[str]  # 近藤, 武见: a given name of two characters follows
    # compiled patterns
    en_title_start: re.Pattern
    en_title_qualified: re.Pattern
    en_title_word: re.Pattern
    en_speech_after: re.Pattern
    en_byline: re.Pattern
    zh_titled: re.Pattern
    zh_titled_transliterated: re.Pattern
    zh_titled_rare: re.Pattern        # a title, then a name of a rare surname that is also a word (副省长时清霜，)
    zh_titled_latin: re.Pattern
    zh_titled_spaced: re.Pattern
    zh_named_group: _AfterOneOf
    zh_leaders: re.Pattern
    zh_clear_end: re.Pattern
    zh_salutation: re.Pattern
    zh_salutee: re.Pattern
    zh_name_title_speaks: _AfterOneOf
    zh_body_name_title: re.Pattern
    zh_after_body: re.Pattern
    zh_title_at_end: re.Pattern
    zh_list_item: re.Pattern
    zh_name_then_title: re.Pattern
    zh_title_after_name: re.Pattern  # the titles of zh_name_then_title alone: a cheap look for whether to scan
    zh_only_after_name: dict[str, str]  # titles read only after a name (议员) -> English
    zh_cued: _AfterOneOf
    zh_foreign_cued: re.Pattern
    zh_byline: re.Pattern
    zh_speaker_line: re.Pattern
    zh_appositive: re.Pattern
    zh_appointed: re.Pattern
    zh_name_then_posts: re.Pattern
    zh_contact_line: re.Pattern
    zh_cue_start: re.Pattern
    zh_next_word: re.Pattern        # a word starting at a name's third character (陈刚|共同, 王刚|和副市长)
    en_byline_roles: dict[str, str]
    zh_byline_roles: dict[str, str]


# Characters that end an organisation or phrase, never part of a given name.
_ZH_NOT_GIVEN = set("省市县区委局部厅署院司处办室科组队会站所馆校网报社厂店业的了是与及等将就为于年月日时表说称也并又还都已到向从以把被让给由这那其之者们记员任读"
                    "湿副幕切某释")   # (温湿度: temperature and humidity; 周副院長: a title's deputy, no given name; 署长于开幕致词:
                                    # "at the opening", no 于开幕; 回应委员关切: the members' concerns; 院长王某: a name
                                    # withheld; 發言人解釋: the spokesman explained)
# Prepositions that end a name even as its third character (陈静对…, 王刚在…); mid-name they
# occur (文在寅), so only the last place is barred; nor does a name end in a day word split by its date (欧阳瑜今（18）日).
_ZH_BYLINE_HEADINGS = frozenset({"简介", "单位", "信息", "邮箱", "电话"})   # 作者简介, 作者单位: headings, no author
_ZH_FORMS_OF_ADDRESS = frozenset({"女士", "先生", "小姐", "老师", "同志", "教授", "博士", "医生", "师傅"})
# Surnames left out of surnames.txt for being everyday words (时间, 成为, 平衡), read only between a title and a comma
_ZH_RARE_SURNAMES = "时成衡麻常"
# (a full name of three only right after what a title ends on: 成 opens many words, 完成, 形成)
_RARE_SURNAME_NAME = re.compile(rf"[{_ZH_RARE_SURNAMES}](?:[\u4e00-\u9fff]{{1,2}}?(?=[,、(]|一行)"
                                rf"|(?<=[长任记员理官师事席授监人][{_ZH_RARE_SURNAMES}])[\u4e00-\u9fff]{{2}})")
_ZH_RARE_GIVEN = set("为向以业者年员科其")   # ...but they do name people (丁向阳, 李大为, 郑成业, 王者雄, 刘兆年, 姚高员, 龙玉其),
                                        # where the name's end is clear (and 苏博科, a foreigner's name in characters)
# Characters Chinese writes Mongolian, Tibetan and Uyghur names with (巴特尔, 孟根巴雅尔, 次仁多吉, 买买提·艾力 without its
# dot): such a name has no surname, so it is read only whole, of three or more of these, right after a title.
_ZH_TRANSLITERATED = ("巴特尔图乌力吉额敦孟根雅其格那顺斯琴苏和宝音达赉朝鲁敖布赫木伦娜仁吉日嘎拉阿坦毕哈呼德勒白查干满都胡恩"
                      "扎西次多旦增平措顿珠卓玛央金姆桑索朗普尼洛强边罗旺堆宗瓦益贡群培曲珍青丹欧琼才让杰南"
                      "买提艾热合曼不克亚孜古丽努江别肯依沙汗")
_ZH_MID_GIVEN = set("时")            # ...and 时 ends a phrase ("讲话时") but stands inside full names (陈时飞, 李时珍)
_ZH_BEFORE_FOREIGN = "对与和向同在了及、给跟"
_ZH_NOT_LAST = set("对在今昨")
# traditional variants OpenCC leaves as they are
_ZH_VARIANTS = str.maketrans("衞", "卫")
# what may stand before a Hong Kong or Macao office's name (香港特区政府医务卫生局)
_SAR_PREFIX = re.compile(r"(?:香港|澳门)?(?:特别行政区|特区)?(?:政府)?")
# The middle dots that join the parts of a transliterated foreign name (琼·雷恩).
_DOTS = "·•・‧∙."     # (the last: a full-width ．, folded; the patterns want a hanzi on both sides)
# (a pinyin ü or a European name's accented letter is a lower-case letter of the word: Lü Yun, José, Jovanović)
_LOWER = "a-zà-öø-ÿ\u0100-\u017f"
_EN_TOKEN = (rf"[A-Z](?:[{_LOWER}]+(?:['’](?!s\b)[{_LOWER}]+)?|['’][A-Z][{_LOWER}]+)"
             rf"(?:-[A-Za-z][{_LOWER}]+)?")   # (Ma'u, O'Brien)
# a capitalised word; a dot belongs to it only after an initial or an honorific (Mr. Ms. Mrs. Dr. Prof.)
# (possessive: a word given back could only be followed by another word character, never the space a run
# needs, so backtracking into it, tried at every capital, finds nothing)
# (and "Md." or "Mohd.", Mohammad shortened, which is part of the name: "Md. Kamrul Hasan")
_EN_RUN_WORD = r"[A-Z](?:(?:(?<=M)(?:rs|r|s|d|ohd)|(?<=D)r|(?<=P)rof)?\.|[\w'’&-]*+)"
# runs of two or more capitalised words (one word cannot hold a name); the left edge is checked
# in Python because a lookbehind here would make the scan three times slower
_EN_RUN = re.compile(rf"{_EN_RUN_WORD}(?: {_EN_RUN_WORD})+")
_EN_RUN_GLUED = re.compile(r"[\w'’.-]")
# the lower-case particles of Portuguese, Spanish, Dutch or German surnames ("Lula da Silva", "van der Berg")
_EN_PARTICLES = r"(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|ter)"
_EN_PARTICLE_TAIL = re.compile(rf"(?: {_EN_PARTICLES}){{1,2}} [A-Z][a-z]+"
                               r"(?:-[A-Z][a-z]+)?(?![\w-]|['’](?!s\b))")     # (a possessive may follow: "Lula da Silva's")
_EN_PARTICLE_BEFORE_CAPITAL = re.compile(rf" {_EN_PARTICLES} [A-Z]")
_EN_GIVEN_THEN_PARTICLE = re.compile(r"\b[A-Z][a-z]+" + _EN_PARTICLE_TAIL.pattern)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]* $")
# whom an envoy is sent to, between the title and the name ("Ambassador to China Marcos Galvao")
_SENT_TO = re.compile(r" to (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}$")
_EN_NAME_TOKEN = re.compile(rf"{_EN_TOKEN}|[A-Z]\.?|M(?:oh)?d\.")
# (Hong Kong's legislators: "the Hon Yeung Siu-ming"; its officials: "Miss Vivian Lau")
_HONORIFIC = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Hon)\.?")
_HONORIFIC_BEFORE = re.compile(rf"\b{_HONORIFIC.pattern} $")
# A quotation's speaker after it: '"Demand is strong," said Li Na, a manager with ...'
_SAID_BEFORE = re.compile(r"[,”\"]\s*(?:said|says|added|noted)\s+$")
# "Zhang Hongqiang, an official with the X, told the press conference" (or a relative clause: "Lam Ka-yee, who has
# been living in Zhuhai, said")
_APPOSITIVE_THEN_SPEECH = re.compile(r",\s+(?:also\s+)?(?:an?|the|who)\s+[^,;.\n]{3,100},\s+(?:has\s+|had\s+|also\s+)?"
                                     r"(?:said|says|told|added|noted|stressed|explained|warned|attended|spoke|lectured|presented"
                                     r"|briefed|introduced|delivered|gave|shared|reported)\b")
# "Lim Chee Keong of the NPRA, and officials ... attended", "Lin Qiong of the X Association called for ..."
_AFFILIATION_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|under)){0,12}"
                                r"|(?:provincial|municipal|city|national)\s+[a-z]+)"
                                r"(?:\s*,|\s+(?:also\s+)?(?:said|says|told|called|noted|added|stressed|urged|attended|spoke|warned"
                                r"|took\s+part|joined|participated|accompanied)\b)")
# "X, a participant from the Y Administration," / "X, a representative of the Y Bureau,"
_ROLE_OF_BODY_AFTER = re.compile(r", an? (?:participant|representative|delegate|member|trainee|official|staff member|researcher)"
                                 r" (?:from|of|at) (?:the )?(?P<body>(?:[A-Z][\w'’&-]*(?: (?:of|and|for|the))?\s?){1,10}),")
_MONTH_GIVEN_NAMES = frozenset({"April", "May", "June", "August"})
_VIETNAMESE_SURNAMES = frozenset({"Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo",
                                  "Duong", "Ly", "Phan", "Truong", "Dinh", "Doan"})
# a given name written in pinyin ("Jianguo", "Jin-ping"): whole syllables only
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)")
_PINYIN_GIVEN = re.compile(rf"{_PINYIN_SYLLABLE}(?:[-']?{_PINYIN_SYLLABLE})*", re.I)
_PARTY = re.compile(r"\bparty\b|\bCPC\b|\bcommunist\b", re.I)
_AT_PLACE = re.compile(r"\b[Aa]t $")
_EN_PREP = re.compile(r"\s+(?:of|at|in|with)\s+")
_OF_AT_FOR = re.compile(r" (?:of|at|for) ", re.I)
_OF_THE_END = re.compile(r"\b(?:of|the|for)$")
# The lead of an Arabic name before its particle: "Hamad bin Saleh Al-Ansari"
_ARABIC_LEAD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+ (?:bin|bint|ibn) $")
_PORTFOLIO = re.compile(r"[A-Z][a-z]+(?:(?:,|,? and) [A-Z][a-z]+)*")
_MINISTER = re.compile(r"(?:Vice |Deputy |Assistant )?Minister")
_ORG_HEAD = re.compile(r"\b(?:Ministry|Administration|Department|Division|Bureau|Commission|Committee|Council|Office|Agency"
                       r"|Authority|Government|Institute|Cent(?:er|re)|Association|Organi[sz]ation)\b", re.I)
_ORG_BREAK = re.compile(r"[,;:()]|\.(?:\s|$)")
_ORG_TRIM = re.compile(r"^(?:the|China's|China’s)\s+|\s*\([A-Z]{2,}\)$|\s+of China$")
# capitalised words right before a title: a possessive owner ("CFDA's") or a qualifier ("MIIT", "Egyptian")
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w&-]*(?: [A-Z][\w&-]*)*)(?P<possessive>['’]s)? $")
# a name in Chinese script glossing the English one: "Zhang Wei (张伟)"
_DASH_THEN = re.compile(r" [–—] ")
_NATIVE_NAME_GLOSS = re.compile(r" ?[(（][\u4e00-\u9fff·]{2,8}[)）]")
# "the <office>, [honorific] " ending right before a name
_THE = re.compile(r"(?<!\w)[Tt]he ")
# a bare mayor's or governor's government: the ids it may have, tried in turn; and how a page writes its own city's
_MAYOR = ("city-", "prov-beijing-", "prov-tianjin-", "prov-shanghai-", "prov-chongqing-")
_GOVERNING_TITLES = {**dict.fromkeys(("Mayor", "Vice Mayor", "Deputy Mayor", "Acting Mayor", "Executive Vice Mayor"), _MAYOR),
                     **dict.fromkeys(("Governor", "Vice Governor", "Deputy Governor", "Acting Governor",
                                      "Executive Vice Governor"), ("prov-",))}
_OWN_GOVERNMENT_OPENERS = ("市", "m", "M")     # 市政府, "municipal government"
_TO_COUNTRY = re.compile(r"\s+to\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)")
_FOR_PORTFOLIO = re.compile(r"\s+for\s+((?:the\s+)?[A-Z][\w-]*(?:,?\s+(?:and\s+|the\s+)?[A-Z][\w-]*)*)")
_FOR_THE = re.compile(r"\s+for\s+the\s+(\w+)\s*$")
# "spokesperson for the administration", "the bureau's director": the agency of that kind the page named before
_ANAPHORIC_ORGS = frozenset({"administration", "bureau", "commission", "ministry", "department", "agency", "office",
                             "authority", "committee", "council", "centre", "center"})
_APPOSITIVE_HONORIFIC = r"(?:(?:Professor|Prof\.?|Dr\.?|Mrs?\.?|Ms\.?|Miss|Madam) )?"
_APPOSITIVE_BEFORE = re.compile(rf"(?P<position>[^,;\n]{{3,120}}), {_APPOSITIVE_HONORIFIC}")
_APPOSITIVE_TAIL = re.compile(rf", {_APPOSITIVE_HONORIFIC}$")
_POSSESSIVE = re.compile(r"['’]s\b")
_TITLE_OPENERS = "([{\"'“‘—–-/|"
_PHRASE_END = re.compile(r"[,;\n]|\.(?:\s|$)")
# a portfolio goes on past its comma: "Minister of Health, Labour and Welfare"
_PORTFOLIO_ENDS = re.compile(r"\bof [A-Z][a-z]+$")
_PORTFOLIO_GOES_ON = re.compile(r", (?:[A-Z][a-z]+, )*[A-Z][a-z]+,? and [A-Z][a-z]+(?=[,;.)]| [a-z]| [A-Z][a-z]+ [A-Z])")
# names listed after a group of people: "Officials of the CDE's Office of International Cooperation, including Wang Lu"
_INCLUDING_AFTER_GROUP = re.compile(r"\b(?:officials|experts|representatives|delegates|members|staff|leaders|executives"
                                    r"|scholars|guests|speakers|participants)\b[^.;\n]{0,120}, including $", re.I)
_AND = re.compile(r" and (?=\S)")
_NAME_NEXT = re.compile(r" [A-Z][a-z]")
_LIST_GAP = re.compile(r",? and |, ")
_LIST_LEAD = re.compile(r"([^,;.\n]+), $")
_LABEL_COLON = re.compile(r"[ \t]*[:：][ \t]*")
_WORD_OR_DASH = re.compile(r"[\w-]")
_ZH_ORG_LEAD = re.compile(r"^[请由是在据和与及并对经]+")
_ZH_ORG_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,30}$")
# what the name of `zh_titled_latin` needs somewhere in the text
_LATIN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z'-]+")
# what a Chinese organisation name ends with (局, 委, 公司, 集团, 大学...); a phrase ending otherwise
# ("市长王刚和") is no organisation
_ZH_ORG_SUFFIX = set("局部委厅院会署办司处心所室组站府校馆社团学行业药厂店报台网")


# Countries that are also given names, left out of the stopwords the country names give
_COUNTRIES_ALSO_GIVEN_NAMES = frozenset({"Jordan", "Israel", "Georgia", "Chad", "Malta", "Chile", "India"})


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    titles = load_yaml("titles.yaml")
    cues = load_yaml("people_cues.yaml")
    en_titles = {t.lower(): t for t in titles["english"]}
    for t in titles["english"]:
        en_titles.setdefault(t.lower().replace("-", " "), t)
        en_titles.setdefault(t.lower().replace(" ", "-"), t)     # "Vice-Mayor", "Deputy-Director"
    japanese = _lines("surnames_japanese.txt")
    surnames = _lines("surnames.txt") + japanese
    surname = f"(?:{_alternation(surnames)})"                       # opening a pattern (scanned for at C speed)
    # anywhere else, after an anchor or a lookbehind too (no such scan starts there; sre compiles the class faster too)
    surname_after = f"(?:{_single_characters_as_class(surnames)})"
    zh_all = {**titles["chinese"], **titles["chinese_party"]}
    after_name = titles["chinese_after_name"] + list(titles["chinese_only_after_name"])
    zh_title = f"(?:{_alternation(list(zh_all))})"
    cjk = r"[\u4e00-\u9fff]"
    # (a bare capitalised "Deputy" before a capitalised word opens a title the list lacks: "Vice Minister of
    # Commerce and Deputy China International Trade Representative"; "a deputy to the NPC" is one)
    en_title = f"(?:{_loose_caseless_trie(titles['english'])})s?(?!(?<=(?-i:Deputy)) (?-i:[A-Z]))"
    zh_cues = cues["zh_after"]
    strong_cues = [c for c in zh_cues if len(c) > 1]
    zh_cue_start = rf"(?:{_alternation(zh_cues + cues['zh_name_followers'])}|{zh_title}|[^\u4e00-\u9fff]|$)"
    # 琼·雷恩: parts joined by a middle dot, the last one ending where a name may end
    # (a part after a dot runs to the cue, but not past a conjunction: "普通·蒙帕和陈文顺分别代表…" is two people)
    zh_foreign = rf"{cjk}{{1,6}}(?:[{_DOTS}](?:(?![和与及])[\u4e00-\u9fff]){{1,8}}?)+(?={zh_cue_start})"
    zh_name = rf"(?:{zh_foreign}|{surname_after}{cjk}{{1,2}})"
    en_byline_roles = {c.lower(): "reporter" for c in cues["byline_reporter_en"]}
    en_byline_roles |= {c.lower(): "editor" for c in cues["byline_editor_en"]}
    zh_byline_roles = {c: "reporter" for c in cues["byline_reporter_zh"]}
    zh_byline_roles |= {c: "editor" for c in cues["byline_editor_zh"]}
    zh_byline_roles |= {c: "official" for c in cues["label_official_zh"]}
    divisions = load_yaml("divisions.yaml")
    # (and the cities abroad whose names read as a person's: "visited São Paulo and Brasília", "Kuala Lumpur")
    stopwords = frozenset(_lines("people_name_stopwords.txt")) | {
        c["en"] for c in divisions["abroad_cities"] if " " in c["en"]} | {
        # (and the countries, but for those that are also given names: "Ambassador to Cambodia Liang Hong", "said
        # Saudi Arabia welcomes …")
        c["en"] for c in load_yaml("agency_countries.yaml")["countries"] if c["en"] not in _COUNTRIES_ALSO_GIVEN_NAMES}
    pinyin_surnames = frozenset(_lines("people_pinyin_surnames.txt"))
    return _Lexicon(
        en_titles=en_titles,
        en_title_words=max(len(t.split()) for t in en_titles),
        zh_titles=titles["chinese"],
        zh_party=titles["chinese_party"],
        implied_agency=titles["implied_agency"],
        office_titles=titles["office_titles"],
        en_offices={en.lower(): (en, office) for office, by_title in titles["office_titles"].items()
                    for en in by_title.values()},
        stopwords=stopwords,
        zh_places=frozenset(name for d in divisions["provinces"] + divisions["cities"] for name in (d["zh"], d["full"])),
        pinyin_surnames=pinyin_surnames,
        ambiguous_surnames=stopwords & pinyin_surnames,
        zh_japanese_surnames=frozenset(japanese),
        # "Deputy Director of X", "the bureau's deputy director"
        en_title_start=re.compile(
            rf"(?:the |a |an )?(?:(?P<owner>[^\s,;:()]+(?: [^\s,;:()]+){{0,3}}?)['’]s )?"
            rf"(?:(?:former|then|acting|retired|global) )?(?P<title>{en_title})\b",    # ("former deputy director of X")
            re.I),
        # "Egyptian Minister of Health", "MIIT vice minister": capitalised words that are no title
        en_title_qualified=re.compile(
            rf"(?:the |a |an )?(?P<qualifier>(?!{en_title}\b)(?-i:[A-Z])[\w&.-]*(?:['’]s)?"     # ("Pakistan's Federal Minister")
            rf"(?: (?!{en_title}\b)(?-i:[A-Z])[\w&.-]*){{0,3}}(?: \((?-i:[A-Z]{{2,8}})\))?) (?P<title>{en_title})\b", re.I),
        # ("the World Health Organization (WHO) Representative in China")
        en_title_word=re.compile(rf"(?P<title>{en_title})\b", re.I),
        en_speech_after=re.compile(
            rf",? (?:has |had |also |then |later )?(?:{_alternation(cues['en_speech'])})\b"),
        # a byline cue opens a line or a bracket: "(Reporter Wang Wanying)", "Author: Mianmian Wang";
        # the name after it may be written in lower case ("Edit:Yao jue"); the cue is capitalised
        en_byline=re.compile(
            rf"(?P<cue>{_capitalised_alternation(list(en_byline_roles))})(?i:[ \t]*[:：]?[ \t]*"
            rf"(?P<name>{_EN_TOKEN} (?:[A-Z]\.? )?[A-Za-z][a-z]+)(?![\w'’-]))"),
        # the title chain may be set off from the name by a space (新闻发言人 王明)
        # (a bracketed portfolio may follow the title: 助理署长（药物）黄咏嘉)
        zh_titled=re.compile(rf"(?P<chain>{zh_title}(?:、{zh_title})*)(?!会)(?:[(（][^()（）\n]{{1,8}}[)）])?[ \t]?(?P<name>{zh_name})"),
        # a name without a surname after a title, read whole: 主任委员巴特尔作了…, 副主任孟根巴雅尔、李秀兰、张国庆
        zh_titled_transliterated=re.compile(rf"(?P<chain>{zh_title}(?:、{zh_title})*)(?!会)"
                                            rf"(?P<name>[{_ZH_TRANSLITERATED}]{{3,6}}?(?={zh_cue_start}|、)"
                                            # (two, before what a person does: 主任旺堆作工作报告; not 多次)
                                            rf"|[{_ZH_TRANSLITERATED}]{{2}}(?<!次)(?=作|表示|指出|强调|介绍|主持|讲话|致辞))"),
        # (or, a full name of three, before what a person does: 副局长常继乐共同为…揭牌)
        zh_titled_rare=re.compile(rf"(?P<chain>{zh_title}(?:、{zh_title})*)(?P<name>[{_ZH_RARE_SURNAMES}]{cjk}{{1,2}}?)"
                                  rf"(?=[,、(]|一行|(?<=[{_ZH_RARE_SURNAMES}]{cjk}{{2}})(?:{_alternation(strong_cues)}))"),
        # a foreign name in Latin letters after a Chinese title (主席Rui Santos Ivo)
        zh_titled_latin=re.compile(rf"(?P<chain>{zh_title}(?:、{zh_title})*)[ \t]?"
                                   rf"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z'-]+){{1,3}})(?![A-Za-z'-])"),
        # a speaker list pads a two-character name to three with a space: "四川省中医药管理局副局长　罗　敏"
        zh_titled_spaced=re.compile(rf"(?P<chain>{zh_title}(?:、{zh_title})*)[ \t]+(?P<surname>{surname_after})[ \t]"
                                    rf"(?P<given>{cjk})[ \t]*$", re.M),
        zh_clear_end=re.compile(rf"[^\u4e00-\u9fff]|$|{_alternation(strong_cues)}"),
        # names listed before 等专家: "丁健、王晓东、陈凯先等专家围绕…进行了研讨" (a list of two or more)
        zh_named_group=_after_one_of(r"[，。；：:“\s,;]", rf"(?P<list>{surname_after}{cjk}{{1,2}}"
                                                         rf"(?:、{surname_after}{cjk}{{1,2}}){{1,8}})"
                                                         rf"等(?:专家|学者|院士|嘉宾|代表|负责人|领导)"),
        # (a rare surname too: the label says names follow, 省领导时光辉、谭炯)
        zh_leaders=re.compile(rf"(?:{_alternation(cues['leaders_zh'])})(?P<name>(?:{surname_after}|[{_ZH_RARE_SURNAMES}]){cjk}{{1,2}})"),
        # a speech's opening line, people greeted by name and post: "林文健署长、范鸿龄主席、各位嘉宾："
        zh_salutation=re.compile(rf"^[ \t\u3000]*(?:{surname_after}{cjk}{{1,2}}?{zh_title}[、，,])+[^\n]{{0,40}}[:：][ \t]*$",
                                 re.M),
        zh_salutee=re.compile(rf"(?P<name>{surname}{cjk}{{1,2}}?)(?P<title>{zh_title})(?=[、，,:：])"),
        # a sentence (or clause) opening on a name, then its post, then speech (Taiwan's and Hong Kong's order): "莊宜蓁署長表示",
        # "林宗翰副署長也提醒"
        # (after its body's short name too: "食藥署吳秀梅署長致詞時表示", "食藥署醫療器材及化粧品組吳正寧組長補充說明")
        zh_name_title_speaks=_after_one_of(
            r"[。；;！？\n，,]", rf"[ \t\u3000]*(?:{cjk}{{1,12}}?[署局部厅委组])?(?P<name>{surname_after}{cjk}{{1,2}}?)"
                               rf"(?P<chain>{zh_title})(?=(?:也|并|还|亦|则|进一步|随即)?"
                               rf"(?:{_alternation(strong_cues + ['说明', '提醒', '答复', '回应'])}))"),
        # ...or after its body's short name, with another beside it: "由食藥署吳秀梅署長與國衛院司徒惠康院長代表雙方簽署"
        # (a plain class first: sre scans for it fast, where a lookbehind would be tried at every position)
        zh_body_name_title=re.compile(rf"[由与和及、，,](?:{cjk}{{1,8}}?[署局部厅委组院])(?P<name>{surname_after}{cjk}{{1,2}}?)"
                                      rf"(?P<chain>{zh_title})(?=[与和及、，,]|代表|共同)"),
        # ...or right after any body the page names, whatever follows: "衛生福利部薛瑞元部長今日上午視察" (a body's last
        # character first, then the name: `_chinese_people` keeps it only where an agency's mention ends)
        # (not a post's word inside a noun: 国务院卫生主管部门)
        zh_after_body=re.compile(rf"[署局部厅委组院办会府)）](?P<name>{surname_after}{cjk}{{1,2}}?)(?P<chain>{zh_title})"
                                 rf"(?!部门|单位|机构|机关|人员|工作)"),
        zh_title_at_end=re.compile(rf"(?:{zh_title})[ \t]?$"),
        zh_list_item=re.compile(rf"、(?P<name>{surname_after}{cjk}{{1,2}})"),
        zh_name_then_title=re.compile(rf"(?P<name>{surname}{cjk}{{2}})(?P<title>{_alternation(after_name)})"),
        zh_title_after_name=re.compile(_alternation(after_name)),
        zh_only_after_name=titles["chinese_only_after_name"],
        # (after no hanzi, or after 的, U+7684: "以及九州通好药师大药房的王冬梅先后发言")
        zh_cued=_after_one_of(r"[^\u4e00-\u7683\u7685-\u9fff]",
                              rf"(?P<name>{surname_after}{cjk}{{1,2}})(?=(?:{_alternation(strong_cues)}))"),
        zh_foreign_cued=re.compile(rf"(?<!{cjk})(?P<name>{zh_foreign})(?=(?:等|一行)?(?:{_alternation(strong_cues)}))"),
        zh_byline=re.compile(rf"(?P<cue>{_alternation(list(zh_byline_roles))})[ \t]*[:：/]?[ \t]*"
                             rf"(?P<name>{surname_after}{cjk}{{1,2}})"),
        zh_speaker_line=re.compile(rf"^[ \t]*(?:{cjk}*?{zh_title})?(?P<name>{surname_after}{cjk}{{1,2}})[ \t]*[:：]", re.M),
        # a sentence opening on a name set off by its post: "沈嘉禾，恒信律师事务所合伙人，主要执业领域为…"
        zh_appositive=re.compile(rf"(?:^|(?<=[。；;]))[ \t\u3000]*(?P<name>{surname_after}{cjk}{{1,2}})[，,]"
                                 rf"(?P<chain>[^，,。；;：:\n]{{0,30}}?{zh_title})(?=[，,。；;])", re.M),
        # an appointment or removal, the post after the names: "任命施子海、李滔为国家医疗保障局副局长", "免去X的…副主任职务"
        zh_appointed=re.compile(rf"(?:任命|免去|提名)(?P<list>{surname_after}{cjk}{{1,2}}(?:、{surname_after}{cjk}{{1,2}})*)"
                                rf"(?:同志)?[为的](?P<chain>[^，,。；;：:、\n]{{0,30}}?{zh_title})(?=职务|[，,。；;\n])"),
        # a leaders page's line: the name, then its posts ("王志刚　省市场监督管理局党组成员，省药品监督管理局党组书记、局长")
        zh_name_then_posts=re.compile(rf"^[ \t]*(?P<surname>{surname_after})[ \t]?(?P<given>{cjk}{{1,2}})[ \t]+"
                                      rf"(?P<chain>[^\n。；;]{{0,60}}?{zh_title})[ \t]*$", re.M),
        # a press release's contact lines, name then post: "发言人：庄明哲　副署长", "业务联络人：药品组　李怡君　科长"
        zh_contact_line=re.compile(rf"^[ \t]*(?:新闻)?(?:发言人|业务联络人|联络人|联系人)[ \t]*[:：][ \t]*(?:[^\s:：]{{2,10}}[ \t]+)?"
                                   rf"(?P<surname>{surname_after})(?P<given>{cjk}{{1,2}})[ \t]+(?P<chain>{zh_title})[ \t]*$", re.M),
        zh_cue_start=re.compile(zh_cue_start),
        zh_next_word=re.compile(rf"{_alternation([c for c in zh_cues + cues['zh_name_followers'] if len(c) > 1])}"
                                rf"|(?:{_alternation([c for c in cues['zh_name_followers'] if len(c) == 1])}){zh_title}"),
        en_byline_roles=en_byline_roles,
        zh_byline_roles=zh_byline_roles,
    )


# ------------------------------------------------------------------ shared helpers

@dataclass
class _Found:
    name: str
    start: int                         # norm offsets of the name
    end: int
    title: str | None = None
    agency_id: str | None = None
    affiliation: str | None = None
    role: str = "official"
    chain: str | None = None           # the Chinese title chain as written (副局长)


def _has_dot(name: str) -> bool:
    return any(d in name for d in _DOTS)


class _Agencies:
    """Agency mentions (original offsets) indexed for span queries, plus the cached registry fallback."""

    def __init__(self, text: NormalizedText, mentions: list[AgencyMention], registry: Registry):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.evidence.start)
        self.starts = [m.evidence.start for m in self.mentions]
        # reach[i]: the furthest end among the first i+1 mentions, so one bisect answers "any overlap?"
        self.reach = list(itertools.accumulate((m.evidence.end for m in self.mentions), max))
        self.by_end: dict[int, AgencyMention] = {}
        for m in self.mentions:        # sorted by start: the first kept per end is the longest
            self.by_end.setdefault(m.evidence.end, m)
        self.registry = registry
        self.looked_up: dict[str, str | None] = {}

    @cached_property
    def named(self) -> frozenset[str]:
        """The agencies the page names."""
        return frozenset(m.agency_id for m in self.mentions)

    def covers(self, norm_start: int, norm_end: int) -> bool:
        s, e = self.text.span(norm_start, norm_end)
        i = bisect.bisect_left(self.starts, e)
        return i > 0 and self.reach[i - 1] > s

    def first_within(self, norm_start: int, norm_end: int) -> str | None:
        """The first agency in the span, passing over possessive owners: in "the NHSA's Department
        of X" the title belongs to the department."""
        s, e = self.text.span(norm_start, norm_end)
        within = [m for m in self.mentions[:bisect.bisect_left(self.starts, e)] if m.evidence.end > s]
        for m in within[:-1]:
            if not _POSSESSIVE.match(self.text.original, m.evidence.end):
                return m.agency_id
        return within[-1].agency_id if within else None

    def ending_at(self, norm_pos: int) -> str | None:
        """The mention that ends right where a Chinese title chain starts (国家药监局|副局长)."""
        pos = self.text.span(norm_pos, norm_pos + 1)[0]
        ending = [m for m in map(self.by_end.get, (pos - 1, pos, pos + 1)) if m and m.evidence.start < pos]
        return min(ending, key=lambda m: m.evidence.start).agency_id if ending else None

    def headed_in_sentence(self, norm: str, norm_pos: int, body: str) -> str | None:
        """The last agency its sentence named before the position whose name ends with `body` (署): "食藥署於…召開…，
        由署長林泰宏主持" — a bare 署長 heads it."""
        sentence_start = max(norm.rfind(c, 0, norm_pos) for c in "。！？\n") + 1
        return self.headed_before(norm_pos, body, since=self.text.span(sentence_start, sentence_start + 1)[0])

    def headed_before(self, norm_pos: int, body: str, since: int = 0) -> str | None:
        """The last agency named before the position (and not before `since`, an original offset) whose Chinese name
        ends with `body` (署 of 署長)."""
        pos = self.text.span(norm_pos, norm_pos + 1)[0]
        for m in reversed(self.mentions[:bisect.bisect_left(self.starts, pos)]):
            if m.evidence.start < since:
                break
            if standard_simplified(m.surface).endswith(body):
                return m.agency_id
        return None

    def named_before(self, norm_pos: int, head: str) -> str | None:
        """The last agency before the position whose English name ends with `head`: "spokesperson for the
        administration" speaks for the administration the page named."""
        pos = self.text.span(norm_pos, norm_pos + 1)[0]
        for m in reversed(self.mentions[:bisect.bisect_left(self.starts, pos)]):
            agency = self.registry.get(m.agency_id)
            if ((agency.name_en if agency and agency.name_en else m.surface) or "").lower().endswith(head):
                return m.agency_id
        return None

    def wire_before(self, norm_pos: int) -> str | None:
        """The news agency whose dateline credits a reporter: "新华社上海11月6日电(记者彭韵佳、龚雯)"."""
        pos = self.text.span(norm_pos, norm_pos + 1)[0]
        line_start = self.text.original.rfind("\n", 0, pos) + 1
        for m in reversed(self.mentions[:bisect.bisect_left(self.starts, pos)]):
            if m.evidence.start < max(line_start, pos - 40):
                break
            if m.agency_id in wire_services():
                return m.agency_id
        return None

    def spoken_for(self, norm_pos: int) -> str | None:
        """The body a spokesperson named without one speaks for: the one agency its sentence names before it ("At
        MOFCOM's regular press conference on Thursday, spokesperson Liu Yanbin said"), else the one the headline names
        ("Regular Press Conference of the Ministry of Commerce ... Spokesperson Shu Jueting:")."""
        pos = self.text.span(norm_pos, norm_pos + 1)[0]
        original = self.text.original
        start = max(original.rfind(c, 0, pos) for c in ".。!?！？\n") + 1
        headline_end = original.find("\n")
        for s, e in ((start, pos), (0, headline_end if headline_end >= 0 else 0)):
            named = {m.agency_id for m in self.mentions if s <= m.evidence.start and m.evidence.end <= e}
            if named:
                return named.pop() if len(named) == 1 else None
        return None

    def page_government(self, title: str) -> str | None:
        """The one government a bare mayor or governor of the page serves in ("市长钱振宇主持召开市政府常务会议"):
        the city's (a municipality's for a mayor) or the province's the page names, if it names only one."""
        prefixes = _GOVERNING_TITLES.get(title)
        if not prefixes:
            return None
        for prefix in prefixes:
            told = collections.Counter(m.agency_id for m in self.mentions
                                       if m.agency_id.startswith(prefix) and m.agency_id.endswith("-gov"))
            if not told:
                continue
            # a province's government is named so whatever the page; the page's own city's is written as the page's
            # (市政府, "the municipal government") or more than once, not named in passing ("当阳市人民政府…陪同检查")
            own = set(told) if prefix == "prov-" else {i for i, n in told.items() if n > 1 or any(
                m.agency_id == i and m.surface[:1] in _OWN_GOVERNMENT_OPENERS for m in self.mentions)}
            return own.pop() if len(own) == 1 else None
        return None

    def implied(self, names: str | list[str]) -> str | None:
        """The body a title implies; of several ("Premier": the Executive Yuan, the State Council), the first this
        page names, else the last."""
        if isinstance(names, str):
            return self.lookup(names)
        ids = [self.lookup(name) for name in names]
        return next((i for i in ids if i in self.named), ids[-1])

    def lookup(self, name: str | None) -> str | None:
        if not name:
            return None
        if name not in self.looked_up:   # the registry falls back to a full agency scan: ask once
            found = self.registry.lookup(name)
            if found is None:   # a name the registry keeps for a region's page ("Ministry of Health and Welfare"): the page's
                on_page = [i for i in self.registry.lookup_key(name) if i in self.named]
                found = on_page[0] if len(on_page) == 1 else None
            if found and found.startswith("new-") and found not in self.named:
                found = None    # a name shaped like a unit the page names as no agency ("Department of Pharmacy, X Hospital")
            self.looked_up[name] = found
        return self.looked_up[name]


# ------------------------------------------------------------------ English

class _Position(NamedTuple):       # a tuple: ~3x cheaper to make than a frozen dataclass
    title: str
    org: str | None                    # the organisation as written: "of X", "X's"
    start: int                         # norm span where the organisation is written
    end: int
    party: bool
    qualifier: str | None = None       # capitalised words before the title ("MIIT", "Egyptian"): an agency or nothing


@lru_cache(maxsize=4096)
def _known_title(written: str) -> str | None:
    """Canonical form of a written title, in any case, plural, with hyphens or spaces between words."""
    titles = _lexicon().en_titles
    key = written.lower()
    for k in (key, key.replace("-", " ")):
        if k in titles:
            return titles[k]
        if k.endswith("s") and k[:-1] in titles:
            return titles[k[:-1]]
    return None


def _canonical_en_title(raw: str) -> str:
    return _known_title(raw) or raw


def _is_plural(written: str) -> bool:
    return written.lower() not in _lexicon().en_titles and written.endswith("s")


def _en_org(rest: str) -> str | None:
    """The organisation after a title: the first "of/at X" whose X starts like a name."""
    for m in _EN_PREP.finditer(" " + rest):
        org = rest[m.end() - 1:].strip()
        if org[:1].isupper() or org.startswith("the ") or org.startswith("China"):
            prev = None
            while prev != org:
                prev, org = org, _ORG_TRIM.sub("", org).strip()
            return org or None
    anaphor = _FOR_THE.match(rest)     # "spokesperson for the administration"
    return anaphor.group(1) if anaphor and anaphor.group(1) in _ANAPHORIC_ORGS else None


def _title_head(text: str, pos: int = 0) -> re.Match | None:
    """A title opening text[pos:]: "deputy director", "the bureau's director", "Egyptian Minister"."""
    lex = _lexicon()
    return lex.en_title_start.match(text, pos) or lex.en_title_qualified.match(text, pos)


def _en_positions(text: str, start: int) -> list[_Position]:
    """Split an appositive ("member of the Party Group and Deputy Director of X") into positions."""
    stop = _PHRASE_END.search(text, start)
    end = stop.start() if stop else len(text)
    if stop and _PORTFOLIO_ENDS.search(text, start, end) and (more := _PORTFOLIO_GOES_ON.match(text, end)) \
            and not any(w in _lexicon().pinyin_surnames for w in re.findall(r"[A-Z][a-z]+", more.group())):
        end = more.end()
    phrase = text[start:end]
    return [_Position(p.title, p.org, start + p.start, start + p.end, p.party, p.qualifier)
            for p in _phrase_positions(phrase)]


# A portfolio written lower-case after a minister's title: "Mongolia's minister of health"
_OF_HEALTH_LOWER = re.compile(r" of (health(?: and [a-z]+)?)\b")


@lru_cache(maxsize=4096)
def _phrase_positions(phrase: str) -> tuple[_Position, ...]:
    """`_en_positions` of one phrase, offsets in it: appositives recur from page to page ("Deputy
    Director of the NMPA"), and reading one tries the title patterns at several places (~40 us)."""
    # a new position starts at " and <title>"
    cuts = [0] + [m.start() + 5 for m in _AND.finditer(phrase) if _title_head(phrase, m.end())]
    positions = []
    for i, cut in enumerate(cuts):
        seg_end = cuts[i + 1] - 5 if i + 1 < len(cuts) else len(phrase)
        seg = phrase[cut:seg_end]
        m = _title_head(seg)
        if not m or _NAME_NEXT.match(seg, m.end()):
            return ()                  # "X, PMDA's director Tatsuya Egawa": the title is the next name's
        title, owner, qualifier = _canonical_en_title(m.group("title")), m.groupdict().get("owner"), \
            m.groupdict().get("qualifier")
        org = _ministry(title, _en_org(seg[m.end():]), qualifier) or (
            owner if owner and (owner[0].isupper() or owner in _ANAPHORIC_ORGS) else None)
        if org and org == owner and _MINISTER.fullmatch(title) and (of := _OF_HEALTH_LOWER.match(seg, m.end())):
            org = f"{owner}'s Ministry of {of.group(1).title()}"   # "Mongolia's minister of health": its health ministry
        title = _office_portfolio(title, seg[m.end():]) or title
        if title == "Ambassador" and not org:   # "Chinese Ambassador to Egypt", "the Pakistani Ambassador"
            org = _embassy(seg[m.end():], qualifier)
        positions.append(_Position(title=title, org=org, start=cut, end=seg_end,
                                   party=bool(_PARTY.search(seg)), qualifier=qualifier))
    return tuple(positions)


def _main_position(positions: list[_Position]) -> _Position | None:
    """The first state title that carries its own organisation, else the last state title, else the last."""
    state = [p for p in positions if not p.party]
    with_org = [p for p in state if p.org]
    if with_org:
        return with_org[0]
    return (state or positions or [None])[-1]


def _resolve(pos: _Position, agencies: _Agencies) -> tuple[str | None, str | None]:
    lex = _lexicon()
    if pos.org in _ANAPHORIC_ORGS:      # "the administration", "the bureau's": the one the page named before
        return agencies.named_before(pos.start, pos.org), None
    agency_id = agencies.first_within(pos.start, pos.end) if pos.org or pos.qualifier else None
    agency_id = agency_id or agencies.lookup(pos.org) or agencies.lookup(pos.qualifier)
    if not agency_id and pos.org and " and " in pos.org:
        # "Vice Minister of Commerce and Deputy China International Trade Representative": a second post follows
        agency_id = agencies.lookup(pos.org.split(" and ")[0])
    if not agency_id and pos.title.lower() in lex.en_offices:    # its office, named by the title alone
        agency_id = next(iter(agencies.registry.lookup_key(lex.en_offices[pos.title.lower()][1])), None)
    implied = lex.implied_agency.get(f"{pos.title} of {pos.org}") or lex.implied_agency.get(pos.title)  # "Director of Health"
    if not agency_id and implied:
        agency_id = agencies.implied(implied)
    return agency_id, (None if agency_id else pos.org)


def _embassy(rest: str, qualifier: str | None) -> str | None:
    """The embassy an ambassador heads, as the registry names embassies: "Chinese Ambassador to Egypt" heads the
    Chinese Embassy in Egypt, "Indonesian Ambassador to China" and "the Indonesian Ambassador" the Indonesian
    Embassy in China; an ambassador "to X" no nationality precedes is China's."""
    to = _TO_COUNTRY.match(rest)
    if to:
        return f"{qualifier or 'Chinese'} Embassy in {to.group(1)}"
    return f"{qualifier} Embassy" if qualifier else None


def _office_portfolio(title: str, rest: str) -> str | None:
    """A Hong Kong or Macao Secretary's whole title, which names the office ("Secretary for Health" heads the
    Health Bureau): the longest of the titles `office_titles` lists that the words after the title complete."""
    portfolio = _FOR_PORTFOLIO.match(rest) if "Secretary" in title else None
    if not portfolio:
        return None
    words = portfolio.group(1).split(" ")
    offices = _lexicon().en_offices
    for n in range(len(words), 0, -1):
        if known := offices.get(f"{title} for {' '.join(words[:n])}".lower()):
            return known[0]
    return None


def _ministry(title: str, org: str | None, qualifier: str | None) -> str | None:
    """The organisation after "of": a minister "of Health" heads the Ministry of Health
    ("Egyptian Minister of Health" -> "Egyptian Ministry of Health")."""
    if not org or not _MINISTER.fullmatch(title) or _ORG_HEAD.search(org):
        return org
    return " ".join(filter(None, (qualifier, "Ministry of", org)))


@lru_cache(maxsize=16384)
def _nameable(word: str) -> bool:
    lex = _lexicon()
    return bool(_EN_NAME_TOKEN.fullmatch(word)) and word.rstrip(".") not in lex.stopwords \
        and word.lower() not in lex.en_titles and not (word.endswith("s") and word[:-1].lower() in lex.en_titles)


def _valid_en_name(name: str) -> bool:
    lex = _lexicon()
    return name not in lex.stopwords and not any(t.rstrip(".") in lex.stopwords or t.lower() in lex.en_titles
                                                 for t in name.split())


class _Candidate(NamedTuple):      # a tuple: ~3x cheaper to make than a frozen dataclass
    name: str
    start: int
    end: int
    lead: int                          # where the honorific starts, else == start
    honorific: bool


def _en_candidates(norm: str) -> list[_Candidate]:
    """2-3 name tokens inside a run of capitalised words, cut from titles and organisation words."""
    out = []
    for run in _EN_RUN.finditer(norm):
        start, text = run.start(), run.group(0)
        if start and _EN_RUN_GLUED.match(norm, start - 1):   # "eBay Inc Li Wei": the run began inside a word
            cut = text.find(" ") + 1
            start, text = start + cut, text[cut:]
        names = _names_in_run(text)
        for name, s, e, lead, honorific in names:             # most runs hold none
            if start + e == run.end() and (tail := _EN_PARTICLE_TAIL.match(norm, run.end())):
                name, e = name + tail.group(0), e + len(tail.group(0))
            if s == 0 and lead == s and norm.endswith(("bin ", "bint ", "ibn "), 0, start) \
                    and (head := _ARABIC_LEAD.search(norm, max(0, start - 20), start)):
                name, s, lead = head.group(0) + name, s - len(head.group(0)), lead - len(head.group(0))
            out.append(_Candidate(name, start + s, start + e, start + lead, honorific))
    # a given name alone before its surname's particle, which no run of two capitalised words holds: "Hubertus von
    # Baumbach" (tried only where a particle stands before a capital)
    if _EN_PARTICLE_BEFORE_CAPITAL.search(norm):
        taken = {c.start for c in out}
        # (not inside a run of capitalised words: a name there was found above)
        out += [_Candidate(m.group(), m.start(), m.end(), m.start(), False)
                for m in _EN_GIVEN_THEN_PARTICLE.finditer(norm)
                if m.start() not in taken and not (m.start() and _EN_RUN_GLUED.match(norm, m.start() - 1))
                and not _CAPITALISED_BEFORE.search(norm, max(0, m.start() - 30), m.start())]
    return out


_ONE_LETTER_SYLLABLES = frozenset({"U", "O"})   # Cantonese romanisation in Macao: 余 U, 柯 O
_CLOSING_SYLLABLES = frozenset({"In", "On"})     # ...and 贤 In, 安 On


@lru_cache(maxsize=16384)
def _names_in_run(run: str) -> tuple[tuple[str, int, int, int, bool], ...]:
    """(name, start, end, lead, honorific) of the names in a run of capitalised words, offsets in the run.

    A run that goes on with a non-title word after the name ("Xi Jinping Thought", "Huakan
    Biotechnology Co") is an organisation or doctrine, not a person. Runs recur across pages
    (agency names, leaders), hence the cache.
    """
    lex = _lexicon()
    words = run.split(" ")
    starts = list(itertools.accumulate((len(w) + 1 for w in words[:-1]), initial=0))
    nameable = [_nameable(w) for w in words]
    for k in range(1, len(words) - 1):  # "Dr June Raine": a month that is also a given name, after an honorific
        if words[k] in _MONTH_GIVEN_NAMES and _HONORIFIC.fullmatch(words[k - 1]) and nameable[k + 1]:
            nameable[k] = True
    for k in range(len(words) - 2):   # "Dr the Hon David Lam": the honorific, not a surname, before two names
        if words[k] == "Hon" and nameable[k + 1] and nameable[k + 2]:
            nameable[k] = False
    for k in range(len(words) - 1):   # "He Jianguo": an English word that is also a surname, then pinyin
        if not nameable[k] and words[k] in lex.ambiguous_surnames and nameable[k + 1] \
                and _PINYIN_GIVEN.fullmatch(words[k + 1]):
            nameable[k] = True
    if len(words) >= 2 and not nameable[-1] and (words[-1] in lex.ambiguous_surnames or words[-2] not in lex.ambiguous_surnames
                                                 and _PINYIN_GIVEN.fullmatch(words[-1])) and nameable[-2] \
            and words[-2] in lex.pinyin_surnames:
        # "Vice-Premiers Han Zheng, … and Liu He": such a word as the given name closing a run (or a city's name:
        # "presided over by Ye Chongqing, vice director of …")
        nameable[-1] = True
    if len(words) >= 4 and words[-1] in _CLOSING_SYLLABLES and _HONORIFIC.fullmatch(words[-4]) \
            and nameable[-2] and nameable[-3]:
        nameable[-1] = True     # "Mr Kou Hoi In", "Mr Chui Sai On": a Macao name's last syllable, an English word too
    out = []
    i = 0
    while i < len(words):
        if not nameable[i]:
            i += 1
            continue
        j = i
        while j < len(words) and nameable[j]:
            j += 1
        honorific = i > 0 and _HONORIFIC.fullmatch(words[i - 1]) is not None
        # a run that is the name alone, set off by commas: "the Director of the Health Bureau, Alvis Lo Iek Long, and"
        alone = i == 0 and j == len(words)
        # (one letter may close a Macao name after an honorific, or alone: "Ms Ao Ieong U", 歐陽瑜)
        ends_ok = len(words[i].rstrip(".")) > 1 and (len(words[j - 1].rstrip(".")) > 1 or (honorific or alone)
                                                      and j - i >= 3 and words[j - 1] in _ONE_LETTER_SYLLABLES)
        followed_by_word = j < len(words) and words[j].lower().rstrip("s") not in lex.en_titles
        # (four words after an honorific, or alone with three short syllables after the given name: Macao's
        # "Dr Alvis Lo Iek Long"; or a Vietnamese name, "Nguyen Thi Thu Thuy")
        four = honorific or words[i] in _VIETNAMESE_SURNAMES or alone and all(len(w) <= 5 for w in words[i + 1:j])
        if 2 <= j - i <= (4 if four else 3) and ends_ok and not followed_by_word \
                and " ".join(words[i:j]) not in lex.stopwords:
            out.append((" ".join(words[i:j]), starts[i], starts[j - 1] + len(words[j - 1]),
                        starts[i - 1] if honorific else starts[i], honorific))
        i = j
    return tuple(out)


# A one-word name opening its sentence (or an item of a list), then a title: "Hasbagan, director of the Health Commission of …" (Mongolian
# and Uyghur officials often go by one name)
# (a plain class first: sre scans for it fast, where lookbehinds at every position would cost a third of people's time)
_ONE_WORD_NAME = re.compile(r"[A-Z][a-z]{3,}(?=, )")
_ONE_WORD_NAME_AFTER = ("\n", ". ", "! ", "? ", "; ", "; and ")     # (or in a list of signers)


def _one_word_names(norm: str, agencies: _Agencies) -> list[_Candidate]:
    out = []
    for m in _ONE_WORD_NAME.finditer(norm):
        if m.start() and not norm.endswith(_ONE_WORD_NAME_AFTER, 0, m.start()):
            continue
        cand = _Candidate(m.group(), m.start(), m.end(), m.start(), False)
        if _nameable(cand.name) and not agencies.covers(cand.start, cand.end) and _title_head(norm, cand.end + 2) \
                and (position := _position_after(norm, [cand])) and position.org:
            out.append(cand)
    return out


def _english_people(text: NormalizedText, agencies: _Agencies) -> list[_Found]:
    norm = text.norm
    # (not a place or company: "At Siemens Healthineers, Wang Hao, president of ...")
    candidates = [c for c in _en_candidates(norm) if not agencies.covers(c.start, c.end)
                  and not _AT_PLACE.search(norm, max(0, c.lead - 4), c.lead)]
    if ", " in norm:
        candidates = sorted(candidates + _one_word_names(norm, agencies), key=lambda c: c.start)
    # names coordinated in a list share the title that follows or precedes the list
    groups: list[list[_Candidate]] = []
    for cand in candidates:
        if groups and _LIST_GAP.fullmatch(norm, groups[-1][-1].end, cand.lead):
            groups[-1].append(cand)
        else:
            groups.append([cand])

    found: list[_Found] = []
    for k, group in enumerate(groups):
        shared = _position_after(norm, group) or _plural_title_before(norm, group)
        if shared and k + 1 < len(groups) and _TITLE_OF_THE_NEXT.fullmatch(norm, group[-1].end, groups[k + 1][0].lead) \
                and _title_before(norm, group[-1]) and _title_before(norm, groups[k + 1][0]):
            # "Deputy Minister of Environment Shen Chih-hsiu, Director-General of the Taiwan CDC Liao Mei-hsuan": in a
            # list of titled names, the title after a comma is the next name's
            shared = None
        # names listed together share the cue after the last: "Zhou Jiang and He Ying from the NMPA took part"
        listed = (len(group) > 1 and _person_cue(norm, group[-1])) \
            or (norm.endswith(", including ", 0, group[0].lead)      # (most groups: no regex tried)
                and bool(_INCLUDING_AFTER_GROUP.search(norm, max(0, group[0].lead - 200), group[0].lead)))
        for cand in group:
            # (a title of its own before the name wins over the one the list shares: "Huzhou Vice-Mayor Lu
            # Jianping and Wang Meifang, director of ...")
            own = _title_before(norm, cand) if shared and len(group) > 1 else None
            position = own or shared or _appositive_before(norm, cand) or _title_before(norm, cand)
            if position is None and not listed and not _person_cue(norm, cand) and not _speaks_later_by_surname(norm, cand):
                continue
            person = _Found(cand.name, cand.start, cand.end)
            if position:
                person.title = position.title
                person.agency_id, person.affiliation = _resolve(position, agencies)
            found.append(person)
    return found


_TITLE_OF_THE_NEXT = re.compile(r", [^,;.\n]{3,140} ")


def _speaks_later_by_surname(norm: str, cand: _Candidate) -> bool:
    """A Chinese name that opens a feature without a cue ("Li Hua pulls open a drawer ..."), whose surname alone
    speaks later ('"…," said Li, deputy director of ...'): the person quoted."""
    words = cand.name.split()
    if len(words) != 2 or words[0] not in _lexicon().pinyin_surnames or not _PINYIN_GIVEN.fullmatch(words[1]):
        return False
    # (most surnames do not come again: no regex is tried)
    return norm.find(words[0], cand.end) >= 0 and _surname_speaks(words[0]).search(norm, cand.end) is not None


@lru_cache(maxsize=1024)
def _surname_speaks(surname: str) -> re.Pattern:
    """'said Li' or 'Li said': built once a surname, not once a candidate."""
    surname = re.escape(surname)
    return re.compile(rf"\b(?:said|says|told|added) {surname}\b(?! [A-Z])|\b{surname} (?:said|says|told|added)\b")


def _position_after(norm: str, group: list[_Candidate]) -> _Position | None:
    """"Wang Hong and Lan Wengchi, Deputy Directors of the Provincial Drug Administration",
    "Zhang Wei (张伟), director of X": the name in its own script may sit between."""
    end = group[-1].end
    gloss = _NATIVE_NAME_GLOSS.match(norm, end)
    if gloss:
        end = gloss.end()
    if norm.startswith(", ", end):
        return _main_position(_en_positions(norm, end + 2))
    dash = _DASH_THEN.match(norm, end)     # an interview's header: "Zhu Jianping – Director, Zhejiang MPA"
    return _main_position(_en_positions(norm, dash.end())) if dash else None


def _appositive_before(norm: str, cand: _Candidate) -> _Position | None:
    """"the Deputy Commissioner of the NMPA, Mr Zhao Wei", "The Secretary for Health, Professor
    Lo Ka-ming": the office set off by a comma before the name (an academic title there is an honorific)."""
    if not _APPOSITIVE_TAIL.search(norm, max(0, cand.lead - 12), cand.lead):
        return None                    # most names: no comma right before, nothing to look for
    window_start = max(norm.rfind("\n", 0, cand.lead) + 1, cand.lead - 160)
    for the in _THE.finditer(norm, window_start, cand.lead):   # "the trip. He met the Director...": try each
        m = _APPOSITIVE_BEFORE.fullmatch(norm, the.end(), cand.lead)
        if m and _title_head(m.group("position")):     # ("The HA Chief Executive, Dr Tony Ko": qualified too)
            return _main_position(_en_positions(norm, m.start("position")))
    return None


def _plural_title_before(norm: str, group: list[_Candidate]) -> _Position | None:
    """A plural title before a list: "three vice administrators of the NHSA, Mr. Shi Zihai, Ms. Li Tao,
    and Mr. Huang Huabo", "MIIT vice ministers Xin Guobin, Wang Jiangping and Zhang Yunming"."""
    if len(group) < 2:
        return None
    first = group[0].lead
    line_start = norm.rfind("\n", 0, first) + 1
    before = norm[max(line_start, first - 200):first]
    lead = _LIST_LEAD.search(before)
    if lead:
        for t in _lexicon().en_title_word.finditer(lead.group(1)):
            if t.group("title").lower().endswith("s"):
                return _main_position(_en_positions(norm, first - len(lead.group(0)) + t.start()))
    return _title_before(norm, group[0], plural_only=True)


def _title_at_end(head: str) -> tuple[int, str] | None:
    """The longest known title `head` ends with ("... CFDA's Vice Minister"): (start, as written)."""
    limit = _lexicon().en_title_words
    pieces = head.rsplit(" ", limit)
    for i in range(0 if len(pieces) <= limit else 1, len(pieces)):
        written = " ".join(pieces[i:]).lstrip(_TITLE_OPENERS)
        if _known_title(written):
            return len(head) - len(written), written
    return None


def _title_then_org(head: str) -> tuple[str | None, tuple[int, str] | None]:
    """"... Minister of the State Council": a title, "of"/"at" and its organisation, ending `head`.
    "Secretary for Health", "Secretary for Social Affairs and Culture": a Hong Kong or Macao
    secretary's portfolio is part of the title."""
    for cut in reversed(list(_OF_AT_FOR.finditer(head))):
        org = head[cut.end():]
        if not org or (_ORG_BREAK.search(org) and not _PORTFOLIO.fullmatch(org)):
            break
        hit = _title_at_end(head[:cut.start()])
        if hit and cut.group().lower() == " for ":
            if hit[1].lower().endswith("secretary") and _PORTFOLIO.fullmatch(org):
                return None, (hit[0], head[hit[0]:])
            break
        if hit:
            return org, hit
    return None, None


_PORTFOLIO_AFTER_TITLE = re.compile(r" \([A-Z][A-Za-z&, ]{1,30}\)$")
_POSSESSIVE_PRONOUNS = (" its ", " their ", "Its ", "Their ")


def _title_before(norm: str, cand: _Candidate, plural_only: bool = False) -> _Position | None:
    """"Vice Mayor Xu Hui", "CFDA's Vice Minister Wu Zhen", "MIIT vice minister Xin Guobin",
    "Premier Minister of the State Council Li Keqiang": the position written right before a name."""
    lead = cand.lead
    line_start = norm.rfind("\n", 0, lead) + 1
    if lead - line_start < 2 or norm[lead - 1] != " ":
        return None
    offset = max(line_start, lead - 160)
    head = norm[offset:lead - 1]
    if head.endswith(")") and (portfolio := _PORTFOLIO_AFTER_TITLE.search(head)):
        head = head[:portfolio.start()]     # "Assistant Director of Health (Drug) Kenny Ho Kin-fai"
    if _OF_THE_END.search(head):
        return None     # "Director of the Department of the League of Arab States": the name of a body
    org, hit, sent_to = None, _title_at_end(head), None
    if hit is None and (sent_to := _SENT_TO.search(head)):
        head = head[:sent_to.start()]
        hit = _title_at_end(head)
    if hit is None:
        org, hit = _title_then_org(head)
        if hit is None:
            return None
    title_start, written = hit
    if plural_only and not _is_plural(written):
        return None
    owner = _OWNER_BEFORE.search(head, max(0, title_start - 60), title_start)
    if owner and owner.group("owner") in _lexicon().stopwords and _canonical_en_title(written) not in _GOVERNING_TITLES:
        owner = None                   # "The director Wang Lin": an article, not an owner (but "Hainan Vice-Governor")
    possessive = bool(owner and owner.group("possessive"))
    # a lower-case title needs an owner ("PMDA's director X", "NMPA deputy commissioner X"),
    # unless the name is Chinese ("deputy director Wang Lin")
    if written[0].islower() and not owner and cand.name.split()[0] not in _lexicon().pinyin_surnames \
            and not head.endswith(_POSSESSIVE_PRONOUNS, 0, title_start):   # ("led by its president Markus Heller")
        return None
    if org:
        span = (offset + len(head) - len(org), offset + len(head))
    elif owner:
        span = (offset + owner.start("owner"), offset + owner.end("owner"))
        org = owner.group("owner") if possessive else None
    else:
        span = (0, 0)
    qualifier = owner.group("owner") if owner and not possessive else None
    title = _canonical_en_title(written)
    if title == "Ambassador" and not org and sent_to:     # "Pakistani Ambassador to China Khalil Hashmi"
        org = _embassy(sent_to.group(), qualifier)
    if not possessive:                 # "Minister of Commerce Wang Wentao"
        org = _ministry(title, org, qualifier)
    party_text = head[owner.start() if owner else title_start:]
    return _Position(title, org, *span, party=bool(_PARTY.search(party_text)), qualifier=qualifier)


_AGE_AFTER = re.compile(r", (?:[1-9]\d?|1[01]\d),")


def _person_cue(norm: str, cand: _Candidate) -> bool:
    """Honorific, speaker label, or a speech verb after a name with a Chinese surname."""
    lex = _lexicon()
    if cand.honorific:
        return True
    line_end = norm.find("\n", cand.end)
    if _LABEL_COLON.fullmatch(norm, cand.end, line_end if line_end >= 0 else len(norm)) \
            and norm.rfind("\n", 0, cand.lead) + 1 >= cand.lead - 4:
        return True
    words = cand.name.split()
    if (role := _ROLE_OF_BODY_AFTER.match(norm, cand.end)) and _ORG_HEAD.search(role.group("body")):
        return True     # "Maria Santos, a participant from the Philippine Food and Drug Administration, said": any name
    affiliation = _AFFILIATION_AFTER.match(norm, cand.end)
    if affiliation and _ORG_HEAD.search(affiliation.group()) \
            and not _OF_THE_END.search(norm, max(0, cand.lead - 8), max(0, cand.lead - 1)):
        return True     # "Nurbek Asanov of the Department of Medicines ... also spoke": any name, with its body's
        # (not "of the Medical Robot Branch of the X Association": a body's own name)
    if (_SAID_BEFORE.search(norm, max(0, cand.lead - 12), cand.lead) or affiliation) \
            and (words[0] in lex.pinyin_surnames or words[-1] in lex.pinyin_surnames):
        # the speaker after a quotation ('"...," said Ruth Chen'), one named with an organisation ("Lin Qiong of the
        # China Chemical Pharmaceutical Industry Association called ..."): a Chinese surname either end, as English
        # copy writes Chinese names both ways (capitalised phrases such as "High-Quality Development of" have none)
        return True
    if lex.en_speech_after.match(norm, cand.end) or _APPOSITIVE_THEN_SPEECH.match(norm, cand.end) or _AGE_AFTER.match(
            norm, cand.end):
        # (or with an age, as news copy introduces people: "Tang Guiying, 67, who lives in a village")
        # a Chinese surname either end: "Wang Lihua" as Chinese names are written, "Emily Zhang" as English copy has it
        return words[0] in lex.pinyin_surnames or words[-1] in lex.pinyin_surnames
    return False


def _line_asks(norm: str, pos: int) -> bool:
    """The line a byline cue stands in ends on a question mark: a transcript's question, not a byline."""
    end = norm.find("\n", pos)
    return norm[pos:len(norm) if end < 0 else end].rstrip().endswith(("?", "？"))


def _english_bylines(text: NormalizedText) -> list[_Found]:
    """"(Reporter Wang Wanying)", "Author: Mianmian Wang", "Edit:Yao jue Responsible editor:Xie Tunan"."""
    lex = _lexicon()
    norm = text.norm
    found = []
    for m in lex.en_byline.finditer(norm):
        if m.start() and norm[m.start() - 1] not in "\n([| \t":
            continue                   # the cue is the tail of another word
        cue, name = m.group("cue"), m.group("name")
        # a cue in running text ("guided by Xi Jinping") must be capitalised and the name fully so
        if not name[0].isupper() or not _valid_en_name(name):
            continue
        if cue.lower() == "by" and not name.split()[-1][0].isupper():
            continue
        if _line_asks(norm, m.end()):
            continue    # "Reporter: Many patients with chronic diseases … What has been done?": a question put
        role = lex.en_byline_roles[cue.lower()]
        found.append(_Found(name, m.start("name"), m.end("name"), title=role.capitalize(), role=role))
    return found


# ------------------------------------------------------------------ Chinese

_ZH_COUNT_DIGITS = frozenset("一二两三四五六七八九十百千万")
# What one does to those 向 addresses ("向大家介绍", "向社会公布"), after the two characters that name them
_ADDRESSED = re.compile(r"(?:介绍|汇报|通报|报告|表示|致|说明|反馈|提出|发出|颁发|赠送|推荐|宣传|展示|传达|讲解|问好|发布|公布|提供|"
                        r"学习|看齐|开放|征求|道歉|表达|转达|递交|移交|移送|反映|咨询|求助|推介|分享|讲述|答复)")


def _names_no_one(norm: str, start: int) -> bool:
    """A surname character that is another word here: 余 after a number is "more than" (90余人次, 十余家), 万 after one is
    ten thousand (1.91万人次), and 向 before what is done to those it addresses is "to" (局长向媒体介绍, 向大家报告)."""
    if norm[start] in "余万":
        return start > 0 and (norm[start - 1].isdigit() or norm[start - 1] in _ZH_COUNT_DIGITS)
    return norm[start] == "向" and bool(_ADDRESSED.match(norm, start + 3))


def _given_name_ok(name: str) -> bool:
    """No character that ends a phrase stands in the given name, but for 时 inside a full one (陈时中, 李时珍)."""
    given = name[1:]
    return not any(c in _ZH_NOT_GIVEN for c in given) or (
        len(given) == 2 and given[0] in _ZH_MID_GIVEN and given[1] not in _ZH_NOT_GIVEN)


def _zh_name_end(norm: str, start: int, max_end: int, strict: bool) -> int | None:
    """Where a Chinese name starting at `start` ends: a two-character given name first, if what follows fits."""
    lex = _lexicon()
    if _names_no_one(norm, start):
        return None
    for end in range(max_end, start + 1, -1):
        if end - start == 4 and norm[start:start + 2] in lex.zh_japanese_surnames and lex.zh_cue_start.match(norm, end):
            return end      # 近藤达也: a Japanese surname and a given name of two characters (也 as in 达也, 哲也)
        if norm[start + 1:end] in _ZH_FORMS_OF_ADDRESS or norm[start + 1:end] in lex.zh_titles:
            continue    # 王女士, 李先生, 林次长: a surname and a form of address or a title, no one named
        if not _given_name_ok(norm[start:end]):
            # 丁向阳, 李大为: a character that rarely names, in a full name a title precedes and a clear end follows
            if not (strict and end - start == 3 and all(c in _ZH_RARE_GIVEN or c not in _ZH_NOT_GIVEN
                                                        for c in norm[start + 1:end])
                    and lex.zh_clear_end.match(norm, end)):
                continue
        if end - start >= 3 and norm[end - 1] in _ZH_NOT_LAST or end - start == 3 and lex.zh_next_word.match(norm, end - 1):
            continue                   # 陈刚共同出席: the third character starts the next word
        if not strict or lex.zh_cue_start.match(norm, end):
            return end
    return None


def _zh_title(chain: str) -> str:
    """English for the main title of a 、-chain: the first state title, else the last Party post."""
    lex = _lexicon()
    parts = chain.split("、")
    for part in parts:
        if part in lex.zh_titles:
            return lex.zh_titles[part]
    return lex.zh_party.get(parts[-1], parts[-1])


def _office_title(norm: str, chain_start: int, chain: str) -> str | None:
    """"Secretary for Health" for 医务卫生局局长: offices whose head has a title of their own."""
    head = _ZH_ORG_BEFORE.search(norm, max(0, chain_start - 30), chain_start)
    if not head:
        return None
    org = head.group(0).translate(_ZH_VARIANTS)
    for office, by_title in _lexicon().office_titles.items():
        if org.endswith(office) and _SAR_PREFIX.fullmatch(_ZH_ORG_LEAD.sub("", org[:-len(office)])):
            return next((by_title[p] for p in chain.split("、") if p in by_title), None)
    return None


def _same_body(norm: str, previous: _Found, m: re.Match) -> bool:
    """"国家中医药局副局长甲主持会议，副局长乙出席": a title with no organisation of its own, in the
    sentence of a colleague's same title (副局长/局长), belongs to the colleague's organisation."""
    between = norm[previous.end:m.start("chain")]
    if len(between) > 40 or any(c in "。！？\n" for c in between):
        return False
    return _title_rank(previous.chain) == _title_rank(m.group("chain"))


def _first_post(norm: str, org_start: int, agencies: _Agencies) -> tuple[str, str] | None:
    """"国家药监局副局长、药典委员会执行委员会副主任委员赵军宁": posts listed before the one a name closes on;
    where that one's body is no agency known, the post before it with one (title, agency id), as the first
    post with its own organisation is the one an English appositive is read by."""
    if org_start < 2 or norm[org_start - 1] != "、":
        return None
    title = _lexicon().zh_title_at_end.search(norm, max(0, org_start - 13), org_start - 1)
    agency_id = agencies.ending_at(title.start()) if title else None
    return (_zh_title(title.group().strip()), agency_id) if agency_id else None


def _own_body(norm: str, previous: _Found, m: re.Match, body: str) -> bool:
    """"国家药监局党组书记、局长李利主持…。局党组成员、副局长徐景和…出席": a body called by its last character
    (局, 委, 厅) in the paragraph of a head of it (局长), who named it in full."""
    between = norm[previous.end:m.start("chain")]
    return len(between) <= 200 and "\n" not in between and _title_rank(previous.chain).startswith(body)


def _bare_head_of(chain: str) -> str | None:
    """The body a bare head's title names by its first character (署 of 署长 or 副署长), else None."""
    rank = _title_rank(chain)
    return rank[0] if len(rank) == 2 and rank.endswith("长") else None


def _title_rank(chain: str | None) -> str:
    """The office a title chain names, without deputy prefixes: 副局长 -> 局长."""
    return (chain or "").split("、")[-1].removeprefix("常务").removeprefix("副")


def _zh_org_before(norm: str, pos: int) -> str | None:
    head = _ZH_ORG_BEFORE.search(norm, max(0, pos - 30), pos)
    if not head:
        return None
    org = _ZH_ORG_LEAD.sub("", head.group(0))
    return org or None


def _zh_affiliation(norm: str, chain_start: int, agencies: _Agencies) -> tuple[str | None, str | None]:
    agency_id = agencies.ending_at(chain_start)
    if agency_id:
        return agency_id, None
    org = _zh_org_before(norm, chain_start)
    if not org:
        return None, None
    if "驻" in org[1:] and norm.startswith("大使", chain_start):
        # "瑞士驻华大使白瑞谊": an ambassador heads the embassy the words before the title name
        embassy = next(filter(None, (agencies.lookup(org[i:] + "大使馆") for i in range(org.index("驻")))), None)
        if embassy:
            return embassy, None
    if not (org[-1] in _ZH_ORG_SUFFIX or org[-1].isascii()):
        return None, None
    for i in range(len(org) - 1):   # "请国家医疗保障局" -> the longest tail that is a known agency
        agency_id = agencies.lookup(org[i:])
        if agency_id:
            return agency_id, None
    return None, org


def _zh_titled_names(norm: str, m: re.Match) -> list[tuple[int, int]]:
    """The name after a title chain and those listed after it with 、 (副主任张明、李华、王志强)."""
    name = m.group("name")
    if _has_dot(name):
        first = name.split(next(d for d in _DOTS if d in name))[0]
        cut = max(first.rfind(c) for c in _ZH_BEFORE_FOREIGN)
        if cut < 2:
            return [m.span("name")]
        # "局长马俊与叶尔兰·萨格德科夫签署": the titled name ends at the conjunction; the foreign name is another's
        start = m.start("name")
        end = _zh_name_end(norm, start, start + cut, strict=False)
        return [(start, end)] if end == start + cut else []
    return _zh_listed_names(norm, m.start("name"), m.end("name"))


def _zh_listed_names(norm: str, start: int, max_end: int) -> list[tuple[int, int]]:
    """The name at start and those listed after it with 、, each ending where a name may end."""
    end = _zh_name_end(norm, start, max_end, strict=True)
    return [] if end is None else [(start, end), *_zh_names_listed_after(norm, end)]


def _zh_names_listed_after(norm: str, end: int) -> list[tuple[int, int]]:
    """The names listed with 、 after a name ending at `end`."""
    lex = _lexicon()
    spans = []
    while (item := lex.zh_list_item.match(norm, end)) and not lex.zh_titled.match(norm, item.start("name")):
        end = _zh_name_end(norm, item.start("name"), item.end("name"), strict=True)
        if end is None:
            break
        spans.append((item.start("name"), end))
    return spans


def _chinese_people(text: NormalizedText, agencies: _Agencies) -> list[_Found]:
    lex = _lexicon()
    norm = text.norm
    found: list[_Found] = []

    titled = [(m, _zh_titled_names(norm, m)) for m in lex.zh_titled.finditer(norm)]
    for m in lex.zh_titled_transliterated.finditer(norm):
        if not any(names and names[0][0] == m.start("name") for _, names in titled):
            titled.append((m, [m.span("name"), *_zh_names_listed_after(norm, m.end("name"))]))
    for rare in _RARE_SURNAME_NAME.finditer(norm):     # (tried only where a title ends right before: 副省长时清霜，)
        start = rare.start()
        chain = next((norm[start - k:start] for k in range(7, 1, -1) if norm[start - k:start] in lex.zh_titles), None)
        if chain and (m := lex.zh_titled_rare.match(norm, start - len(chain))) and m.start("name") == start \
                and _given_name_ok(m.group("name")) and not any(names and names[0][0] == start for _, names in titled):
            titled.append((m, [m.span("name"), *_zh_names_listed_after(norm, m.end("name"))]))
    if _LATIN_NAME.search(norm):    # 主席Rui Santos Ivo (the scan for titles costs more than this look)
        titled += [(m, [m.span("name")]) for m in lex.zh_titled_latin.finditer(norm)]
    if "\n" in norm and " " in norm:
        for m in lex.zh_titled_spaced.finditer(norm):
            title = _office_title(norm, m.start("chain"), m.group("chain")) or _zh_title(m.group("chain"))
            agency_id, affiliation = _zh_affiliation(norm, m.start("chain"), agencies)
            found.append(_Found(m.group("surname") + m.group("given"), m.start("surname"), m.end("given"), title=title,
                                agency_id=agency_id, affiliation=affiliation))
    previous: _Found | None = None
    for m, names in sorted(titled, key=lambda t: t[0].start()):
        if not names:
            continue
        chain = m.group("chain")
        title = _office_title(norm, m.start("chain"), chain) or _zh_title(chain)
        agency_id, affiliation = _zh_affiliation(norm, m.start("chain"), agencies)
        implied = lex.implied_agency.get(title)
        if not agency_id and implied:
            agency_id = agencies.implied(implied)
        if not (agency_id or affiliation) and previous and _same_body(norm, previous, m):
            agency_id, affiliation = previous.agency_id, previous.affiliation
        elif affiliation and len(affiliation) == 1 and previous and previous.agency_id \
                and _own_body(norm, previous, m, affiliation):
            agency_id, affiliation = previous.agency_id, None
        if not agency_id and (first := _first_post(norm, m.start("chain") - len(affiliation or ""), agencies)):
            title, agency_id, affiliation = *first, None
        if not (agency_id or affiliation) and (body := _bare_head_of(chain)):
            agency_id = agencies.headed_in_sentence(norm, m.start("chain"), body)   # 由署長林泰宏主持
        people = [_Found(norm[s:e], s, e, title=title, agency_id=agency_id, affiliation=affiliation)
                  for s, e in names]
        previous = people[-1]
        previous.chain = chain
        found += people

    # 习近平总书记 (a scan for names, which start with any of ~300 characters, only where such a title is)
    for m in lex.zh_name_then_title.finditer(norm) if lex.zh_title_after_name.search(norm) else ():
        if not _given_name_ok(m.group("name")):
            continue        # a body before its head's title: 董事局主席
        title = lex.zh_only_after_name.get(m.group("title")) or _zh_title(m.group("title"))
        implied = lex.implied_agency.get(title)
        found.append(_Found(m.group("name"), m.start("name"), m.end("name"), title=title,
                            agency_id=agencies.implied(implied) if implied else None))

    after_body = (m for m in lex.zh_after_body.finditer(norm) if agencies.ending_at(m.start("name")))
    for m in itertools.chain(lex.zh_name_title_speaks.finditer(norm), lex.zh_body_name_title.finditer(norm), after_body):
        if not _given_name_ok(m.group("name")):
            continue
        chain = m.group("chain")
        title = _office_title(norm, m.start("chain"), chain) or _zh_title(chain)
        # (the bare 署長 heads the body the page named so: 食藥署)
        agency_id = agencies.headed_before(m.start("name"), body) if (body := _bare_head_of(chain)) else None
        found.append(_Found(m.group("name"), m.start("name"), m.end("name"), title=title, agency_id=agency_id))

    for m in lex.zh_byline.finditer(norm):             # (记者 陈海波) 版面编辑:王永 主持人:李强
        if _line_asks(norm, m.end()):
            continue    # "记者：请问这次目录调整有哪些亮点？": a question put, no reporter named
        s = m.start("name")
        end = _zh_name_end(norm, s, m.end("name"), strict=True)
        if end is not None and not (s == m.end("cue") and norm.startswith(("：", ":"), end)) \
                and norm[s:end] not in _ZH_BYLINE_HEADINGS:
            # (作者简介：a heading, not 简介 the author; "主持人 寿小丽：" is a speaker's label)
            role = lex.zh_byline_roles[m.group("cue")]
            title = None if role == "official" else role.capitalize()
            found.append(_Found(norm[s:end], s, end, title=title, role=role))
            if role != "official" and norm.startswith("、", end):    # (记者彭韵佳、龚雯): each credited
                found += [_Found(norm[ls:le], ls, le, title=title, role=role)
                          for ls, le in _zh_listed_names(norm, s, end)[1:]]

    for line in lex.zh_salutation.finditer(norm) if "、" in norm else ():   # 林文健署长、范鸿龄主席、各位嘉宾：
        for m in lex.zh_salutee.finditer(norm, line.start(), line.end()):
            title = _zh_title(m.group("title"))
            found.append(_Found(m.group("name"), m.start("name"), m.end("name"), title=title))

    for m in lex.zh_leaders.finditer(norm):            # 省领导孙守刚、张雷明: named, their posts not given
        for s, e in _zh_listed_names(norm, m.start("name"), m.end("name")):
            found.append(_Found(norm[s:e], s, e))

    if "等" in norm:
        for m in lex.zh_named_group.finditer(norm):    # 丁健、王晓东、陈凯先等专家
            pos = m.start("list")
            for name in m.group("list").split("、"):
                if not any(c in _ZH_NOT_GIVEN for c in name[1:]):
                    found.append(_Found(name, pos, pos + len(name)))
                pos += len(name) + 1

    for m in lex.zh_appositive.finditer(norm) if "," in norm else ():   # 沈嘉禾，恒信律师事务所合伙人，
        s, e = m.span("name")
        if not any(c in _ZH_NOT_GIVEN for c in norm[s + 1:e]):
            found.append(_with_last_post(norm, m, norm[s:e], s, e, agencies))

    for m in lex.zh_appointed.finditer(norm) if "任命" in norm or "免去" in norm or "提名" in norm else ():
        pos = m.start("list")       # 任命施子海、李滔为国家医疗保障局副局长: each takes the post
        for name in m.group("list").split("、"):
            if not any(c in _ZH_NOT_GIVEN for c in name[1:]):
                found.append(_with_last_post(norm, m, name, pos, pos + len(name), agencies))
            pos += len(name) + 1

    for m in lex.zh_name_then_posts.finditer(norm) if "\n" in norm else ():   # 陈　芳　省药品监督管理局党组成员、副局长
        if not any(c in _ZH_NOT_GIVEN for c in m.group("given")):
            found.append(_with_last_post(norm, m, m.group("surname") + m.group("given"), m.start("surname"),
                                         m.end("given"), agencies))

    for m in lex.zh_contact_line.finditer(norm) if "人" in norm else ():   # 发言人：庄明哲　副署长
        found.append(_with_last_post(norm, m, m.group("surname") + m.group("given"), m.start("surname"), m.end("given"),
                                     agencies))

    for m in lex.zh_speaker_line.finditer(norm) if ":" in norm or "：" in norm else ():   # 施子海: / 国家医疗保障局副局长施子海:
        s, e = m.span("name")
        found.append(_Found(norm[s:e], s, e))

    two: set[str] = set()
    for m in lex.zh_cued.finditer(norm):               # 王江平强调 (a full three-character name only)
        s, e = m.span("name")
        if norm[e - 1] in "和与及" or _names_no_one(norm, s):
            continue    # "规定的程序和要求": a noun joined to the next; "90余人次参加", "向大家介绍"
        if e - s == 3 and not any(c in _ZH_NOT_GIVEN for c in norm[s + 1:e]) and norm[e - 1] not in _ZH_NOT_LAST:
            found.append(_Found(norm[s:e], s, e))       # (not 方伟在致辞中: 方伟, then 在)
        elif e - s == 2 and norm[e - 1] not in _ZH_NOT_GIVEN:
            two.add(norm[s:e])
    # "副市长周宏现场指挥演练 … 周宏表示": a two-character name a strong cue confirms reads whole after its title too,
    # where the character after it left its end open
    taken = {f.start for f in found}
    for name in two:
        pos = norm.find(name)
        while pos >= 0:
            title = lex.zh_title_at_end.search(norm, max(0, pos - 12), pos)
            if title and pos not in taken:
                agency_id, affiliation = _zh_affiliation(norm, title.start(), agencies)
                found.append(_Found(name, pos, pos + 2, title=_zh_title(title.group().strip()), agency_id=agency_id,
                                    affiliation=affiliation))
            pos = norm.find(name, pos + 2)
    if any(d in norm for d in _DOTS):                  # 。琼·雷恩表示
        for m in lex.zh_foreign_cued.finditer(norm):
            s, e = m.span("name")
            # "李利对塔鲁纳·伊克拉尔": a name and a preposition before the foreign name are no part of it
            first = norm[s:e].split(next(d for d in _DOTS if d in norm[s:e]))[0]
            cut = max(first.rfind(c) for c in _ZH_BEFORE_FOREIGN) + 1
            if 0 < cut < len(first):
                s += cut
            found.append(_Found(norm[s:e], s, e))
    # 雷恩 in 琼·雷恩 is part of a foreign name, not a Chinese one; 林次长 is a surname and a title, no name
    return [f for f in found if (_has_dot(f.name) or not _touches_dot(norm, f.start, f.end))
            and f.name[1:] not in lex.zh_titles and f.name[1:] not in _ZH_FORMS_OF_ADDRESS and f.name not in lex.zh_places
            and not agencies.covers(f.start, f.end)]     # (衛福部長出席: a body's short name, then its head's title)


def _with_last_post(norm: str, m: re.Match, name: str, start: int, end: int, agencies: _Agencies) -> _Found:
    """A person named with a chain of posts (the `chain` group of m): the post it closes on, and its body."""
    title_at = m.end("chain") - len(_lexicon().zh_title_at_end.search(m.group("chain")).group())
    agency_id, affiliation = _zh_affiliation(norm, title_at, agencies)
    return _Found(name, start, end, title=_zh_title(norm[title_at:m.end("chain")].strip()), agency_id=agency_id,
                  affiliation=affiliation)


def _touches_dot(norm: str, start: int, end: int) -> bool:
    return (start > 0 and norm[start - 1] in _DOTS) or (end < len(norm) and norm[end] in _DOTS)


# ------------------------------------------------------------------ merging

_ADVERB_AFTER_NAME = frozenset("则也还就又亦便即都")


def _merge(found: list[_Found], norm: str, chinese: bool) -> list[_Found]:
    """One mention per span (the most informative wins), then bare repeats of accepted full names."""
    def richness(f: _Found) -> tuple:
        return (f.title is not None, f.agency_id is not None, f.affiliation is not None, f.end - f.start)

    kept: list[_Found] = []
    taken: set[int] = set()            # norm offsets inside a kept mention
    for f in sorted(found, key=richness, reverse=True):
        if f.end - f.start < 2 or not taken.isdisjoint(range(f.start, f.end)):
            continue
        kept.append(f)
        taken.update(range(f.start, f.end))
    if chinese:     # "孙立则介绍了…" after "药品审评中心副主任孙立": a two-character name, then 则 ("in turn")
        short_names = {k.name for k in kept if len(k.name) == 2 and k.title}
        for k in kept:
            if len(k.name) == 3 and k.name[2] in _ADVERB_AFTER_NAME and k.name[:2] in short_names and not k.title:
                k.name, k.end = k.name[:2], k.start + 2
                taken.discard(k.start + 2)
        # "副局长徐景和来株洲": a name read whole elsewhere in the text reads whole here too
        whole_names = {k.name for k in kept if len(k.name) == 3}
        for k in kept:
            if len(k.name) == 2 and (longer := norm[k.start:k.start + 3]) in whole_names and k.end not in taken:
                k.name, k.end = longer, k.start + 3
                taken.add(k.start + 2)
        # "法鲁克·汗一行" after "首席执行官穆罕默德·法鲁克·汗": a foreign name's last parts, the person named in full
        dotted = [k.name for k in kept if "·" in k.name]
        for k in kept:
            if "·" in k.name and (longer := next((n for n in dotted if n.endswith("·" + k.name)), None)):
                k.name = longer
    if not chinese:     # "Dr Alvis Lo said" after "Dr Alvis Lo Iek Long": the first words of a titled full name
        full = [k.name for k in kept if k.title and k.name.count(" ") >= 2]
        for k in kept:
            if not k.title and (longer := next((n for n in full if n.startswith(k.name + " ")), None)):
                k.name = longer
            # ("Lo Iek Long explained" after "Alvis Lo Iek Long": a full Chinese name without the English given one)
            elif not k.title and k.name.count(" ") >= 2 and (
                    longer := next((n for n in full if n.endswith(" " + k.name)), None)):
                k.name = longer
            # ("Ms Ao Ieong said" after "Ms Elsie Ao Ieong U": a Macao surname of two words inside the full name)
            elif not k.title and " " in k.name and _HONORIFIC_BEFORE.search(norm, max(0, k.start - 6), k.start) and len(
                    inside := [n for n in full if f" {k.name} " in f" {n} "]) == 1:
                k.name = inside[0]
    names = {k.name for k in kept if len(k.name) >= 3 or not chinese}
    for name in sorted(names, key=len, reverse=True):
        pos = norm.find(name)
        while pos >= 0:
            end = pos + len(name)
            whole = chinese or _stands_alone(norm, pos, end)
            if whole and taken.isdisjoint(range(pos, end)):
                kept.append(_Found(name, pos, end))
                taken.update(range(pos, end))
            pos = norm.find(name, end if whole else pos + 1)
    return sorted(kept, key=lambda f: f.start)


def _stands_alone(norm: str, start: int, end: int) -> bool:
    """Not part of a longer word or hyphenated name."""
    return not (start and _WORD_OR_DASH.match(norm, start - 1)) and not _WORD_OR_DASH.match(norm, end)


def _own_role(f: _Found) -> str:
    if f.role in ("reporter", "editor"):
        return f.role
    return "official" if f.agency_id or (f.title and not f.affiliation) else "other"


def ends_with_zh_title(text: str) -> bool:
    """"阿斯利康中国副总裁": the text ends with a Chinese title, as written before a name."""
    return bool(_lexicon().zh_title_at_end.search(text))


def short_name(name: str) -> str | None:
    """How a later sentence names an English-written person for short: the surname, first in a Chinese name
    ("Wang" for Wang Yuexin, "Lo" for Lo Chung-mau), last in another ("Abdoo" for Mark Abdoo); None for a single
    word or a surname that is also an English word ("He")."""
    parts = name.split()
    if len(parts) < 2:
        return None
    lex = _lexicon()
    # surname first in a Chinese name, and before a hyphenated given name (Lo Chung-mau, Ho Iat-seng)
    short = parts[0] if parts[0] in lex.pinyin_surnames or "-" in parts[-1] else parts[-1]
    if short in lex.ambiguous_surnames or len(short) < 2 or not short[0].isupper():
        return None
    return short


def find_people(text: NormalizedText, language: str, agency_mentions: list[AgencyMention],
                registry: Registry) -> list[PersonMention]:
    """Every person mention, in text order, with the title and agency stated next to it."""
    agencies = _Agencies(text, agency_mentions, registry)
    chinese = language.startswith("zh")
    if chinese:
        found = _chinese_people(text, agencies)
    else:
        found = _english_people(text, agencies) + _english_bylines(text)
    merged = _merge(found, text.norm, chinese)
    for f in merged:
        if f.title in _GOVERNING_TITLES and not (f.agency_id or f.affiliation):
            f.agency_id = agencies.page_government(f.title)
        elif f.role in ("reporter", "editor") and not f.agency_id:
            f.agency_id = agencies.wire_before(f.start)
        elif f.title == "Spokesperson" and not (f.agency_id or f.affiliation):
            f.agency_id = agencies.spoken_for(f.start)
    roles: dict[str, str] = {}        # bare repeats take the role of the person's titled mention
    for f in merged:
        if f.title:
            roles.setdefault(f.name, _own_role(f))
    people = []
    for f in merged:
        s, e = text.span(f.start, f.end)
        if chinese and f.name[0] == "于" and text.original[s] == "於":
            continue    # "於修法通過後": the preposition, which simplifies to the surname 于
        name = f.name
        if chinese and not name.isascii() and len(written := standard_simplified(text.original[s:e])) == len(name):
            name = written       # a Hong Kong variant stays as written (衞炳江, not 卫炳江)
        people.append(PersonMention(name=name, evidence=text.evidence(s, e), title=f.title,
                                    agency_id=f.agency_id, affiliation=f.affiliation,
                                    role=_own_role(f) if f.title else roles.get(f.name, "other")))
    return people
