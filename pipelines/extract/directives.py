"""Directives (placeholder until the directive extractor lands)."""
from __future__ import annotations

from pipelines.extract.agencies import AgencyRegistry
from pipelines.extract.model import AgencyMention, DateMention, Directive
from pipelines.extract.text import NormalizedText


def find_directives(text: NormalizedText, language: str, agency_mentions: list[AgencyMention],
                    dates: list[DateMention], registry: AgencyRegistry) -> list[Directive]:
    return []
