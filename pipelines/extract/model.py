"""The facts extraction produces for one document.

Every fact carries its evidence: character offsets into the document's `clean_text`
(`start` inclusive, `end` exclusive) and the sentence that contains them. Plain
dataclasses, no I/O: the warehouse layer turns them into rows.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


def stable_id(prefix: str, *parts: object) -> str:
    """Deterministic id, so a rerun on the same input produces the same keys."""
    digest = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Agency:
    """A canonical agency: a registry row, or one discovered by name pattern."""
    agency_id: str
    name_en: str | None
    name_zh: str | None = None
    abbreviation: str | None = None
    parent_agency_id: str | None = None
    level: str | None = None          # national / provincial / municipal / county / foreign / party / other
    province: str | None = None
    in_registry: bool = True
    aliases: tuple[str, ...] = ()
    acts_alone: bool = False          # a unit that holds events and issues documents in its own name, not as
                                      # its parent's department (a government's general or information office)


@dataclass(frozen=True)
class AgencyMention:
    agency_id: str
    surface: str                      # the text as written
    evidence: Evidence
    within_unit: bool = False         # a parent named inside its unit's full name (卫生福利部|中央健康保险署): a
                                      # mention, but no actor of its own for people, directives and events


@dataclass(frozen=True)
class DateMention:
    surface: str
    evidence: Evidence
    start_date: date | None           # None when the expression cannot be resolved ("recently")
    end_date: date | None = None      # set for ranges
    kind: str = "absolute"            # absolute / relative / range / vague
    has_year: bool = True             # the expression itself stated the year


@dataclass(frozen=True)
class PersonMention:
    name: str
    evidence: Evidence
    title: str | None = None
    agency_id: str | None = None      # the agency the title belongs to, when it is one
    affiliation: str | None = None    # the organisation as written (company, party committee...)
    role: str = "official"            # official / reporter / editor / other

    @property
    def person_id(self) -> str:
        return person_id(self.name)


def person_key(name: str) -> str:
    return "".join(name.split()).lower()


def person_id(name: str) -> str:
    return stable_id("per", person_key(name))


@dataclass(frozen=True)
class Directive:
    title: str                        # as written, without quotes; Chinese title for Chinese text
    evidence: Evidence
    title_zh: str | None = None
    directive_type: str = "other"     # plan/opinions/notice/regulation/law/measures/guideline/standard/other
    period_start_year: int | None = None
    period_end_year: int | None = None
    issued_date: date | None = None
    doc_number: str | None = None     # 文号, e.g. 国办发〔2016〕11号
    issuer_ids: tuple[str, ...] = ()
    short_names: tuple[str, ...] = () # later nicknames that resolved to it ("the Plan", 《规划》)
    issuer_evidence: tuple[tuple[str, Evidence], ...] = ()   # issuer id -> the mention stating it

    @property
    def directive_id(self) -> str:
        return directive_id(self.title_zh or self.title)


def directive_key(title: str) -> str:
    """Titles compare without case, quotes, spaces or punctuation, in simplified script."""
    from pipelines.extract.text import to_simplified

    kept = [c for c in to_simplified(title).lower() if c.isalnum()]
    return "".join(kept)


def directive_id(title: str) -> str:
    return stable_id("dir", directive_key(title))


@dataclass(frozen=True)
class EventAttendee:
    name: str
    role: str = "attendee"            # attendee / speaker / host / presider / received
    evidence: Evidence | None = None  # the mention that links the person with the event, in its sentence

    @property
    def person_id(self) -> str:
        return person_id(self.name)


@dataclass(frozen=True)
class Event:
    event_type: str                   # meeting / press_conference / release / visit / signing / other
    name: str
    evidence: Evidence
    start_date: date | None = None
    end_date: date | None = None
    city: str | None = None
    province: str | None = None
    organizer_ids: tuple[str, ...] = ()
    participant_ids: tuple[str, ...] = ()   # agencies present but not organising
    attendees: tuple[EventAttendee, ...] = ()
    directive_title: str | None = None      # for releases: the directive issued
    # agency id -> the mention linking it with the event (the event's own evidence where none was named)
    agency_evidence: tuple[tuple[str, Evidence], ...] = ()


@dataclass
class Extraction:
    """Everything extracted from one document."""
    agencies: list[Agency] = field(default_factory=list)          # every agency mentioned (registry or new)
    agency_mentions: list[AgencyMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
