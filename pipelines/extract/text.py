"""Text views that extraction matches against, with offsets back into the original.

The warehouse keeps `clean_text` as the page wrote it (traditional script, pinyin glosses
and all). Matching runs on a normalised copy: traditional folded to simplified (OpenCC),
pinyin readings such as `網(wǎng)` and the spaces padding names (程 明) removed, full-width
forms folded (NFKC). `NormalizedText` keeps, for every character of the normalised copy, the
offset it came from, so a match found there is reported as a span of the original.
"""
from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np
import opencc

from pipelines.extract.model import Evidence
from pipelines.extract.resources import load_lines

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# A pinyin gloss right after a hanzi: lower-case latin, at most six letters, in ASCII or full-width parentheses.
# (The lookbehind sits after the bracket so the scan only stops at brackets: twice as fast.)
_GLOSS_READING = r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,6}[)）]"
PINYIN_GLOSS = re.compile(r"[(（](?<=[\u4e00-\u9fff][(（])" + _GLOSS_READING)
# The same, one pattern per opening bracket: a pattern opening with one literal character is scanned for it
# at memchr speed, a class costs ~10 ns a character. A gloss holds no bracket, so the two scans' matches
# interleave into exactly PINYIN_GLOSS's.
_GLOSS_ASCII = re.compile(r"\((?<=[\u4e00-\u9fff]\()" + _GLOSS_READING)
_GLOSS_WIDE = re.compile(r"（(?<=[\u4e00-\u9fff]（)" + _GLOSS_READING)

# A two-character name padded to three characters' width with a space, as lists of officials print them (副局长程 明,
# 谭　伟): the space is left out of the matching view, as a gloss is, so the name reads whole. Scanned from the
# space (a pattern opening with a class runs at C speed); kept only after a surname that opens a name: after no
# hanzi or after a title (not 黄建华　市卫健委副主任, a full name and then its post).
_NAME_PADDING = re.compile(r"[ \u3000\xa0](?<=[\u4e00-\u9fff][ \u3000\xa0])[ \u3000\xa0]?(?=[\u4e00-\u9fff])")
_TITLE_ENDS = frozenset("长任员者记席理书监事官师授")

_T2S = opencc.OpenCC("t2s")
_HK2S = opencc.OpenCC("hk2s")   # Hong Kong variants t2s leaves alone (衞 -> 卫)


def _simplified(hanzi: str, t2s: str, hk2s: str) -> str:
    """A hanzi's simplified form from its t2s and hk2s conversions: t2s's, else hk2s's; one character, else
    the hanzi itself (a longer one would break offsets)."""
    simplified = t2s if t2s != hanzi else hk2s
    return simplified if len(simplified) == 1 else hanzi


class _FoldTable(dict):
    """A `str.translate` table mapping each character to exactly one character, full-width forms folded
    (NFKC) and traditional to simplified, filled lazily: after the first sight of a character, folding
    runs at C speed. (OpenCC on whole texts costs ~0.3 ms per 1,000 characters and may change the
    length, which would break offsets.)"""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) != 1:
            folded = ch
        if CJK.match(folded):
            folded = _simplified(folded, _T2S.convert(folded), _HK2S.convert(folded))
        self[code] = folded
        return folded


_MATCH_TABLE = _FoldTable()   # full-width -> ASCII, then traditional -> simplified


@lru_cache(maxsize=1)
def _simplification() -> tuple[re.Pattern[str], list[str]]:
    """(the hanzi that simplify, a `str.translate` table over the BMP: each to its simplified form, every other
    character to itself). A list is looked up ~1.7 times faster than a dict, and a character beyond the BMP,
    out of its range, is left alone. Built from one OpenCC call over all hanzi, a line each: no phrase spans
    a line break, so each converts as alone (~5 ms; one call a hanzi takes ~80)."""
    hanzi = [*map(chr, range(0x3400, 0x4dc0)), *map(chr, range(0x4e00, 0xa000))]
    lines = "\n".join(hanzi)
    table = list(map(chr, range(0x10000)))
    changed = []
    for ch, t2s, hk2s in zip(hanzi, _T2S.convert(lines).split("\n"), _HK2S.convert(lines).split("\n"), strict=True):
        if (simplified := _simplified(ch, t2s, hk2s)) != ch:
            table[ord(ch)] = simplified
            changed.append(ch)
    return re.compile(f"[{_class_of(''.join(changed))}]"), table


