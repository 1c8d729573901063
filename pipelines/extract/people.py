"""Named people with the title and affiliation this document gives them.

A name only counts when something marks it as a person: a title next to it ("Deputy Director
of X", 副局长徐景和, "Vice Mayor Xu Hui"), an honorific, a speaker label, a byline cue
(记者, "Reporter") or a speech verb. Later bare repeats of an accepted full name become
extra mentions of the same person; surname-only references ("Li said") never create one.
Titles are stored in English (Chinese titles through the lexicon in data/titles.yaml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import yaml

from pipelines.extract.model import AgencyMention, PersonMention
from pipelines.extract.text import NormalizedText

DATA = Path(__file__).resolve().parent / "data"


class Registry(Protocol):
    def lookup(self, name: str) -> str | None: ...


# ------------------------------------------------------------------ data

def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _alternation(words: list[str]) -> str:
    """Longest first, so 副局长 wins over 局长 and "Deputy Director" over "Director"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Lexicon:
    en_titles: dict[str, str]          # lower-case title -> canonical form
    zh_titles: dict[str, str]          # state titles -> English
    zh_party: dict[str, str]           # Party posts -> English
    implied_agency: dict[str, str]
    stopwords: frozenset[str]
    pinyin_surnames: frozenset[str]
    # compiled patterns
    en_title_start: re.Pattern
    en_title_before: re.Pattern
    en_speech_after: re.Pattern
    en_byline: re.Pattern
    zh_titled: re.Pattern
    zh_name_then_title: re.Pattern
    zh_cued: re.Pattern
    zh_byline: re.Pattern
    zh_speaker_line: re.Pattern
    zh_cue_start: re.Pattern
    en_byline_roles: dict[str, str]
    zh_byline_roles: dict[str, str]


