"""Events (placeholder until the event extractor lands)."""
from __future__ import annotations

from datetime import date

from pipelines.extract.agencies import AgencyRegistry
from pipelines.extract.model import AgencyMention, DateMention, Directive, Event, PersonMention
from pipelines.extract.places import Place
from pipelines.extract.text import NormalizedText


def find_events(text: NormalizedText, language: str, published: date | None, dates: list[DateMention],
                agency_mentions: list[AgencyMention], people: list[PersonMention], directives: list[Directive],
                places: list[Place], registry: AgencyRegistry) -> list[Event]:
    return []