def _class_of(chars: str) -> str:
    """A regex character class body for `chars` (sorted), consecutive code points as ranges."""
    runs = itertools.groupby(enumerate(map(ord, chars)), key=lambda x: x[1] - x[0])
    parts = []
    for _, run in runs:
        codes = [code for _, code in run]
        first, last = re.escape(chr(codes[0])), re.escape(chr(codes[-1]))
        parts.append(first if len(codes) == 1 else f"{first}-{last}")
    return "".join(parts)


def _foldable() -> re.Pattern[str]:
    """The characters `_MATCH_TABLE` may change: hanzi, characters outside the BMP and every BMP
    character with a decomposition (NFKC leaves the others alone). Most English pages have none,
    which a scan tells at C speed; str.translate through the table costs ~60 ns a character."""
    others = itertools.chain(range(0x3400), range(0x4dc0, 0x4e00), range(0xa000, 0x10000))
    decomposable = "".join(filter(unicodedata.decomposition, map(chr, others)))
    return re.compile(f"[{_class_of(decomposable)}\u3400-\u4dbf\u4e00-\u9fff\U00010000-\U0010ffff]")


_FOLDABLE = _foldable()

# `_MATCH_TABLE` over the BMP as an array, filled as characters are first seen: a hanzi text then
# folds in one take over its code points (~20 ns a character, str.translate ~60).
_BMP_FOLDED = np.arange(0x10000, dtype=np.uint32)
_BMP_KNOWN = np.zeros(0x10000, dtype=bool)


def _fold(text: str) -> str:
    """`text.translate(_MATCH_TABLE)`, faster."""
    return _fold_through_table(text) if _has_foldable(text) else text


def _has_foldable(text: str) -> bool:
    return not text.isascii() and _FOLDABLE.search(text) is not None


def _fold_through_table(text: str) -> str:
    """`_fold` for a text known to hold a character that may fold (or an empty one)."""
    if not text:
        return text
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() > 0xFFFF:           # rare: characters outside the BMP
        return text.translate(_MATCH_TABLE)
    known = _BMP_KNOWN.take(codes)     # take: a third of the time of indexing with an array
    if not known.all():
        for code in set(codes[~known].tolist()):
            _BMP_FOLDED[code] = ord(_MATCH_TABLE[code])
            _BMP_KNOWN[code] = True
    return _BMP_FOLDED.take(codes).tobytes().decode("utf-32-le", "surrogatepass")


def fold(text: str) -> str:
    """A phrase in the matching form of `NormalizedText.norm` (full-width to ASCII, traditional to simplified),
    to be found there."""
    return _fold(text)


def to_simplified(text: str) -> str:
    """Traditional to simplified, character by character so the length never changes."""
    if text.isascii():
        return text
    traditional, table = _simplification()
    # a scan for a traditional hanzi costs a twentieth of translating (many Chinese pages have none)
    return text.translate(table) if traditional.search(text) else text


def standard_simplified(text: str) -> str:
    """OpenCC's standard traditional-to-simplified only: Hong Kong variants stay as written (衞炳江), as
    a reader's or another tool's conversion leaves them. For names shown, not for matching."""
    return text if text.isascii() else _T2S.convert(text)


def strip_pinyin(text: str) -> str:
    return PINYIN_GLOSS.sub("", text)


def _gloss_spans(text: str) -> list[tuple[int, int]]:
    """Spans of PINYIN_GLOSS's matches, in order."""
    spans = [m.span() for m in _GLOSS_ASCII.finditer(text)]
    if "（" in text:
        spans = sorted(spans + [m.span() for m in _GLOSS_WIDE.finditer(text)])
    return spans


