"""Agency mentions: a curated registry, provincial/municipal bodies by pattern, unknown ones by name shape.

Matching runs on `text.norm` (simplified, NFKC, pinyin-free) in layers:
1. one Aho-Corasick automaton over every registry alias, every generated provincial alias
   and the bare kind names ("provincial drug administration", 省药监局), ASCII-lowercased;
2. a city pattern ("Suzhou Municipal ...", 苏州市市场监督管理局);
3. name shapes for bodies the registry lacks ("... Administration", "Department of ...",
   国家...局, <agency>...司).
Longest span wins on overlap; the earlier layers claim their spans first. Bare forms are
then resolved against the provinces the sentence or document names; rows bound to a place
(卫生局 of Macao) only against documents naming it. Customs districts (南宁海关) come by pattern.
"""
from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import NamedTuple

import ahocorasick

from pipelines.extract.model import Agency, AgencyMention, stable_id
from pipelines.extract.resources import built_once, load_yaml
from pipelines.extract.text import NormalizedText, matches_from, to_simplified


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9/&.]{1,9}$")
_LATIN = re.compile(r"[A-Za-z]")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
# A Chinese name whose last character starts another word with the next one (卫生部 + 门 = 卫生部门).
_ZH_FALSE_ENDINGS = {"部门", "部分", "部署", "签署", "部位", "部件", "局面", "局势", "局限", "委员", "办法", "办理",
                     "办事", "司法", "署名", "厅堂"}


def ascii_lower(s: str) -> str:
    """Lowercases without moving offsets: `str.lower` (C speed) when it keeps every character to
    one, else ASCII only (a few letters such as "İ" lower to two characters)."""
    low = s.lower()
    return low if len(low) == len(s) else s.translate(_ASCII_LOWER)


