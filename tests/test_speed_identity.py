"""Vectorised fast paths against their plain definitions, written out slowly here: the stored text
signature (its bytes are in the warehouse, so old and new must agree), the language test, the pinyin
gloss scan; and the one normalisation a page's parse and extraction share."""
from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.dedup import MIN_SHINGLES, SHINGLE_CHARS, SIGNATURE_SLOTS, text_signature
from pipelines.documents import parse_document
from pipelines.extract.text import PINYIN_GLOSS, _gloss_spans, is_chinese, normalized

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
MASK = 2**64 - 1


def _mix(value: int) -> int:
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & MASK
    return value ^ (value >> 31)


def reference_signature(text: str) -> bytes | None:
    """Letters and digits of the lower-cased text (beyond the BMP everything counts), a polynomial
    hash of each 5-character window, mixed; per slice of the hash space its smallest hash."""
    codes = [ord(c) for c in text.lower() if c.isalnum() or ord(c) > 0xFFFF]
    hashes = []
    for start in range(len(codes) - SHINGLE_CHARS + 1):
        value = 0
        for code in codes[start:start + SHINGLE_CHARS]:
            value = (value * 1_000_003 + code) & MASK
        hashes.append(_mix(value))
    if len(hashes) < MIN_SHINGLES:
        return None
    slots = [MASK] * SIGNATURE_SLOTS
    for h in hashes:
        slot = h >> 57
        slots[slot] = min(slots[slot], h)
    return struct.pack(f"<{SIGNATURE_SLOTS}Q", *slots)


def reference_is_chinese(text: str) -> bool:
    sample = text[:4000]
    han = len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    return han > 0 and han >= latin / 4


EDGE_TEXTS = [
    "", "abcd", "abcde", "a" * 43, "a" * 44, "İstanbul İzmir " * 10, "ẞtraße STRASSE " * 10, "ΟΔΟΣ ΣΑΣ " * 20,
    "\U0001F600a\U00010400B " * 30, "國家藥品監督管理局，網(wǎng)（wǎng）" * 8, "ＡＢＣ１２３ ① Ⅻ ½ ²" * 10,
    "a_b-c.d" * 30,
]


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_signature_matches_its_definition_on_edge_cases(text):
    assert text_signature(text) == reference_signature(text)


def test_signature_matches_its_definition_on_the_corpus():
    pages = sorted(CORPUS.glob("*.txt"))[:12]
    assert pages
    for page in pages:
        text = parse_document(page.name, page.read_bytes()).normalized_text
        assert text_signature(text) == reference_signature(text) is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aBz09 ,.\nİıẞßΣς國国(（)）wǎng\U0001F600\u0307ﬁ①")
               | st.characters(exclude_categories=["Cs"]), max_size=200))     # decoded text has no lone surrogates
def test_fast_paths_match_their_definitions(text):
    assert text_signature(text) == reference_signature(text)
    assert is_chinese(text) == reference_is_chinese(text)
    assert _gloss_spans(text) == [m.span() for m in PINYIN_GLOSS.finditer(text)]


def test_a_page_is_normalised_once_for_parse_and_extraction():
    text = "國家藥監局(jú)發布通知。"
    assert normalized(text) is normalized(text)
    copy = "".join(list(text))     # equal, another object: a view of its own, equal to the first
    assert normalized(copy) is not normalized(text) and normalized(copy).norm == normalized(text).norm


def test_event_fragments_with_their_lookbehinds_moved_match_as_written():
    """The event lexicon compiles "(?<!had )visited" as "visited(?<!had visited)" (fast to scan for): on every
    corpus page, each fragment so rewritten matches exactly where the fragment as written does."""
    from pipelines.extract.events import _lexicon, _literal_first
    from pipelines.extract.text import NormalizedText

    pages = [parse_document(str(path), path.read_bytes()) for path in sorted(CORPUS.iterdir())]
    moved = 0
    for language in ("en", "zh"):
        phrases = _lexicon(language)
        views = [phrases.view(NormalizedText(page.clean_text).norm) for page in pages]
        for fragments in phrases.fragments:
            for _, compiled, _ in fragments:
                written = next(f for f in _fragments_as_written(language) if _literal_first(f) == compiled.pattern)
                moved += written != compiled.pattern
                for view in views:
                    assert [m.span() for m in re.finditer(written, view)] == [m.span() for m in compiled.finditer(view)]
    assert moved >= 5


def test_a_fragment_is_gated_by_texts_one_of_which_stands_wherever_it_matches():
    """The lexicon tries a regex fragment only on a page holding one of its gating texts (an opening group of
    lookbehinds gives one text each: "(?:(?<=signed the )|(?<=signed a ))…")."""
    from pipelines.extract.events import _gating

    assert _gating("(?:(?<=signed the )|(?<=signed a ))(?:[\\w-]+ ){0,8}?(?:work plan|protocol)\\b")[0] == (
        "signed the ", "signed a ")
    views = ["the two sides signed a three-year work plan", "they also signed the work plan", "a work plan was adopted"]
    for language in ("en", "zh"):
        for fragment in _fragments_as_written(language):
            gates = _gating(fragment)[0]
            for view in views:
                if gates and re.search(fragment, view):
                    assert any(g in view for g in gates), fragment


def _fragments_as_written(language: str) -> list[str]:
    import yaml

    data = yaml.safe_load((Path(__file__).resolve().parents[1] / "pipelines" / "extract" / "data" /
                           "event_triggers.yaml").read_text(encoding="utf-8"))
    lang = "en" if language != "zh" else "zh"
    phrases = [w for t in data["types"].values() for w in t[f"{lang}_nouns"]] + data["occurrence"][lang] + data["release"][lang]
    return [p.lower() if lang == "en" and not re.search(r"[\\()\[\]{}?*+|^$.]", p) else p for p in phrases]
