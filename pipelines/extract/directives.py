"""Named policy instruments: plans, opinions, notices, regulations, laws, measures, guidelines.

Titles are found three ways, all on the normalised view (simplified script, NFKC):
- quoted or bracketed names (《...》, “...”, "...", ‘...’) whose wording ends in, or opens
  with, a directive head ("...Plan", "Opinions on ...", "...规划", "关于...的通知");
- unquoted English Title Case names built around a head ("Regulations on X", "Drug
  Administration Law") and lower-case ones of the fixed shape "the opinions on <verb>ing ...";
- unbracketed Chinese "关于...的意见/通知" after a verb of issuing, or opening a headline.
Nicknames ("the Plan", 《规划》) resolve to the full title they stand for and become
`short_names`; repeated mentions of one title merge into one Directive.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from pipelines.extract.agencies import AgencyRegistry
from pipelines.extract.model import AgencyMention, DateMention, Directive, directive_key
from pipelines.extract.text import CJK, NormalizedText, strip_pinyin, to_simplified

_DATA = Path(__file__).resolve().parent / "data" / "directive_vocabulary.yaml"


@dataclass(frozen=True)
class _Vocabulary:
    zh_heads: dict[str, str]
    zh_heads_longest_first: tuple[str, ...]
    zh_not_law_before_fa: str
    en_heads: dict[str, str]
    en_closing_unquoted: frozenset[str]
    en_generic: frozenset[str]
    zh_generic_prefixes: tuple[str, ...]
    en_prepositions: frozenset[str]
    en_function_words: frozenset[str]
    en_clause_words: frozenset[str]
    en_issue_verb: re.Pattern
    zh_issue_verb: re.Pattern
    zh_issue_lead: tuple[str, ...]
    en_head_word: re.Pattern


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    raw = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    en_heads = {k.lower(): v for k, v in raw["en_heads"].items()}
    en_verbs = sorted(raw["en_issue_verbs"], key=len, reverse=True)
    zh_verbs = sorted(raw["zh_issue_verbs"], key=len, reverse=True)
    return _Vocabulary(
        zh_heads=dict(raw["zh_heads"]),
        zh_heads_longest_first=tuple(sorted(raw["zh_heads"], key=len, reverse=True)),
        zh_not_law_before_fa=raw["zh_not_law_before_fa"],
        en_heads=en_heads,
        en_closing_unquoted=frozenset(raw["en_heads_closing_unquoted"]),
        en_generic=frozenset(raw["en_generic_modifiers"]),
        zh_generic_prefixes=tuple(raw["zh_generic_prefixes"]),
        en_prepositions=frozenset(raw["en_title_prepositions"]),
        en_function_words=frozenset(raw["en_title_function_words"]),
        en_clause_words=frozenset(raw["en_clause_words"]),
        en_issue_verb=re.compile(r"\b(?:jointly\s+)?(?:" + "|".join(re.escape(v) for v in en_verbs) + r")\b", re.I),
        zh_issue_verb=re.compile("|".join(re.escape(v) for v in zh_verbs)),
        zh_issue_lead=tuple(raw["zh_issue_lead"]),
        en_head_word=re.compile(r"\b(" + "|".join(sorted(en_heads, key=len, reverse=True)) + r")\b", re.I),
    )


# Quoted spans: the content group is whichever alternative matched.
_QUOTED = re.compile(r"《([^《》\n]{1,150})》|“([^“”\n]{1,250})”|\"([^\"\n]{1,250})\"|‘([^‘’\n]{1,150})’|「([^「」\n]{1,150})」")
# Inner quotes count only as curly pairs: straight quotes cannot tell opening from closing.
_EN_TOKEN = re.compile(r"\s*(\([^()\n]{1,40}\)|[‘“][^‘’“”\n]{1,60}[’”]|[A-Za-z0-9][\w'’\-–—/]*|\S)")
_TITLE_PARENTHETICAL = re.compile(
    r"\((?:trial|draft[^)]*|revised|revision|for trial implementation|\d{4}\s*(?:edition|version|revision)|"
    r"(?:19|20)\d{2}\s*[-–—~～至到]+\s*(?:19|20)\d{2}[^)]*)\)", re.I)
_ZH_TRAILING_PARENTHETICAL = re.compile(r"\s*\([^()]{1,20}\)\s*$")
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-–—~～至到]+\s*((?:19|20)\d{2})")
_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.I)
_FIVE_YEAR_ORDINAL = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth)\s+five[\s\-]year$|^十?[一二三四五六七八九]?五$", re.I)
# What may follow a quoted five-year ordinal to make it a plan: `"14th Five-Year" development plan`.
_EN_ORDINAL_CONTINUATION = re.compile(r"\s*((?:[A-Za-z][\w\-]*\s+){0,6}?(?:plan|outline|programme|program)\b)", re.I)
_ZH_CONTINUATION = re.compile(r"[\u4e00-\u9fff]{1,16}")
_ZH_FUNCTION_CHARS = re.compile(r"[的了在是和与及等将对为把被期时间]")
_EN_PREPOSITION_AFTER = re.compile(r"\s+(for|on|of|concerning|regarding)\s", re.I)
_EN_ISSUING_WRAPPER = re.compile(
    r"\b(?:on|for)\s+(?:issuing|printing\s+and\s+distributing|promulgating|publishing|releasing|forwarding)\s+"
    r"(?:the\s+)?", re.I)
_ZH_GUANYU = re.compile(r"关于(?:(?:印发|发布|转发|公布)?《[^《》\n]{2,80}》的?|[^，。；：！？、\s《》“”\"()]{2,60}?的)"
                        r"(指导意见|实施意见|意见|通知|决定|规定|办法|批复|公告|通告)")
_ZH_LINE_PREFIX = re.compile(r"[^\n，。；：！？“”《》]{0,30}$")
_EN_PASSIVE_BY = re.compile(r"^[\s\"”’)]*(?:\([^)]*\)\s*)?,?\s*(?:which\s+)?(?:was|were|has been|have been|had been)?"
                            r"\s*(?:jointly\s+)?(?:issued|released|published|promulgated|formulated)\s+by\b", re.I)
_ATTRIBUTION = re.compile(r"\b(?:according to|as reported by|citing)\b[^,，]*[,，]|据[^，。]{0,40}?(?:消息|报道|网站|介绍)[，,]?", re.I)
_EN_DOC_NUMBER = re.compile(r"\b(?:Order|Decree|Announcement|Circular)\s+(?:of\s+the\s+[A-Z][\w'’\- ]{2,80}?\s+)?No\.\s*\d+")
_ZH_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}\s*[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*第?\s*\d{1,4}\s*号"
                            r"|[\u4e00-\u9fff]{2,20}令\s*第\s*\d{1,4}\s*号")
_ZH_DOC_NUMBER_LEAD = re.compile(r"^(?:根据|依据|按照|印发|文件|以)")
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "that", "its", "their", "such", "our", "his", "her"})
_ISSUING_WRAPPER_ZH = re.compile(r"关于(?:印发|发布|转发|公布)《")
# A title this far after its verb of issuing still belongs to it ("issued the ... Plan").
_VERB_REACH = 60
_DOC_NUMBER_REACH = 150
_DATE_AFTER_TITLE_REACH = 8
# A dateline ("中新网1月7日电", "Beijing, Nov 4 --") dates the report, not the directive.
_DATELINE_END = re.compile(r"\s*(?:电|讯|\(\w+\)\s*)?\s*(?:电|讯|--|—)")


@dataclass
class _Candidate:
    start: int                 # normalised-view span of the name itself (no quotes)
    end: int
    title: str                 # as written in the original, quotes and pinyin glosses removed
    directive_type: str
    quoted: bool
    short: bool = False        # a nickname ("the Plan", 《规划》) to resolve, not a directive
    inner_of_wrapper: bool = False  # the instrument a "Notice on Issuing X" issues


@dataclass
class _Group:
    mentions: list[_Candidate]
    short_names: list[str] = field(default_factory=list)

    @property
    def first(self) -> _Candidate:
        return self.mentions[0]


# ---------------------------------------------------------------- heads and types

def _zh_head(title_norm: str) -> str | None:
    """The head a Chinese title ends with, ignoring a trailing (试行)/(2025—2030年)."""
    core = _ZH_TRAILING_PARENTHETICAL.sub("", title_norm).strip()
    vocab = _vocabulary()
    for head in vocab.zh_heads_longest_first:
        if core.endswith(head):
            if head == "法" and (len(core) < 2 or core[-2] in vocab.zh_not_law_before_fa):
                continue
            return head
    return None


def _zh_is_nickname(title_norm: str) -> bool:
    """Only a head, maybe after 该/本: 《规划》, 《工作方案》."""
    core = _ZH_TRAILING_PARENTHETICAL.sub("", title_norm).strip()
    for prefix in _vocabulary().zh_generic_prefixes:
        if core.startswith(prefix):
            core = core[len(prefix):]
    return core in _vocabulary().zh_heads


def _en_words(title: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'’\-]*", title)


def _en_type(title: str) -> str:
    """Type from the head phrase: the words before the first preposition ("Implementation Plan for")."""
    vocab = _vocabulary()
    for word in _en_words(title):
        low = word.lower()
        if low in vocab.en_heads:
            return vocab.en_heads[low]
        if low in vocab.en_prepositions:
            break
    return "other"


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


def _en_is_nickname(words: list[str]) -> bool:
    """Only generic modifiers and heads: "Implementation Plan", "Plan", "Opinions"."""
    vocab = _vocabulary()
    return all(w.lower() in vocab.en_generic or w.lower() in vocab.en_heads for w in words)


# ---------------------------------------------------------------- English title extension

def _extend_en_title(norm: str, pos: int, lenient: bool, max_tokens: int = 40) -> int:
    """End of a title continuing at `pos`.

    Title Case mode takes capitalised words, numbers, small function words, inner quotes and
    title parentheticals ("(Trial)", "(2025-2030)"), stopping at the first lower-case content
    word. Lenient mode (lower-case titles) runs to clause punctuation or a clause word.
    """
    vocab = _vocabulary()
    end = pos
    i = pos
    tokens: list[tuple[str, int, int]] = []
    for _ in range(max_tokens):
        m = _EN_TOKEN.match(norm, i)
        if not m or m.start(1) >= len(norm) or "\n" in norm[i:m.start(1)]:
            break
        tokens.append((m.group(1), m.start(1), m.end(1)))
        i = m.end(1)
    for k, (tok, s, e) in enumerate(tokens):
        low = tok.lower()
        nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
        if tok.startswith("("):
            if not _TITLE_PARENTHETICAL.fullmatch(tok):
                break
            end = e
        elif tok[0] in "‘“":
            end = e
        elif tok[0].isalnum():
            if low in ("on", "in", "at", "since", "from") and (_MONTH.match(nxt) or nxt[:1].isdigit()):
                break  # "... Medical Devices on March 19": a date, not the title
            if low in vocab.en_function_words:
                continue  # kept only if a content word follows
            if tok[0].isupper() or tok[0].isdigit():
                end = e
            elif lenient and low not in vocab.en_clause_words:
                end = e
            else:
                break
        else:
            break
    return end


def _extend_en_left(norm: str, pos: int, capitalised: bool) -> int:
    """Start of the modifiers before a head: "Guiding Opinions", "Guangdong Action Plan"."""
    vocab = _vocabulary()
    start = pos
    for m in reversed(list(re.finditer(r"[A-Za-z0-9][\w'’\-]*", norm[max(0, pos - 120):pos]))):
        abs_start = max(0, pos - 120) + m.start()
        gap = norm[abs_start + len(m.group()):start]
        if gap.strip() or "\n" in gap:
            break
        word = m.group()
        low = word.lower()
        if low in _DETERMINERS or word.endswith(("'s", "’s")):
            break
        if capitalised and not (word[0].isupper() or word[0].isdigit()):
            break
        if not capitalised and low not in vocab.en_generic:
            break
        start = abs_start
    return start


# ---------------------------------------------------------------- candidate finders

def _make(text: NormalizedText, start: int, end: int, quoted: bool, **kw) -> _Candidate | None:
    os_, oe = text.span(start, end)
    title = " ".join(strip_pinyin(text.original[os_:oe]).split()).strip(" ,.;:，。；：")
    title = re.sub(r"^the\s+", "", title, flags=re.I)
    if not title:
        return None
    return _Candidate(start, end, title, kw.pop("directive_type", None) or directive_type_of(title), quoted, **kw)


def _quoted_candidates(text: NormalizedText) -> list[_Candidate]:
    norm = text.norm
    out: list[_Candidate] = []
    for m in _QUOTED.finditer(norm):
        group = next(g for g in range(1, 6) if m.group(g) is not None)
        cs, ce = m.start(group), m.end(group)
        content = norm[cs:ce].strip().rstrip(".,;:，。；：").strip()
        if not content:
            continue
        cand = (_zh_quoted(text, m, cs, ce, content, bracket=group == 1) if CJK.search(content)
                else _en_quoted(text, m, cs, ce, content))
        if cand:
            out.append(cand)
    return out


def _zh_quoted(text: NormalizedText, m: re.Match, cs: int, ce: int, content: str, bracket: bool) -> _Candidate | None:
    if _FIVE_YEAR_ORDINAL.match(content):
        return _zh_ordinal_plan(text, m)
    if re.search(r"[，。！？；]", content):
        return None
    head = _zh_head(content)
    if not head:
        return None
    if _zh_is_nickname(content):
        return _make(text, cs, ce, True, short=True)
    # In plain quotes short endings are often slogans ("高标准"); 《》 marks a title outright.
    if not bracket and len(content) < 6 and not content.startswith("关于"):
        return None
    return _make(text, cs, ce, True)


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


def _en_quoted(text: NormalizedText, m: re.Match, cs: int, ce: int, content: str) -> _Candidate | None:
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
    words = _en_words(re.sub(r"^the\s+", "", content, flags=re.I))
    if not words or len(words) > 40 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return None
    lows = [w.lower() for w in words]
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
    paren = re.match(r"\s*(\([^()\n]{1,40}\))", norm[after:])
    if paren and _TITLE_PARENTHETICAL.fullmatch(paren.group(1)):
        end = after + paren.end()
    elif ends_with_head and _EN_PREPOSITION_AFTER.match(norm, after):
        # "14th Five-Year Plan" for Bio-economy Development: the name runs on past the quote.
        first = norm[after:].split()[1:2]
        lenient = not (first and first[0][:1].isupper())
        ext = _extend_en_title(norm, after, lenient=lenient, max_tokens=14)
        if ext > after:
            start = cs
            title = f"{text.original[slice(*text.span(cs, ce))].strip()} {' '.join(norm[after:ext].split())}"
            return _Candidate(start, ext, re.sub(r"^the\s+", "", " ".join(title.split()), flags=re.I),
                              directive_type_of(title), True)
    return _make(text, cs, end, True)


def _english_candidates(text: NormalizedText) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in _vocabulary().en_head_word.finditer(text.norm):
        found = _en_head_first(text, m)
        if found is None:
            found = _en_head_last(text, m)
        out.extend(found or [])
    return out


def _en_head_first(text: NormalizedText, m: re.Match) -> list[_Candidate] | None:
    """ "Opinions on X", "Decision of the Y on X", lower-case "the opinions on deepening X".

    None when the head opens no title here, so it may still close one ("... Law of the PRC").
    """
    norm = text.norm
    vocab = _vocabulary()
    head = m.group(1)
    capitalised = head[0].isupper()
    after = re.match(r"(\s*\([^()\n]{1,30}\))?\s+([A-Za-z]+)\s+(\S+)", norm[m.end():])
    prep = after.group(2).lower() if after else ""
    if prep not in vocab.en_prepositions:
        return None
    nxt = after.group(3)
    gerund = nxt.lower().endswith("ing") and nxt.isalpha()
    if capitalised and (nxt[:1].isupper() or nxt[:1].isdigit() or (nxt.lower() == "the" and prep != "to")):
        lenient = False
    elif gerund and prep != "to" and (capitalised or _preceded_by_the(norm, m.start())):
        lenient = True
    else:
        return None
    start = _extend_en_left(norm, m.start(), capitalised)
    end = _extend_en_title(norm, m.end(), lenient)
    cand = _make(text, start, end, False)
    if not cand or len(_en_words(cand.title)) < 3 or cand.title.isupper():
        return []
    if prep == "of" and not re.search(r"\b(?:on|for|concerning|regarding)\b|People's Republic of China$",
                                      cand.title[len(head):]):
        return None  # "Notice of the State Council" alone names no instrument
    return [cand, *_issued_inner(text, cand)]


def _en_head_last(text: NormalizedText, m: re.Match) -> list[_Candidate]:
    """A Title Case name closed by its head ("Drug Administration Law"); "the Plan" is a nickname."""
    head = m.group(1)
    if not head[0].isupper() or head.lower() not in _vocabulary().en_closing_unquoted:
        return []
    start = _extend_en_left_title_case(text.norm, m.start())
    if _en_is_nickname(_en_words(text.norm[start:m.end()])):
        short = _make(text, start, m.end(), False, short=True) if _preceded_by_the(text.norm, start) else None
        return [short] if short else []
    cand = _make(text, start, m.end(), False)
    return [cand] if cand and not cand.title.isupper() else []


def _extend_en_left_title_case(norm: str, pos: int) -> int:
    """Start of a Title Case name ending at a head: "Drug Administration Law"."""
    vocab = _vocabulary()
    start = pos
    pending = pos
    for m in reversed(list(re.finditer(r"[A-Za-z0-9][\w'’\-]*", norm[max(0, pos - 150):pos]))):
        abs_start = max(0, pos - 150) + m.start()
        gap = norm[abs_start + len(m.group()):pending]
        if gap.strip(" \"“”‘’") or "\n" in gap:
            break
        word = m.group()
        low = word.lower()
        if low in _DETERMINERS or word.endswith(("'s", "’s")):
            break
        if low in vocab.en_function_words:
            pending = abs_start
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            break
        start = pending = abs_start
    return start


def _preceded_by_the(norm: str, pos: int) -> bool:
    words = re.findall(r"[A-Za-z]+", norm[max(0, pos - 40):pos])
    vocab = _vocabulary()
    while words and words[-1].lower() in vocab.en_generic | {"modified", "latest", "recent"}:
        words.pop()
    return bool(words) and words[-1].lower() == "the"


def _issued_inner(text: NormalizedText, wrapper: _Candidate) -> list[_Candidate]:
    """ "Notice on Issuing the X": X is a directive of its own."""
    seg = text.norm[wrapper.start:wrapper.end]
    m = _EN_ISSUING_WRAPPER.search(seg)
    if not m or not _vocabulary().en_head_word.search(seg[m.end():]):
        return []
    cand = _make(text, wrapper.start + m.end(), wrapper.end, False, inner_of_wrapper=True)
    return [cand] if cand else []


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
            start = line_prefix.start() + len(line_prefix.group()) - len(line_prefix.group().lstrip())
        else:
            continue
        cand = _make(text, start, m.end(), False)
        if cand:
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
        if inside and not (c.quoted or c.inner_of_wrapper):
            continue
        if any(k.start == c.start and k.end == c.end for k in inside):
            continue
        kept.append(c)
    return kept


def _crosses(c: _Candidate, quote: tuple[int, int]) -> bool:
    qs, qe = quote
    overlaps = c.start < qe and qs < c.end
    inside = qs < c.start and c.end < qe
    contains = c.start <= qs and qe <= c.end
    return overlaps and not inside and not contains


def _merge_key(title: str) -> str:
    t = re.sub(r"^the\s+", "", title, flags=re.I)
    t = re.sub(r"^(.*?\b(?:opinions|notice|circular|decision|measures|regulations|provisions))\s+of\s+the\s+.+?\s+"
               r"(on|for|concerning)\s", r"\1 \2 ", t, flags=re.I)
    key = directive_key(t)
    if "关于" in key and not _ISSUING_WRAPPER_ZH.search(t):
        key = key[key.index("关于"):]
    return key


def _same_directive(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(short) >= 0.7 * len(long_)


def _group(cands: list[_Candidate]) -> list[_Group]:
    groups: list[_Group] = []
    keys: list[str] = []
    for c in cands:
        if c.short:
            continue
        key = _merge_key(c.title)
        for g, k in zip(groups, keys):
            if _same_directive(key, k):
                g.mentions.append(c)
                break
        else:
            groups.append(_Group([c]))
            keys.append(key)
    for s in (c for c in cands if c.short):
        target = _nickname_target(s, groups)
        if target and s.title not in target.short_names:
            target.short_names.append(s.title)
    return groups


def _nickname_target(nick: _Candidate, groups: list[_Group]) -> _Group | None:
    """The directive a nickname stands for: same type, preferably one whose title contains the
    nickname ("the Implementation Plan"), the one last mentioned before it, else the next one."""
    pool = [g for g in groups if g.first.directive_type == nick.directive_type]
    key = directive_key(nick.title)
    pool = [g for g in pool if key in directive_key(g.first.title)] or pool
    earlier = [(max(m.start for m in g.mentions if m.start < nick.start), i) for i, g in enumerate(pool)
               if g.first.start < nick.start]
    if earlier:
        return pool[max(earlier)[1]]
    return pool[0] if pool else None


# ---------------------------------------------------------------- attributes

def _norm_pos(text: NormalizedText, orig: int) -> int:
    return bisect.bisect_left(text.offsets, orig)


def _issuing_context(text: NormalizedText, c: _Candidate, mentions: list[AgencyMention]
                     ) -> tuple[list[AgencyMention], tuple[int, int]] | None:
    """Agencies said to issue `c` in its sentence, and the sentence; None without a verb of issuing."""
    vocab = _vocabulary()
    os_, oe = text.span(c.start, c.end)
    ss, se = text.sentence_bounds(os_, oe)
    ns, ne = _norm_pos(text, ss), _norm_pos(text, se)
    norm = text.norm
    verbs = list(vocab.en_issue_verb.finditer(norm, ns, c.start)) + list(vocab.zh_issue_verb.finditer(norm, ns, c.start))
    verbs = [v for v in verbs if c.start - v.end() <= _VERB_REACH]
    excluded = [text.span(a.start(), a.end()) for a in _ATTRIBUTION.finditer(norm, ns, ne)]

    def usable(a: AgencyMention) -> bool:
        return not any(x <= a.evidence.start < y for x, y in excluded)

    if verbs:
        verb_start = text.span(*max(verbs, key=lambda v: v.start()).span())[0]
        found = [a for a in mentions if ss <= a.evidence.start and a.evidence.end <= verb_start and usable(a)]
        return found, (ss, se)
    if _EN_PASSIVE_BY.match(norm[c.end:ne]):
        found = [a for a in mentions if oe <= a.evidence.start < se and usable(a)]
        return found, (ss, se)
    return None


def _title_prefix_issuers(text: NormalizedText, c: _Candidate, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """Issuers named in the title itself: "Decision of the X on ...", "X关于印发...的通知"."""
    seg = text.norm[c.start:c.end]
    m = re.search(r"关于|\s(?:on|for|concerning)\s", seg)
    if not m or m.start() == 0:
        return []
    os_, _ = text.span(c.start, c.end)
    limit = text.span(c.start + m.start(), c.start + m.start() + 1)[0]
    return [a for a in mentions if os_ <= a.evidence.start and a.evidence.end <= limit]


def _issued_date(dates: list[DateMention], sentence: tuple[int, int], sentence_text: str,
                 title: tuple[int, int]) -> date | None:
    """The date nearest before the title in its issuing sentence, else one right after it
    ("issued the Notice on X on March 19"); later dates are usually effective dates."""
    ss, se = sentence
    ts, te = title
    in_sentence = [d for d in dates if ss <= d.evidence.start < se and d.start_date
                   and not _DATELINE_END.match(sentence_text, d.evidence.end - ss)]
    before = [d for d in in_sentence if d.evidence.start < ts]
    if before:
        return before[-1].start_date
    right_after = [d for d in in_sentence if te <= d.evidence.start <= te + _DATE_AFTER_TITLE_REACH]
    return right_after[0].start_date if right_after else None


def _doc_numbers(text: NormalizedText, groups: list[_Group]) -> dict[int, str]:
    """Document numbers (国办发〔2016〕11号, "Order of ... No. 58") -> index of the group named just before."""
    found: dict[int, str] = {}
    spans = [(c.end, gi) for gi, g in enumerate(groups) for c in g.mentions]
    for m in list(_ZH_DOC_NUMBER.finditer(text.norm)) + list(_EN_DOC_NUMBER.finditer(text.norm)):
        before = [(end, gi) for end, gi in spans if end <= m.start() and m.start() - end <= _DOC_NUMBER_REACH]
        if not before:
            continue
        gi = max(before)[1]
        os_, oe = text.span(m.start(), m.end())
        raw = text.original[os_:oe]
        number = " ".join(raw.split()) if not CJK.search(raw) else _ZH_DOC_NUMBER_LEAD.sub("", "".join(raw.split()))
        found.setdefault(gi, number)
    return found


def _build(text: NormalizedText, g: _Group, by_id: dict[int, _Group], built: dict[int, Directive],
           mentions: list[AgencyMention], dates: list[DateMention], doc_number: str | None) -> Directive:
    c = g.first
    issuers: list[str] = [a.agency_id for a in _title_prefix_issuers(text, c, mentions)]
    issued: date | None = None
    for m in g.mentions:
        ctx = _issuing_context(text, m, mentions)
        if ctx:
            found, sentence = ctx
            issuers += [a.agency_id for a in found]
            issued = _issued_date(dates, sentence, text.original[slice(*sentence)], text.span(m.start, m.end))
            break
    wrapper = next((by_id[k] for k in by_id if by_id[k] is not g and any(
        w.start <= c.start and c.end <= w.end for w in by_id[k].mentions)), None)
    if wrapper is not None and id(wrapper) in built:  # the instrument a notice issues shares its issuers
        w = built[id(wrapper)]
        issuers = issuers or list(w.issuer_ids)
        issued = issued or w.issued_date
    start, end = period_of(c.title)
    return Directive(
        title=c.title,
        evidence=text.evidence_norm(c.start, c.end),
        title_zh=c.title if CJK.search(c.title) else None,
        directive_type=c.directive_type,
        period_start_year=start,
        period_end_year=end,
        issued_date=issued,
        doc_number=doc_number,
        issuer_ids=tuple(dict.fromkeys(issuers)),
        short_names=tuple(g.short_names),
    )


def find_directives(text: NormalizedText, language: str, agency_mentions: list[AgencyMention],
                    dates: list[DateMention], registry: AgencyRegistry) -> list[Directive]:
    """One Directive per distinct named instrument in the document, in order of first mention.

    `language` and `registry` are unused: both scripts are searched on every page (English
    pages quote Chinese titles), and issuers come from the agency mentions already resolved.
    """
    quotes = [m.span() for m in _QUOTED.finditer(text.norm)]
    cands = _select(_quoted_candidates(text) + _english_candidates(text) + _chinese_unbracketed(text), quotes)
    groups = _group(cands)
    numbers = _doc_numbers(text, groups)
    by_id = {id(g): g for g in groups}
    mentions = sorted(agency_mentions, key=lambda a: a.evidence.start)
    built: dict[int, Directive] = {}
    # Wrappers ("Notice on Issuing X") come before what they issue, so their issuers are ready.
    for gi, g in enumerate(groups):
        built[id(g)] = _build(text, g, by_id, built, mentions, dates, numbers.get(gi))
    return [built[id(g)] for g in groups]