def _matches_near(pattern: re.Pattern, text: str, anchor: str | tuple[str, ...], reach: int = 0) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for a pattern each match of which holds `anchor` (or one of several) at most `reach`
    characters after its start: tried only at those starts, where a scan would try every position (slow for a pattern
    opening with \\b or an optional group)."""
    starts: set[int] = set()
    for a in (anchor,) if isinstance(anchor, str) else anchor:
        at = text.find(a)
        while at >= 0:
            starts.update(range(max(0, at - reach), at + 1))
            at = text.find(a, at + 1)
    return matches_from(pattern, text, sorted(starts))


_LEADING_THE = re.compile(r"^the\s+")
_NOT_ALNUM = re.compile(r"[\W_]+")     # \w is str.isalnum() plus "_"


def name_key(name: str) -> str:
    """How two spellings of one name compare: any script, case, spacing or punctuation."""
    s = to_simplified(unicodedata.normalize("NFKC", name)).lower()
    return _NOT_ALNUM.sub("", _LEADING_THE.sub("", s.strip()))


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)        # names recur from page to page; this one normalises and scans twice
def slugify(name: str) -> str:
    s = _NOT_SLUG.sub("-", ascii_lower(unicodedata.normalize("NFKC", name)).replace("'", "")).strip("-")
    return s if s and not CJK_CHAR.search(name) else stable_id("zh", name_key(name))[3:]


CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


class _Alias(NamedTuple):
    """What an automaton key stands for."""
    surface: str                 # the alias as written in the data
    agency_id: str | None        # registry row, or None for a bare kind
    kind: str | None = None      # bare kind slug ("mpa"); "*" for a kind-less "provincial bureau"
    scope: str | None = None     # bare kinds: provincial / municipal / None; CITY_HEAD: look for a city around it
    case_sensitive: bool = False

    def __reduce__(self):
        return _unpickled_as_tuple(self)


CITY_HEAD = "city-head"
PLACE = "place"              # scope of a key that is a place word of `only_in` rows, not a name
# Kinds a city has but that are written with the city in other ways (中共泰州市委) or never alone.
_NOT_CITY_KINDS = {"party-committee", "gov-office"}


class _Key(NamedTuple):
    """An automaton key with what the match loop asks of it, worked out once when the automaton is built."""
    key: str
    values: list[_Alias]
    names: tuple[_Alias, ...]    # the values that name an agency or a kind (no city head, no place word)
    case_checked: bool           # some name only counts as written (abbreviations)
    head: _Alias | None          # the city head among the values
    place: bool                  # a place word of `only_in` rows
    bound: bool                  # some name is of an `only_in` row
    word_start: bool             # begins with [A-Za-z0-9]: must not continue a word
    word_end: bool               # ends with [A-Za-z0-9]: must not run into one
    zh_end: bool                 # ends with a hanzi: may start a longer word with the next one (部门)
    latin: bool

    def __reduce__(self):
        return _unpickled_as_tuple(self)


def _unpickled_as_tuple(value: tuple) -> tuple:
    """Pickles a named tuple as one tuple.__new__ call, which unpickling makes in C: the registry pickle holds
    ~39,000 keys and as many aliases, and the default calls the class's Python __new__ for each (a fifth of
    its load time, with aliases as dataclasses)."""
    return tuple.__new__, (type(value), tuple(value))


@dataclass
class _Match:
    start: int
    end: int
    candidates: list[_Alias]
    layer: int                   # 0 registry/kind, 1 city pattern, 2 name shape
    agency: Agency | None = None  # for layers 1 and 2: the agency the pattern built
    anchor: int | None = None    # where the text names the unit for parent lookup ("Departments of A, B")
    city: City | None = None     # layer 1: the city the agency belongs to


class AgencyRegistry:
    """Canonical agencies with every name they go by, and the automaton that finds them."""

    def __init__(self, agencies: list[Agency], context: dict[str, tuple[str, ...]] | None = None,
                 kinds: dict[str, dict] | None = None, divisions: list[dict] | None = None,
                 forms: dict[str, dict] | None = None, only_in: dict[str, tuple[str, ...]] | None = None,
                 described: dict[str, tuple[str, ...]] | None = None,
                 predecessors: dict[str, tuple[str, ...]] | None = None):
        self.agencies = {a.agency_id: a for a in agencies}
        # names of a role ("China's drug regulator"): its holder's, or a predecessor's the page names (a 2017 page on
        # the CFDA); and each row's predecessors
        self.described = {i: frozenset(n.lower() for n in names) for i, names in (described or {}).items()}
        self.predecessors = predecessors or {}
        self.context = context or {}        # agency id -> words that pick it when an abbreviation is shared
        # agency id -> place words one of which a document must contain for the row's names to mean it
        self.only_in = {i: frozenset(w.lower() for w in words) for i, words in (only_in or {}).items()}
        self.place_words = frozenset().union(*self.only_in.values())
        self.kinds = kinds or {}
        self.divisions = divisions or []
        # the province-level municipalities (北京, 上海): no 省<kind>, no "provincial government" of theirs
        self.municipalities = frozenset(d["slug"] for d in self.divisions if d.get("type") == "municipality")
        # ...and the autonomous regions: 自治区<kind> is one of theirs, 省<kind> never
        self.autonomous_regions = frozenset(d["slug"] for d in self.divisions if d.get("type") == "autonomous_region")
        self.forms = forms or {}
        self._by_key: dict[str, list[str]] = {}
        self._ancestry: dict[str, frozenset[str]] = {}
        self._looked_up: dict[str, str | None] = {}
        for a in agencies:
            for n in (a.name_en, a.name_zh, a.abbreviation, *a.aliases):
                if n:
                    ids = self._by_key.setdefault(name_key(n), [])
                    if a.agency_id not in ids:
                        ids.append(a.agency_id)
        entries: dict[str, list[_Alias]] = {}
        for a in agencies:
            for n in {x for x in (a.name_en, a.name_zh, a.abbreviation, *a.aliases) if x}:
                cs = bool(_ABBREVIATION.match(n))
                entries.setdefault(ascii_lower(n), []).append(_Alias(n, a.agency_id, case_sensitive=cs))
        for slug, kind in self.kinds.items():
            for n, scope in _bare_kind_forms(kind):
                entries.setdefault(ascii_lower(n), []).append(_Alias(n, None, slug, scope, bool(_ABBREVIATION.match(n))))
        for n, scope in (("provincial bureau", "provincial"), ("provincial administration", "provincial"),
                         ("省局", "provincial")):
            entries.setdefault(n, []).append(_Alias(n, None, "*", scope))
        for slug, kind in self.kinds.items():
            if "municipal" in kind["levels"] and slug not in _NOT_CITY_KINDS:
                heads = [h for h in (kind["en"], *(kind.get("en_other") or [])) if not _ABBREVIATION.match(h)]
                for n in heads + [f"{level}{zh}" for level in "市盟" for zh in kind["zh"]]:
                    values = entries.setdefault(ascii_lower(n), [])
                    if not any(v.scope == CITY_HEAD for v in values):
                        values.append(_Alias(n, None, slug, CITY_HEAD))
        for word in self.place_words:     # found in the same pass as the names
            entries.setdefault(word, []).append(_Alias(word, None, scope=PLACE))
        # the names with a hanzi apart: searched only in a text that has one (pyahocorasick looks a character up among
        # a node's children one by one, and the hanzi make the root's list long)
        self.automaton, self.hanzi_automaton = ahocorasick.Automaton(), ahocorasick.Automaton()
        for key, values in entries.items():
            names = tuple(v for v in values if v.scope != CITY_HEAD and v.scope != PLACE)
            (self.hanzi_automaton if CJK_CHAR.search(key) else self.automaton).add_word(key, _Key(
                key, values, names, any(v.case_sensitive for v in names),
                next((v for v in values if v.scope == CITY_HEAD), None), values[-1].scope == PLACE,
                any(v.agency_id in self.only_in for v in names), key[0] in _WORD_CHARS,
                key[-1] in _WORD_CHARS, bool(CJK_CHAR.match(key[-1])), bool(_LATIN.search(key))))
        self.automaton.make_automaton()
        self.hanzi_automaton.make_automaton()
        names = sorted({n: d for d in self.divisions for n in _division_names(d)}.items(), key=lambda x: -len(x[0]))
        self._division_by_name = dict(names)
        self.division_pattern = re.compile("|".join(re.escape(n) for n, _ in names)) if names else None

    def lookup_key(self, name: str) -> list[str]:
        """Ids listed under exactly this name (no pattern matching)."""
        return self._by_key.get(name_key(name), [])

    def places_in(self, text: str) -> set[str]:
        """The place words of `only_in` rows that a short text (a page's outlet) holds."""
        low = text.lower()
        return {w for w in self.place_words if w in low}

    def absent(self, places: set[str]) -> set[str]:
        """Rows whose place words the document never uses: 卫生局 is Macao's only on a page about Macao."""
        return {i for i, words in self.only_in.items() if not words & places}

    def get(self, agency_id: str) -> Agency | None:
        return self.agencies.get(agency_id)

    def all(self) -> list[Agency]:
        return list(self.agencies.values())

    def lookup(self, name: str) -> str | None:
        """The id of the agency this name (any script, case or listed alias) denotes."""
        if name not in self._looked_up:     # the same names come back page after page: resolve each once
            found = self._lookup(name)
            if len(self._looked_up) >= 65536:
                self._looked_up.clear()
            self._looked_up[name] = found
        return self._looked_up[name]

    def _lookup(self, name: str) -> str | None:
        ids = [i for i in self._by_key.get(name_key(name), ()) if i not in self.only_in]
        if ids:
            return ids[0]
        agencies, mentions = find_agencies(NormalizedText(name), "zh" if CJK_CHAR.search(name) else "en", self)
        whole = [m for m in mentions if m.evidence.start == 0 and m.evidence.end >= len(name.rstrip(" .)"))]
        return whole[0].agency_id if whole else None

    def division_of(self, name: str) -> dict | None:
        return self._division_by_name.get(name)

    def ancestors(self, agency_id: str) -> frozenset[str]:
        """`_ancestors` as a set, worked out once per row (resolution asks for the same rows again and again)."""
        found = self._ancestry.get(agency_id)
        if found is None:
            found = self._ancestry[agency_id] = frozenset(_ancestors(agency_id, self))
        return found


def _division_names(d: dict) -> list[str]:
    names = [d["en"], d["zh"], d["short"], *(d.get("en_other") or [])]
    if d.get("en_full"):
        names += [d["en_full"], *(_other_name(d, other)["en_full"] for other in d.get("en_other") or ())]
    return names


def _other_name(division: dict, other: str) -> dict:
    """A division under another English name, its full name too: Xizang, "Xizang Autonomous Region" (Tibet's)."""
    if division["type"] == "autonomous_region":
        return {"en": other, "en_full": f"{other} Autonomous Region"}
    return {"en": other}


# A government, its general office, its congress: named bare (省政府, 市人大常委会) only as a place's own
_PLACE_OWN_KINDS = frozenset({"gov", "gov-office", "congress-sc", "congress-lac", "congress-sc-office", "info-office"})


def _bare_kind_forms(kind: dict) -> list[tuple[str, str | None]]:
    """Kind names without a division: "provincial drug administration", 省药监局, "Health Commission"."""
    if kind["slug"] == "party-committee":
        return []
    out: list[tuple[str, str | None]] = []
    # "the provincial government" is any province's; 省政府, 省人大常委会 on a page are its own province's
    generic_en = kind["slug"] in _PLACE_OWN_KINDS
    for en in [] if generic_en else [kind["en"], *(kind.get("en_other") or [])]:
        if not _ABBREVIATION.match(en):
            # (an autonomous region's: "the regional health commission")
            out += [(f"provincial {en}", "provincial"), (f"regional {en}", "provincial"), (f"municipal {en}", "municipal")]
            if len(en.split()) >= 2:
                out.append((en, None))
                # "the city's healthcare security bureau", "the province's drug administration"
                out += [(f"city's {en}", "municipal"), (f"province's {en}", "provincial"),
                        (f"league's {en}", "municipal"), (f"prefecture's {en}", "municipal")]   # (Inner Mongolia's leagues)
    # ...but "the municipal government" on a page about one city is that city's (`bare_en`)
    out += [(en, scope) for scope, names in (kind.get("bare_en") or {}).items() for en in names]
    for zh in kind["zh"]:
        if "provincial" in kind["levels"]:
            out += [(f"省{zh}", "provincial"), (f"自治区{zh}", "provincial")]     # 自治区医保局: Guangxi's, on its page
        if "municipal" in kind["levels"]:
            out += [(f"市{zh}", "municipal"), (f"盟{zh}", "municipal")]    # (盟市场监督管理局: a league's, on its page)
    return out


def _fill(template: str, division: dict, form: dict) -> list[str]:
    """The template filled in with each of the division's adjectival forms (its first: the usual one)."""
    values = {"en": division["en"], "en_full": division.get("en_full") or division["en"]}
    unit = form["unit"].format(**values)
    adjs = [form["adj"]] if isinstance(form["adj"], str) else form["adj"]
    return list(dict.fromkeys(template.format(adj=adj.format(**values), unit=unit, name=division["en"], kind="{kind}")
                              for adj in adjs))


DEFAULT_TEMPLATES = ("{adj} {kind}", "{name} {kind}", "{kind} of {unit}", "{unit} {kind}")


def regional_agency(division: dict, kind: dict, forms: dict, level: str = "provincial") -> Agency:
    """The agency of `kind` in a province (or a city: `division` then carries en/zh of the city)."""
    form = forms[division["type"]]
    templates = kind.get("templates") or DEFAULT_TEMPLATES
    names_en: list[str] = []
    for head in [kind["en"], *(kind.get("en_other") or [])]:
        for t in templates:
            for name in _fill(t, division, form):
                if (name := name.replace("{kind}", head)) not in names_en:
                    names_en.append(name)
            if division.get("en_other"):
                for other in division["en_other"]:
                    for alt in _fill(t, division | _other_name(division, other), form):
                        if (alt := alt.replace("{kind}", head)) not in names_en:
                            names_en.append(alt)
    names_zh: list[str] = []
    for prefix in kind.get("zh_prefix") or [""]:
        for zh in kind["zh"]:
            names_zh.append(f"{prefix}{division['zh']}{zh}")
            if division.get("short") and len(zh) >= 3 and division["short"] != division["zh"]:
                names_zh.append(f"{prefix}{division['short']}{zh}")
    prefix = "prov" if level == "provincial" else "city"
    # (a government's offices are its units: "General Office of the Hebei Provincial People's Government")
    parent = f"{prefix}-{division['slug']}-{kind['parent_kind']}" if kind.get("parent_kind") else None
    return Agency(agency_id=f"{prefix}-{division['slug']}-{kind['slug']}", name_en=names_en[0], name_zh=names_zh[0],
                  parent_agency_id=parent, level=kind.get("level_override") or level,
                  province=division["en"] if level == "provincial" else division.get("province"),
                  aliases=tuple(dict.fromkeys(names_en[1:] + names_zh[1:])), acts_alone=kind.get("acts_alone", False))


def embassies(country: dict) -> tuple[Agency, Agency]:
    """A foreign country's embassy in China and China's embassy in it, under the ways news copy names them
    ("the Pakistani Embassy in Beijing", "Embassy of the Republic of Korea in China", 中国驻埃及大使馆)."""
    names = [country["en"], *(n for n in country.get("other") or () if not CJK_CHAR.search(n))]
    zh_names = [country["zh"], *(n for n in country.get("other") or () if CJK_CHAR.search(n))]
    of = [*names, *(f"the {n}" for n in names if n.startswith("Republic")), f"the Republic of {country['en']}"]
    in_china = [f"Embassy of {country['en']} in China", f"{country['demonym']} Embassy in China",
                f"{country['demonym']} Embassy in Beijing", f"{country['demonym']} Embassy",
                *(f"Embassy of {n} in {place}" for n in of for place in ("China", "Beijing")),
                *(f"{n} Embassy in {place}" for n in names for place in ("China", "Beijing"))]
    zh_in_china = [f"{n}驻{place}{kind}" for n in zh_names for place in ("华", "中国") for kind in ("大使馆", "使馆")]
    chinas = ["China", "the People's Republic of China", "the PRC"]
    abroad = [f"Embassy of China in {country['en']}", f"Chinese Embassy in {country['en']}",
              *(f"Embassy of {c} in {n}" for c in chinas for n in of), *(f"Chinese Embassy in {n}" for n in names)]
    zh_abroad = [f"{c}驻{n}{kind}" for c in ("中国", "中华人民共和国") for n in zh_names for kind in ("大使馆", "使馆")]
    return (Agency(agency_id=f"embassy-{country['slug']}-in-china", name_en=in_china[0], name_zh=zh_in_china[0],
                   level="foreign", aliases=tuple(dict.fromkeys(in_china[1:] + zh_in_china[1:]))),
            Agency(agency_id=f"embassy-china-in-{country['slug']}", name_en=abroad[0], name_zh=zh_abroad[0],
                   parent_agency_id="mfa", level="national", aliases=tuple(dict.fromkeys(abroad[1:] + zh_abroad[1:]))))


def health_ministry(country: dict) -> Agency:
    """A foreign country's ministry of health under every way news copy names it."""
    names = [country["en"], *(country.get("other") or [])]
    ministry, ministry_zh = country.get("ministry", "Ministry of Health"), country.get("ministry_zh", "卫生部")
    en = [f"{ministry} of {names[0]}", f"{country['demonym']} {ministry}"]
    # the ministry's own name first, then the generic ones copy also uses ("Kazakhstan's Ministry of Healthcare")
    heads = list(dict.fromkeys([ministry, "Ministry of Health", "Ministry of Healthcare"]))
    for n in names:
        if not CJK_CHAR.search(n):
            # ("the Philippines' Department of Health", and "Laos's" as often as "Laos'")
            for head in heads:
                en += [f"{n}{p} {head}" for p in (("'", "’", "'s", "’s") if n.endswith("s") else ("'s", "’s"))]
                en += [f"{n} {head}", f"{head} of {n}"]
            en += [f"Ministry of Public Health of {n}", f"{ministry} {n}"]      # as Malaysia and Singapore style theirs
    # a state named in full: "Ministry of Health of the Republic of Uzbekistan", "… of the Federal Democratic Republic of
    # Ethiopia"
    en += [f"{head} of the {form} of {names[0]}" for head in heads for form in _STATE_FORMS]
    en += [f"{country['demonym']} {head}" for head in heads]
    # (named by what it is: "Oman's health ministry", "the Egyptian health ministry")
    en += [f"{n}{p} health ministry" for n in names if not CJK_CHAR.search(n) for p in ("'s", "’s")]
    en += [f"{country['demonym']} health ministry"]
    zh = [f"{n}{ministry_zh}" for n in (country["zh"], *names) if CJK_CHAR.search(n)]
    zh += [f"{n}公共卫生部" for n in (country["zh"], *names) if CJK_CHAR.search(n) and ministry_zh != "公共卫生部"]
    # (a republic named in full: 哈萨克斯坦共和国卫生部)
    zh += [f"{n}共和国{ministry_zh}" for n in (country["zh"], *names) if CJK_CHAR.search(n) and not n.endswith("国")]
    return Agency(agency_id=f"foreign-{country['slug']}-moh", name_en=en[0], name_zh=zh[0], level="foreign",
                  aliases=tuple(dict.fromkeys(en[1:] + zh[1:])))


_STATE_FORMS = ("Republic", "Kingdom", "Federal Republic", "Democratic Republic", "Federal Democratic Republic",
                "Islamic Republic", "Socialist Republic", "United Republic", "Arab Republic", "People's Republic", "State")


def _english_names(country: dict) -> list[str]:
    """A country's English names (agency_countries.yaml: `en`, then the English ones of `other`)."""
    return [n for n in (country["en"], *(country.get("other") or [])) if not CJK_CHAR.search(n)]


def drug_regulator(country: dict) -> Agency:
    """A foreign country's food and drug administration as news copy names it: "Thai FDA",
    "Food and Drug Administration of the Philippines", 泰国食品药品监督管理局."""
    names = _english_names(country)
    en = [f"{country['demonym']} Food and Drug Administration", f"{country['demonym']} FDA"]
    # (Myanmar's regulator is a ministry's "Department of Food and Drug Administration")
    for head in ("Food and Drug Administration", "Food and Drug Authority", "Food and Drugs Authority",
                 "Department of Food and Drug Administration"):
        en += [f"{country['demonym']} {head}"]
        for n in names:
            en += [f"{n} {head}", f"{head} of {n}", f"{n}'s {head}", f"{n}’s {head}"]
    en += [f for n in names for f in (f"{n} FDA", f"FDA {n}", f"{n}'s FDA", f"{n}’s FDA")]
    zh_names = [n for n in (country["zh"], *(country.get("other") or [])) if CJK_CHAR.search(n)]
    zh = [f"{n}{kind}" for n in zh_names for kind in ("食品药品监督管理局", "食品药品管理局", "食品和药物管理局")]
    return Agency(agency_id=f"foreign-{country['slug']}-fda", name_en=en[0], name_zh=zh[0], level="foreign",
                  aliases=tuple(dict.fromkeys(en[1:] + zh[1:])))


def _with_drug_regulators(agencies: list[Agency], countries: list[dict]) -> list[Agency]:
    """Adds each country's generated regulator; where the registry lists the real one (`regulator`),
    the generated names become that row's aliases instead."""
    by_id = {a.agency_id: a for a in agencies}
    for country in countries:
        generated = drug_regulator(country)
        own = by_id.get(country.get("regulator") or "")
        if own is None:
            by_id[generated.agency_id] = generated
            continue
        known = {name_key(n) for n in _names(own)}
        extra = [n for n in _names(generated) if name_key(n) not in known]
        by_id[own.agency_id] = replace(own, aliases=tuple(dict.fromkeys(own.aliases + tuple(extra))))
    return list(by_id.values())


@dataclass(frozen=True)
class _RegistryRows:
    """The registry as read from its YAML files, before any matcher is built."""
    agencies: tuple[Agency, ...]
    context: dict[str, tuple[str, ...]]
    kinds: dict[str, dict]
    divisions: list[dict]
    forms: dict[str, dict]
    only_in: dict[str, tuple[str, ...]]
    described: dict[str, tuple[str, ...]]      # id -> names of its role ("China's drug regulator")
    predecessors: dict[str, tuple[str, ...]]   # id -> the rows it succeeded (nmpa -> cfda, sfda)


def _registry_rows() -> _RegistryRows:
    rows = load_yaml("agencies.yaml")
    regions = load_yaml("agency_regions.yaml")
    agencies: list[Agency] = []
    context: dict[str, tuple[str, ...]] = {}
    only_in: dict[str, tuple[str, ...]] = {}
    described: dict[str, tuple[str, ...]] = {}
    predecessors: dict[str, tuple[str, ...]] = {}
    for r in rows:
        aliases = [a for a in (r.get("aliases") or []) + (r.get("described_as") or [])
                   if a not in (r.get("name_en"), r.get("name_zh"), r.get("abbreviation"))]
        if r.get("described_as"):
            described[r["id"]] = tuple(r["described_as"])
        if r.get("successor"):
            predecessors[r["successor"]] = predecessors.get(r["successor"], ()) + (r["id"],)
        agencies.append(Agency(agency_id=r["id"], name_en=r.get("name_en"), name_zh=r.get("name_zh"),
                               abbreviation=r.get("abbreviation"), parent_agency_id=r.get("parent"),
                               level=r.get("level"), aliases=tuple(aliases)))
        if r.get("context"):
            context[r["id"]] = tuple(r["context"])
        if r.get("only_in"):
            only_in[r["id"]] = tuple(r["only_in"])
    countries = load_yaml("agency_countries.yaml")["countries"]
    agencies += [health_ministry(c) for c in countries]
    agencies += [embassy for c in countries for embassy in embassies(c)]
    agencies = _with_drug_regulators(agencies, countries)
    kinds = {k["slug"]: k for k in regions["kinds"]}
    for d in regions["divisions"]:
        for k in kinds.values():
            if "provincial" in k["levels"] or (d["type"] == "municipality" and k["slug"] not in _NOT_OF_MUNICIPALITIES):
                agencies.append(regional_agency(d, k, regions["division_forms"]))
    return _RegistryRows(tuple(agencies), context, kinds, regions["divisions"], regions["division_forms"], only_in,
                         described, predecessors)


# A province-level municipality has the bureaus of a city too (北京市公安局, 上海市财政局), but its
# intermediate courts are numbered (北京市第一中级人民法院): no one court of that name.
_NOT_OF_MUNICIPALITIES = frozenset({"ipc"})


def registry_agencies() -> tuple[Agency, ...]:
    """Every registry agency, one per id. From the registry itself: the process that loads has
    it already (warmed before staging), and elsewhere its pickle loads as fast as the YAML."""
    return tuple(load_registry().agencies.values())


def _build_registry() -> AgencyRegistry:
    r = _registry_rows()
    return AgencyRegistry(list(r.agencies), r.context, r.kinds, r.divisions, r.forms, r.only_in, r.described,
                          r.predecessors)


@lru_cache(maxsize=1)
def load_registry() -> AgencyRegistry:
    """Built from the YAML rows, or unpickled (3x faster) when this code and data built it before."""
    city_gazetteer()     # loaded with the registry, not inside the first document's timing
    return built_once("agency-registry", _build_registry)


# ---------------------------------------------------------------- cities

_NOT_CITY_EN = {"China", "Chinese", "The", "State", "People", "National", "Central", "Provincial", "Municipal", "Local"}
# "<City> Municipal <kind>" / "<City> <kind>", read backwards from where the automaton found the kind.
_EN_CITY_BEFORE = re.compile(r"\b([A-Z][a-z']+(?:[ -](?!(?:Municipal|City|League) $)[A-Z][a-z']+)?) "
                             r"(?:(Municipal|City|League|municipal|city) )?$")
# "<kind> of <City>", read forwards from the end of the kind.
_EN_CITY_AFTER = re.compile(r"s? of ([A-Z][a-z]+(?:[ -](?!(?:City|Municipality)\b)[A-Z][a-z]+)?)(?: (City|Municipality))?\b")


@dataclass(frozen=True)
class City:
    en: str
    zh: str | None           # None when two cities share the English name (Taizhou: 泰州, 台州)
    province: str | None
    prefecture: bool         # prefecture-level, not a county-level city
    league: bool = False     # one of Inner Mongolia's leagues (阿拉善盟: "Alxa League"), not a 市


@dataclass(frozen=True)
class _Gazetteer:
    by_zh: dict[str, City]
    by_en: dict[str, City]
    longest_zh: int


@lru_cache(maxsize=1)
def city_gazetteer() -> _Gazetteer:
    """Prefecture- and county-level cities from divisions.yaml (owned by the places extractor)."""
    rows = load_yaml("divisions.yaml")["cities"]
    by_zh: dict[str, City] = {}
    en_count = Counter(r["en"] for r in rows)
    by_en: dict[str, City] = {}
    for r in rows:
        city = City(r["en"], r["zh"], r["province"], r["kind"] == "prefecture", r["full"].endswith("盟"))
        # 恩施 is both a prefecture (恩施州) and a city (恩施市): before 市 the city is meant.
        if r["zh"] not in by_zh or r["full"] == r["zh"] + "市":
            by_zh[r["zh"]] = city
        if en_count[r["en"]] == 1:
            by_en[r["en"]] = city
        elif r["en"] not in by_en:
            by_en[r["en"]] = replace(city, zh=None)
    return _Gazetteer(by_zh, by_en, max(map(len, by_zh)))


def city_agency(kind: dict, city: City) -> Agency:
    # A kind with its own templates is written around the city as around a province: "Standing Committee
    # of the Guangzhou Municipal People's Congress", not "Guangzhou Municipal People's Congress Standing Committee"
    level, unit = ("League", f"{city.en} League") if city.league else ("Municipal", f"{city.en} City")
    forms = [t.format(adj=f"{city.en} {level}", unit=unit, name=city.en, kind="{kind}")
             for t in kind.get("templates") or () if " Province" not in t] + [f"{city.en} {level} {{kind}}", f"{city.en} {{kind}}",
                                                      f"{{kind}} of {city.en}", f"{unit} {{kind}}"]
    names_en = list(dict.fromkeys(f.replace("{kind}", h) for h in [kind["en"], *(kind.get("en_other") or [])]
                                  if not _ABBREVIATION.match(h) for f in forms))
    # (a league's government is its administrative office: 阿拉善盟行政公署)
    names_zh = [f"{city.zh}{'盟' if city.league else '市'}{zh}" for zh in kind["zh"]] if city.zh else []
    return Agency(agency_id=f"city-{slugify(city.en)}-{kind['slug']}", name_en=names_en[0],
                  name_zh=names_zh[0] if names_zh else None, level=kind.get("level_override") or "municipal",
                  province=city.province,
                  in_registry=False, aliases=tuple(dict.fromkeys(names_en[1:] + names_zh[1:])))


def _city_at(norm: str, start: int, end: int, kind: dict, registry: AgencyRegistry) -> _Match | None:
    """The city agency around a kind head the automaton found: 泰州 + 市市场监督管理局, "Wuhan Municipal"
    + "Health Commission", "Bureau of Finance" + " of Suzhou"."""
    gazetteer = city_gazetteer()
    if CJK_CHAR.match(norm[start]):                  # the key is 市<kind> or 盟<kind>: a known city or league must precede
        for k in range(min(gazetteer.longest_zh, start), 1, -1):
            city = gazetteer.by_zh.get(norm[start - k:start])
            if city and city.league == (norm[start] == "盟"):
                return _Match(start - k, end, [], 1, city_agency(kind, city), city=city)
        return None
    before = _EN_CITY_BEFORE.search(norm, max(0, start - 40), start)
    if before:
        words = before.group(1)
        name, city = _en_city_ending(words, registry, before.group(2) is not None)
        if city:
            return _Match(before.start(1) + len(words) - len(name), end, [], 1, city_agency(kind, city), city=city)
    if district := _EN_DISTRICT_BEFORE.search(norm, max(0, start - 30), start):
        # "Jing'an District Administration for Market Regulation": a district's body (no district is registered)
        return _Match(district.start(1), end, [], 1, _district_body(district.group(1), norm[start:end]))
    after = _EN_CITY_AFTER.match(norm, end)
    if after:
        city = _en_city(after.group(1), registry, True)
        if city:
            return _Match(start, after.end(), [], 1, city_agency(kind, city), city=city)
    return None


_EN_DISTRICT_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:['’-][a-z]+)?) District $")


@lru_cache(maxsize=4096)       # the words before a kind head recur from page to page
def _en_city_ending(words: str, registry: AgencyRegistry, level_word: bool) -> tuple[str, City | None]:
    """The city named by two capitalised words, or else by the last one ("The Wuxi" -> Wuxi)."""
    for name in (words, words.split()[-1]):
        city = _en_city(name, registry, level_word)
        if city:
            return name, city
    return words, None


def _en_city(name: str, registry: AgencyRegistry, level_word: bool) -> City | None:
    """A city by English name: from the gazetteer, or any capitalised name the text calls municipal."""
    if registry.division_of(name) or registry.division_of(name.split()[-1]) or _NOT_CITY_EN & set(name.split()):
        return None
    city = city_gazetteer().by_en.get(name)
    if city or not level_word:
        return city
    return City(name, None, None, True)


# ---------------------------------------------------------------- name shapes for unknown agencies

_HEADS = {"Administration", "Commission", "Bureau", "Ministry", "Department", "Office", "Authority", "Agency",
          "Committee", "Council", "Division", "Directorate", "Inspectorate"}
_DEPT_HEADS = {"Department", "Division", "Office", "Bureau"}
_BODY_HEADS = {"Commission", "Committee", "Council", "Group"}
# Words that make a capitalised name a company, school, medium, event or document, not an agency.
# (Not "Pharmaceutical": units are named with it, "Department of Pharmaceutical Price and Tendering
# Procurement"; a company's name goes on to Co., Ltd. or Group.)
_COMPANY_WORDS = {
    "Co", "Co.", "Ltd", "Ltd.", "Inc", "Inc.", "Group", "Company", "Corporation", "Corp", "Holdings",
    "Pharmaceuticals", "Pharma", "Biotech", "Biopharma", "Biopharmaceuticals", "Therapeutics", "Biosciences", "Biologics",
    "Technologies",
}
_NOT_AGENCY_WORDS = _COMPANY_WORDS | {
    "University", "College", "School", "Hospital", "Clinic",
    "Association", "Federation", "Chamber", "Society", "Institute", "Academy", "Foundation", "Fund", "Bank", "Alliance",
    "Union", "Club", "News", "Daily", "Times", "Post", "Journal", "Magazine", "Television", "Radio", "Network",
    "Congress", "Session", "Plenary", "Conference", "Symposium", "Forum", "Meeting", "Week", "Plan", "Law", "Laws",
    "Regulation", "Regulations", "Measures", "Notice", "Opinions", "Program", "Programme", "Project", "Guidelines",
    "Center", "Centre", "Party", "Expert", "Experts", "Leading", "Press", "Reform", "Rules", "Catalogue", "List",
    "Provisions", "Circular", "Announcement", "Decision", "Outline", "Procedures",
}
# Of those, the words that name a document ("Regulations on ...", "Measures for ...")
_DOCUMENT_WORDS = {"Plan", "Law", "Laws", "Regulation", "Regulations", "Measures", "Notice", "Opinions", "Program",
                   "Programme", "Project", "Guidelines", "Rules", "Catalogue", "List", "Reform", "Provisions",
                   "Circular", "Announcement", "Decision", "Outline", "Procedures"}
_GENERIC_MODIFIERS = {"General", "Standing", "Central", "Provincial", "Municipal", "Local", "Regional", "National",
                      "State", "Relevant", "Competent", "Administrative", "Executive", "Joint", "Special", "Main", "Head",
                      "Leading", "Drug", "Health", "Regulatory", "Government", "Public", "Management"}
_LEADING_STOP = {"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "Both", "Each",
                 "All", "Also", "And", "Recently", "Meanwhile", "However", "China's", "China’s", "Chinese", "Then", "When",
                 "Under", "By", "From", "With", "At", "In", "On", "Of", "For", "To", "Later", "Earlier", "Today", "Yesterday",
                 # people before "of the <unit>": "Staff of the Publicity Department"
                 "Staff", "Officials", "Official", "Representatives", "Delegates", "Leaders", "Heads", "Members"}
_CONNECTORS = {"of", "and", "for", "on", "&", "the"}
_PEOPLE = {"People", "Women", "Children", "Workers"}     # "People's Government" is one name
_LEVEL_WORDS = {"Provincial", "Municipal", "City", "County", "District", "Prefectural"}
_HEAD_WORD = re.compile(r"\b(?:%s)\b" % "|".join(sorted(_HEADS)))
# "and" between two names: after a head ("Drug Production Supervision Division and Medical Device
# Supervision Division") or before "the" and a name that opens with its head ("... Zone and the
# Department of Health"; without "the", "Supervision and Administration of Medical Devices" is one title)
_AND_GAP = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
_ENDS_WITH_HEAD = re.compile(r"\b(?:%s)$" % "|".join(sorted(_HEADS)))
_OPENS_WITH_HEAD = re.compile(r"(?<=the )(?:%s)\s+(?:of|for)\s" % "|".join(sorted(_HEADS)))
# a piece of a chain that goes on "of the <agency>": "Publicity Department of the National Health Commission"
_OF_AGENCY_NEXT = re.compile(r"\s(?:of|under)(?:\s+the)?\s*$")
# A hospital's, school's or company's department is no agency: "the Department of Endocrinology at Peking Union
# Medical College Hospital"
_NON_STATE_OWNER = re.compile(r"(?:\s+(?:at|of)|,)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){0,6}"
                              r"(?:Hospital|University|College|School|Company|Co\.|Group|Corporation|Inc\.?)\b")
# A trade office is named for where it sits: "the Hong Kong Economic and Trade Office in Guangdong"
_OFFICE_IN_PLACE = re.compile(r" in [A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\w'’-])")
# "Optimizing the Administration of Urgently Needed Imported Drugs": the act of administering, a verb's object
_GERUND_BEFORE = re.compile(r"[a-z]ing\s+(?:the\s+)?$", re.I)
# "deputy director of the Publicity Department and spokesperson of the NHC": the unit is the agency's
_AND_TITLE_OF = re.compile(r"\s+and\s+(?:[a-z][a-z-]*\s+){1,3}(?:of|at)\s+(?:the\s+)?")
_HEAD_TEXT = re.compile("|".join(sorted(_HEADS)))      # no \b: scanned at C speed, for a first look
# Capitalised chains of two words or more: one word never holds a name (`_shape_candidates`), and
# a chain that stops after its first word would stop there from any later start inside that word.
# (Words possessive: a letter given back could never be followed by the space the chain needs.)
# (a place in brackets inside a name is part of it: "the Administrative Committee of the China (Tianjin) Pilot Free Trade Zone")
# (not across "on" to a day: "the Central Committee for Deepening Overall Reform on February 19")
# (spaces, not line breaks: a name never runs on into the next line, "Unit: Division of X" / "The NHIA …")
_CHAIN = re.compile(r"[A-Z][A-Za-z'’&\-]*+(?:(?:[^\S\n]+(?:of|and|for|&)(?:[^\S\n]+the)?|[^\S\n]+on(?![^\S\n]+(?:January|February|March|April|May"
                    r"|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
                    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:[^\S\n]+the)?)?[^\S\n]+[A-Z][A-Za-z'’&\-]*+"
                    r"|[^\S\n]+\([A-Z][a-z]+\)(?=[^\S\n]+[A-Z]))+")
_DEPT_LIST = re.compile(r"\bDepartments\s+of\s+((?:[A-Z][\w\-]*\s*)+(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w\-]*\s*)+)+)")
_DEPT_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_WORD = re.compile(r"\S+")
_ZH_FUNCTION = re.compile(r"[的了在是对将已为与及等向把被从由副党我你他她它这那其之们]")
# (a 局 closing a word is no bureau: 融入国家中医药发展大局, 格局, 布局, 全局)
_ZH_NATIONAL = re.compile(r"(?:国家|国务院)[\u4e00-\u9fff]{2,10}?(?:总局|管理局|委员会|办公室|(?<![大格布全结开变时政])局|署)(?![长])")
# Internal units written right after their agency: 司 (department), 处 (division), a SAR bureau's
# 事务厅 (卫生局药物事务厅), a police department's investigation corps (公安厅食品药品环境犯罪侦查总队)
# and a government's 办公厅 (a bare 厅 is as often a hall: 新闻发布厅). A 局 after an
# agency is as often a bare kind of a listed body (兵团医保局) as a unit, so it is left out.
# A local bureau's section, office or brigade, told by its head's title after it (医政医管科科长, 药品股股长, 执法大队大队长,
# 刑事侦查支队副支队长): the word alone is too common (学科, 专科)
_SECTION = r"[\u4e00-\u9fff]{2,14}?(?:科(?=副?科长)|股(?=副?股长)|大队(?=副?大队长)|支队(?=副?支队长))"
_ZH_SECTION = re.compile(_SECTION)
_ZH_SUBUNIT = re.compile(r"(?:[\u4e00-\u9fff]{2,10}?(?:司|(?<![查惩判论相到好长难之用去出住此各])处|事务厅|办公厅|侦查总队|侦查支队)"
                         r"|[刑民][一二三四五六七八九十]庭|(?:刑事|民事|行政)审判第[一二三四五六七八九十]+庭"     # a court's divisions
                         rf"|{_SECTION}|(?:法制|预算|代表|选举)工作委员会|办公室|办公厅)(?![长室置罚理方]|分(?!别))")
# (not 处分, 处置, 处罚, 处理, 处方, 查处; a congress's 法制工作委员会; an agency's own 办公室 or 办公厅: 国家知识产权局办公室,
# 省人大常委会办公厅)
# ...and a 部 right after a 局 or 委 is its department (国家知识产权局审查业务管理部), not 干部, 内部, 全部 or 部门
# (not a verb then 部省, ministry and province: "与省政府召开部省共建…推进会")
_ZH_AGENCY_DEPARTMENT = re.compile(r"(?!召开|举行|举办|开展|推进|签署)[\u4e00-\u9fff]{2,8}?(?<![干内外全局东西南北中总本各])部"
                                   r"(?![门分位件长署省])")
# The administration of a development or pilot zone or an industrial park (博鳌乐城国际医疗旅游先行区管理局, 东湖高新区管委会,
# 苏州工业园区管委会, 中国(上海)自由贸易试验区管理委员会: a place in brackets within),
# opening a clause or a list item: without word boundaries, what stands before it could be a verb.
# (its name holds no 和, 与 or 及: "市市场监管局和大连高新区管委会" lists two bodies; nor 代表: "陈文华分别代表园区管委会")
_ZH_ZONE_BODY = re.compile(r"(?:(?<=^)|(?<=[\s、，,；;：:（(“\"。]|和|与|及))"
                           r"(?:(?![和与及]|代表)[\u4e00-\u9fff]|[(（][\u4e00-\u9fff]{2,4}[)）]){2,16}?"
                           r"(?:先行区|开发区|高新区|自贸区|试验区|示范区|合作区|新区|园区)(?:管理局|管理委员会|管委会)", re.M)
_ZH_ZONE_LEAD = re.compile(r"(?:并|並)?(?:(?:听取|聽取|参观|參觀|考察|调研|調研|走访|走訪|来到|來到|前往|到|赴|会见|會見|向|在|由|对|對)了?)*")
_ZH_ZONE_TAILS = ("区管理局", "区管理委员会", "区管委会")     # the pattern's scan is tried only where one is
# A ministry's bureau: 公安部新闻宣传局 (after a 部, a 局 is one of its units; not 局长)
# (not a verb taking another body: 公安部指导浙江公安局)
_ZH_MINISTRY_BUREAU = re.compile(r"(?!指导|督促|会同|联合|组织|部署|要求|推动|牵头|协调|挂牌|通报|发布|召开|开展|指挥|派出|责成|通知|督办"
                                 r"|支持|联手|配合|商请|依托)[\u4e00-\u9fff]{2,8}?局(?![长])")
_ZH_BARE_DIVISION = re.compile(r"(?:(?<=^)|(?<=[，。；、：,;:\n]))[\u4e00-\u9fff]{2,10}?处(?=副?处长)", re.M)
# "机关各司", "相关处": a set of units, not one (nor a hospital's or a company's department: 医管局伊利沙伯医院内科部).
_ZH_UNIT_SET = re.compile(r"^机关|各|相关|有关|其他|其它|所属|下属|内设|直属|医院|公司")
# Between units of one enumeration: 药品生产监管处、药品注册管理处和科技和国际合作处; an alternative name
# in brackets may follow a unit (国际合作司（港澳台办公室）).
_ZH_UNIT_JOINER = re.compile(r"(?:[(（][^()（）]{1,12}[)）])?(?:、|和|及|以及|与)")
_AMERICAN = re.compile(r"\bU\.?S\.?\b(?!\$|\s*dollars?)|\bUnited States\b(?!\s*dollars?)|\bAmerica|美国|美國")  # (not "US$932")
# The list of every provincial-level region the corps closes: "各省、自治区、直辖市和新疆生产建设兵团", "all provinces,
# autonomous regions and municipalities and the Xinjiang Production and Construction Corps"
_EVERY_PROVINCE_BEFORE = re.compile(r"直辖市[^，。；,;]{0,12}(?:及|和|以及|、)$|municipalities(?:\s+\w+){0,3}\s+and\s+(?:the\s+)?$")
# The addressee line of a notice (各省、自治区、直辖市…：) lists recipients, not actors.
_ADDRESSEE_LINE = re.compile(r"^\s*各[^\n]{0,80}[:：]\s*$")


def _shape_candidates(segment: str, offset: int, unit_of_next: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, name) of agency-shaped names inside one capitalised chain; `unit_of_next` when
    the chain goes on "of <a known agency>", whose unit a bare generic head then names."""
    if len(segment.split(None, 1)) < 2:
        return []       # one word or none, as most pieces left between claimed spans are: no name
    words = list(_WORD.finditer(segment))
    while words and (words[0].group() in _LEADING_STOP or words[0].group() in _CONNECTORS
                     or words[0].group()[0] in "'’" or words[0].group() == "THE"):   # (a paper's lead: "THE X held …")
        words.pop(0)
    while words and words[-1].group() in _CONNECTORS:
        words.pop()
    if len(words) < 2:
        return []
    tokens = [w.group() for w in words]
    # "Uzbekistan's Agency for the Development of ...": the owner is no part of the name
    owner = next((k for k, t in enumerate(tokens[:-2]) if t.endswith(("'s", "’s")) and t[:-2] not in _PEOPLE
                  and any(t in _HEADS for t in tokens[k + 1:])), None)
    if owner is not None:
        return _shape_candidates(segment[words[owner + 1].start():], offset + words[owner + 1].start(), unit_of_next)
    head_last = tokens[-1] in _HEADS
    # "Department of Health", "Administrative Committee of the East Lake High-tech Development Zone"
    lead = 1 if tokens[0] in _GENERIC_MODIFIERS and len(tokens) >= 4 else 0
    head_first = tokens[lead] in _HEADS and tokens[lead + 1] in {"of", "for"} and len(tokens) >= 3 + lead
    # a unit is named for what it regulates: "Department of Drug Regulation", "Department of Policy and Regulations"
    vetoes = _NOT_AGENCY_WORDS - _DOCUMENT_WORDS if head_first else _NOT_AGENCY_WORDS
    if tokens[-1] in _DEPT_HEADS:
        vetoes = vetoes - {"Fund"}      # a unit named for what it oversees: "Fund Supervision Division"
    if any(t.rstrip(",.") in vetoes for t in tokens) and not (
            # ... or what comes before its head: "Medicine Regulation Division", not "Regulations Office"
            head_last and tokens[0] not in _DOCUMENT_WORDS
            and not any(t.rstrip(",.") in _NOT_AGENCY_WORDS - _DOCUMENT_WORDS for t in tokens)
            # (but a document's word before its subject names the document: "Hubei Provincial Regulations on Drug
            # Supervision and Administration")
            and not any(t in _DOCUMENT_WORDS and n in ("on", "for", "of") for t, n in zip(tokens, tokens[1:]))):
        return []
    # "Shanghai Municipal Commission of Economy and Informatization": a level word before the head
    head_inside = any(t in _LEVEL_WORDS and h in _HEADS and o in {"of", "for"}
                      for t, h, o in zip(tokens, tokens[1:], tokens[2:]))
    if not (head_last or head_first or head_inside) and _of_a_country(tokens):
        cut = tokens.index("of")
        if any(t in _HEADS for t in tokens[:cut]):
            head_inside = True
        else:   # "Director of the Medicines and Medical Devices Agency of Serbia": a title before it
            rest = cut + 1 + (tokens[cut + 1:cut + 2] == ["the"])
            return _shape_candidates(segment[words[rest].start():], offset + words[rest].start(), unit_of_next)
    if not (head_last or head_first or head_inside):
        # "Nurbek Asanov of the Department of Medicines and Medical Devices": a person before "of the <head>"
        cut = next((k for k, t in enumerate(tokens[:-2]) if t == "of" and tokens[k + 1] == "the"
                    and tokens[k + 2] in _HEADS), None)
        if cut is not None and not any(t in _HEADS for t in tokens[:cut]):
            return _shape_candidates(segment[words[cut + 2].start():], offset + words[cut + 2].start(), unit_of_next)
        return []
    if head_last and not head_first and not head_inside:
        # "Mi Feng of the Publicity Department": what stands before "of" without a head is no part of it
        cut = max((k for k, t in enumerate(tokens) if t in {"of", "for"}), default=None)
        if cut is not None and not any(t in _HEADS for t in tokens[:cut]):
            rest = cut + 1 + (tokens[cut + 1:cut + 2] == ["the"])
            return _shape_candidates(segment[words[rest].start():], offset + words[rest].start(), unit_of_next) \
                if rest < len(words) else []
    content = [t for t in tokens if t not in _CONNECTORS and t not in _HEADS]
    if not content or all(t in _GENERIC_MODIFIERS for t in content) and not (head_first and "Health" in content):
        return []     # "General Office", but "Department of Health" is a name
    if head_last and len(tokens) == 2 and not head_inside and not unit_of_next:
        return []     # "Information Office", "Planning Department": a bare generic head names no one body
    start, end = words[0].start(), words[-1].end()
    return [(offset + start, offset + end, segment[start:end])]


def _of_a_country(tokens: list[str]) -> bool:
    """A body named for what it regulates, then its country: "Medicines and Medical Devices Agency of Serbia"."""
    k = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k] == "of"), None)
    return k is not None and tokens[k - 1] in _HEADS and " ".join(t for t in tokens[k + 1:] if t != "the") in _countries()


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """English names of the countries whose bodies the registry knows (agency_countries.yaml)."""
    return frozenset(n for c in load_yaml("agency_countries.yaml")["countries"] for n in _english_names(c))


def _untaken(matches: list[_Match], taken: list[tuple[int, int]]) -> list[_Match]:
    """The matches that overlap no span already claimed."""
    return [x for x in matches if not any(s < x.end and x.start < e for s, e in taken)]


def _shape_matches(norm: str, taken: list[tuple[int, int]]) -> list[_Match]:
    """Capitalised chains cut at already-claimed spans, then kept when shaped like an agency."""
    out: list[_Match] = []
    for m in _matches_near(_DEPT_LIST, norm, "Departments"):
        pos = m.start(1)
        for part in _DEPT_LIST_SEPARATOR.split(m.group(1)):
            part_start = norm.index(part, pos)
            pos = part_start + len(part)
            name = "Department of " + part.strip()
            out.append(_Match(part_start, part_start + len(part.strip()), [], 2,
                              Agency(agency_id="new-" + slugify(name), name_en=name, in_registry=False), m.start()))
    # _HEAD_WORD opens with \b, tried at every position: only from where _HEAD_TEXT finds a head
    head = _HEAD_TEXT.search(norm)
    if not head or not _HEAD_WORD.search(norm, head.start()):
        return out
    claimed = sorted(taken + [(x.start, x.end) for x in out])
    starts = [s for s, _ in claimed]
    for m in _chains_on_head_lines(norm, head.start()):
        if not _HEAD_TEXT.search(norm, m.start(), m.end()) or not _HEAD_WORD.search(m.group()):
            continue
        # claimed spans are disjoint, so the ones overlapping this chain sit just before bisect's index
        i = bisect.bisect_left(starts, m.end())
        cuts = []
        while i > 0 and claimed[i - 1][1] > m.start():
            i -= 1
            cuts.append(claimed[i])
        cuts.reverse()
        pieces, pos = [], m.start()
        for s, e in cuts:
            pieces.append((pos, max(pos, s)))
            pos = max(pos, e)
        pieces.append((pos, m.end()))
        for s, e in pieces:
            if _HEADS.isdisjoint(norm[s:e].split()):
                continue    # (no head word, no name: as most pieces left between claimed spans)
            unit_of_next = s == m.start() and bool(_ANAPHORIC_OWNER.search(norm, max(0, s - 24), s)) or (
                s > m.start() and norm.startswith(("'s ", "’s "), s)) or (     # "the NHC's Publicity Department"
                e < m.end() and bool(_OF_AGENCY_NEXT.search(norm, s, e))) or (
                e == m.end() and (owner := _AND_TITLE_OF.match(norm, e)) is not None and owner.end() in starts)
            for ps, pe in _split_at_heads(norm, s, e):
                for cs, ce, name in _shape_candidates(norm[ps:pe], ps, unit_of_next and pe == e):
                    if not _NON_STATE_OWNER.match(norm, ce) and not (
                            name.startswith("Administration of") and _GERUND_BEFORE.search(norm, max(0, cs - 24), cs)):
                        if name.endswith("Trade Office") and (where := _OFFICE_IN_PLACE.match(norm, ce)):
                            ce, name = where.end(), name + where.group()    # "Hong Kong Economic and Trade Office in Guangdong"
                        owner = _COUNTRY_OWNER.search(norm, max(0, cs - 32), cs)
                        country = owner.group(1) if owner and owner.group(1) in _countries() else None
                        out.append(_Match(cs, ce, [], 2, _shaped_agency(name, country)))
    return out


def _chains_on_head_lines(norm: str, head: int) -> Iterator[re.Match]:
    """The capitalised chains of the lines that hold a head, from the one at `head` on: a chain never crosses a line
    break, and one without a head names no agency (about half an English page's text is skipped)."""
    while head >= 0:
        line_end = norm.find("\n", head)
        if line_end < 0:
            line_end = len(norm)
        yield from _CHAIN.finditer(norm, norm.rfind("\n", 0, head) + 1, line_end)
        next_head = _HEAD_TEXT.search(norm, line_end)
        head = next_head.start() if next_head else -1


# The place owning a body whose name several places' bodies share: "Hong Kong's Health Bureau"
_PLACE_OWNER = re.compile(r"(Hong Kong|Macao|Macau|Taiwan)['’]s (?:the )?$")
_PLACE_SPELLINGS = {"Macau": "Macao"}
# The country owning a body the registry does not know: "Vietnam's " before its name
_COUNTRY_OWNER = re.compile(r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)['’]s $")


def _split_at_heads(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """A piece of a chain cut at each "and" that joins two names (`_AND_GAP`): one name per unit.
    A piece naming a document ("Measures for the Supervision and Administration of ...") stays whole."""
    if norm.find(" and ", start, end) < 0 and norm.find(" & ", start, end) < 0:
        return [(start, end)]           # most pieces: nothing joined
    words = [(w.start(), w.group().rstrip(",.")) for w in _WORD.finditer(norm, start, end)]
    if any(w in _NOT_AGENCY_WORDS for _, w in words):
        # "the Management Committee of Zhengzhou Airport Economy Zone and Halvorsen Biopharma": a body, then a company
        joined = norm.rfind(" and ", start, end)
        if joined > 0 and words[-1][1] in _COMPANY_WORDS and _HEAD_WORD.search(norm, start, joined) and not any(
                w in _NOT_AGENCY_WORDS for at, w in words if at < joined):
            return [(start, joined), (joined + 5, end)]
        return [(start, end)]
    parts = []
    for gap in _AND_GAP.finditer(norm, start, end):
        if _ENDS_WITH_HEAD.search(norm, start, gap.start()) or _OPENS_WITH_HEAD.match(norm, gap.end(), end) or (
                # "... Demonstration Zone and the Hancheng Municipal Health Bureau", "AstraZeneca and the Wuxi ...
                # Administrative Committee": "the" opens a name of its own
                norm.endswith("the ", gap.start(), gap.end())):
            parts.append((start, gap.start()))
            start = gap.end()
    return parts + [(start, end)]


# Names recur from page to page, and a frozen Agency costs ~5 µs to build: shaped ones are built once.
@lru_cache(maxsize=4096)
def _shaped_agency(name: str, country: str | None = None) -> Agency:
    if country:     # "Vietnam's Ministry of Industry and Trade": another country's body, whose name says whose
        # (one agency with the page's other mentions of it by name alone, "the Federal Joint Committee")
        return Agency(agency_id="new-" + slugify(name), name_en=f"{name} of {country}", level="foreign",
                      in_registry=False, aliases=(f"{country}'s {name}", name))
    return Agency(agency_id="new-" + slugify(name), name_en=name, level=None, in_registry=False)


# A zone's body goes by a long and a short name: 武汉东湖新技术开发区管理委员会 is 东湖高新区管委会
_ZONE_SHORT_FORMS = ((re.compile(r"(?:高新技术产业|新技术产业|高新技术|新技术)开发区"), "高新区"),
                     (re.compile(r"经济技术开发区"), "经开区"), (re.compile(r"管理委员会$"), "管委会"))


_ZONE_KINDS = ("工业", "经济", "高新", "经开", "自贸", "综合", "保税", "市")


@lru_cache(maxsize=1024)
def _zone_agency(written: str) -> Agency:
    """One agency per zone body however written: keyed by its short form, its city dropped."""
    short = written
    for pattern, form in _ZONE_SHORT_FORMS:
        short = pattern.sub(form, short)
    gazetteer = city_gazetteer()
    for k in (3, 2):    # (武汉东湖高新区: 东湖高新区; but 苏州工业园区 is the zone's own name)
        if gazetteer.by_zh.get(short[:k]) and len(short) - k >= 5 and not short.startswith(_ZONE_KINDS, k):
            short = short[k:].removeprefix("市")
            break
    return Agency("new-" + slugify(short), None, written, in_registry=False,
                  aliases=(short,) if short != written else ())


@lru_cache(maxsize=4096)
def _zh_shaped_agency(name: str, parent: str | None, written: str | None = None) -> Agency:
    agency_id = unit_id(slugify(name), parent) if parent else "new-" + slugify(name)
    return Agency(agency_id, None, name, parent_agency_id=parent, in_registry=False,
                  aliases=(written,) if written and written != name else ())


# A district's or county's bureau, with its city or alone: 上海市浦东新区市场监督管理局, 雨花区市场监督管理局
_ZH_DISTRICT_KINDS = ("市场监督管理局", "市场监管局", "卫生健康委员会", "卫生健康委", "卫生健康局", "卫健委", "卫健局", "医疗保障局", "医保局",
                      "医疗保障分局", "医保分局",     # (a city's branch in its district: 鄞州区医疗保障分局)
                      "药品监督管理局", "公安分局", "农业农村局", "人民政府办公室", "政府办公室", "人民政府", "政府",
                      "公安局", "人民检察院", "检察院", "人民法院",     # (a county's police and procuratorate: 县公安局, 县人民检察院)
                      "疾病预防控制局", "疾控局",
                      "人民代表大会常务委员会", "人大常委会",     # (a county's congress: 县人大常委会视察全县药品安全工作)
                      "政协",     # (and its political consultative conference: 区政协副主席刘建民带领部分区政协委员…视察)
                      # (and the bureaus an industry symposium seats: 区科技局, 区发展改革局, 区投资促进局)
                      "科学技术局", "科技局", "发展和改革局", "发展改革局", "工业和信息化局", "工信局",
                      "经济和信息化局", "经信局", "商务局", "投资促进局",
                      # (and those a healthcare security bureau's meeting seats: 县财政局, 县税务局)
                      "财政局", "税务局")
# A level right before a kind (区卫生健康局, 县市场监管局), where a district's body can stand: one scan for every kind, the
# whole kind (its first two characters, 区发展, 县经济, stand in 地区发展, 区域经济 on most pages), (Inner Mongolia's
# banners, 旗, are its counties: 阿拉善左旗人民政府)
_ZH_DISTRICT_HEAD = re.compile("[区县旗](?=%s)" % "|".join(sorted(_ZH_DISTRICT_KINDS, key=len, reverse=True)))
# What may stand before a county's or district's body, written with its name or bare: a clause's or list's opening,
# a conjunction, 的, 由, 经, 了, a day, 联合 or 会同 (no word boundaries in Chinese: a verb could stand there too)
# or a word opening a sentence ("据悉，下一步区卫生健康局将…": no district 下一步区)
_DISCOURSE_WORDS = ("下一步", "下步", "此外", "另外", "目前", "今后", "随后", "据悉", "同时", "其中", "近期", "当前", "以来", "日前")
_LOCAL_BODY_LEAD = (r"(?:^|(?<=[\s、，,；;：:（(“\"。！？]|和|与|及|的|由|经|了|日|合|同)|"
                    # (a lookbehind per length of word: each one's alternatives must be as long)
                    + "|".join(f"(?<={'|'.join(words)})" for _, words in itertools.groupby(sorted(_DISCOURSE_WORDS, key=len), len))
                    + ")")
# An autonomous county, named in full (芷江侗族自治县): longer than other counties' names
_AUTONOMOUS_COUNTY = r"[\u4e00-\u9fff]{2,6}?自治县"
_ZH_DISTRICT_BODY = re.compile(_LOCAL_BODY_LEAD + rf"(?!{'|'.join(_DISCOURSE_WORDS)})(?:(?P<city>[\u4e00-\u9fff]{{2,4}}?)市)?"
                               rf"(?P<district>{_AUTONOMOUS_COUNTY}|[\u4e00-\u9fff]{{1,4}}?(?:新区|区|县|旗))"
                               rf"(?P<kind>{'|'.join(_ZH_DISTRICT_KINDS)})", re.M)
_CITY_LEAD = re.compile(r"[被由在对向将把从为与及经]*")
_ZONE_ENDINGS = ("示范区", "开发区", "高新区", "试验区", "自贸区", "合作区", "先行区", "园区")
_NOT_A_DISTRICT = frozenset({"全区", "本区", "各区", "该区", "辖区", "城区", "市区", "园区", "社区", "全县", "本县", "各县", "该县",
                             "新区", "试验区", "示范区", "开发区", "高新区", "自贸区", "合作区", "先行区", "自治区", "行政区",
                             # (a 区 that is no district: 特区政府 is a SAR's, 山区 a kind of place)
                             "特区", "山区", "片区", "景区", "校区", "小区", "街区", "老区", "湾区", "大湾区", "灾区", "牧区", "林区", "矿区"})


_ALL_OF = re.compile(r"[全本该各每辖我]|^[城市]")   # (全县, 该区, 辖区, 城区, 市区, 我县: no county's name)
# A day word before a bare county body is no county's name: "近日县卫生健康局" is 县卫生健康局, told 近日
_DAY_WORD_BEFORE = re.compile(r"^(?:近|今|昨|前|当|次|同|翌|是|本|每)日")
# The counties or districts a page names, by their usual two characters ("于都县", "霍山县"; "全县", "该县" are none)
_PAGE_COUNTY = re.compile(rf"(?P<name>{_AUTONOMOUS_COUNTY}|[\u4e00-\u9fff]{{2}}(?:县|区))(?![域级城乡])")
# A source's city before its county or district: "济南市历城区人民政府"
_CITY_OF_SOURCE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?市(?=[\u4e00-\u9fff]{2}[县区]))?")
# A county's or district's bureau written bare, its level alone before the kind: "县市场监管局", "区卫健委"
_BARE_LOCAL_BODY = {level: re.compile(rf"{_LOCAL_BODY_LEAD}(?:本|该)?{level}"
                                      rf"(?P<kind>{'|'.join(_ZH_DISTRICT_KINDS)})", re.M) for level in "县区"}
# What follows a county's level written bare, the words before it no county's name: "带领部分县人大常委会组成人员和县人大代表",
# "书面报告县人大常委会" (one named with its body is told by the lead before it, above)
_BARE_LEVEL_OF = re.compile("(?:%s|人大代表|政协委员)" % "|".join(_ZH_DISTRICT_KINDS))
# a case handed over to a body ("及时移交县医疗保障局"): no county 时移交县
_HANDED_TO = re.compile(r"移交|转交|报送|上报|抄送|提交|交由")
_VERBS_BEFORE_A_BODY = ("联合", "会同", "协同", "配合", "指导", "组织", "督促", "会商", "邀请", "委托", "代表",   # (代表县政府: on its behalf)
                        "要求", "责成", "听取", "支持")    # (会议要求县卫生健康局…: what the meeting asked of the county's bureau)
_ZH_KIND_IN_FULL = {"市场监管局": "市场监督管理局", "卫健委": "卫生健康委员会", "卫生健康委": "卫生健康委员会", "卫健局": "卫生健康局", "医保局": "医疗保障局",
                    "医保分局": "医疗保障分局",
                    "人大常委会": "人民代表大会常务委员会",
                    "政府": "人民政府", "检察院": "人民检察院", "疾控局": "疾病预防控制局"}
# (卫生健康委员会 has two: 卫健委 and 卫生健康委)
_ZH_KIND_ABBREVIATED = {full: tuple(short for short, f in _ZH_KIND_IN_FULL.items() if f == full)
                        for full in _ZH_KIND_IN_FULL.values()}


@lru_cache(maxsize=1024)
def _district_agency(written: str, city: str | None, district: str, kind: str) -> Agency:
    """One agency per district and kind however the page writes it (沭阳县市场监管局, 宿迁市沭阳县市场监督管理局)."""
    kind_in_full = _ZH_KIND_IN_FULL.get(kind, kind)
    full = district + kind_in_full
    abbreviated = _ZH_KIND_ABBREVIATED.get(kind_in_full, ())
    level = district[-1]    # (and as its page writes it bare, its level alone before the kind: "县农业农村局")
    forms = [written, *(district + short for short in abbreviated), f"{city}市{full}" if city else None,
             level + kind_in_full, level + kind]
    return Agency("new-" + slugify(full), None, full, level="county", in_registry=False,
                  aliases=tuple(f for f in dict.fromkeys(forms) if f and f != full))


# "市和区人民政府应当…": the bodies of two levels, no district named 市和区 (和平区 is one)
_LEVELS_JOINED = re.compile(r"[省市县区][和、及与][省市县区]")


def _zh_shape_matches(norm: str, taken: list[tuple[int, int]], ends: dict[int, str],
                      starts: dict[int, int] | None = None, publisher: str = "") -> list[_Match]:
    """国家/国务院 ...局 names, and units written right after an agency (<agency>XX司)."""
    out: list[_Match] = []
    for m in _ZH_NATIONAL.finditer(norm):
        if not _ZH_FUNCTION.search(m.group()) and norm[m.end() - 2:m.end()] not in _ZH_FALSE_ENDINGS:   # (国家和省部署要求)
            out.append(_Match(m.start(), m.end(), [], 2, _zh_shaped_agency(m.group(), None)))
    for m in _ZH_ZONE_BODY.finditer(norm) if any(tail in norm for tail in _ZH_ZONE_TAILS) else ():
        start = m.start() + len(_ZH_ZONE_LEAD.match(m.group()).group())    # (not "并听取" before the name)
        if not _ZH_FUNCTION.search(norm[start:m.end()].replace("自由贸易", "")):     # (自由贸易试验区: no 由 "by")
            out.append(_Match(start, m.end(), [], 2, _zone_agency(norm[start:m.end()])))
    levels = set(_ZH_DISTRICT_HEAD.findall(norm))     # the levels written before a kind
    named: list[str] = []       # the districts and counties named with a body
    for m in _ZH_DISTRICT_BODY.finditer(norm) if levels else ():
        start, city, district = m.start(), m.group("city"), m.group("district")
        if city and (lead := _CITY_LEAD.match(city).end()):
            # (a word before the city: "被贵阳市云岩区市场监管局罚款" is 贵阳市's district's bureau)
            start, city = (m.start("city") + lead, city[lead:]) if len(city) - lead >= 2 else (m.start("district"), None)
        if not city and len(district) - (lead := len(_ZH_ZONE_LEAD.match(district).group())) >= 3:
            start, district = m.start("district") + lead, district[lead:]    # (not "听取" before 谯城区人民政府)
        elif not city and lead and len(district) - lead == 1:
            continue    # "听取县农业农村局": a verb before a bare body (the page's county's, below), no county 听取县
        if district in _NOT_A_DISTRICT or district.endswith(_ZONE_ENDINGS) \
                or _LEVELS_JOINED.match(district) \
                or _DAY_WORD_BEFORE.match(district) or district.startswith("各") or norm.startswith("日前", start - 1) \
                or _ZH_FUNCTION.search(district) or district.startswith(_VERBS_BEFORE_A_BODY) or _HANDED_TO.search(district) \
                or _COUNTED_LEVEL.search(district):
            continue    # (a development zone's body is its own kind: 济源示范区市场监管局; "联合区卫生健康委员会": jointly
            # with the district's commission, no district 联合区; "隆回、洞口、溆浦三县卫生健康局": the bodies of three)
        out.append(_Match(start, m.end(), [], 2, _district_agency(norm[start:m.end()], city, district, m.group("kind"))))
        named.append(district)
    for level in levels & _BARE_LOCAL_BODY.keys():    # (not 旗: a banner's bare bodies are unread)
        # "县市场监管局" on a page that names one county (于都县): that county's bureau, one agency however written
        counts = Counter(m.group("name") for m in _PAGE_COUNTY.finditer(norm) if m.group("name").endswith(level)
                         and not _ZH_FUNCTION.search(m.group("name")) and not _ALL_OF.search(m.group("name"))
                         and not _DAY_WORD_BEFORE.match(m.group("name"))
                         and m.group("name")[1:] not in _NOT_A_DISTRICT     # (到社区, 进社区: no county)
                         and not m.group("name").endswith(_ZONE_ENDINGS)    # (广州开发区: a zone, no district)
                         and not _ZH_ZONE_LEAD.match(m.group("name")).end()    # (一行人来到县中医院: no county 来到县)
                         and not any(norm.find(w, max(m.start() - len(w) + 1, 0), m.end()) >= 0 for w in _DISCOURSE_WORDS)
                         and not m.group("name").startswith(_VERBS_BEFORE_A_BODY)
                         and not (_BARE_LEVEL_OF.match(norm, m.end()) and m.group("name") not in named))
        # (one named with its body counts more, however short its name: "魏县市场监督管理局", "依兰县卫生健康局" among
        # the verbs a bare body follows, "建立县…", "上报县…")
        for d in named:
            if d.endswith(level):
                counts[d] += 2
        if (source := _PAGE_COUNTY.match(publisher, _CITY_OF_SOURCE.match(publisher).end())) \
                and source.group("name").endswith(level):
            counts[source.group("name")] += 2   # a county's body as the page's source ("来源：临洮县人大常委会办公室")
        ranked = counts.most_common(2)
        if not ranked or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
            continue    # (the page's county: the one it names, or twice as often as any other)
        district = ranked[0][0]
        for m in _BARE_LOCAL_BODY[level].finditer(norm):
            if any(ts <= m.start() < te for ts, te in taken):
                continue
            out.append(_Match(m.start(), m.end(), [], 2, _district_agency(district + m.group("kind"), None, district,
                                                                          m.group("kind"))))
    # (and the sections of a county's or district's bodies just found: 县市场监督管理局执法大队)
    local = {m.end: m.agency.agency_id for m in out if m.agency and m.end not in ends}
    for end, parent in {**ends, **local}.items():
        # (a ministry's or general administration's bureaus: 商务部XX局, 国家金融监督管理总局浙江监管局)
        m = _ZH_SECTION.match(norm, end) if end in local else _ZH_SUBUNIT.match(norm, end) or (
            _ZH_MINISTRY_BUREAU.match(norm, end) if norm[end - 1] == "部" or norm.endswith("总局", 0, end)
            else _ZH_AGENCY_DEPARTMENT.match(norm, end))
        # the first unit goes by its name written with its agency's too (国家金融监督管理总局浙江监管局)
        written = norm[starts[end]:m.end()] if m and starts and end in starts and m.start() == end else None
        while m and not _ZH_FUNCTION.search(m.group()) and not _ZH_UNIT_SET.search(m.group()) \
                and not m.group().endswith("公司") and m.group()[0] != "和":    # (…办事处和X秘书处: another body)
            out.append(_Match(m.start(), m.end(), [], 2, _zh_shaped_agency(m.group(), parent, written)))
            written = None
            joiner = _ZH_UNIT_JOINER.match(norm, m.end())
            m = _ZH_SUBUNIT.match(norm, joiner.end()) if joiner else None
    if ends and ("处处长" in norm or "处副处长" in norm):
        # "…省药监局党组成员、副局长于长青出席并讲话，药品注册管理处处长李娟主持": a division opening a clause with
        # its head's title is a unit of the agency named last before it
        agency_ends = sorted(ends)
        for m in _ZH_BARE_DIVISION.finditer(norm):
            k = bisect.bisect_right(agency_ends, m.start()) - 1
            if k >= 0 and not _ZH_FUNCTION.search(m.group()) and not _ZH_UNIT_SET.search(m.group()):
                out.append(_Match(m.start(), m.end(), [], 2, _zh_shaped_agency(m.group(), ends[agency_ends[k]])))
    return _untaken(out, taken)


# ---------------------------------------------------------------- matching and resolution

# Bodies directly under these organs are known by their own names (中共中央, 国新办) and need
# no parent in the text; other rows with a parent (司, centres) do.
_EVERY_BEFORE_KIND = re.compile(r"各(?:设区|地级|县级)?$")
# A count of counties, cities or districts closing a list of them: "溆浦三县"
_COUNTED_LEVEL = re.compile(r"(?<=.)[两兩二三四五六七八九十几幾多数數][县縣市区區]$")
_COUNT_BEFORE_KIND = set("两兩各多三四五六七八九十几幾数數诸諸")
_THE_PARTY = "cpc"
_TOP_ORGANS = {"state-council", "npc", "cpc", "cpc-central-committee", "cmc", "hksar-government",
               "macao-sar-government", "xpcc"}
_ABBREV_DEFINITION = re.compile(r"\s*[(（]\s*([A-Z][A-Za-z]{1,9})\s*[)）]")
# ...or a local body's, its national counterpart's abbreviation and its place: "(SAMR Shenzhen)"
_PLACED_ABBREV_DEFINITION = re.compile(r"\s*[(（]\s*([A-Z]{2,6}) ([A-Z][a-z]{2,15})\s*[)）]")
_OF_PARENT = re.compile(r"\s+(?:of|at|under|in|within)\s+(?:the\s+)?")
_COORDINATION = re.compile(r"\s*(?:,|and|&)\s*(?:and\s+)?(?:the\s+)?")
_POSSESSIVE_GAP = {"", " ", "'s ", "’s ", "的"}
# A unit owned by an agency named before: "deputy director of its Publicity Department", "the
# administration's Pharmaceutical Price ... Department" (the noun picks the owner's kind)
_ANAPHORIC_OWNER = re.compile(r"\b(?:its|the ([a-z]+)['’]s)\s+$")
# between a parent and "Departments of A, B and C"
_DEPARTMENTS_GAP = re.compile(r"(?:'s|’s)?\s*Departments\s+of\s+(?:[\w\- ]+,\s*(?:and\s+)?)*(?:and\s+)?")


# "Department of Medical Device Registration and Supervision of the Shandong MPA": a unit's name
# going on past a listed unit's ("Department of Medical Device Registration") names another unit.
_UNIT_FIRST = re.compile(r"(?:Department|Division|Office|Bureau|Ministry) of ")   # (Fiji's "Ministry of Health and Medical Services of Fiji")
_NAME_GOES_ON = re.compile(r" and ((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)(?= of\b| under\b|[,.;:)]| \(|"
                           # ("the Department of Planning and Finance and the Department of Science, …": listed on)
                           r" and (?:the )?(?:Department|Division|Office|Bureau)\b)")


def _unit_name_goes_on(norm: str, start: int, end: int) -> bool:
    more = _NAME_GOES_ON.match(norm, end)
    return bool(more and _UNIT_FIRST.match(norm, start, end) and not _HEADS.intersection(more.group(1).split()))


def _hits(automaton: ahocorasick.Automaton, text: str) -> Iterable[tuple[int, _Key]]:
    """(end index, key) of every key the text holds; none for an automaton without keys (which cannot search)."""
    return automaton.iter(text) if len(automaton) else ()


def _automaton_matches(norm: str, low: str, hanzi: bool, registry: AgencyRegistry, publisher: str = "") -> list[_Match]:
    out: list[_Match] = []
    bound: list[_Match] = []     # matches naming `only_in` rows: settled once every place word is seen
    places: set[str] = set()
    size = len(norm)
    # (the two automata's hits in no order of position: the matches are selected by length and layer, then sorted)
    hits = itertools.chain(_hits(registry.automaton, low), _hits(registry.hanzi_automaton, low) if hanzi else ())
    for end_idx, (key, values, names, case_checked, head, place, bound_key, word_start, word_end, zh_end, latin) in hits:
        start, end = end_idx - len(key) + 1, end_idx + 1
        if word_start and start > 0 and norm[start - 1] in _WORD_CHARS:
            continue
        # "market regulation bureaus of Suzhou": a plural kind head may still name a city's agency
        plural = norm.startswith("s of ", end)
        if word_end and end < size and norm[end] in _WORD_CHARS and not plural:
            continue
        if place:
            places.add(key)     # (a whole word: not the "us" of "focus")
        if zh_end and norm[end - 1:end + 1] in _ZH_FALSE_ENDINGS and not norm.startswith("面向", end):
            continue    # (but 国家药监局面向拉美国家举办…: the bureau, then 面向, "for")
        if latin and norm.startswith(" Law", end):   # "Drug Administration Law" is a law
            continue
        if latin and (start and norm[start - 1] == "." or norm.startswith(".", end) and norm[end + 1:end + 2].isalpha()):
            continue    # a part of a web address: "www.chp.gov.hk"
        if latin and norm.startswith(" and ", end) and _unit_name_goes_on(norm, start, end):
            continue
        if case_checked:
            candidates = [v for v in names if not v.case_sensitive or norm[start:end] == v.surface]
        else:
            candidates = list(names)
        if candidates and not plural:
            out.append(_Match(start, end, candidates, 0))
            if bound_key:
                bound.append(out[-1])
        if head:
            city = _city_at(norm, start, end, registry.kinds[head.kind], registry)
            if city:
                out.append(city)
        if plural and latin:
            out += _provinces_listed_after(norm, end + 5, {v.kind for v in values if v.kind}, registry)
    if bound and publisher:     # (the page's outlet places it too: "GovHK" over a release that never says Hong Kong)
        places |= registry.places_in(publisher)
    absent = registry.absent(places) if bound else None
    if absent:
        for m in bound:
            m.candidates = [c for c in m.candidates if c.agency_id not in absent]
        out = [m for m in out if m.candidates or m.layer]
    return out


_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_DIVISION_KIND_WORD = re.compile(r"\s+(?:province|municipality|autonomous region)\b", re.I)


def _provinces_listed_after(norm: str, pos: int, kinds: set[str], registry: AgencyRegistry) -> list[_Match]:
    """"the medical products administrations of Guangdong, Shanghai and Zhejiang": each province's, named by
    the province alone."""
    out: list[_Match] = []
    while registry.division_pattern and kinds and (m := registry.division_pattern.match(norm, pos)):
        if m.end() < len(norm) and norm[m.end()] in _WORD_CHARS:
            break
        division = registry.division_of(m.group())
        ids = [f"prov-{division['slug']}-{k}" for k in sorted(kinds) if registry.get(f"prov-{division['slug']}-{k}")]
        if not ids:
            break
        out.append(_Match(m.start(), m.end(), [_Alias(m.group(), ids[0])], 0))
        kind_word = _DIVISION_KIND_WORD.match(norm, m.end())    # "of Jiangsu province, Guangdong province and …"
        sep = _LIST_SEPARATOR.match(norm, kind_word.end() if kind_word else m.end())
        if not sep:
            break
        pos = sep.end()
    return out


# "国家药监局党组书记、局长": the Party group is part of a compound title there, and the body the text
# names is the agency. (English "Secretary of the NMPA Leading Party Group" names the group as the
# organisation of the title, so it stays.)
_ZH_PARTY_TITLE = re.compile(r"(?:副?书记|成员)")


def _party_group_in_title(norm: str, m: _Match, registry: AgencyRegistry) -> _Match:
    """A match ending in 党组 and read as part of a title becomes a mention of the agency it sits in."""
    host = norm[m.start:m.end - 2]
    ids = registry.lookup_key(host) if _ZH_PARTY_TITLE.match(norm, m.end) else None
    if not ids:
        return m
    return _Match(m.start, m.end - 2, [_Alias(host, ids[0])], 0)


_ZH_CUSTOMS = "海关"
_EN_CUSTOMS = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) Customs\b")


# A people's congress is named with its term: "the Standing Committee of the 14th Hunan Provincial People's
# Congress", "the 12th National People's Congress"; the registry writes its standing committee without the term.
_NUMBERED_CONGRESS = re.compile(r"\b(Standing Committee of the) (?:\d{1,2}(?:st|nd|rd|th)|[A-Z][a-z]+(?:-[a-z]+)?) "
                                r"((?:[A-Z][\w'’-]*\s+){0,4}People['’]s Congress)\b")


# A city's congress committee and government offices are written around the city, a congress with or without
# its term: "the Standing Committee of the (16th) Guangzhou Municipal People's Congress", "the General Office of
# the Shenzhen Municipal People's Government".
_EN_AROUND_CITY = re.compile(r"\b(?:(?P<congress>Standing Committee) of the (?:(?:\d{1,2}|[A-Z][a-z]+(?:-[a-z]+)?)"
                             r"(?:st|nd|rd|th) )?(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) Municipal People['’]s Congress"
                             r"|(?P<office>General|Information) Office of the (?P<city2>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) "
                             r"Municipal (?:People['’]s )?Government"
                             # (and a city's Party committee: "Secretary of the CPC Nanchang Municipal Committee")
                             r"|(?P<party>CPC) (?P<city3>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) Municipal Committee)\b")
_AROUND_CITY_KINDS = {"Standing Committee": "congress-sc", "General": "gov-office", "Information": "info-office",
                      "CPC": "party-committee"}


# ...and in Chinese: 河北省十四届人大常委会, 十四届全国人大常委会
_ZH_NUMBERED_CONGRESS = re.compile(r"(全国|[\u4e00-\u9fff]{2,7}?(?:省|市|自治区))?第?[一二三四五六七八九十]{1,3}届"
                                   r"(全国)?(人大常委会|人民代表大会常务委员会)")


def _numbered_congress_matches(norm: str, registry: AgencyRegistry) -> list[_Match]:
    out = []
    for m in _matches_near(_ZH_NUMBERED_CONGRESS, norm, "届", 14):     # (a place of up to ten characters, 第, three numerals)
        if not (place := m.group(1) or m.group(2)) or not (agency_id := registry.lookup(place + m.group(3))):
            continue
        if registry.get(agency_id):
            out.append(_Match(m.start(), m.end(), [_Alias(place + m.group(3), agency_id)], 0))
        elif city := city_gazetteer().by_zh.get(place.removesuffix("市")):      # 广州市第十六届人大常委会
            out.append(_Match(m.start(), m.end(), [], 1, city_agency(registry.kinds["congress-sc"], city), city=city))
    if "People" not in norm:
        return out
    for m in _matches_near(_NUMBERED_CONGRESS, norm, "Standing Committee of the "):
        name = f"{m.group(1)} {m.group(2)}".replace("’", "'")
        if (agency_id := registry.lookup(name)) and registry.get(agency_id):     # a city's: below
            out.append(_Match(m.start(), m.end(), [_Alias(name, agency_id)], 0))
    return out


@dataclass(frozen=True)
class _Prefectures:
    """The autonomous prefectures (临夏回族自治州, "Linxia Hui Autonomous Prefecture") and patterns for their bureaus."""
    by_name: dict[str, dict]        # 临夏, 临夏州, 临夏回族自治州, Linxia -> its divisions.yaml row
    zh: re.Pattern | None
    en: re.Pattern | None
    shorts: frozenset[str]          # 临夏, 延边: the full pattern is tried only where one stands before a 州
    kind_of: dict[str, dict]        # a kind's Chinese or (lower-case) English name -> the kind
    gov: dict                       # the people's government kind
    places: re.Pattern | None       # 临夏州, 临夏回族自治州: a prefecture named in Chinese
    bare: re.Pattern                # 州<kind> (州人民政府, 州市场监督管理局): written bare, the page's own prefecture's
    seats: re.Pattern               # 文山市, 恩施市: the city a prefecture is named after (its seat)


@lru_cache(maxsize=1)
def _prefectures() -> _Prefectures:
    rows = [r for r in load_yaml("divisions.yaml")["cities"] if r["full"].endswith("自治州")]
    kinds = [k for k in load_yaml("agency_regions.yaml")["kinds"] if "municipal" in k["levels"]
             and k["slug"] != "party-committee" and (k["slug"] not in _PLACE_OWN_KINDS or k["slug"] in ("gov", "gov-office"))]
    by_name = {n: r for r in rows for n in (r["zh"], r["zh"] + "州", r["full"], r["en"])}
    zh_kinds = sorted({z for k in kinds for z in k["zh"]}, key=len, reverse=True)
    en_kinds = sorted({h for k in kinds for h in (k["en"], *(k.get("en_other") or [])) if not _ABBREVIATION.match(h)},
                      key=len, reverse=True)
    places_zh = sorted({n for r in rows for n in (r["zh"] + "州", r["full"])}, key=len, reverse=True)
    zh = re.compile("(%s)(%s)" % ("|".join(places_zh), "|".join(map(re.escape, zh_kinds)))) if rows else None
    places_en = "|".join(sorted({r["en"] for r in rows}))
    peoples = r"(?: [A-Z][a-z]+(?: and [A-Z][a-z]+)?)?"     # "Yi", "Miao and Dong"
    en = re.compile(rf"\b({places_en}){peoples}(?: Autonomous)? Prefecture(?:['’]s)? ({'|'.join(map(re.escape, en_kinds))})\b|"
                    rf"\b(?:(People's Government|Government) of|(?:Vice |Deputy )?Governor of) (?:the )?({places_en})"
                    rf"{peoples} Autonomous Prefecture\b") if rows else None
    kind_of = {z: k for k in kinds for z in k["zh"]} | {h.lower(): k for k in kinds
                                                        for h in (k["en"], *(k.get("en_other") or []))}
    gov = next(k for k in kinds if k["slug"] == "gov")
    places = re.compile("|".join(places_zh)) if rows else None
    bare = re.compile("州(%s)" % "|".join(map(re.escape, zh_kinds)))
    seats = re.compile("(%s)市" % "|".join(sorted({r["zh"] for r in rows}, key=len, reverse=True)))
    return _Prefectures(by_name, zh, en, frozenset(r["zh"] for r in rows), kind_of, gov, places, bare, seats)


# What may end right before a body written bare: no name (a clause's or list's opening), or a word that ends where
# the body's name begins (经州人民政府同意, 与州林业局)
_BEFORE_A_BARE_BODY = frozenset("与和及同由了的将在向对经暨并")


def _opens_a_name(norm: str, pos: int) -> bool:
    return pos == 0 or not CJK_CHAR.match(norm[pos - 1]) or norm[pos - 1] in _BEFORE_A_BARE_BODY


def _names_a_prefecture(norm: str, shorts: frozenset[str]) -> bool:
    """Whether an autonomous prefecture is named with 州 (临夏州, 延边朝鲜族自治州): most 州 end a city's name."""
    if "自治州" in norm:
        return True
    pos = norm.find("州")
    while pos >= 0:
        if any(norm[pos - k:pos] in shorts for k in (2, 3, 4) if pos >= k):
            return True
        pos = norm.find("州", pos + 1)
    return False


# The peoples an autonomous prefecture is named for, as its English name gives them (凉山彝族自治州: "Liangshan Yi")
_PEOPLES_EN = {"土家": "Tujia", "布依": "Buyei", "哈尼": "Hani", "景颇": "Jingpo", "傈僳": "Lisu", "蒙古": "Mongol",
               "朝鲜": "Korean", "哈萨克": "Kazakh", "柯尔克孜": "Kirghiz", "彝": "Yi", "藏": "Tibetan", "羌": "Qiang",
               "苗": "Miao", "侗": "Dong", "壮": "Zhuang", "傣": "Dai", "白": "Bai", "回": "Hui"}
_PEOPLES = re.compile("|".join(sorted(_PEOPLES_EN, key=len, reverse=True)))


def _autonomous_prefecture_en(row: dict) -> str:
    """"Qiandongnan Miao and Dong Autonomous Prefecture", from 黔东南苗族侗族自治州."""
    peoples = [_PEOPLES_EN[p] for p in _PEOPLES.findall(row["full"].removeprefix(row["zh"]))]
    return " ".join([row["en"], " and ".join(peoples), "Autonomous Prefecture"]) if peoples else \
        f"{row['en']} Autonomous Prefecture"


def _prefecture_agency(row: dict, kind: dict) -> Agency:
    heads = [h for h in (kind["en"], *(kind.get("en_other") or [])) if not _ABBREVIATION.match(h)]
    full = _autonomous_prefecture_en(row)
    # (and by the prefecture's full name: "Health Commission of Yanbian Korean Autonomous Prefecture")
    names_en = [f"{row['en']} Prefecture {h}" for h in heads] + [f"{full} {h}" for h in heads]
    if kind["slug"] == "gov":      # the prefecture's own government goes by its full name first
        names_en = [f"People's Government of {full}", f"{full} People's Government", *names_en]
    names_zh = [f"{place}{z}" for z in kind["zh"] for place in (row["zh"] + "州", row["full"])]
    if kind["slug"] == "gov-office":
        names_en = [f"General Office of the People's Government of {full}", *names_en]
    parent = f"pref-{slugify(row['en'])}-{kind['parent_kind']}" if kind.get("parent_kind") else None
    return Agency(agency_id=f"pref-{slugify(row['en'])}-{kind['slug']}", name_en=names_en[0], name_zh=names_zh[0],
                  parent_agency_id=parent, level="municipal", province=row["province"], in_registry=False,
                  aliases=tuple(dict.fromkeys(names_en[1:] + names_zh[1:])), acts_alone=kind.get("acts_alone", False))


def _prefecture_matches(norm: str) -> list[_Match]:
    """An autonomous prefecture's bureau: 临夏州市场监管局, "the Linxia Prefecture Administration for Market Regulation"."""
    found = _prefectures()
    zh, en = "州" in norm and _names_a_prefecture(norm, found.shorts), "Prefecture" in norm
    own = not zh and "州" in norm and bool(_OWN_PREFECTURE.search(norm))
    if not (zh or en or own):
        return []
    out = []
    for pattern in (found.zh if zh else None, found.en if en else None):
        for m in pattern.finditer(norm) if pattern else ():
            if pattern is found.en and m.group(4):     # "People's Government of / Governor of X Autonomous Prefecture"
                start = m.start() if m.group(3) else m.start(4)     # (a governor's title: the prefecture is the body)
                out.append(_Match(start, m.end(), [], 1, _prefecture_agency(found.by_name[m.group(4)], found.gov)))
                continue
            kind = found.kind_of.get(m.group(2)) or found.kind_of.get(m.group(2).lower())
            if kind:
                out.append(_Match(m.start(), m.end(), [], 1, _prefecture_agency(found.by_name[m.group(1)], kind)))
    # (or, on a page saying "我州", "全州" that names no prefecture, its name being in the site's banner, by its seat: 文山市)
    naming = found.places if zh else found.seats if own else None
    named = {found.by_name[p]["en"]: found.by_name[p] for p in naming.findall(norm)} if naming else {}
    if len(named) == 1:
        row = next(iter(named.values()))    # a page about one prefecture: its bare 州<kind> are that prefecture's
        out += [_Match(m.start(), m.end(), [], 1, _prefecture_agency(row, found.kind_of[m.group(1)]))
                for m in found.bare.finditer(norm) if _opens_a_name(norm, m.start())]
    return out


_OWN_PREFECTURE = re.compile(r"我州|全州")


def _around_city_matches(norm: str, registry: AgencyRegistry) -> list[_Match]:
    out = []
    # (the longest opening word before "Office of the ": "Information ")
    anchors = ("Standing Committee of the ", "Office of the ", "CPC ")
    for m in _matches_near(_EN_AROUND_CITY, norm, anchors, 12) if " Municipal " in norm else ():
        kind = registry.kinds[_AROUND_CITY_KINDS[m.group("congress") or m.group("office") or m.group("party")]]
        if city := _en_city(m.group("city") or m.group("city2") or m.group("city3"), registry, True):
            out.append(_Match(m.start(), m.end(), [], 1, city_agency(kind, city), city=city))
    return out


def _customs_matches(norm: str, taken: list[tuple[int, int]], registry: AgencyRegistry) -> list[_Match]:
    """Customs districts under the GACC, named after their city or province: 南宁海关, "Shanghai Customs"."""
    if _ZH_CUSTOMS not in norm and "Customs" not in norm:
        return []
    gazetteer = city_gazetteer()
    out: list[_Match] = []
    pos = norm.find(_ZH_CUSTOMS)
    while pos >= 0:
        for k in range(min(gazetteer.longest_zh, pos), 1, -1):
            place = norm[pos - k:pos]
            city, division = gazetteer.by_zh.get(place), registry.division_of(place)
            if city or division:
                en = city.en if city else division["en"]
                out.append(_Match(pos - k, pos + 2, [], 2, _customs_agency(en, place, city.province if city else en)))
                break
        pos = norm.find(_ZH_CUSTOMS, pos + 2)
    for c in _EN_CUSTOMS.finditer(norm) if "Customs" in norm else ():
        name, city = _en_city_ending(c.group(1), registry, False)
        division = registry.division_of(name)
        if city or division:
            zh = city.zh if city else division["short"]
            out.append(_Match(c.end(1) - len(name), c.end(), [], 2,
                              _customs_agency(name, zh, city.province if city else division["en"])))
    return _untaken(out, taken)


def _customs_agency(place_en: str, place_zh: str | None, province: str | None) -> Agency:
    zh = f"{place_zh}海关" if place_zh else None
    return Agency(f"customs-{slugify(place_en)}", f"{place_en} Customs", zh, parent_agency_id="gacc",
                  level="national", province=province, in_registry=False)


def _select(matches: list[_Match], size: int) -> list[_Match]:
    """Longest span first, earlier layer on ties; a span never overlaps one already kept."""
    taken = bytearray(size)
    kept: list[_Match] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.layer, m.start)):
        if m.end > m.start and taken.find(1, m.start, m.end) < 0:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# Departments every ministry has, under the same name: a bare one is of the ministry the page names
