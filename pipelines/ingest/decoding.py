"""Bytes to text with the encoding detected, not assumed.

Order of evidence: a byte-order mark, then strict UTF-8 (by far the most common and
self-validating), then the charset the page declares if it decodes cleanly, then
charset-normalizer limited to the encodings Chinese and English news pages use.
Anything that is not text is refused with a reason the quarantine table can show.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes


class UndecodableError(ValueError):
    """The bytes are not a text page; the message says why."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_MAGIC = ((b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
          (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive"), (b"\x1f\x8b", "gzip archive"),
          (b"RIFF", "RIFF media"), (b"\x7fELF", "executable"))
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
# Declared labels mapped to the widest codec of their family: pages labelled gb2312 routinely
# use GBK/GB18030 characters, and big5 pages use the Microsoft/HKSCS extensions.
_FAMILY = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030",
           "euc-cn": "gb18030", "gb18030": "gb18030", "big5": "cp950", "big5-hkscs": "big5hkscs", "cp950": "cp950",
           "x-x-big5": "cp950", "utf8": "utf-8", "utf-8": "utf-8"}
# Latin-1 family last so that CJK wins when both decode.
_CANDIDATES = ["utf_8", "gb18030", "big5", "cp950", "big5hkscs", "cp1252", "latin_1"]
# GB18030 decodes Big5 bytes "cleanly" into private-use code points: a sure sign of a wrong guess.
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def _declared_codec(head: bytes) -> str | None:
    m = _DECLARED.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "ignore").lower()
    codec = _FAMILY.get(label, label)
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return None


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    return bool(sample.strip()) and len(_CONTROL.findall(sample)) <= len(sample) * 0.02


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a crawled page; raises `UndecodableError` for empty, binary or undecodable input."""
    if not data.strip():
        raise UndecodableError("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), codec)
            except UnicodeDecodeError:
                raise UndecodableError(f"byte-order mark says {codec} but the bytes do not decode") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise UndecodableError(f"binary content ({kind})")
    if b"\x00" in data[:4096]:
        raise UndecodableError("binary content (NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_codec(data[:4096])
    if declared and declared != "utf-8":
        try:
            text = data.decode(declared)
            if len(_PRIVATE_USE.findall(text[:20000])) <= 2:
                return _checked(text, declared)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration is common: fall through to detection
    best = from_bytes(data, cp_isolation=_CANDIDATES, preemptive_behaviour=False).best()
    if best is not None:
        return _checked(str(best), codecs.lookup(best.encoding).name)
    # charset-normalizer refuses some clean Big5 pages (a chunk it reads as chaotic); a strict decode that gives no
    # more than a stray private-use character is the page's encoding
    for codec in ("gb18030", "cp950", "big5hkscs"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(_PRIVATE_USE.findall(text[:20000])) <= 2:
            return _checked(text, codecs.lookup(codec).name)
    raise UndecodableError("no known text encoding decodes the bytes")


def _checked(text: str, encoding: str) -> DecodedText:
    if not _looks_like_text(text):
        raise UndecodableError(f"mostly non-text content (decoded as {encoding})")
    return DecodedText(text.lstrip("\ufeff"), encoding)