# Characters that end an organisation or phrase, never part of a given name.
_ZH_NOT_GIVEN = set("省市县区委局部厅署院司处办室科组队会站所馆校网报社厂店业的了是与及等将就为于年月日时表说称也并又还都已到向从以把被让给由这那其之者们记员任")
_EN_TOKEN = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
# a run of capitalised words; a dot belongs to a word only after an initial or an honorific
_EN_RUN_WORD = r"(?:Mr|Ms|Mrs|Dr|Prof|[A-Z])\.|[A-Z][\w'’&-]*"
_EN_RUN = re.compile(rf"(?<![\w'’.-])(?:{_EN_RUN_WORD})(?: (?:{_EN_RUN_WORD}))*")
_EN_NAME_TOKEN = re.compile(rf"{_EN_TOKEN}|[A-Z]\.?")
_HONORIFIC = r"(?:Mr|Ms|Mrs|Dr|Prof)\.? ?"
_PARTY = re.compile(r"\bparty\b|\bCPC\b|\bcommunist\b", re.I)
_EN_PREP = re.compile(r"\s+(?:of|at|in|with)\s+")
_ORG_TRIM = re.compile(r"^(?:the|China's|China’s)\s+|\s*\([A-Z]{2,}\)$|\s+of China$")
_ZH_ORG_LEAD = re.compile(r"^[请由是在据和与及并对经]+")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    titles = yaml.safe_load((DATA / "titles.yaml").read_text(encoding="utf-8"))
    cues = yaml.safe_load((DATA / "people_cues.yaml").read_text(encoding="utf-8"))
    en_titles = {t.lower(): t for t in titles["english"]}
    surnames = _lines("surnames.txt")
    surname = f"(?:{_alternation(surnames)})"
    zh_all = {**titles["chinese"], **titles["chinese_party"]}
    zh_title = f"(?:{_alternation(list(zh_all))})"
    cjk = r"[\u4e00-\u9fff]"
    en_title = f"(?:{_alternation(list(en_titles))})s?"
    zh_cues = cues["zh_after"]
    strong_cues = [c for c in zh_cues if len(c) > 1]
    en_byline_roles = {c.lower(): "reporter" for c in cues["byline_reporter_en"]}
    en_byline_roles |= {c.lower(): "editor" for c in cues["byline_editor_en"]}
    zh_byline_roles = {c: "reporter" for c in cues["byline_reporter_zh"]}
    zh_byline_roles |= {c: "editor" for c in cues["byline_editor_zh"]}
    return _Lexicon(
        en_titles=en_titles,
        zh_titles=titles["chinese"],
        zh_party=titles["chinese_party"],
        implied_agency=titles["implied_agency"],
        stopwords=frozenset(_lines("people_name_stopwords.txt")),
        pinyin_surnames=frozenset(_lines("people_pinyin_surnames.txt")),
        en_title_start=re.compile(rf"(?:the |a |an )?(?P<title>{en_title})\b", re.I),
        # "CFDA's Vice Minister ", "Premier ", "Minister of the State Council " right before a name
        en_title_before=re.compile(
            rf"(?:(?P<org>[A-Z][\w&-]*(?: [A-Z][\w&-]*)*)['’]s )?(?P<title>{en_title})"
            rf"(?: (?:of|at) (?P<org2>[^,;:\n()]+?))? $", re.I),
        en_speech_after=re.compile(
            rf"^,? (?:has |had |also |then |later )?(?:{_alternation(cues['en_speech'])})\b"),
        # a byline cue opens a line or a bracket: "(Reporter Wang Wanying)", "Author: Mianmian Wang";
        # the name after it may be written in lower case ("Edit:Yao jue")
        en_byline=re.compile(
            rf"(?:^|(?<=[(\[|])|(?<=[ \t]))(?P<cue>{_alternation(list(en_byline_roles))})[ \t]*[:：]?[ \t]*"
            rf"(?P<name>{_EN_TOKEN} (?:[A-Z]\.? )?[A-Za-z][a-z]+)(?![\w'’-])", re.M | re.I),
        zh_titled=re.compile(rf"(?P<chain>{zh_title}(?:、{zh_title})*)(?P<name>{surname}{cjk}{{1,2}})"),
        zh_name_then_title=re.compile(
            rf"(?P<name>{surname}{cjk}{{2}})(?P<title>{_alternation(titles['chinese_after_name'])})"),
        zh_cued=re.compile(rf"(?<!{cjk})(?P<name>{surname}{cjk}{{1,2}})(?=(?:{_alternation(strong_cues)}))"),
        zh_byline=re.compile(rf"(?P<cue>{_alternation(list(zh_byline_roles))})[ \t]*[:：/]?[ \t]*"
                             rf"(?P<name>{surname}{cjk}{{1,2}})"),
        zh_speaker_line=re.compile(rf"^[ \t]*(?:{cjk}*?{zh_title})?(?P<name>{surname}{cjk}{{1,2}})[ \t]*[:：]", re.M),
        zh_cue_start=re.compile(rf"(?:{_alternation(zh_cues)}|{zh_title}|[^\u4e00-\u9fff]|$)"),
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


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class _Agencies:
    """Agency mentions in norm-independent original offsets, plus the registry fallback."""

    def __init__(self, text: NormalizedText, mentions: list[AgencyMention], registry: Registry):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.evidence.start)
        self.registry = registry

    def spans(self) -> list[tuple[int, int]]:
        return [(m.evidence.start, m.evidence.end) for m in self.mentions]

    def first_within(self, norm_start: int, norm_end: int) -> str | None:
        s, e = self.text.span(norm_start, norm_end)
        for m in self.mentions:
            if _overlaps((s, e), (m.evidence.start, m.evidence.end)):
                return m.agency_id
        return None

    def ending_at(self, norm_pos: int) -> str | None:
        """The mention that ends right where a Chinese title chain starts (国家药监局|副局长)."""
        pos = self.text.span(norm_pos, norm_pos + 1)[0]
        best = None
        for m in self.mentions:
            if pos - 1 <= m.evidence.end <= pos + 1 and m.evidence.start < pos:
                if best is None or m.evidence.start < best.evidence.start:
                    best = m
        return best.agency_id if best else None

    def lookup(self, name: str | None) -> str | None:
        if not name:
            return None
        return self.registry.lookup(name)


# ------------------------------------------------------------------ English

@dataclass(frozen=True)
class _Position:
    title: str
    org: str | None
    start: int                         # norm span of the whole segment
    end: int
    party: bool


def _canonical_en_title(raw: str) -> str:
    lex = _lexicon()
    key = raw.lower()
    if key not in lex.en_titles and key.endswith("s"):
        key = key[:-1]
    return lex.en_titles.get(key, raw)