_GENERIC_DEPARTMENT = re.compile(r"^(?:(?:国际|对外)?合作|人事|综合|宣传|办公|规划(?:发展|财务)|财务|(?:政策)?法规|科技|离退休干部)[司厅局]$"
                                 r"|^(?:the\s+)?(?:(?:Department|Bureau)\s+of\s+(?:International\s+Cooperation|Personnel|Publicity"
                                 r"|Policy\s+and\s+Regulations?|Planning\s+and\s+Finance|Legal\s+Affairs|Science\s+and\s+Technology)"
                                 r"|(?:International\s+Cooperation|Personnel|Publicity)\s+Department|General\s+Office)$", re.I)


def _ancestors(agency_id: str, registry: AgencyRegistry) -> list[str]:
    out, seen = [], set()
    a = registry.get(agency_id)
    while a and a.parent_agency_id and a.parent_agency_id not in seen:
        seen.add(a.parent_agency_id)
        out.append(a.parent_agency_id)
        a = registry.get(a.parent_agency_id)
    return out


def _names(a: Agency) -> list[str]:
    return [n for n in (a.name_en, a.name_zh, a.abbreviation, *a.aliases) if n]


def _prefectures_named(norm: str) -> set[City]:
    """The prefecture-level cities written with 市 in a text."""
    return {city for city in _cities_named(norm) if city.prefecture}


