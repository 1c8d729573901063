"""Run every extractor over one cleaned document, in dependency order.

Pure: no I/O, no Dagster. Agencies come first because people, directives and events
refer to them; dates and places are found once and shared.
"""
from __future__ import annotations

from datetime import date

from pipelines.extract.agencies import find_agencies, load_registry
from pipelines.extract.dates import find_dates
from pipelines.extract.directives import find_directives
from pipelines.extract.events import find_events
from pipelines.extract.model import Extraction
from pipelines.extract.people import find_people
from pipelines.extract.places import find_places
from pipelines.extract.text import normalized


def extract_document(clean_text: str, language: str, published: date | None, publisher: str | None = None
                     ) -> Extraction:
    """`publisher`: the page's source line, which places bare regional agency kinds the text leaves unplaced."""
    text = normalized(clean_text)     # parse_document's, for the same clean_text
    registry = load_registry()
    agencies, agency_mentions = find_agencies(text, language, registry, publisher)
    actors = [m for m in agency_mentions if not m.within_unit]
    dates = find_dates(text, published, language)
    people = find_people(text, language, actors, registry)
    directives = find_directives(text, language, actors, dates, registry)
    places = find_places(text, language)
    events = find_events(text, language, published, dates, actors, people, directives, places, registry, agencies)
    return Extraction(agencies=agencies, agency_mentions=agency_mentions, dates=dates, people=people,
                      directives=directives, events=events)