def _padding_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the spaces padding a two-character name (`_NAME_PADDING` after a surname)."""
    if text.isascii():
        return []
    surnames = _single_surnames()
    return [m.span() for m in _NAME_PADDING.finditer(text) if _fold(text[m.start() - 1]) in surnames
            and (m.start() < 2 or not CJK.match(text, m.start() - 2) or _fold(text[m.start() - 2]) in _TITLE_ENDS)]


@lru_cache(maxsize=1)
def _single_surnames() -> frozenset[str]:
    return frozenset(s for s in load_lines("surnames.txt") if len(s) == 1)


_ZH_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "两": 2}
# Weekdays as date.weekday() numbers: English names, and the character after 星期, 周 or 礼拜
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# ...and any English weekday as a pattern ("Thursday"; compile case-insensitive)
WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def zh_int(s: str | None) -> int | None:
    """Arabic or Chinese numerals ("二〇二一", "二十九", "十四", a count's "两") to int; None when it is neither."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return int("".join(str(_ZH_DIGITS[c]) for c in s)) if all(c in _ZH_DIGITS for c in s) else None
    tens, _, ones = s.partition("十")
    return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)


def is_chinese(text: str) -> bool:
    """Chinese when hanzi make up a real share of the letters (English pages quote a few)."""
    sample = text[:4000]  # the opening says enough, and counting is per character
    if sample.isascii():
        return False
    # counted over the code points at C speed (regex runs cost ~40 ns a character); unsigned
    # subtraction wraps, so `code - first <= last - first` tests first <= code <= last
    codes = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    han = np.count_nonzero((codes - 0x4E00 <= 0x9FFF - 0x4E00) | (codes - 0x3400 <= 0x4DBF - 0x3400))
    latin = np.count_nonzero((codes | 0x20) - ord("a") <= 25)     # A-Z and a-z: | 0x20 lower-cases
    return han > 0 and han >= latin / 4


# Sentence ends: Chinese full stops and marks, English ".!?" before a space and a capital,
# quote or digit, and line breaks (headlines, bylines and list items are lines of their own).
# Written as the class of every end's first character, then what may follow each (told apart by
# a lookbehind): a pattern opening with a class is scanned at C speed from candidate to candidate.
# (An ASCII semicolon before a space ends none: checked after the class, as an alternation opening
# the pattern would be tried at every character, at twice the cost.)
# A full stop after an initial ("Penny K. Lukito", "U.S."), a title before a name ("Dr. Lee") or a month before
# its day ("BEIJING, Jan. 3 (Xinhua) --") ends no sentence.
_NO_END_AFTER = "".join(rf"(?<!\b{word}\.)" for word in ("Mr", "Ms", "Mrs", "Dr", "Prof", "St", "No", "Md", "Mohd"))
_NO_END_AFTER += "".join(rf"(?<!\b{month}\.(?=\s\d))" for month in (
    "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"))
# ... nor a company's suffix before its short name in brackets ("Sinopharm Group Co., Ltd. (Sinopharm) signed")
_NO_END_AFTER += "".join(rf"(?<!\b{suffix}\.(?=\s\())" for suffix in ("Ltd", "Co", "Inc", "Corp"))
_SENT_END = re.compile(r"[。！？；!?.\n;](?!(?<=;) )(?:(?<=[。！？；!?;])[。！？；!?;]*[”’」』\"']?|(?<=\.)(?<![\s(（.][A-Z]\.)" + _NO_END_AFTER
                       + r"(?=\s+[\"“‘(A-Z0-9])|(?<=\n)\n*)")


