"""Date expressions (placeholder until the date finder lands)."""
from __future__ import annotations

from datetime import date

from pipelines.extract.model import DateMention
from pipelines.extract.text import NormalizedText


def find_dates(text: NormalizedText, published: date | None, language: str) -> list[DateMention]:
    return []
