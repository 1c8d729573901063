"""People with their titles (placeholder until the people extractor lands)."""
from __future__ import annotations

from pipelines.extract.agencies import AgencyRegistry
from pipelines.extract.model import AgencyMention, PersonMention
from pipelines.extract.text import NormalizedText


def find_people(text: NormalizedText, language: str, agency_mentions: list[AgencyMention],
                registry: AgencyRegistry) -> list[PersonMention]:
    return []
