"""Places: China's provinces and cities from a gazetteer (placeholder until the gazetteer lands)."""
from __future__ import annotations

from dataclasses import dataclass

from pipelines.extract.model import Evidence
from pipelines.extract.text import NormalizedText


@dataclass(frozen=True)
class Place:
    surface: str
    evidence: Evidence
    city: str | None          # English name without "City"
    province: str | None      # English name without "Province"


def find_places(text: NormalizedText, language: str) -> list[Place]:
    return []
