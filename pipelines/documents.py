"""From raw bytes to a cleaned document: decode, clean, read title/date/source.

Pure: bytes in, a `ParsedDocument` out, or `Rejected` raised with the stage and a reason
the quarantine table can show. (First version; the cleaning issue refines it.)
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from pipelines.extract.text import NormalizedText, is_chinese


class Rejected(Exception):
    """A file that cannot become a document; `stage` says where it failed."""

    def __init__(self, stage: str, reason: str):
        super().__init__(f"{stage}: {reason}")
        self.stage = stage
        self.reason = reason


@dataclass(frozen=True)
class ParsedDocument:
    doc_id: str                 # sha256 of the raw bytes
    source_path: str
    content_type: str           # html / text
    encoding: str
    title: str | None
    language: str               # en / zh
    published_date: date | None
    source_name: str | None
    clean_text: str             # original script, furniture removed
    normalized_text: str        # simplified script, pinyin glosses removed: for matching


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_document(source_path: str, data: bytes) -> ParsedDocument:
    if not data.strip():
        raise Rejected("decode", "empty file")
    kind = "html" if PurePath(source_path).suffix.lower() in (".html", ".htm") else "text"
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="replace")
        encoding = "gb18030"
    if kind == "html":
        import trafilatura

        body = trafilatura.extract(text) or ""
    else:
        body = text
    body = body.strip()
    if not body:
        raise Rejected("clean", "no text left after cleaning")
    title = body.splitlines()[0].strip()
    language = "zh" if is_chinese(body) else "en"
    return ParsedDocument(doc_id=content_hash(data), source_path=source_path, content_type=kind, encoding=encoding,
                          title=title, language=language, published_date=None, source_name=None, clean_text=body,
                          normalized_text=NormalizedText(body).norm)