def _cities_named(norm: str) -> set[City]:
    """The cities, prefecture- or county-level, written with 市 in a text (or Inner Mongolia's leagues with 盟:
    锡林郭勒盟)."""
    gazetteer, found = city_gazetteer(), set()
    for level in "市盟":
        pos = norm.find(level)
        while pos >= 0:
            for k in range(min(gazetteer.longest_zh, pos), 1, -1):
                if city := gazetteer.by_zh.get(norm[pos - k:pos]):
                    found.add(city)
                    break
            pos = norm.find(level, pos + 1)
    return found


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


class _Resolver:
    """Turns selected spans into agency ids, with what the document says around them."""

    def __init__(self, text: NormalizedText, low: str, registry: AgencyRegistry, matches: list[_Match],
                 publisher: str | None = None):
        self.text, self.registry, self.norm, self.low = text, registry, text.norm, low
        self.publisher = to_simplified(publisher) if publisher else ""
        self.sure: set[str] = set()
        self.named: set[str] = set()        # sure and written out, not only implied by a unit's parent
        for m in matches:
            ids = {c.agency_id for c in m.candidates}
            if m.layer == 0 and len(ids) == 1 and None not in ids:
                only = next(iter(ids))
                if not self._written_with_parent(m, only):
                    continue    # a unit by its bare name (国际合作司): of the parent the page names, if any
                self.named.add(only)
                self.sure.add(only)
                self.sure.update(registry.ancestors(only))
        # "市市场监管局" in a page about one prefecture's agencies is that prefecture's
        cities = {slugify(m.city.en): m.city for m in matches if m.city and m.city.prefecture}
        self.doc_city = next(iter(cities.values())) if len(cities) == 1 else None
        self.built: dict[str, Agency] = {}
        self.provincial_seen: set[str] = set()    # provincial bodies a bare kind (省药监局) resolved to

    @cached_property
    def publishing_county_city(self) -> City | None:
        """The county-level city whose own site or outlet the page is (梅河口市融媒体中心, 长垣市市场监督管理局): its
        bare 市<kind> are that city's ("我市"), not its prefecture's."""
        found = _cities_named(self.publisher)
        city = next(iter(found)) if len(found) == 1 else None
        return city if city and not city.prefecture else None

    @cached_property
    def named_city(self) -> City | None:
        """The one prefecture-level city the text names with 市 anywhere ("《绍兴市2024年…方案》"), for a bare
        市<kind> on a page that names no city agency of that prefecture; asked only for such a kind."""
        found = _prefectures_named(self.norm) or _prefectures_named(self.publisher)
        return next(iter(found)) if len(found) == 1 else None

    @cached_property
    def municipality(self) -> str | None:
        """The slug of the one province-level municipality (上海, 北京) a page names, when it names no other
        division and no prefecture-level city agency: its bare 市<kind> are that municipality's."""
        if self.doc_city is not None or len(self.doc_divisions) != 1:
            return None
        slug = next(iter(self.doc_divisions))
        return slug if slug in self.registry.municipalities else None

    @cached_property
    def doc_divisions(self) -> set[str]:
        """Scanned for on first use: only a bare provincial kind outside a sentence naming one province asks."""
        named = self._divisions_in(0, len(self.norm)) or self._divisions_in(0, len(self.publisher), self.publisher)
        if named:
            return named
        # (or the one province all the prefecture-level cities it names are in: "石家庄市", "保定市" are Hebei's)
        divisions = [self.registry.division_of(city.province) for city in _prefectures_named(self.norm)]
        slugs = {d["slug"] for d in divisions if d}
        return slugs if len(slugs) == 1 and all(divisions) else set()

    @cached_property
    def main_division(self) -> str | None:
        """The province a page naming several is about: named at least three times as often as any other
        ("云南省药监局…" throughout, a Guangxi bureau once in a related link), each of its prefecture-level cities
        written with 市 counting once too (湖南 five times and 株洲市, 广东 twice)."""
        counts = self._division_counts(0, len(self.norm))
        for division in map(self.registry.division_of, (city.province for city in _prefectures_named(self.norm))):
            if division:
                counts[division["slug"]] += 1
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]):
            return ranked[0][0]
        return None

    def _divisions_in(self, start: int, end: int, norm: str | None = None) -> set[str]:
        return set(self._division_counts(start, end, norm))

    def _division_counts(self, start: int, end: int, norm: str | None = None) -> Counter[str]:
        """How often each province-level division is named in norm[start:end] (a Latin name as a whole word)."""
        found: Counter[str] = Counter()
        if self.registry.division_pattern is None:
            return found
        norm = self.norm if norm is None else norm
        for m in self.registry.division_pattern.finditer(norm, start, end):
            name = m.group()
            if name[0] in _WORD_CHARS and (
                    (m.start() > 0 and norm[m.start() - 1] in _WORD_CHARS)
                    or (m.end() < len(norm) and norm[m.end()] in _WORD_CHARS)):
                continue
            found[self.registry.division_of(name)["slug"]] += 1
        return found

    def _sentence_city_en(self, m: _Match) -> City | None:
        """The one prefecture-level city an English sentence names ("Patients in Xiamen, ... the city's
        healthcare security bureau")."""
        s, e = self.text.sentence_bounds(*self.text.span(m.start, m.end))
        by_en = city_gazetteer().by_en
        found = {city for word in _CAPITALISED.findall(self.text.original, s, e)
                 if (city := by_en.get(word)) and city.prefecture}
        return next(iter(found)) if len(found) == 1 else None

    def _sentence_divisions(self, m: _Match) -> set[str]:
        s, e = self.text.sentence_bounds(*self.text.span(m.start, m.end))
        # sentence bounds are in the original; norm offsets differ only by removed pinyin glosses
        ns, ne = bisect.bisect_left(self.text.offsets, s), bisect.bisect_left(self.text.offsets, e)
        return self._divisions_in(ns, ne)

    def _written_with_parent(self, m: _Match, agency_id: str) -> bool:
        """The match names a row with no parent (but a top organ), or names its parent too, or is no department
        of the kind every ministry has (国际合作司, "Department of International Cooperation"): a centre's own
        name (药品审评中心) is its own."""
        parent = self.registry.get(agency_id).parent_agency_id
        written = self.norm[m.start:m.end]
        if not parent or parent in _TOP_ORGANS or not _GENERIC_DEPARTMENT.search(written):
            return True
        surface = name_key(written)
        return any(p and p in surface for p in map(name_key, _names(self.registry.get(parent))))

    def _place_owner(self, m: _Match) -> str | None:
        owner = _PLACE_OWNER.search(self.norm, max(0, m.start - 12), m.start)
        return _PLACE_SPELLINGS.get(owner.group(1), owner.group(1)) if owner else None

    def registry_choice(self, m: _Match) -> str | None:
        ids = list(dict.fromkeys([c.agency_id for c in m.candidates if c.agency_id]))
        if not ids:
            return None
        if len(ids) > 1 and (place := self._place_owner(m)):
            # "Hong Kong's Health Bureau" on a Macao page: the body of the place named, whichever the page is about
            ids = [i for i in ids if any(place in n for a in (i, *self.registry.ancestors(i))
                                         if (row := self.registry.get(a)) for n in _names(row))] or ids
        if len(ids) > 1:
            with_context = [i for i in ids if any(w.lower() in self.low for w in self.registry.context.get(i, ()))]
            ids = with_context or [i for i in ids if i not in self.registry.context] or ids
            ids = sorted(ids, key=lambda i: (self.registry.get(i).parent_agency_id not in self.named,
                                            not self.registry.ancestors(i) & self.sure,
                                            bool(self.registry.get(i).parent_agency_id)))
        chosen = ids[0]
        if not self.registry.ancestors(chosen) & self.sure and not self._written_with_parent(m, chosen):
            return None
        return chosen

    def kind_choice(self, m: _Match) -> str | None:
        kinds = [c for c in m.candidates if not c.agency_id]
        if not kinds:
            return None
        c = kinds[0]
        if m.start and (self.norm[m.start - 1] in _COUNT_BEFORE_KIND or self.norm[m.start - 1].isdigit()
                        or _EVERY_BEFORE_KIND.search(self.norm, max(0, m.start - 4), m.start)):
            return None     # "湘赣两省医保局", 各省药监局, 各设区市市场监管局, 16市医保局: several bodies, no one of them
        # (a municipal kind, 市市场监管局, is no province's even where its sentence names one)
        divisions = self._sentence_divisions(m) if c.scope != "municipal" else set()
        if c.scope == "provincial":
            # 自治区药监局 beside "甘肃省药品检验研究院" is the region's own, not Gansu's
            region = self.norm.startswith("自治区", m.start)
            kept = self.registry.autonomous_regions if region else None

            def of_its_kind(slugs: set[str]) -> set[str]:
                slugs = slugs - self.registry.municipalities
                return slugs & kept if kept is not None else slugs

            divisions = of_its_kind(divisions)
            if len(divisions) != 1:
                divisions = of_its_kind(self.doc_divisions)
            if len(divisions) > 1 and (main := self.main_division) in divisions:
                divisions = {main}
        if len(divisions) == 1:
            slug = next(iter(divisions))
            if c.kind == "*":   # 省局: the one provincial body of that province named so far
                provincial = {i for i in self.sure | self.provincial_seen if i.startswith(f"prov-{slug}-")}
                return next(iter(provincial)) if len(provincial) == 1 else None
            if self.registry.get(f"prov-{slug}-{c.kind}"):
                self.provincial_seen.add(f"prov-{slug}-{c.kind}")
                return f"prov-{slug}-{c.kind}"
        if c.scope == "municipal" and c.kind != "*" and (municipality := self.municipality) \
                and self.registry.get(f"prov-{municipality}-{c.kind}"):
            return f"prov-{municipality}-{c.kind}"    # 市政府办公厅 on a Shanghai page: Shanghai's
        if c.scope == "municipal" and self.norm.startswith("市", m.start) and self.publishing_county_city:
            city = self.publishing_county_city
        else:
            city = self.doc_city or (self.named_city or self._sentence_city_en(m) if c.scope == "municipal" else None)
        if c.scope == "municipal" and c.kind != "*" and city:
            agency = city_agency(self.registry.kinds[c.kind], city)
            self.built.setdefault(agency.agency_id, agency)
            return agency.agency_id
        if c.scope and c.kind != "*" and c.kind not in _PLACE_OWN_KINDS:
            agency_id = f"new-{c.scope}-{c.kind}"
            if agency_id not in self.built:
                surface = self.text.original[slice(*self.text.span(m.start, m.end))]
                zh = bool(CJK_CHAR.search(surface))
                self.built[agency_id] = Agency(agency_id, None if zh else surface, surface if zh else None,
                                               level=c.scope, in_registry=False)
            return agency_id
        return None

    def resolve(self, m: _Match) -> str | None:
        if m.agency is not None:
            self.built.setdefault(m.agency.agency_id, m.agency)
            return m.agency.agency_id
        registry_id = self.registry_choice(m)
        if registry_id and (self.registry.ancestors(registry_id) & self.sure
                            or not any(not c.agency_id for c in m.candidates) or self._place_owner(m)):
            return registry_id
        return self.kind_choice(m) or registry_id


