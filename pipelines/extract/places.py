"""Places: China's provinces and cities, found with a gazetteer of administrative divisions, and the cities
abroad where the events these pages report are held (`abroad_cities`: placed "in/at" them, with no province).

`data/divisions.yaml` lists every provincial-level division, every prefecture-level division
and the county-level cities. Names that are unambiguous (a province, a "...市", "City of X")
are taken as they stand; a bare city name needs a locative cue ("in Jinan", 在临沂, 赴苏州),
because short names also occur inside people's names, companies and common words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extract.model import Evidence
from pipelines.extract.resources import load_yaml
from pipelines.extract.text import NormalizedText, trie_pattern

# The C loader when libyaml is there: the pure-Python one takes ~0.5 s on the gazetteer.

# Words before a bare city name that make it a place rather than part of another name.
_EN_CUE = re.compile(r"(?:\b(?:in|at|to|from|near|visited|visit|across|around|of|and)\s+|,\s*)$")
_ZH_CUE = re.compile(r"(?:在|赴|到|来|于|至|抵|从|落户|走进|位于|前往)$")
_ZH_CUE_AFTER = re.compile(r"^(?:召开|举行|举办|开幕|启动|调研|考察|检查)")
_EN_SUFFIX = r"(?:\s+(?:Province|province|City|city|Municipality|municipality|Autonomous Region|Special Administrative Region|SAR))?"
# The customary one-character names of the municipalities, after a verb of place ("在京启动", "来沪").
# (The lookbehind follows the name so the scan only stops at 京 and 沪.)
# (not a company's name opening on it: "在京新药业" is at Jingxin Pharmaceutical)
_ZH_ABBREV = re.compile(r"(?P<abbr>[京沪])(?<=[在来赴抵离返进][京沪])(?![津冀])"
                        r"(?![\u4e00-\u9fff]{1,4}(?:药业|制药|医药|生物|公司|集团|股份))")
_ZH_ABBREV_NAMES = {"京": "Beijing", "沪": "Shanghai"}
_ZH_DISTRICT_WORDS = ("区", "县", "镇", "乡")
_JOINER = re.compile(r"^[\s,，、]*$")
_EN_PROVINCE_AFTER = re.compile(r",?\s*(?:[A-Z][a-z]+ )?[A-Z][a-z]+ [Pp]rovince")
_EN_NAME_BEFORE = re.compile(r"[A-Z][a-z]+\s$")


@dataclass(frozen=True)
class Place:
    surface: str
    evidence: Evidence
    city: str | None          # English name without "City"
    province: str | None      # English name without "Province"
    abroad: bool = False      # a city outside China ("held in Geneva"): no province, never the page's main city


@dataclass(frozen=True)
class _Division:
    en: str
    province: str            # the provincial-level division it belongs to (itself for provinces)
    level: str               # province / municipality / prefecture / county / town ...

    @property
    def is_province(self) -> bool:
        return self.level in ("province", "municipality", "autonomous_region", "sar")

    @property
    def is_own_city(self) -> bool:
        """A province-level municipality or SAR is its own city (Beijing, Hong Kong, Macao), with no cities under it."""
        return self.level in ("municipality", "sar")


@dataclass(frozen=True)
class _Gazetteer:
    by_zh: dict[str, tuple[_Division, ...]]
    by_en: dict[str, tuple[_Division, ...]]
    zh_full: frozenset[str]            # official names with their suffix: always a place
    zh_pattern: re.Pattern[str]
    en_pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    divisions: tuple[_Division, ...]


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    data = load_yaml("divisions.yaml")
    by_zh: dict[str, list[_Division]] = {}
    by_en: dict[str, list[_Division]] = {}
    full: set[str] = set()
    for row in data["provinces"]:
        div = _Division(row["en"], row["en"], row["kind"])
        for name in (row["zh"], row["full"]):
            by_zh.setdefault(name, []).append(div)
        by_en.setdefault(row["en"], []).append(div)
        full.add(row["full"])
    for row in data["cities"] + data["towns"] + data["other_cities"]:
        div = _Division(row.get("city", row["en"]), row["province"], row["kind"])    # (a town: the city it is in)
        for name in (row["zh"], row["full"]):
            by_zh.setdefault(name, []).append(div)
        by_en.setdefault(row["en"], []).append(div)
        full.add(row["full"])
    # A province comes first when a short name is both ("吉林", "Jilin"): the bare name means the province.
    order = {"municipality": 0, "province": 0, "autonomous_region": 0, "sar": 0, "prefecture": 1}
    zh = {k: tuple(sorted(v, key=lambda d: order.get(d.level, 2))) for k, v in by_zh.items()}
    en = {k: tuple(sorted(v, key=lambda d: order.get(d.level, 2))) for k, v in by_en.items()}
    # No leading \b: a pattern that starts with a plain name scans at C speed, so word starts are checked after.
    zh_pattern = re.compile(trie_pattern(zh))
    en_pattern = re.compile(rf"(?P<name>{trie_pattern(en)})(?P<suffix>{_EN_SUFFIX})(?![\w-])")
    return _Gazetteer(zh, en, frozenset(full), zh_pattern, en_pattern)


def _zh_hits(norm: str, gaz: _Gazetteer) -> list[_Hit]:
    """Chinese names of places; for a text holding a hanzi (every name is in hanzi)."""
    hits: list[_Hit] = []
    for m in gaz.zh_pattern.finditer(norm):
        name = m.group(0)
        divisions = gaz.by_zh[name]
        if not (name in gaz.zh_full or divisions[0].is_province) and norm.startswith(_ZH_DISTRICT_WORDS, m.end()):
            continue    # "在合作区", "大安區": a district's or zone's name, not the city of that name
        if not (name in gaz.zh_full or divisions[0].is_province
                or _ZH_CUE.search(norm[max(0, m.start() - 2):m.start()])
                or _ZH_CUE_AFTER.match(norm[m.end():m.end() + 2])
                or (hits and hits[-1].end == m.start() and hits[-1].divisions[0].is_province)):
            continue
        hits.append(_Hit(m.start(), m.end(), divisions))
    for m in _ZH_ABBREV.finditer(norm) if "京" in norm or "沪" in norm else ():   # `in` scans 20 times faster
        hits.append(_Hit(m.start(), m.end(), gaz.by_en[_ZH_ABBREV_NAMES[m.group("abbr")]]))
    return sorted(hits, key=lambda h: h.start)


def _en_hits(norm: str, gaz: _Gazetteer) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in gaz.en_pattern.finditer(norm):
        if m.start() and (norm[m.start() - 1].isalnum() or norm[m.start() - 1] == "_"):
            continue  # inside a longer word
        divisions = gaz.by_en[m.group("name")]
        if not divisions[0].is_province and not m.group("suffix"):
            before = norm[max(0, m.start() - 20):m.start()]
            after_province = bool(_EN_PROVINCE_AFTER.match(norm, m.end(), m.end() + 40))
            preceded_by_name = bool(_EN_NAME_BEFORE.search(before))
            bare_ok = divisions[0].level == "prefecture" and not preceded_by_name
            if not (after_province or _EN_CUE.search(before) and not preceded_by_name or bare_ok):
                continue
        hits.append(_Hit(m.start(), m.end(), divisions))
    return hits


def _pick(divisions: tuple[_Division, ...], province: str | None) -> _Division:
    """The division of that name inside `province` when one is (Suzhou, Jiangsu vs Suzhou, Anhui)."""
    if province:
        for d in divisions:
            if d.province == province and not d.is_province:
                return d
    return divisions[0]


def _city_in(a: _Hit, b: _Hit) -> tuple[_Division, _Division] | None:
    """(province, city) when one hit is a province and the other a city of it."""
    for prov_hit, city_hit in ((a, b), (b, a)):
        prov = prov_hit.divisions[0]
        if prov.is_province and not prov.is_own_city:
            city = _pick(city_hit.divisions, prov.en)
            if not city.is_province and city.province == prov.en:
                return prov, city
    return None


# The cue that places something at a name abroad: "held in Geneva", "at the …"
_IN_OR_AT = r"\b(?:in|at)\s+(?:the\s+)?"
_ABROAD_WORD = re.compile(r"\b(?:abroad|overseas)\b")


@lru_cache(maxsize=1)
def _abroad_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(any foreign name, "in/at <name>", 在<name> or 境外/国外/海外). Only whether one matches counts,
    so each is searched alone: "in/at <name>" opens with a word boundary and is tried at every position,
    hence only in a text holding a name; the others open with characters they are scanned for at C speed."""
    data = load_yaml("divisions.yaml")
    names = {lang: {*data["abroad"][lang], *(c[lang] for c in data["abroad_cities"] if lang in c)} for lang in ("en", "zh")}
    en = "|".join(re.escape(n) for n in sorted(names["en"], key=len, reverse=True))
    zh = "|".join(re.escape(n) for n in sorted(names["zh"], key=len, reverse=True))
    return (re.compile(en), re.compile(rf"{_IN_OR_AT}(?:{en})\b"),
            re.compile(rf"[在赴于境国海](?:(?<=[在赴于])(?:{zh})|(?<=[境国海])外)"))


