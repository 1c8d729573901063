"""Pandera models, one per warehouse table (named as in `schemas`), applied before every load."""
from __future__ import annotations

import pandera.pandas as pa

from schemas import DERIVED_TABLE_NAMES, DOCUMENT_TABLE_NAMES, OPERATIONAL_TABLE_NAMES
from schemas.agencies import Agencies, AgencyAliases, AgencyMentions, DiscoveredAgencies
from schemas.dates import DateMentions
from schemas.directives import DirectiveIssuerMentions, DirectiveIssuers, DirectiveMentions, Directives
from schemas.documents import DocumentSources, Documents
from schemas.events import EventAgencies, EventAttendees, Events
from schemas.operations import LoadRuns, Quarantine
from schemas.people import People, PersonMentions

DOCUMENT_TABLES: dict[str, type[pa.DataFrameModel]] = dict(zip(DOCUMENT_TABLE_NAMES, (
    Documents, DiscoveredAgencies, AgencyMentions, PersonMentions, DateMentions, Events, EventAgencies,
    EventAttendees, DirectiveMentions, DirectiveIssuerMentions), strict=True))
DERIVED_TABLES: dict[str, type[pa.DataFrameModel]] = dict(zip(DERIVED_TABLE_NAMES, (
    Agencies, AgencyAliases, People, Directives, DirectiveIssuers), strict=True))
OPERATIONAL_TABLES: dict[str, type[pa.DataFrameModel]] = dict(zip(OPERATIONAL_TABLE_NAMES, (
    DocumentSources, Quarantine, LoadRuns), strict=True))
TABLE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {**DOCUMENT_TABLES, **DERIVED_TABLES, **OPERATIONAL_TABLES}