def _attach_parents(norm: str, matches: list[_Match], ids: list[str | None], resolver: _Resolver) -> None:
    """Departments found by shape take the agency they are written with as parent."""
    for i in range(len(matches) - 1, -1, -1):
        m, agency = matches[i], resolver.built.get(ids[i] or "")
        if m.layer != 2 or agency is None or agency.parent_agency_id:
            continue
        # (and a commission or committee of a top organ: "the Customs Tariff Commission of the State Council")
        if agency.name_en and not _named_as_department(agency) and not (
                agency.name_en.split()[-1] in _BODY_HEADS and i + 1 < len(matches) and ids[i + 1] in _TOP_ORGANS):
            continue
        parent = written = None
        anchor = m.start if m.anchor is None else m.anchor
        before = [j for j in range(i) if ids[j] and matches[j].end <= anchor]
        if before:
            j = before[-1]
            gap = norm[matches[j].end:anchor]
            if gap in _POSSESSIVE_GAP or _DEPARTMENTS_GAP.fullmatch(gap):
                parent = ids[j]
        if parent is None and i + 1 < len(matches) and ids[i + 1]:
            gap = norm[m.end:matches[i + 1].start]
            nxt = resolver.built.get(ids[i + 1]) or resolver.registry.get(ids[i + 1])
            if _OF_PARENT.fullmatch(gap) or _AND_TITLE_OF.fullmatch(gap):
                parent = ids[i + 1]
                if _OF_PARENT.fullmatch(gap) and agency.name_en:     # "Anti-smuggling Bureau of Gongbei Customs"
                    written = norm[m.start:matches[i + 1].end]
            elif _COORDINATION.fullmatch(gap) and nxt and nxt.parent_agency_id:
                parent = nxt.parent_agency_id
        if parent is None and (owner := _ANAPHORIC_OWNER.search(norm, max(0, anchor - 24), anchor)):
            parent = _named_before(matches, ids, i, owner.group(1), resolver)
        if parent and parent != agency.agency_id:
            owner = resolver.registry.get(parent)
            if parent in _TOP_ORGANS and owner and owner.name_en and agency.name_en and norm.startswith(" of", m.end):
                # "Customs Tariff Commission of the State Council": a body of a top organ is named with it
                agency = replace(agency, name_en=f"{agency.name_en} of the {owner.name_en}",
                                 aliases=agency.aliases + (agency.name_en,))
            elif written and written not in agency.aliases:
                agency = replace(agency, aliases=agency.aliases + (written,))
            owner = owner or resolver.built.get(parent)
            if agency.name_en and owner and owner.name_en and not agency.name_en.endswith(owner.name_en) and not any(
                    alias.startswith(f"{agency.name_en} of ") for alias in agency.aliases):
                # (named in full with its agency too: "Department of Drug Regulation of the National Medical Products
                # Administration", however the text shortened it: "the NMPA's Department of Drug Regulation")
                agency = replace(agency, aliases=agency.aliases + (f"{agency.name_en} of the {owner.name_en}",))
            resolver.built[agency.agency_id] = replace(agency, parent_agency_id=parent)