def _en_org(rest: str) -> str | None:
    """The organisation after a title: the first "of/at X" whose X starts like a name."""
    for m in _EN_PREP.finditer(" " + rest):
        org = rest[m.end() - 1:].strip()
        if org[:1].isupper() or org.startswith("the ") or org.startswith("China"):
            prev = None
            while prev != org:
                prev, org = org, _ORG_TRIM.sub("", org).strip()
            return org or None
    return None


def _en_positions(text: str, start: int) -> list[_Position]:
    """Split an appositive ("member of the Party Group and Deputy Director of X") into positions."""
    lex = _lexicon()
    end = len(text)
    stop = re.search(r"[,;\n]|\.(?:\s|$)", text[start:])
    if stop:
        end = start + stop.start()
    phrase = text[start:end]
    # a new position starts at " and <title>"
    cuts = [0] + [m.start() + 5 for m in re.finditer(r" and (?=\S)", phrase)
                  if lex.en_title_start.match(phrase, m.end())]
    positions = []
    for i, cut in enumerate(cuts):
        seg_end = cuts[i + 1] - 5 if i + 1 < len(cuts) else len(phrase)
        seg = phrase[cut:seg_end]
        m = lex.en_title_start.match(seg)
        if not m:
            return []
        positions.append(_Position(title=_canonical_en_title(m.group("title")), org=_en_org(seg[m.end():]),
                                   start=start + cut, end=start + seg_end, party=bool(_PARTY.search(seg))))
    return positions


def _main_position(positions: list[_Position]) -> _Position | None:
    """The first state title that carries its own organisation, else the last state title, else the last."""
    state = [p for p in positions if not p.party]
    with_org = [p for p in state if p.org]
    if with_org:
        return with_org[0]
    return (state or positions or [None])[-1]


def _resolve(pos: _Position, agencies: _Agencies) -> tuple[str | None, str | None]:
    agency_id = agencies.first_within(pos.start, pos.end) if pos.org else None
    agency_id = agency_id or agencies.lookup(pos.org)
    if not agency_id and pos.title in _lexicon().implied_agency:
        agency_id = agencies.lookup(_lexicon().implied_agency[pos.title])
    return agency_id, (None if agency_id else pos.org)


def _valid_en_name(name: str) -> bool:
    stop = _lexicon().stopwords
    tokens = name.split()
    return not any(t.rstrip(".") in stop or t.lower() in _lexicon().en_titles for t in tokens)


@dataclass(frozen=True)
class _Candidate:
    name: str
    start: int
    end: int
    lead: int                          # where the honorific starts, else == start
    honorific: bool


def _en_candidates(norm: str) -> list[_Candidate]:
    """2-3 name tokens inside a run of capitalised words, cut from titles and organisation words.

    A run that goes on with a non-title word after the name ("Xi Jinping Thought", "Huakan
    Biotechnology Co") is an organisation or doctrine, not a person.
    """
    lex = _lexicon()
    out = []
    for run in _EN_RUN.finditer(norm):
        tokens = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"\S+", run.group(0))]
        words = [norm[a:b] for a, b in tokens]
        nameable = [bool(_EN_NAME_TOKEN.fullmatch(w)) and w.rstrip(".") not in lex.stopwords
                    and w.lower() not in lex.en_titles for w in words]
        i = 0
        while i < len(words):
            if not nameable[i]:
                i += 1
                continue
            j = i
            while j < len(words) and nameable[j]:
                j += 1
            size = j - i
            ends_ok = len(words[i].rstrip(".")) > 1 and len(words[j - 1].rstrip(".")) > 1
            followed_by_word = j < len(words) and words[j].lower().rstrip("s") not in lex.en_titles
            if 2 <= size <= 3 and ends_ok and not followed_by_word:
                honorific = i > 0 and re.fullmatch(_HONORIFIC.strip(" ?"), words[i - 1]) is not None
                lead = tokens[i - 1][0] if honorific else tokens[i][0]
                out.append(_Candidate(" ".join(words[i:j]), tokens[i][0], tokens[j - 1][1], lead, honorific))
            i = j
    return out


