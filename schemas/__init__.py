"""The warehouse's tables by name; their Pandera models, applied before every load, are in
`schemas.models`. The names stand apart so that code which needs only them (the Dagster steps
of a rerun with nothing new) does not import pandas and Pandera."""

# Tables written per document (staged, validated, then loaded); their rows all carry doc_id.
# Parents first: a document's rows are validated before its facts, an event's before its links.
DOCUMENT_TABLE_NAMES = ("documents", "discovered_agencies", "agency_mentions", "person_mentions", "date_mentions",
                        "events", "event_agencies", "event_attendees", "directive_mentions",
                        "directive_issuer_mentions")
# Tables the loader derives in SQL from the document tables (and the agency registry).
DERIVED_TABLE_NAMES = ("agencies", "agency_aliases", "people", "directives", "directive_issuers")
OPERATIONAL_TABLE_NAMES = ("document_sources", "quarantine", "load_runs")
TABLE_NAMES = DOCUMENT_TABLE_NAMES + DERIVED_TABLE_NAMES + OPERATIONAL_TABLE_NAMES
