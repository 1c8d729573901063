"""Parsed documents and extractions as warehouse rows, one dict per row, keyed by table.

Pure: the loader and the validators only ever see these dicts, so the warehouse shape is
decided here and in warehouse/schema.sql, nowhere else.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import PurePath
from typing import Any

from pipelines.dedup import text_signature
from pipelines.documents import ParsedDocument
from pipelines.extract.model import Evidence, Extraction, stable_id

Row = dict[str, Any]

EXTRACTION_TABLES = ("discovered_agencies", "agency_mentions", "person_mentions", "date_mentions", "events",
                     "event_agencies", "event_attendees", "directive_mentions", "directive_issuer_mentions")


def document_row(doc: ParsedDocument, pipeline_version: str, run_id: str, loaded_at: datetime) -> Row:
    return {
        "doc_id": doc.doc_id, "source_path": doc.source_path, "file_name": PurePath(doc.source_path).name,
        "content_type": doc.content_type, "encoding": doc.encoding, "title": doc.title, "language": doc.language,
        "published_date": doc.published_date, "source_name": doc.source_name, "clean_text": doc.clean_text,
        "normalized_text": doc.normalized_text, "char_count": len(doc.clean_text),
        # the load judges near-duplicates from the signature; computing it here keeps that work in the workers
        "text_signature": text_signature(doc.normalized_text), "duplicate_of": None,
        "pipeline_version": pipeline_version, "loaded_at": loaded_at, "run_id": run_id,
    }


def span(evidence: Evidence) -> Row:
    return {"start_char": evidence.start, "end_char": evidence.end, "sentence": evidence.sentence}


def event_id(doc_id: str, event_type: str, name: str, start_date: object) -> str:
    return stable_id("evt", doc_id, event_type, name, start_date)


def extraction_rows(doc_id: str, extraction: Extraction) -> dict[str, list[Row]]:
    """Rows of every doc-scoped fact table; duplicates within the document collapse to one."""
    out: dict[str, list[Row]] = {table: [] for table in EXTRACTION_TABLES}
    seen_agencies: set[str] = set()
    for a in extraction.agencies:
        if a.agency_id in seen_agencies:
            continue
        seen_agencies.add(a.agency_id)
        out["discovered_agencies"].append({
            "doc_id": doc_id, "agency_id": a.agency_id, "name_en": a.name_en, "name_zh": a.name_zh,
            "abbreviation": a.abbreviation, "parent_agency_id": a.parent_agency_id, "level": a.level,
            "province": a.province, "in_registry": a.in_registry, "aliases": list(a.aliases)})
    for m in extraction.agency_mentions:
        out["agency_mentions"].append({"doc_id": doc_id, "agency_id": m.agency_id, "surface": m.surface,
                                       **span(m.evidence)})
    for p in extraction.people:
        out["person_mentions"].append({
            "doc_id": doc_id, "person_id": p.person_id, "name": p.name, "title": p.title, "agency_id": p.agency_id,
            "affiliation": p.affiliation, "role": p.role, **span(p.evidence)})
    for d in extraction.dates:
        out["date_mentions"].append({"doc_id": doc_id, "surface": d.surface, "start_date": d.start_date,
                                     "end_date": d.end_date, "kind": d.kind, "has_year": d.has_year,
                                     **span(d.evidence)})
    out.update(_event_rows(doc_id, extraction))
    out.update(_directive_rows(doc_id, extraction))
    return out


def _event_rows(doc_id: str, extraction: Extraction) -> dict[str, list[Row]]:
    events: dict[str, Row] = {}
    agencies: dict[tuple[str, str], Row] = {}
    attendees: dict[tuple[str, str], Row] = {}
    for e in extraction.events:
        eid = event_id(doc_id, e.event_type, e.name, e.start_date)
        if eid in events:
            continue
        events[eid] = {"event_id": eid, "doc_id": doc_id, "event_type": e.event_type, "name": e.name,
                       "start_date": e.start_date, "end_date": e.end_date, "city": e.city, "province": e.province,
                       "directive_title": e.directive_title, **span(e.evidence)}
        # an agency both organising and listed as participant is an organizer
        evidence = dict(e.agency_evidence)
        for role, ids in (("organizer", e.organizer_ids), ("participant", e.participant_ids)):
            for agency_id in ids:
                agencies.setdefault((eid, agency_id), {"event_id": eid, "doc_id": doc_id, "agency_id": agency_id,
                                                       "role": role, **span(evidence.get(agency_id, e.evidence))})
        for a in e.attendees:
            attendees.setdefault((eid, a.person_id), {"event_id": eid, "doc_id": doc_id, "person_id": a.person_id,
                                                      "name": a.name, "role": a.role, **span(a.evidence or e.evidence)})
    return {"events": list(events.values()), "event_agencies": list(agencies.values()),
            "event_attendees": list(attendees.values())}


def _directive_rows(doc_id: str, extraction: Extraction) -> dict[str, list[Row]]:
    mentions: list[Row] = []
    issuers: dict[tuple[str, str], Row] = {}
    for d in extraction.directives:
        did = d.directive_id
        mentions.append({
            "doc_id": doc_id, "directive_id": did, "title": d.title, "title_zh": d.title_zh,
            "directive_type": d.directive_type, "period_start_year": d.period_start_year,
            "period_end_year": d.period_end_year, "issued_date": d.issued_date, "doc_number": d.doc_number,
            "short_names": list(d.short_names), **span(d.evidence)})
        evidence = dict(d.issuer_evidence)
        for agency_id in d.issuer_ids:
            issuers.setdefault((did, agency_id), {"doc_id": doc_id, "directive_id": did, "agency_id": agency_id,
                                                  **span(evidence.get(agency_id, d.evidence))})
    return {"directive_mentions": mentions, "directive_issuer_mentions": list(issuers.values())}
