"""Run every extractor over one cleaned document, in dependency order.

Pure: no I/O, no Dagster. Agencies come first because people, directives and events
refer to them; dates and places are found once and shared.
"""
from __future__ import annotations

from datetime import date

from pipelines.extract.agencies import AgencyRegistry, find_agencies, load_registry
from pipelines.extract.dates import find_dates
from pipelines.extract.directives import find_directives
from pipelines.extract.events import find_events
from pipelines.extract.model import Agency, AgencyMention, Extraction, PersonMention
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
    agencies, agency_mentions = _with_agencies_of_titles(people, agencies, agency_mentions, registry)
    directives = find_directives(text, language, actors, dates, registry, publisher)
    places = find_places(text, language)
    events = find_events(text, language, published, dates, actors, people, directives, places, registry, agencies)
    return Extraction(agencies=agencies, agency_mentions=agency_mentions, dates=dates, people=people,
                      directives=directives, events=events)


_FOREIGN_MINISTRY = "foreign-"     # (a country's health ministry or drug regulator; not its embassy, "Ambassador X")


def _with_agencies_of_titles(people: list[PersonMention], agencies: list[Agency], mentions: list[AgencyMention],
                             registry: AgencyRegistry) -> tuple[list[Agency], list[AgencyMention]]:
    """A foreign health ministry or regulator a person's title names without the text naming it ("Egyptian Deputy
    Minister of Health and Population Mohamed Tantawy"): mentioned there, by the title. (Not a Chinese body a title
    implies, "Premier"'s State Council, nor an ambassador's embassy: analysts list those only where the text names them.)"""
    named = {m.agency_id for m in mentions}
    agencies, mentions = list(agencies), list(mentions)
    for p in people:
        if p.agency_id and p.agency_id not in named and p.agency_id.startswith(_FOREIGN_MINISTRY) \
                and (agency := registry.get(p.agency_id)) is not None:
            named.add(p.agency_id)
            agencies.append(agency)
            mentions.append(AgencyMention(p.agency_id, p.title or "", p.evidence))
    return agencies, mentions
