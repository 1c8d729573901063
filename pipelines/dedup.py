"""Near-duplicate pages: MinHash signatures of character shingles, banded for LSH lookup.

A page republished by another site keeps its body and changes the furniture around it (menus,
bylines, view counters), so cleaning leaves two texts that differ in a line or two. Identical
bytes are already one document (document_sources); this catches the rest. Each copy stays a
document with its own facts and evidence (a reader asking about that file gets its rows), and
`documents.duplicate_of` names the canonical copy so counts can keep to canonical documents.

Which copy is canonical: one already loaded stays canonical (a new file then adds only its own
rows); among copies that arrive together, the earliest published, then the first by path.
Signatures are computed where the page is parsed (`text_signature`, stored with the document),
so a load compares stored signatures and never reads texts back. Pure: signatures in, a mapping
doc_id -> canonical doc_id out; deterministic across processes.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

SHINGLE_CHARS = 5
SIGNATURE_SLOTS = 128
BANDS = 16                      # 16 bands of 8 rows: pairs at Jaccard 0.85 meet in a band with p > 0.99
ROWS_PER_BAND = SIGNATURE_SLOTS // BANDS
SIMILARITY = 0.9                # estimated shingle Jaccard from which two texts are one story
MIN_SHINGLES = 40               # shorter texts (a one-line notice) are too short to call copies

EMPTY = np.uint64(2**64 - 1)
_SLICE_SHIFT = np.uint64(64 - (SIGNATURE_SLOTS.bit_length() - 1))   # slot = top bits of a hash
_EMPTY_SIGNATURE = np.full(SIGNATURE_SLOTS, EMPTY)      # copied per text: np.full takes 4 µs
_BASE = np.uint64(1_000_003)                            # of the polynomial shingle hash
_BASE_SQUARED = np.uint64(1_000_003 ** 2)


@dataclass(frozen=True)
class Candidate:
    doc_id: str
    signature: bytes | None     # text_signature of its normalized text

    @classmethod
    def of_text(cls, doc_id: str, text: str) -> Candidate:
        return cls(doc_id, text_signature(text))


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser, in place: spreads a polynomial hash over all 64 bits."""
    shifted = values >> np.uint64(30)
    values ^= shifted
    values *= np.uint64(0xBF58476D1CE4E5B9)
    np.right_shift(values, np.uint64(27), out=shifted)
    values ^= shifted
    values *= np.uint64(0x94D049BB133111EB)
    np.right_shift(values, np.uint64(31), out=shifted)
    values ^= shifted
    return values


@lru_cache(maxsize=1)
def _is_word_char() -> np.ndarray:
    """Lookup by code point: letters and digits count; spacing, punctuation and symbols do not
    (sites re-wrap lines and swap full-width for half-width marks). Beyond the BMP all count."""
    table = np.ones(0x110000, dtype=bool)
    table[:0x10000] = [chr(cp).isalnum() for cp in range(0x10000)]
    return table


def shingle_hashes(text: str) -> np.ndarray:
    """64-bit hashes (unordered) of the text's SHINGLE_CHARS-character windows, after dropping
    everything but letters and digits and folding case; vectorised, no per-character loop."""
    codes = np.frombuffer(text.lower().encode("utf-32-le"), dtype=np.uint32)
    # take + compress: half the time of fancy and boolean indexing; uint64 once, as mixed-type passes are slow
    codes = codes.compress(_is_word_char().take(codes)).astype(np.uint64)
    windows = len(codes) - SHINGLE_CHARS + 1
    if windows <= 0:
        return np.empty(0, dtype=np.uint64)
    # the polynomial c0*B^4 + c1*B^3 + c2*B^2 + c3*B + c4 (mod 2^64, SHINGLE_CHARS = 5) as (p0*B^2 + p2)*B + c4
    # over the pairs p_i = c_i*B + c_(i+1): six in-place passes instead of ten with temporaries
    pairs = codes[:-1] * _BASE
    pairs += codes[1:]
    hashes = pairs[:windows] * _BASE_SQUARED
    hashes += pairs[2:windows + 2]
    hashes *= _BASE
    hashes += codes[4:]
    return _mix(hashes)


def signature(text: str) -> np.ndarray | None:
    """One-permutation MinHash: the smallest shingle hash in each of SIGNATURE_SLOTS equal slices of
    the hash space (EMPTY where a slice has none); None when the text is too short to judge.
    One pass instead of SIGNATURE_SLOTS hash functions (np.minimum.at: a quarter of sorting's cost)."""
    hashes = shingle_hashes(text)
    if len(hashes) < MIN_SHINGLES:
        return None
    sig = _EMPTY_SIGNATURE.copy()
    np.minimum.at(sig, (hashes >> _SLICE_SHIFT).view(np.int64), hashes)    # slots < 128: the view is exact
    return sig


def text_signature(text: str) -> bytes | None:
    """`signature` as stored in documents.text_signature: SIGNATURE_SLOTS little-endian uint64."""
    sig = signature(text)
    return None if sig is None else sig.astype("<u8", copy=False).tobytes()


def similarities(sig: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of one text's shingle set with each row of `others` (slices
    empty in both ignored), in one vectorised pass."""
    equal = others == sig
    both_empty = equal[:, sig == EMPTY].sum(axis=1)     # where this one's slice is empty, equal means both are
    compared = SIGNATURE_SLOTS - both_empty
    same = equal.sum(axis=1) - both_empty
    return np.where(compared > 0, same / np.maximum(compared, 1), 0.0)


_BAND = np.dtype((np.void, ROWS_PER_BAND * 8))    # one band of a signature as one opaque value


def band_keys(sig: np.ndarray) -> list[tuple[int, bytes]]:
    return list(enumerate(sig.view(_BAND).tolist()))


def find_duplicates(canonical: Iterable[Candidate], pending: Sequence[Candidate]) -> dict[str, str]:
    """doc_id -> canonical doc_id for each pending text that copies an earlier one.

    `canonical` are documents already loaded as canonical; `pending` come in priority order and
    each either copies a canonical text (or an earlier pending one) or becomes canonical itself.
    Only texts sharing an LSH band are compared, so the cost grows with the number of texts,
    not with the number of pairs.
    """
    buckets: dict[tuple[int, bytes], list[int]] = {}
    ids: list[str] = []
    sigs = np.empty((64, SIGNATURE_SLOTS), dtype="<u8")     # row i: signature of ids[i]; grows by doubling

    def admit(doc_id: str, sig: np.ndarray, keys: list[tuple[int, bytes]]) -> None:
        nonlocal sigs
        for key in keys:
            buckets.setdefault(key, []).append(len(ids))
        if len(ids) == len(sigs):
            sigs = np.concatenate([sigs, np.empty_like(sigs)])
        sigs[len(ids)] = sig
        ids.append(doc_id)

    for doc in canonical:
        if doc.signature is not None:
            sig = np.frombuffer(doc.signature, dtype="<u8")
            admit(doc.doc_id, sig, band_keys(sig))
    copies: dict[str, str] = {}
    for doc in pending:
        if doc.signature is None:
            continue
        sig = np.frombuffer(doc.signature, dtype="<u8")
        keys = band_keys(sig)
        candidates = sorted({i for key in keys for i in buckets.get(key, ())})
        scores = similarities(sig, sigs[candidates]) if candidates else np.empty(0)
        if len(scores) and scores.max() >= SIMILARITY:
            copies[doc.doc_id] = ids[candidates[int(scores.argmax())]]
        else:
            admit(doc.doc_id, sig, keys)
    return copies