def _named_as_department(agency: Agency) -> bool:
    """An English name opening or closing on a department's head ("Department of X", "Publicity Department")."""
    words = (agency.name_en or "").split()
    return bool(words) and bool({words[0], words[-1]} & _DEPT_HEADS)


def _named_before(matches: list[_Match], ids: list[str | None], i: int, kind: str | None,
                  resolver: _Resolver) -> str | None:
    """The agency an anaphor before unit `i` stands for: the nearest agency named before it that is
    no unit, and of the anaphor's kind when it has one ("the administration's")."""
    for j in range(i - 1, -1, -1):
        agency = resolver.built.get(ids[j] or "") or resolver.registry.get(ids[j] or "")
        if agency is None or agency.parent_agency_id and agency.parent_agency_id not in _TOP_ORGANS:
            continue
        if not agency.in_registry and _named_as_department(agency):
            continue        # a unit found by shape, its parent not yet attached
        if kind is None or kind in (agency.name_en or "").lower().split():
            return agency.agency_id
    return None


_LINE_ENDS_AFTER = re.compile(r"\s*(?:\([A-Z]{2,}\))?\s*(?:\n|$)")


def _rehome_units(norm: str, matches: list[_Match], ids: list[str | None], resolver: _Resolver) -> None:
    """A registry unit written with another owner ("the Department of Policies and Regulations of
    the NHSA", 国家医保局政策法规司) is that owner's unit of the same name, not the registry's."""
    registry = resolver.registry
    for i, m in enumerate(matches):
        unit = registry.get(ids[i] or "") if m.agency is None else None
        if unit is None or not unit.parent_agency_id or unit.parent_agency_id in _TOP_ORGANS:
            continue
        owner = written = None
        if i and ids[i - 1] and norm[matches[i - 1].end:m.start] in _POSSESSIVE_GAP:
            owner = ids[i - 1]
        elif i + 1 < len(matches) and ids[i + 1] and (
                (of_owner := _OF_PARENT.fullmatch(norm[m.end:matches[i + 1].start]))
                or norm[m.end:matches[i + 1].start] == ", " and _LINE_ENDS_AFTER.match(norm, matches[i + 1].end)):
            owner = ids[i + 1]      # (or a speaker list's "Department of Medical Administration, NATCM (NATCM)")
            if of_owner:
                written = norm[m.start:matches[i + 1].end]  # its full name: "Comprehensive Department of the NDCPA"
        if owner is None or owner == unit.agency_id or owner in registry.ancestors(unit.agency_id):
            continue
        owner_agency = resolver.built.get(owner) or registry.get(owner)
        if owner_agency is None or unit.agency_id in registry.ancestors(owner):
            continue
        surface = norm[m.start:m.end]
        zh = bool(CJK_CHAR.search(surface))     # a unit of the same name has the same translation
        agency = Agency(unit_id(slugify(surface), owner), unit.name_en if zh else surface, surface if zh else unit.name_zh,
                        parent_agency_id=owner, in_registry=False, aliases=(written,) if written else ())
        resolver.built.setdefault(agency.agency_id, agency)
        ids[i] = agency.agency_id


