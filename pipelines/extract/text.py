"""Text views that extraction matches against, with offsets back into the original.

The warehouse keeps `clean_text` as the page wrote it (traditional script, pinyin glosses
and all). Matching runs on a normalised copy: traditional folded to simplified (OpenCC),
pinyin readings such as `網(wǎng)` removed, full-width forms folded (NFKC). `NormalizedText`
keeps, for every character of the normalised copy, the offset it came from, so a match
found there is reported as a span of the original.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import opencc

from pipelines.extract.model import Evidence

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# A pinyin gloss right after a hanzi: lower-case latin, at most six letters, in ASCII or full-width parentheses.
PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,6}[)）]")

_T2S = opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _char_t2s(ch: str) -> str:
    out = _T2S.convert(ch)
    return out if len(out) == 1 else ch


def to_simplified(text: str) -> str:
    """Traditional to simplified, character by character so the length never changes."""
    if not CJK.search(text):
        return text
    whole = _T2S.convert(text)
    if len(whole) == len(text):
        return whole
    return "".join(_char_t2s(c) for c in text)


def strip_pinyin(text: str) -> str:
    return PINYIN_GLOSS.sub("", text)


def is_chinese(text: str) -> bool:
    """Chinese when hanzi make up a real share of the letters (English pages quote a few)."""
    sample = text[:20000]
    han = len(CJK.findall(sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    return han > 0 and han >= latin / 4


# Sentence ends: Chinese full stops and marks, English ".!?" before a space and a capital,
# quote or digit, and line breaks (headlines, bylines and list items are lines of their own).
_SENT_END = re.compile(r"[。！？；!?;]+[”’」』\"']?|\.(?=\s+[\"“‘(A-Z0-9])|\n+")


@dataclass
class NormalizedText:
    """`norm` is the matching view of `original`; `offsets[i]` is where norm[i] came from."""
    original: str
    norm: str = field(init=False)
    offsets: list[int] = field(init=False, repr=False)
    _sentence_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        kept_chars: list[str] = []
        offsets: list[int] = []
        pos = 0
        for m in PINYIN_GLOSS.finditer(self.original):
            for i in range(pos, m.start()):
                kept_chars.append(self.original[i])
                offsets.append(i)
            pos = m.end()
        for i in range(pos, len(self.original)):
            kept_chars.append(self.original[i])
            offsets.append(i)
        # NFKC per character keeps one output char per input char where it can (full-width -> ASCII).
        folded = []
        for ch in kept_chars:
            n = unicodedata.normalize("NFKC", ch)
            folded.append(n if len(n) == 1 else ch)
        self.norm = to_simplified("".join(folded))
        self.offsets = offsets
        starts = [0]
        for m in _SENT_END.finditer(self.original):
            if m.end() < len(self.original):
                starts.append(m.end())
        self._sentence_starts = starts

    def span(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Original-text span for the half-open norm span [norm_start, norm_end)."""
        if not self.offsets:
            return 0, 0
        norm_start = max(0, min(norm_start, len(self.offsets) - 1))
        last = max(norm_start, min(norm_end, len(self.offsets)) - 1)
        return self.offsets[norm_start], self.offsets[last] + 1

    def sentence_bounds(self, start: int, end: int | None = None) -> tuple[int, int]:
        """Bounds in the original of the sentence containing original offset `start`."""
        i = bisect.bisect_right(self._sentence_starts, start) - 1
        s = self._sentence_starts[max(i, 0)]
        e = self._sentence_starts[i + 1] if i + 1 < len(self._sentence_starts) else len(self.original)
        if end is not None and end > e:  # a span crossing a boundary keeps the sentences it touches
            j = bisect.bisect_left(self._sentence_starts, end)
            e = self._sentence_starts[j] if j < len(self._sentence_starts) else len(self.original)
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