def places_abroad(text: str) -> bool:
    """True when the text places something outside China ("held in Geneva", "在加拿大蒙特利尔召开", "abroad")."""
    any_name, en, zh = _abroad_patterns()
    return bool(zh.search(text) or ("abroad" in text or "overseas" in text) and _ABROAD_WORD.search(text)
                or any_name.search(text) and en.search(text))


@lru_cache(maxsize=1)
def _abroad_cities() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(English names, Chinese names, Chinese name -> English) of the cities abroad, each a trie to scan for."""
    cities = load_yaml("divisions.yaml")["abroad_cities"]
    by_zh = {c["zh"]: c["en"] for c in cities if "zh" in c}
    return re.compile(rf"{trie_pattern([c['en'] for c in cities])}(?![\w-])"), re.compile(trie_pattern(by_zh)), by_zh


# Placed there, as `places_abroad` asks: "held in Geneva", "at Manila", 在日内瓦, 赴东京, 于柏林
_EN_ABROAD_CUE = re.compile(_IN_OR_AT + "$")
_ZH_ABROAD_CUE = ("在", "赴", "于")


def _cities_abroad(text: NormalizedText) -> list[Place]:
    """Cities outside China a place is given in ("the dialogue held in Berlin", "在日内瓦召开")."""
    en, zh, by_zh = _abroad_cities()
    norm = text.norm
    found = []
    for m in en.finditer(norm):
        if not (m.start() and (norm[m.start() - 1].isalnum() or norm[m.start() - 1] == "_")) \
                and _EN_ABROAD_CUE.search(norm, max(0, m.start() - 12), m.start()):
            found.append((m.start(), m.end(), m.group(0)))
    for m in zh.finditer(norm) if text.has_hanzi else ():     # (every name is in hanzi)
        if m.start() and norm[m.start() - 1] in _ZH_ABROAD_CUE:
            found.append((m.start(), m.end(), by_zh[m.group(0)]))
    places = []
    for start, end, name in found:
        s, e = text.span(start, end)
        places.append(Place(surface=text.original[s:e], evidence=text.evidence(s, e), city=name, province=None,
                            abroad=True))
    return places


def find_places(text: NormalizedText, language: str) -> list[Place]:
    """Every place named in the text; "Jinan, Shandong Province" and "江苏省苏州市" are one place each."""
    gaz = _gazetteer()
    norm = text.norm
    zh_hits = _zh_hits(norm, gaz) if text.has_hanzi else []
    hits = sorted(zh_hits + _en_hits(norm, gaz), key=lambda h: (h.start, -h.end))
    places: list[Place] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        pair = None
        if i + 1 < len(hits) and _JOINER.match(norm[hit.end:hits[i + 1].start]):
            pair = _city_in(hit, hits[i + 1])
        if pair:
            prov, city = pair
            start, end = hit.start, hits[i + 1].end
            i += 2
        else:
            div = _pick(hit.divisions, None)
            start, end = hit.start, hit.end
            i += 1
            if div.is_province:
                city = div if div.is_own_city else None
                prov = div
            else:
                city, prov = div, None
        s, e = text.span(start, end)
        places.append(Place(surface=text.original[s:e], evidence=text.evidence(s, e),
                            city=city.en if city else None, province=prov.en if prov else city.province))
    abroad = _cities_abroad(text)
    return sorted(places + abroad, key=lambda p: p.evidence.start) if abroad else places