def _english_people(text: NormalizedText, agencies: _Agencies) -> list[_Found]:
    lex = _lexicon()
    norm = text.norm
    blocked = agencies.spans()
    candidates = [c for c in _en_candidates(norm)
                  if not any(_overlaps(text.span(c.start, c.end), b) for b in blocked)]

    found: list[_Found] = []
    # names coordinated in a list share the title that follows or precedes the list
    groups: list[list[_Candidate]] = []
    for cand in candidates:
        if groups:
            gap = norm[groups[-1][-1].end:cand.lead]
            if re.fullmatch(r",? and |, ", gap):
                groups[-1].append(cand)
                continue
        groups.append([cand])

    for group in groups:
        first_start = group[0].lead
        last_end = group[-1].end
        after = norm[last_end:last_end + 400]
        positions: list[_Position] = []
        if after.startswith(", "):
            positions = _en_positions(norm, last_end + 2)
        if not positions and len(group) > 1:
            # "three vice administrators of the NHSA, Mr. Shi Zihai, Ms. Li Tao, and Mr. Huang Huabo"
            line_start = norm.rfind("\n", 0, first_start) + 1
            before = norm[max(line_start, first_start - 200):first_start]
            lead = re.search(r"([^,;.\n]+), $", before)
            if lead:
                for t in lex.en_title_start.finditer(lead.group(1)):
                    if t.group("title").lower().endswith("s"):
                        positions = _en_positions(norm, first_start - len(lead.group(0)) + t.start())
                        break
        main = _main_position(positions)
        for cand in group:
            person = _Found(cand.name, cand.start, cand.end)
            if main:
                person.title = main.title
                person.agency_id, person.affiliation = _resolve(main, agencies)
            elif not _title_before(norm, cand.lead, person, agencies) and not _person_cue(norm, cand):
                continue
            found.append(person)
    return found


def _title_before(norm: str, start: int, person: _Found, agencies: _Agencies) -> bool:
    """"Vice Mayor Xu Hui", "CFDA's Vice Minister Wu Zhen", "Premier Minister of the State Council Li Keqiang"."""
    lex = _lexicon()
    line_start = norm.rfind("\n", 0, start) + 1
    before = norm[max(line_start, start - 160):start]
    m = lex.en_title_before.search(before)
    if not m:
        return False
    title = _canonical_en_title(m.group("title"))
    written = m.group("title")
    if not written[0].isupper() and not m.group("org"):
        return False   # a lower-case title needs an owner ("PMDA's director X") to be a title
    offset = start - len(before)
    org = m.group("org2") or m.group("org")
    org_start, org_end = (m.span("org2") if m.group("org2") else m.span("org")) if org else (0, 0)
    pos = _Position(title, org, offset + org_start, offset + org_end, bool(_PARTY.search(m.group(0))))
    person.title = title
    person.agency_id, person.affiliation = _resolve(pos, agencies)
    return True


def _person_cue(norm: str, cand: _Candidate) -> bool:
    """Honorific, speaker label, or a speech verb after a name with a Chinese surname."""
    lex = _lexicon()
    end = cand.end
    if cand.honorific:
        return True
    line_end = norm.find("\n", end)
    if re.fullmatch(r"[ \t]*[:：][ \t]*", norm[end:line_end if line_end >= 0 else len(norm)]) \
            and norm.rfind("\n", 0, cand.lead) + 1 >= cand.lead - 4:
        return True
    if lex.en_speech_after.match(norm, end) or lex.en_speech_after.match(norm[end:end + 40]):
        return cand.name.split()[0] in lex.pinyin_surnames   # surname first, as Chinese names are written
    return False


def _english_bylines(text: NormalizedText) -> list[_Found]:
    """"(Reporter Wang Wanying)", "Author: Mianmian Wang", "Edit:Yao jue Responsible editor:Xie Tunan"."""
    lex = _lexicon()
    found = []
    for m in lex.en_byline.finditer(text.norm):
        cue, name = m.group("cue"), m.group("name")
        # a cue in running text ("guided by Xi Jinping") must be capitalised and the name fully so
        if not cue[0].isupper() or not name[0].isupper() or not _valid_en_name(name):
            continue
        if cue.lower() == "by" and not name.split()[-1][0].isupper():
            continue
        role = lex.en_byline_roles[cue.lower()]
        found.append(_Found(name, m.start("name"), m.end("name"), title=role.capitalize(), role=role))
    return found


# ------------------------------------------------------------------ Chinese