def unit_id(found_id: str, parent_id: str) -> str:
    """"new-publicity-department" of the NHC: "new-nhc-publicity-department"."""
    return f"new-{parent_id.removeprefix('new-')}-{found_id.removeprefix('new-')}"


def _qualify_unit_ids(ids: list[str | None], resolver: _Resolver) -> list[str | None]:
    """A found unit's id names its parent: one ministry's "Publicity Department" is not another's,
    and the warehouse keeps one row per id."""
    renamed = {agency_id: unit_id(agency_id, agency.parent_agency_id)
               for agency_id, agency in resolver.built.items()
               if agency_id.startswith("new-") and agency.parent_agency_id
               and not agency_id.startswith(unit_id("", agency.parent_agency_id))}
    if not renamed:
        return ids
    built = {}
    for agency_id, agency in resolver.built.items():
        parent = renamed.get(agency.parent_agency_id or "", agency.parent_agency_id)
        new_id = renamed.get(agency_id, agency_id)
        changed = new_id != agency_id or parent != agency.parent_agency_id
        built[new_id] = replace(agency, agency_id=new_id, parent_agency_id=parent) if changed else agency
    resolver.built = built
    return [renamed.get(i, i) if i else i for i in ids]


_EN_BRANCH = re.compile(r"\b([A-Z][a-z']+(?:[ -][A-Z][a-z']+){0,2}) (Inspection )?Branch of (?:the )?$")   # ("Yangtze River Delta Branch of the CDE")
_ZH_BRANCH = "分局"


def _branches(norm: str, matches: list[_Match], ids: list[str | None], resolver: _Resolver) -> list[tuple[_Match, str]]:
    """A provincial bureau's branch in a city: "Taizhou Branch of the Jiangsu ...", 省药监局泰州检查分局, and a
    bare 泰州检查分局 (inspection branches belong to the province's drug administration)."""
    out: list[tuple[_Match, str]] = []
    occupied = [(m.start, m.end) for m in matches]
    gazetteer, registry = city_gazetteer(), resolver.registry
    by_end = {m.end: i for m, i in zip(matches, ids) if i}
    mpas = {i for i in ids if i and i.startswith("prov-") and i.endswith("-mpa")}
    pos = norm.find(_ZH_BRANCH)
    while pos >= 0:
        inspection = norm.startswith("检查", pos - 2)
        city_end = pos - 2 if inspection else pos
        for k in range(min(gazetteer.longest_zh, city_end), 1, -1):
            city = gazetteer.by_zh.get(norm[city_end - k:city_end])
            if city:
                parent = by_end.get(city_end - k)
                division = registry.division_of(city.province)
                if parent is None and inspection and division:
                    parent = f"prov-{division['slug']}-mpa"
                if parent:
                    out.append((_Match(city_end - k, pos + 2, [], 2), _branch_agency(parent, city, inspection, resolver)))
                break
        ordinal = _ZH_ORDINAL_BRANCH.search(norm, max(0, pos - 8), pos + 2) if inspection else None
        if ordinal and ordinal.end() == pos + 2:
            # "湖北省药品监督管理局第三检查分局", a bare 第三检查分局: numbered, of the drug administration named
            parent = by_end.get(ordinal.start()) or (next(iter(mpas)) if len(mpas) == 1 else None)
            if parent:
                out.append((_Match(ordinal.start(), pos + 2, [], 2), _numbered_branch(parent, ordinal.group(1), resolver)))
        pos = norm.find(_ZH_BRANCH, pos + 2)
    for m, i in zip(matches, ids) if "Branch of" in norm else ():
        b = _EN_BRANCH.search(norm, max(0, m.start - 60), m.start) if i else None
        if b:
            name, city = _en_city_ending(b.group(1), registry, True)
            if city:
                start = b.end(1) - len(name)
                out.append((_Match(start, b.end(1) + len(b.group(2) or "") + 7, [], 2),
                            _branch_agency(i, city, bool(b.group(2)), resolver, norm[start:m.end])))
    return [(m, i) for m, i in out if not any(s < m.end and m.start < e for s, e in occupied)]


_ZH_ORDINAL_BRANCH = re.compile(r"第([一二三四五六七八九十]{1,3})检查分局")
_ORDINALS_EN = dict(zip("一二三四五六七八九十", ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
                                              "Ninth", "Tenth")))


def _numbered_branch(parent_id: str, number: str, resolver: _Resolver) -> str:
    parent = resolver.built.get(parent_id) or resolver.registry.get(parent_id)
    zh = f"第{number}检查分局"
    agency_id = f"{parent_id}-branch-{slugify(zh)}"
    ordinal = _ORDINALS_EN.get(number)
    name_en = f"{ordinal} Inspection Branch of the {parent.name_en}" if ordinal and parent.name_en else None
    resolver.built[agency_id] = Agency(agency_id, name_en, zh, parent_agency_id=parent_id, level=parent.level,
                                       province=parent.province, in_registry=False,
                                       aliases=tuple(n for n in (parent.name_zh and parent.name_zh + zh,) if n))
    return agency_id


def _branch_agency(parent_id: str, city: City, inspection: bool, resolver: _Resolver, written: str = "") -> str:
    parent = resolver.built.get(parent_id) or resolver.registry.get(parent_id)
    unit = "Inspection Branch" if inspection else "Branch"
    agency_id = f"{parent_id}-branch-{slugify(city.en)}"
    zh = f"{city.zh}{'检查' if inspection else ''}分局" if city.zh else None
    known = resolver.built.get(agency_id)
    aliases = (known.aliases if known else ()) + tuple(n for n in (written, parent.name_zh and zh and parent.name_zh + zh) if n)
    resolver.built[agency_id] = Agency(agency_id, f"{city.en} {unit} of the {parent.name_en}", (known and known.name_zh) or zh,
                                       parent_agency_id=parent_id, level=parent.level, province=city.province,
                                       in_registry=False, aliases=tuple(dict.fromkeys(aliases)))
    return agency_id


def _role_held_by_predecessor(norm: str, matches: list[_Match], ids: list[str | None], registry: AgencyRegistry
                              ) -> list[str | None]:
    """"China's top drug regulator" on a page that names the CFDA, not the NMPA, is the CFDA."""
    role = [k for k, (m, i) in enumerate(zip(matches, ids))
            if i in registry.described and norm[m.start:m.end].lower() in registry.described[i]]
    if not role:
        return ids
    ids = list(ids)
    named = {i for j, i in enumerate(ids) if j not in role}     # what the page names other than by role
    for k in role:
        holder = ids[k]
        before = [p for p in registry.predecessors.get(holder, ()) if p in named]
        if before and holder not in named:
            ids[k] = before[0]
    return ids


def _initials_fit(abbreviation: str, name: str) -> bool:
    """CDER fits "Center for Drug Evaluation and Research": its letters are the name's capitals in order."""
    capitals = iter(c for c in name if c.isupper())
    return all(ch in capitals for ch in abbreviation.upper() if ch.isalpha())


_COUNTED_DIVISIONS = re.compile(r"[一二三四五六七八九十两\d](?:省|地)")
_LISTED_NAME = re.compile(r"[^、和及与]+")


@lru_cache(maxsize=1)
def _province_list_pattern() -> tuple[re.Pattern, re.Pattern, dict[str, str], dict[str, str]]:
    """Provinces listed before one kind word they share: "青海、四川…山东九省（区）药品监督管理局", "江苏、浙江、安徽三省
    药监局", or uncounted before the last one's body: "上海、广东、四川省药监局". (counted pattern, uncounted pattern,
    province name -> slug, kind word -> kind slug)"""
    regions = load_yaml("agency_regions.yaml")
    provinces = {n: d["slug"] for d in regions["divisions"] for n in (d["zh"], d["short"])}
    kinds = _kind_words("provincial")
    prov = "|".join(sorted(map(re.escape, provinces), key=len, reverse=True))
    kind = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    pattern = re.compile(rf"(?P<list>(?:(?:{prov})、)+(?:{prov})(?:[和及与](?:{prov}))?)"
                         rf"[一二三四五六七八九十两\d]{{1,2}}(?:省(?:（区）|\(区\)|（区、市）|\(区、市\)|市)?|地)(?P<kind>{kind})")
    uncounted = re.compile(rf"(?P<list>(?:(?:{prov})、)+)(?:{prov})(?:省|市|自治区)(?P<kind>{kind})")
    return pattern, uncounted, provinces, kinds


def _listed_province_matches(norm: str, taken: list[tuple[int, int]], registry: AgencyRegistry) -> list[_Match]:
    """Each province of a list sharing one kind word is that province's body of the kind (the last one's, written
    out, is the registry's)."""
    if "、" not in norm:
        return []
    pattern, uncounted, provinces, kinds = _province_list_pattern()
    # (the counted list's pattern only on a page with a count of provinces; the uncounted one only before a body
    # already found right after a 、, most pages having neither)
    counted = pattern.finditer(norm) if _COUNTED_DIVISIONS.search(norm) else ()
    listed = (m for s, e in taken if s and norm[s - 1] == "、"
              and (m := uncounted.search(norm, max(0, s - 40), e)) and m.end() == e)
    found = []
    for m in itertools.chain(counted, listed):
        kind = kinds[m.group("kind")]
        for name in _LISTED_NAME.finditer(m.group("list")):
            start, end = m.start("list") + name.start(), m.start("list") + name.end()
            if agency := registry.get(f"prov-{provinces[name.group()]}-{kind}"):
                found.append(_Match(start, end, [], 2, agency))
    return _untaken(found, taken)


def _kind_words(level: str) -> dict[str, str]:
    """Kind words of three characters or more (药品监督管理局, 药监局) -> kind slug, of the kinds a province or a city
    (`level`) has."""
    return {zh: k["slug"] for k in load_yaml("agency_regions.yaml")["kinds"] if level in k["levels"]
            and not (level == "municipal" and k["slug"] in _NOT_CITY_KINDS) for zh in k["zh"] if len(zh) >= 3}


@lru_cache(maxsize=1)
def _counted_cities_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """(a count of cities closing their list before one kind word they share, "菏泽十市市场监督管理局", kind word -> kind
    slug)."""
    kinds = _kind_words("municipal")
    kind = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    return re.compile(rf"(?<=[\u4e00-\u9fff])[两二三四五六七八九十]{{1,2}}(?:个)?(?:地)?市(?P<kind>{kind})"), kinds


def _listed_city_matches(norm: str, taken: list[tuple[int, int]], registry: AgencyRegistry) -> list[_Match]:
    """Each city of a counted list sharing one kind word is that city's body of the kind: "徐州、连云港、宿迁…菏泽十市
    市场监督管理局共同签署…" (tried only where a count of cities stands before 市)."""
    if "、" not in norm or not _COUNTED_CITY_HINT.search(norm):
        return []
    pattern, kinds = _counted_cities_pattern()
    gazetteer, found = city_gazetteer(), []
    for m in pattern.finditer(norm):
        start = norm.rfind("\n", 0, m.start()) + 1
        names = list(_LISTED_NAME.finditer(norm, max(start, m.start() - 120), m.start()))
        listed = []
        for k, name in enumerate(reversed(names)):    # back from the count, as far as the names are cities
            written = name.group().removesuffix("市")
            # (the list's first name ends the words before it: "…在徐州举行。徐州")
            city = gazetteer.by_zh.get(written) if k < len(names) - 1 else next(
                (c for n in range(min(4, len(written)), 1, -1) if (c := gazetteer.by_zh.get(written[-n:]))), None)
            if city is None:
                break
            listed.append((name, city))
        if len(listed) >= 2:
            kind = registry.kinds[kinds[m.group("kind")]]
            for name, city in listed:
                found.append(_Match(name.end() - len(city.zh or ""), name.end(), [], 2, city_agency(kind, city), city=city))
    return _untaken(found, taken)


_COUNTED_CITY_HINT = re.compile(r"[两二三四五六七八九十](?:个)?(?:地)?市")


def _cities_listed_before(norm: str, kept: list[tuple[_Match, str]], registry: AgencyRegistry) -> list[_Match]:
    """Cities each written with 市, listed before one's body: "听取晋中市、长治市市场监管局的汇报" names the bureaus
    of both."""
    gazetteer, found = city_gazetteer(), []
    for m, agency_id in kept:
        if not agency_id.startswith("city-") or m.start < 4 or norm[m.start - 1] != "、":
            continue
        city = next((c for n in (4, 3, 2) if norm.startswith("市", m.start + n)
                     and (c := gazetteer.by_zh.get(norm[m.start:m.start + n]))), None)
        kind = registry.kinds.get(agency_id.removeprefix(f"city-{slugify(city.en)}-")) if city else None
        pos = m.start - 1       # the 、 before the body's city
        while kind and norm[pos] == "、":
            other = next(((n, c) for n in (4, 3, 2) if pos - 1 - n >= 0 and norm[pos - 1] == "市"
                          and (c := gazetteer.by_zh.get(norm[pos - 1 - n:pos - 1]))), None)
            if not other:
                break
            n, listed = other
            found.append(_Match(pos - 1 - n, pos, [], 2, city_agency(kind, listed), city=listed))
            pos -= n + 2
    return found