def _sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin; not after a question or exclamation closing a quote that the sentence goes on
    after (「社區合理用藥——家中藥物你識點處理？」講座: a title)."""
    size = len(text)
    return [0] + [end for m in _SENT_END.finditer(text) if (end := m.end()) < size
                  and not (text[end - 1] in _CLOSING_QUOTES and text[end - 2] in "？！?!" and CJK.match(text, end))]


_CLOSING_QUOTES = frozenset("」』”")


@dataclass
class NormalizedText:
    """`norm` is the matching view of `original`; `offsets[i]` is where norm[i] came from."""
    original: str
    norm: str = field(init=False)
    offsets: Sequence[int] = field(init=False, repr=False)
    foldable: bool = field(init=False, repr=False)    # holds a character that may fold (every hanzi does)

    def __post_init__(self) -> None:
        original = self.original
        # Glosses and padded names follow a hanzi, which folds: a text with nothing to fold (an English
        # page) is its own matching view, as one scan tells.
        self.foldable = _has_foldable(original)
        if not self.foldable:
            self.norm, self.offsets = original, range(len(original))
            return
        dropped = _gloss_spans(original)
        if padding := _padding_spans(original):
            dropped = sorted(dropped + padding)
        if not dropped:  # nothing removed: the usual case, offsets are the identity
            kept, self.offsets = original, range(len(original))
        else:
            # the kept runs lie between the dropped spans; pasted and counted at C speed (a page that
            # glosses every word has hundreds of runs)
            starts = [0] + [end for _, end in dropped]
            ends = [start for start, _ in dropped] + [len(original)]
            kept = "".join(map(original.__getitem__, map(slice, starts, ends)))
            self.offsets = list(itertools.chain.from_iterable(map(range, starts, ends)))
        self.norm = _fold_through_table(kept)    # (the scan above found what may fold)

    @cached_property
    def has_hanzi(self) -> bool:
        """Whether `norm` holds a hanzi: scans for Chinese names are skipped where none is (an English
        page's only non-ASCII characters are often curly quotes, which do not fold)."""
        return self.foldable and CJK.search(self.norm) is not None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        """Computed on first use: parsing only needs `norm`, extraction needs sentences."""
        return _sentence_starts(self.original)

    def span(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Original-text span for the half-open norm span [norm_start, norm_end)."""
        offsets = self.offsets
        n = len(offsets)
        if 0 <= norm_start < norm_end <= n:    # the usual case, called many times a page: nothing to clamp
            return offsets[norm_start], offsets[norm_end - 1] + 1
        if not n:
            return 0, 0
        norm_start = max(0, min(norm_start, n - 1))
        last = max(norm_start, min(norm_end, n) - 1)
        return offsets[norm_start], offsets[last] + 1

    def sentence_bounds(self, start: int, end: int | None = None) -> tuple[int, int]:
        """Bounds in the original of the sentence containing original offset `start`."""
        starts = self._sentence_starts
        i = bisect.bisect_right(starts, start) - 1
        s = starts[i] if i > 0 else starts[0]
        e = starts[i + 1] if i + 1 < len(starts) else len(self.original)
        if end is not None and end > e:  # a span crossing a boundary keeps the sentences it touches
            j = bisect.bisect_left(starts, end)
            e = starts[j] if j < len(starts) else len(self.original)
        return s, e

    def sentence(self, start: int, end: int | None = None) -> str:
        s, e = self.sentence_bounds(start, end)
        return self.original[s:e].strip()

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for an original-text span."""
        return Evidence(start, end, self.sentence(start, end))

    def evidence_norm(self, norm_start: int, norm_end: int) -> Evidence:
        """Evidence for a span found in the normalised view."""
        s, e = self.span(norm_start, norm_end)
        return self.evidence(s, e)

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence of the original, in order."""
        bounds = self._sentence_starts + [len(self.original)]
        return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i] < bounds[i + 1]]


_last_normalized: NormalizedText | None = None


def normalized(original: str) -> NormalizedText:
    """`NormalizedText(original)`; the previous call's object again when `original` is the very same
    string: parse_document normalises a page's clean_text, then extract_document needs it too (~0.1 ms
    a page). Matched by identity, which costs nothing; an equal string from elsewhere gets its own."""
    global _last_normalized
    last = _last_normalized
    if last is None or last.original is not original:
        last = _last_normalized = NormalizedText(original)
    return last


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` gives when its matches can start only at `starts` (ascending): the pattern is tried
    there alone, each match passing over the starts it spans, instead of at every position of the text."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            yield m
            end = m.end()


def trie_pattern(names) -> str:
    """A regex matching the longest of `names` at a place, shaped as a trie ("北(?:京市?|海)"):
    much faster than a flat alternation of hundreds of names."""
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def size(node: dict) -> int:
        return sum(size(child) for child in node.values()) or 1

    def build(node: dict) -> str:
        # branches exclude each other; those holding the most names first take ~20% off a scan,
        # as the regex engine tries a branch's alternatives one by one
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items(), key=lambda x: (-size(x[1]), x[0]))
                    if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
