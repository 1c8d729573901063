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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import opencc

from pipelines.extract.model import Evidence

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# A pinyin gloss right after a hanzi: lower-case latin, at most six letters, in ASCII or full-width parentheses.
# (The lookbehind sits after the bracket so the scan only stops at brackets: twice as fast.)
PINYIN_GLOSS = re.compile(r"[(（](?<=[\u4e00-\u9fff][(（])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,6}[)）]")

_T2S = opencc.OpenCC("t2s")
_HK2S = opencc.OpenCC("hk2s")   # Hong Kong variants t2s leaves alone (衞 -> 卫)


class _FoldTable(dict):
    """A `str.translate` table mapping each character to exactly one character, filled lazily:
    after the first sight of a character, folding runs at C speed. (OpenCC on whole texts costs
    ~0.3 ms per 1,000 characters and may change the length, which would break offsets.)"""

    def __init__(self, nfkc: bool):
        super().__init__()
        self.nfkc = nfkc

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch) if self.nfkc else ch
        if len(folded) != 1:
            folded = ch
        if CJK.match(folded):
            simplified = _T2S.convert(folded)
            if simplified == folded:
                simplified = _HK2S.convert(folded)
            folded = simplified if len(simplified) == 1 else folded
        self[code] = folded
        return folded


_T2S_TABLE = _FoldTable(nfkc=False)
_MATCH_TABLE = _FoldTable(nfkc=True)   # full-width -> ASCII, then traditional -> simplified


def to_simplified(text: str) -> str:
    """Traditional to simplified, character by character so the length never changes."""
    return text.translate(_T2S_TABLE)


def strip_pinyin(text: str) -> str:
    return PINYIN_GLOSS.sub("", text)


# Counted as runs: far fewer matches than character by character.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z]+")


def is_chinese(text: str) -> bool:
    """Chinese when hanzi make up a real share of the letters (English pages quote a few)."""
    sample = text[:4000]  # the opening says enough, and counting is per character
    han = sum(map(len, _HAN.findall(sample)))
    latin = sum(map(len, _LATIN.findall(sample)))
    return han > 0 and han >= latin / 4


# Sentence ends: Chinese full stops and marks, English ".!?" before a space and a capital,
# quote or digit, and line breaks (headlines, bylines and list items are lines of their own).
_SENT_END = re.compile(r"[。！？；!?;]+[”’」』\"']?|\.(?=\s+[\"“‘(A-Z0-9])|\n+")
_SENT_CANDIDATE = re.compile(r"[。！？；!?;.\n]")


def _sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin. Candidates come from a one-class scan (cheap); the full
    end pattern is only tried at those few places."""
    starts = [0]
    pos = 0
    while (candidate := _SENT_CANDIDATE.search(text, pos)) is not None:
        end = _SENT_END.match(text, candidate.start())
        pos = end.end() if end else candidate.end()
        if end and pos < len(text):
            starts.append(pos)
    return starts


@dataclass
class NormalizedText:
    """`norm` is the matching view of `original`; `offsets[i]` is where norm[i] came from."""
    original: str
    norm: str = field(init=False)
    offsets: Sequence[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        pieces: list[str] = []
        offsets: list[int] = []
        pos = 0
        for m in PINYIN_GLOSS.finditer(self.original):
            pieces.append(self.original[pos:m.start()])
            offsets.extend(range(pos, m.start()))
            pos = m.end()
        if pos == 0:  # no gloss removed: the usual case, offsets are the identity
            kept, self.offsets = self.original, range(len(self.original))
        else:
            pieces.append(self.original[pos:])
            offsets.extend(range(pos, len(self.original)))
            kept, self.offsets = "".join(pieces), offsets
        self.norm = kept.translate(_MATCH_TABLE)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        """Computed on first use: parsing only needs `norm`, extraction needs sentences."""
        return _sentence_starts(self.original)

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