# Cities or provinces listed after one plural kind they share: "the healthcare security bureaus of Qingdao, Chengdu,
# Nantong and Shangrao", "the medical products administrations of Guangdong and Hainan"
_LISTED_PLACES_EN = re.compile(r"(?:the )?([A-Z][a-z]+(?:-[a-z]+)?(?:(?:, (?:and )?| and )[A-Z][a-z]+(?:-[a-z]+)?)+)")
_LISTED_PLACE_EN = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")


@lru_cache(maxsize=1)
def _plural_kinds() -> tuple[re.Pattern, dict[str, str], tuple[str, ...]]:
    """(a pattern for a plural kind closing a lower-cased text, plural kind -> kind slug, the plural kinds), from the
    kinds of agency_regions.yaml that a province or city has."""
    plurals: dict[str, str] = {}
    for kind in load_yaml("agency_regions.yaml")["kinds"]:
        for name in [kind["en"], *(kind.get("en_other") or [])]:
            if " of " not in name and not _ABBREVIATION.match(name):
                plurals.setdefault(name.lower() + "s", kind["slug"])
    kinds = "|".join(sorted(map(re.escape, plurals), key=len, reverse=True))
    return re.compile(rf"\b(?:{kinds})$"), plurals, tuple(plurals)


@lru_cache(maxsize=1)
def _county_body_en() -> re.Pattern:
    """A county's or district's body named in English: "the Chunhua County People's Procuratorate", "Chunhua County
    Health Bureau", "the Pudong New Area People's Government" (a county is no city of the gazetteer: the body is one
    of its own)."""
    kinds = [k for k in load_yaml("agency_regions.yaml")["kinds"] if "municipal" in k["levels"]
             and k["slug"] not in _NOT_CITY_KINDS]
    heads = sorted({h for k in kinds for h in (k["en"], *(k.get("en_other") or [])) if not _ABBREVIATION.match(h)},
                   key=len, reverse=True)
    return re.compile(r"\b(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) (?:County|District|New Area) (?:%s)\b"
                      % "|".join(map(re.escape, heads + ["People's Court"])))


def _county_matches_en(norm: str, taken: list[tuple[int, int]]) -> list[_Match]:
    found = []
    for m in _matches_near(_county_body_en(), norm, (" County ", " District ", " New Area "), 24):    # (a place of two words)
        start, words = m.start(), m.group("place").split()
        if words[0] in _LEADING_STOP:     # ("The Pudong New Area …"; "The County Health Bureau": no county's name)
            if len(words) == 1:
                continue
            start += len(words[0]) + 1
        name = norm[start:m.end()]
        found.append(_Match(start, m.end(), [], 2, Agency("new-" + slugify(name), name, None, level="county",
                                                           in_registry=False)))
    return _untaken(found, taken)


def _listed_places_matches_en(norm: str, low: str, taken: list[tuple[int, int]], registry: AgencyRegistry) -> list[_Match]:
    """Each place of a list after one plural kind word is that place's body of the kind. Found from each "s of " (a
    substring scan at C speed), as a case-insensitive pattern of the kinds would be tried at every position."""
    found = []
    kind_before, slugs, plurals = _plural_kinds()
    at = low.find("s of ")
    while at >= 0:
        # (the pattern, tried at each of 60 positions, only after a plural kind: most are "results of", "years of")
        if low.endswith(plurals, 0, at + 1) and (kind := kind_before.search(low, max(0, at - 60), at + 1)) \
                and (listed := _LISTED_PLACES_EN.match(norm, at + 5)):
            for name in _LISTED_PLACE_EN.finditer(norm, listed.start(1), listed.end(1)):
                if agency := _body_of_place(name.group(), slugs[kind.group()], registry):
                    found.append(_Match(name.start(), name.end(), [], 2, agency))
        at = low.find("s of ", at + 5)
    return _untaken(found, taken)


# A governor's or mayor's place names the government they serve in: "vice-governor of Hainan province", "Hainan
# Vice-Governor Ni Qiang", "mayor of Wuhan", 甘肃省副省长, 武汉市副市长 (the place is the mention)
_EN_GOVERNOR = re.compile(r"\b(?:[Gg]overnor|[Mm]ayor)\b")
_EN_OF_DISTRICT = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+)\s+(?i:district)\b")
_EN_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:['’][a-z]+)?(?:\s(?!Province|City|Municipality)[A-Z][a-z]+)?)"
                          r"(?:\s+(?i:province|city|municipality))?")
# (on the title's own line: a headline's place is not the next line's governor)
_EN_PLACE_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:['’][a-z]+)?(?: (?!Vice|Deputy|Executive)[A-Z][a-z]+)?) +(?:Executive +)?"
                              r"(?:Vice[- ]|Deputy +)?$")     # ("Xi'an Vice Mayor")
_ZH_PLACE_GOVERNOR = re.compile(r"([\u4e00-\u9fff]{2,4}?([省市]))(?=(?:常务)?副?(?:省长|市长)|代(?:省长|市长))")


def _governments_by_title(norm: str, taken: list[tuple[int, int]], registry: AgencyRegistry) -> list[_Match]:
    found: list[tuple[int, int, Agency | None]] = []
    for t in _matches_near(_EN_GOVERNOR, norm, ("overnor", "ayor"), 1):
        if district := _EN_OF_DISTRICT.match(norm, t.end()):     # "Vice Mayor of Yongchuan district"
            name = district.group(1)
            found.append((district.start(1), district.end(),
                          _district_body(name, "People's Government", f"{name} District Government")))
        elif place := _EN_OF_PLACE.match(norm, t.end()):     # "vice-governor of Hainan province"
            found.append((place.start(1), place.end(), _government(place.group(1), registry)))
        elif t.group()[0].isupper() and (place := _EN_PLACE_BEFORE.search(norm, max(0, t.start() - 40), t.start())):
            found.append((place.start(1), place.end(1), _government(place.group(1), registry)))   # "Hainan Vice-Governor"
    # (a place of up to five characters, then 常务副 before the title)
    for m in _matches_near(_ZH_PLACE_GOVERNOR, norm, ("省长", "市长"), 8):
        for k in range(m.start(), m.end(1) - 2):    # no word boundaries: the longest place that is one ("陪同甘肃省")
            if agency := _government(norm[k:m.end(1)], registry):
                found.append((k, m.end(1), agency))
                break
    return _untaken([_Match(start, end, [], 2, agency) for start, end, agency in found if agency], taken)


def _district_body(district: str, kind: str, *aliases: str) -> Agency:
    """A city district's body named in English ("Jing'an District Administration for Market Regulation"): the registry
    holds no districts (their bodies named in Chinese: _district_agency)."""
    name = f"{district} District {kind}"
    return Agency("new-" + slugify(name), name, None, level="county", in_registry=False, aliases=aliases)


def _government(place: str, registry: AgencyRegistry) -> Agency | None:
    """The people's government of a province-level division (甘肃省, "Hainan", 北京市) or of a city (武汉市, "Wuhan")."""
    return _body_of_place(place, "gov", registry)


def _body_of_place(place: str, kind: str, registry: AgencyRegistry) -> Agency | None:
    """A province-level division's or a city's body of a kind of agency_regions.yaml ("gov", "hsa", ...)."""
    if division := registry.division_of(place):
        return registry.get(f"prov-{division['slug']}-{kind}")
    gazetteer = city_gazetteer()
    city = gazetteer.by_zh.get(place.removesuffix("市")) if CJK_CHAR.match(place) else gazetteer.by_en.get(place)
    return city_agency(registry.kinds[kind], city) if city and kind in registry.kinds else None


def find_agencies(text: NormalizedText, language: str, registry: AgencyRegistry, publisher: str | None = None
                  ) -> tuple[list[Agency], list[AgencyMention]]:
    """Every agency the text names, once each, and every mention with its evidence. `publisher`, the page's
    source line (江西省药品监督管理局), places a bare 省药监局 or 市场监管局 the text itself leaves unplaced."""
    norm = text.norm
    low = ascii_lower(norm)
    hanzi = text.has_hanzi     # (a text without one names no body in Chinese: not looked for)
    first = _select(_automaton_matches(norm, low, hanzi, registry, publisher or "")
                    + _numbered_congress_matches(norm, registry) + _around_city_matches(norm, registry)
                    + _prefecture_matches(norm), len(norm))
    first = [_party_group_in_title(norm, m, registry) if norm.endswith("党组", m.start, m.end) else m for m in first]
    resolver = _Resolver(text, low, registry, first, publisher)
    ids = [resolver.resolve(m) for m in first]
    kept = [(m, i) for m, i in zip(first, ids) if i]
    # a registry name that resolved to nothing (another ministry's 政策法规司) is free for the shapes
    taken = [(m.start, m.end) for m, _ in kept]
    ends = {m.end: i for m, i in kept}
    for (m, i), (n, _) in zip(kept, kept[1:]):
        # 国家市场监督管理总局（国家标准化管理委员会）标准技术管理司: a unit after the agency's second name in brackets
        if n.start == m.end + 1 and norm[m.end] in "(（" and norm[n.end:n.end + 1] in (")", "）"):
            ends.setdefault(n.end + 1, i)
    customs = _customs_matches(norm, taken, registry)
    if customs:     # 成都海关口岸监管处: units are written after a customs district too
        ends = {**ends, **{c.end: c.agency.agency_id for c in customs}}
    shaped = _shape_matches(norm, taken)
    if "、" in norm:
        shaped += _cities_listed_before(norm, kept, registry)
    if hanzi:
        shaped += _zh_shape_matches(norm, taken, ends, {m.end: m.start for m, _ in kept}, resolver.publisher)
    shaped += customs + _governments_by_title(norm, taken, registry) + _listed_province_matches(norm, taken, registry) \
        + _listed_city_matches(norm, taken, registry)
    if language != "zh":
        shaped += _listed_places_matches_en(norm, low, taken, registry)
        if " County " in norm or " District " in norm or " New Area " in norm:
            shaped += _county_matches_en(norm, taken)
    matches = _select([m for m, _ in kept] + shaped, len(norm))
    by_span = {(m.start, m.end): i for m, i in kept}
    ids = [by_span.get((m.start, m.end)) or resolver.resolve(m) for m in matches]
    _attach_parents(norm, matches, ids, resolver)
    _rehome_units(norm, matches, ids, resolver)
    for m, i in _branches(norm, matches, ids, resolver):
        matches.append(m)
        ids.append(i)

    # 国际合作司（港澳台办公室）: a unit's second name in brackets right after it is the same unit (but a body
    # the registry holds under it keeps its row: 国家市场监督管理总局（国家标准化管理委员会）)
    for k in range(1, len(matches)):
        before, inner = matches[k - 1], matches[k]
        if ids[k - 1] and ids[k] and inner.start == before.end + 1 and norm[before.end] in "(（" \
                and norm[inner.end:inner.end + 1] in (")", "）") \
                and not ((row := registry.get(ids[k])) and row.parent_agency_id == ids[k - 1]):
            ids[k] = ids[k - 1]

    # "Saudi Food and Drug Authority (SFDA)": the abbreviation means that agency in this document.
    local: dict[str, str] = {}
    for m, i in zip(matches, ids):
        d = _ABBREV_DEFINITION.match(norm, m.end)
        if not (i and d):
            continue
        known = registry.lookup_key(d.group(1))
        if not known and _initials_fit(d.group(1), norm[m.start:m.end]):
            local.setdefault(d.group(1), i)
        elif len(known) == 1 and known[0] != i and (row := registry.get(known[0])) and row.name_en \
                and row.name_en.endswith(" " + norm[m.start:m.end]):
            # "The Food and Drug Administration (TFDA)": the bare name is the bracketed agency's, in this document
            local.setdefault(norm[m.start:m.end], known[0])
    # "the Shenzhen Municipal Administration for Market Regulation (SAMR Shenzhen)": the national abbreviation with the
    # place is that body's wherever it is written, not the national body's
    placed = {}
    for m, i in zip(matches, ids):
        if i and (d := _PLACED_ABBREV_DEFINITION.match(norm, m.end)) and d.group(2) in norm[m.start:m.end]:
            placed.setdefault(f"{d.group(1)} {d.group(2)}", i)
    for k, (m, i) in enumerate(zip(matches, ids) if placed else ()):
        for name, body in placed.items():
            if i != body and norm.startswith(name, m.start) and m.end == m.start + len(name.split()[0]):
                matches[k], ids[k] = replace(m, end=m.start + len(name)), body   # "SAMR Shenzhen": not the SAMR
    for k, (m, i) in enumerate(zip(matches, ids) if local else ()):
        surface = norm[m.start:m.end]
        if surface in local and i != local[surface]:
            ids[k] = local[surface]
    unseen = [a for a in local if not any(norm[m.start:m.end] == a for m in matches)]
    if unseen:
        occupied = [(m.start, m.end) for m in matches]
        for am in re.finditer(r"\b(?:%s)\b" % "|".join(map(re.escape, unseen)), norm):
            if not any(s < am.end() and am.start() < e for s, e in occupied):
                matches.append(_Match(am.start(), am.end(), [], 2))
                ids.append(local[am.group()])
        for abbr, i in local.items():
            built = resolver.built.get(i)
            if built and not built.abbreviation:
                resolver.built[i] = replace(built, abbreviation=abbr)

    if "us-fda" in ids and not _AMERICAN.search(norm):
        # a bare "Food and Drug Administration (FDA)", the United States named nowhere: a Taiwan page's is Taiwan's,
        # and a page naming one other country's ("Thai FDA", its address in the footer) that one's
        others = {i for i in ids if i and i != "us-fda" and i.endswith("-fda")}
        owner = others.pop() if len(others) == 1 else "taiwan-fda" if any(
            i and i.startswith("taiwan-") for i in ids) else None
        ids = [owner if i == "us-fda" and owner else i for i in ids]
    ids = _qualify_unit_ids(ids, resolver)
    if language != "zh":
        _named_in_full_before(norm, matches, ids)
    if registry.described:
        ids = _role_held_by_predecessor(norm, matches, ids, registry)
    agencies: dict[str, Agency] = {}
    mentions: list[AgencyMention] = []
    addressed = "各" in norm
    ordered = sorted(((m, i) for m, i in zip(matches, ids) if i), key=lambda x: x[0].start)
    for k, (m, i) in enumerate(ordered):
        agency = resolver.built.get(i) or registry.get(i)
        if agency is None:
            continue
        s, e = text.span(m.start, m.end)
        evidence = text.evidence(s, e)
        if addressed and _ADDRESSEE_LINE.match(evidence.sentence):
            continue
        if i == "xpcc" and _EVERY_PROVINCE_BEFORE.search(norm, max(0, m.start - 60), m.start):
            continue    # "各省、自治区、直辖市及新疆生产建设兵团": the corps closing a list of every province, no actor
        if i == _THE_PARTY:
            continue    # the Party itself is named in names and history ("the 20th National Congress of the CPC",
            #             《中国共产党纪律处分条例》), not as a body that acts: analysts list it at most as optional
        agencies.setdefault(i, agency)
        if (parent := _parent_written_in(norm[m.start:m.end], agency, registry)) is not None:
            # 卫生福利部中央健康保险署: the unit's full name holds its ministry's, which the page names too
            ps, pe = text.span(m.start + parent[1], m.start + parent[2])
            agencies.setdefault(parent[0].agency_id, parent[0])
            mentions.append(AgencyMention(parent[0].agency_id, text.original[ps:pe], text.evidence(ps, pe), True))
        # 澳門特別行政區政府|藥物監督管理局: the government written as the first words of its own unit's name
        unit = ordered[k + 1] if k + 1 < len(ordered) and ordered[k + 1][0].start == m.end else None
        unit_agency = (resolver.built.get(unit[1]) or registry.get(unit[1])) if unit else None
        mentions.append(AgencyMention(i, text.original[s:e], evidence,
                                      unit_agency is not None and unit_agency.parent_agency_id == i))
    return list(agencies.values()), mentions


def _named_in_full_before(norm: str, matches: list[_Match], ids: list[str | None]) -> None:
    """"Li Hongmei, … of the Shanxi Provincial Department of Agriculture and Rural Affairs … Li said the Department of
    Agriculture and Rural Affairs will …": a body found only by its shape whose name closes the name of the one body
    the page named before it is that body, its place left out."""
    order = sorted(range(len(matches)), key=lambda k: matches[k].start)
    for n, k in enumerate(order):
        if not (ids[k] or "").startswith("new-"):
            continue
        tail = " " + norm[matches[k].start:matches[k].end]
        fuller = {ids[j] for j in order[:n] if ids[j] and ids[j] != ids[k]
                  and norm.endswith(tail, matches[j].start, matches[j].end)}
        if len(fuller) == 1:
            ids[k] = fuller.pop()


def _parent_written_in(surface: str, agency: Agency, registry: AgencyRegistry) -> tuple[Agency, int, int] | None:
    """The registry parent whose name a unit's written name holds, where it stands there: opening a Chinese name
    (卫生福利部|中央健康保险署), closing an English one ("… Sub-center of the National Medical Products Administration")."""
    if not agency.parent_agency_id:
        return None
    parent = registry.get(agency.parent_agency_id)
    if parent is None or agency.parent_agency_id in _TOP_ORGANS:
        return None
    if CJK_CHAR.match(surface):
        for name in (parent.name_zh, *parent.aliases):
            if name and len(name) >= 3 and CJK_CHAR.match(name) and surface.startswith(name) and len(surface) > len(name) + 1:
                return parent, 0, len(name)
        return None
    for name in (parent.name_en, parent.abbreviation, *parent.aliases):
        if name and not CJK_CHAR.match(name) and surface.endswith(" of the " + name):
            return parent, len(surface) - len(name), len(surface)
    return None

