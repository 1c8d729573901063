"""Pandera models, one per warehouse table, applied before every load."""
from __future__ import annotations

import pandera.pandas as pa

from schemas.agencies import Agencies, AgencyAliases, AgencyMentions, DiscoveredAgencies
from schemas.dates import DateMentions
from schemas.directives import DirectiveIssuerMentions, DirectiveIssuers, DirectiveMentions, Directives
from schemas.documents import DocumentSources, Documents
from schemas.events import EventAgencies, EventAttendees, Events
from schemas.operations import LoadRuns, Quarantine
from schemas.people import People, PersonMentions

# Tables written per document (staged, validated, then loaded); their rows all carry doc_id.
DOCUMENT_TABLES: dict[str, type[pa.DataFrameModel]] = {
    "documents": Documents,
    "discovered_agencies": DiscoveredAgencies,
    "agency_mentions": AgencyMentions,
    "person_mentions": PersonMentions,
    "date_mentions": DateMentions,
    "events": Events,
    "event_agencies": EventAgencies,
    "event_attendees": EventAttendees,
    "directive_mentions": DirectiveMentions,
    "directive_issuer_mentions": DirectiveIssuerMentions,
}

# Tables the loader derives in SQL from the document tables (and the agency registry).
DERIVED_TABLES: dict[str, type[pa.DataFrameModel]] = {
    "agencies": Agencies,
    "agency_aliases": AgencyAliases,
    "people": People,
    "directives": Directives,
    "directive_issuers": DirectiveIssuers,
}

OPERATIONAL_TABLES: dict[str, type[pa.DataFrameModel]] = {
    "document_sources": DocumentSources,
    "quarantine": Quarantine,
    "load_runs": LoadRuns,
}

TABLE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {**DOCUMENT_TABLES, **DERIVED_TABLES, **OPERATIONAL_TABLES}