def _zh_name_end(norm: str, start: int, max_end: int, strict: bool) -> int | None:
    """Where a Chinese name starting at `start` ends: a two-character given name first, if what follows fits."""
    lex = _lexicon()
    for end in range(max_end, start + 1, -1):
        if any(c in _ZH_NOT_GIVEN for c in norm[start + 1:end]):
            continue
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


def _zh_org_before(norm: str, pos: int) -> str | None:
    head = re.search(r"[\u4e00-\u9fffA-Za-z]{1,30}$", norm[max(0, pos - 30):pos])
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
    for i in range(len(org) - 1):   # "请国家医疗保障局" -> the longest tail that is a known agency
        agency_id = agencies.lookup(org[i:])
        if agency_id:
            return agency_id, None
    return None, org


def _chinese_people(text: NormalizedText, agencies: _Agencies) -> list[_Found]:
    lex = _lexicon()
    norm = text.norm
    found: list[_Found] = []

    for m in lex.zh_titled.finditer(norm):
        s = m.start("name")
        end = _zh_name_end(norm, s, m.end("name"), strict=True)
        if end is None:
            continue
        title = _zh_title(m.group("chain"))
        agency_id, affiliation = _zh_affiliation(norm, m.start("chain"), agencies)
        implied = lex.implied_agency.get(title)
        if not agency_id and implied:
            agency_id = agencies.lookup(implied)
        found.append(_Found(norm[s:end], s, end, title=title, agency_id=agency_id, affiliation=affiliation))

    for m in lex.zh_name_then_title.finditer(norm):   # 习近平总书记
        title = lex.zh_titles.get(m.group("title")) or lex.zh_party.get(m.group("title"), m.group("title"))
        implied = lex.implied_agency.get(title)
        found.append(_Found(m.group("name"), m.start("name"), m.end("name"), title=title,
                            agency_id=agencies.lookup(implied) if implied else None))

    for m in lex.zh_byline.finditer(norm):             # (记者 陈海波) 版面编辑:王永
        s = m.start("name")
        end = _zh_name_end(norm, s, m.end("name"), strict=True)
        if end is not None:
            role = lex.zh_byline_roles[m.group("cue")]
            found.append(_Found(norm[s:end], s, end, title=role.capitalize(), role=role))

    for m in lex.zh_speaker_line.finditer(norm):       # 施子海: / 国家医疗保障局副局长施子海:
        s, e = m.span("name")
        found.append(_Found(norm[s:e], s, e))

    for m in lex.zh_cued.finditer(norm):               # 王江平强调 (a full three-character name only)
        s, e = m.span("name")
        if e - s == 3 and not any(c in _ZH_NOT_GIVEN for c in norm[s + 1:e]):
            found.append(_Found(norm[s:e], s, e))
    return found


# ------------------------------------------------------------------ merging

def _merge(found: list[_Found], norm: str, chinese: bool) -> list[_Found]:
    """One mention per span (the most informative wins), then bare repeats of accepted full names."""
    def richness(f: _Found) -> tuple:
        return (f.title is not None, f.agency_id is not None, f.affiliation is not None, f.end - f.start)

    kept: list[_Found] = []
    for f in sorted(found, key=richness, reverse=True):
        if f.end - f.start < 2 or any(_overlaps((f.start, f.end), (k.start, k.end)) for k in kept):
            continue
        kept.append(f)
    names = {k.name for k in kept if len(k.name) >= 3 or not chinese}
    for name in sorted(names, key=len, reverse=True):
        pattern = re.escape(name) if chinese else rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        for m in re.finditer(pattern, norm):
            if not any(_overlaps(m.span(), (k.start, k.end)) for k in kept):
                kept.append(_Found(name, m.start(), m.end()))
    return sorted(kept, key=lambda f: f.start)


def _own_role(f: _Found) -> str:
    if f.role in ("reporter", "editor"):
        return f.role
    return "official" if f.agency_id or (f.title and not f.affiliation) else "other"


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
    roles: dict[str, str] = {}        # bare repeats take the role of the person's titled mention
    for f in merged:
        if f.title:
            roles.setdefault(f.name, _own_role(f))
    people = []
    for f in merged:
        s, e = text.span(f.start, f.end)
        people.append(PersonMention(name=f.name, evidence=text.evidence(s, e), title=f.title,
                                    agency_id=f.agency_id, affiliation=f.affiliation,
                                    role=_own_role(f) if f.title else roles.get(f.name, "other")))
    return people
