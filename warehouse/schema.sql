-- Warehouse schema: pharmaceutical-policy news, one row per fact with its evidence.
-- Doc-scoped tables are keyed by doc_id so a changed or removed document's rows can be
-- deleted and replaced; dimension tables (agencies, people, directives, directive_issuers)
-- are rebuilt from them inside the same load transaction. Idempotent: run on every load.

create table if not exists documents (
    doc_id           varchar primary key,
    source_path      varchar not null,
    file_name        varchar not null,
    content_type     varchar not null,
    encoding         varchar,
    title            varchar,
    language         varchar not null,
    published_date   date,
    source_name      varchar,
    -- the page text, most of the file: zstd makes the file a third smaller than the default
    -- dictionary/FSST and halves the load's checkpoint; scans of it are no slower
    clean_text       varchar using compression zstd not null,
    normalized_text  varchar using compression zstd not null,
    char_count       integer not null,
    text_signature   blob,
    duplicate_of     varchar,
    pipeline_version varchar not null,
    loaded_at        timestamp not null,
    run_id           varchar not null
);
-- a warehouse built before the column existed gains it (its documents are reprocessed anyway:
-- the code that fills it changed the pipeline version)
alter table documents add column if not exists text_signature blob;
comment on table documents is 'One row per distinct raw page (identical bytes under several names are one document, see document_sources).';
comment on column documents.doc_id is 'SHA-256 of the raw bytes: the document''s identity.';
comment on column documents.source_path is 'Canonical raw file of this content: the path it was first loaded from while that file remains, else the first remaining path in sort order (see document_sources).';
comment on column documents.file_name is 'File name of source_path, without folders.';
comment on column documents.content_type is 'html or text, as detected from the raw file.';
comment on column documents.encoding is 'Character encoding the raw bytes were decoded with.';
comment on column documents.title is 'Headline as printed on the page.';
comment on column documents.language is 'en or zh (Chinese in either script).';
comment on column documents.published_date is 'Date the page says it was published; NULL when it gives none.';
comment on column documents.source_name is 'Outlet that published or supplied the text; NULL when none is named.';
comment on column documents.clean_text is 'Body text in the original script with page furniture removed; all character offsets point into it.';
comment on column documents.normalized_text is 'clean_text folded to simplified script without pinyin glosses, for matching.';
comment on column documents.char_count is 'Length of clean_text in characters.';
comment on column documents.text_signature is 'MinHash signature of normalized_text (128 little-endian uint64: 5-character shingles, one slot per slice of the hash space), compared by the load to find near-duplicates; NULL when the text is too short to judge.';
comment on column documents.duplicate_of is 'doc_id of the canonical copy when this page is a near-duplicate of another; else NULL.';
comment on column documents.pipeline_version is 'Fingerprint of the parsing and extraction code that produced this document''s rows; a new version reprocesses it.';
comment on column documents.loaded_at is 'When this document''s rows were loaded (UTC).';
comment on column documents.run_id is 'load_runs.run_id of the load that wrote this document.';

create table if not exists document_sources (
    source_path varchar primary key,
    doc_id      varchar not null,
    file_size   bigint not null,
    modified_ns bigint not null,
    run_id      varchar not null
);
comment on table document_sources is 'Every raw file currently loaded and the document its bytes are; several paths may share one doc_id.';
comment on column document_sources.source_path is 'Absolute path of the raw file.';
comment on column document_sources.doc_id is 'documents.doc_id of the file''s content.';
comment on column document_sources.file_size is 'File size in bytes when last read; with modified_ns it lets a rerun skip unchanged files without reading them.';
comment on column document_sources.modified_ns is 'File modification time (ns since epoch) when last read.';
comment on column document_sources.run_id is 'Run that last recorded this file.';

create table if not exists discovered_agencies (
    doc_id           varchar not null,
    agency_id        varchar not null,
    name_en          varchar,
    name_zh          varchar,
    abbreviation     varchar,
    parent_agency_id varchar,
    level            varchar,
    province         varchar,
    in_registry      boolean not null,
    aliases          varchar[]
);
comment on table discovered_agencies is 'Agencies as each document''s extraction described them; the agencies dimension takes non-registry ones from here.';
comment on column discovered_agencies.doc_id is 'Document the agency was found in.';
comment on column discovered_agencies.agency_id is 'Agency identifier: the registry id, or for an agency found in the text new- and its name (a unit also its parent: new-nhc-publicity-department).';
comment on column discovered_agencies.name_en is 'English name.';
comment on column discovered_agencies.name_zh is 'Chinese name.';
comment on column discovered_agencies.abbreviation is 'Abbreviation such as NMPA.';
comment on column discovered_agencies.parent_agency_id is 'Agency this one is a department of.';
comment on column discovered_agencies.level is 'national / provincial / municipal / county / foreign / party / other.';
comment on column discovered_agencies.province is 'Province for sub-national agencies.';
comment on column discovered_agencies.in_registry is 'True when the agency comes from the curated registry.';
comment on column discovered_agencies.aliases is 'Other names the document used for it.';

create table if not exists agencies (
    agency_id        varchar primary key,
    name_en          varchar,
    name_zh          varchar,
    abbreviation     varchar,
    parent_agency_id varchar,
    level            varchar,
    province         varchar,
    in_registry      boolean not null
);
comment on table agencies is 'Government and state bodies: the whole curated registry plus agencies discovered in loaded documents.';
comment on column agencies.agency_id is 'Stable agency identifier.';
comment on column agencies.name_en is 'Full English name.';
comment on column agencies.name_zh is 'Full Chinese name (simplified).';
comment on column agencies.abbreviation is 'Common abbreviation (NMPA, NHSA...).';
comment on column agencies.parent_agency_id is 'agency_id of the body this one belongs to (departments, local bureaus); NULL at the top.';
comment on column agencies.level is 'national / provincial / municipal / county / foreign / party / other.';
comment on column agencies.province is 'Province for sub-national agencies.';
comment on column agencies.in_registry is 'True for curated registry agencies, false for ones discovered by name pattern.';

create table if not exists agency_aliases (
    agency_id varchar not null,
    alias     varchar not null
);
comment on table agency_aliases is 'Every other name an agency is known by (former names, abbreviations, either script).';
comment on column agency_aliases.agency_id is 'agencies.agency_id.';
comment on column agency_aliases.alias is 'Alternative name as written.';

create table if not exists agency_mentions (
    doc_id     varchar not null,
    agency_id  varchar not null,
    surface    varchar not null,
    start_char integer not null,
    end_char   integer not null,
    sentence   varchar
);
comment on table agency_mentions is 'Each place a document names an agency.';
comment on column agency_mentions.doc_id is 'documents.doc_id.';
comment on column agency_mentions.agency_id is 'agencies.agency_id it resolved to.';
comment on column agency_mentions.surface is 'The name as written.';
comment on column agency_mentions.start_char is 'Start offset in documents.clean_text (inclusive).';
comment on column agency_mentions.end_char is 'End offset in documents.clean_text (exclusive).';
comment on column agency_mentions.sentence is 'Sentence containing the mention: the evidence.';

create table if not exists people (
    person_id varchar primary key,
    name      varchar not null
);
comment on table people is 'Distinct people named in loaded documents (officials, speakers, attendees).';
comment on column people.person_id is 'Identifier derived from the name without case or spaces.';
comment on column people.name is 'Name as most often written.';

create table if not exists person_mentions (
    doc_id      varchar not null,
    person_id   varchar not null,
    name        varchar not null,
    title       varchar,
    agency_id   varchar,
    affiliation varchar,
    role        varchar not null,
    start_char  integer not null,
    end_char    integer not null,
    sentence    varchar
);
comment on table person_mentions is 'Each place a document names a person, with the title and agency it gives them there.';
comment on column person_mentions.doc_id is 'documents.doc_id.';
comment on column person_mentions.person_id is 'people.person_id.';
comment on column person_mentions.name is 'Name as written.';
comment on column person_mentions.title is 'Title stated in this document (Deputy Director, 局长...).';
comment on column person_mentions.agency_id is 'agencies.agency_id the title belongs to, when it is an agency.';
comment on column person_mentions.affiliation is 'Organisation as written when it is not an agency (company, party committee...).';
comment on column person_mentions.role is 'official / reporter / editor / other.';
comment on column person_mentions.start_char is 'Start offset in documents.clean_text (inclusive).';
comment on column person_mentions.end_char is 'End offset in documents.clean_text (exclusive).';
comment on column person_mentions.sentence is 'Sentence containing the mention: the evidence.';

create table if not exists date_mentions (
    doc_id     varchar not null,
    surface    varchar not null,
    start_date date,
    end_date   date,
    kind       varchar not null,
    has_year   boolean not null,
    start_char integer not null,
    end_char   integer not null,
    sentence   varchar
);
comment on table date_mentions is 'Each date expression in a document, resolved against the publication date.';
comment on column date_mentions.doc_id is 'documents.doc_id.';
comment on column date_mentions.surface is 'The expression as written.';
comment on column date_mentions.start_date is 'Resolved date (first day of a range); NULL when it cannot be resolved.';
comment on column date_mentions.end_date is 'Last day of a range; NULL otherwise.';
comment on column date_mentions.kind is 'absolute / relative / range / vague.';
comment on column date_mentions.has_year is 'True when the expression itself states the year.';
comment on column date_mentions.start_char is 'Start offset in documents.clean_text (inclusive).';
comment on column date_mentions.end_char is 'End offset in documents.clean_text (exclusive).';
comment on column date_mentions.sentence is 'Sentence containing the expression.';

create table if not exists events (
    event_id        varchar primary key,
    doc_id          varchar not null,
    event_type      varchar not null,
    name            varchar not null,
    start_date      date,
    end_date        date,
    city            varchar,
    province        varchar,
    directive_title varchar,
    start_char      integer not null,
    end_char        integer not null,
    sentence        varchar
);
comment on table events is 'Meetings, press conferences, releases, visits and signings a document reports.';
comment on column events.event_id is 'Deterministic id from doc_id, type, name and start date.';
comment on column events.doc_id is 'documents.doc_id reporting the event.';
comment on column events.event_type is 'meeting / press_conference / release / visit / signing / other.';
comment on column events.name is 'Name of the event as reported.';
comment on column events.start_date is 'First day of the event; NULL when not stated.';
comment on column events.end_date is 'Last day for multi-day events; NULL otherwise.';
comment on column events.city is 'City where it took place.';
comment on column events.province is 'Province where it took place.';
comment on column events.directive_title is 'For releases: title of the directive issued.';
comment on column events.start_char is 'Start offset of the evidence in documents.clean_text (inclusive).';
comment on column events.end_char is 'End offset of the evidence in documents.clean_text (exclusive).';
comment on column events.sentence is 'Sentence reporting the event.';

create table if not exists event_agencies (
    event_id   varchar not null,
    doc_id     varchar not null,
    agency_id  varchar not null,
    role       varchar not null,
    start_char integer not null,
    end_char   integer not null,
    sentence   varchar
);
-- (older warehouses gain the evidence columns, as event_attendees below)
alter table event_agencies add column if not exists start_char integer;
alter table event_agencies add column if not exists end_char integer;
alter table event_agencies add column if not exists sentence varchar;
comment on table event_agencies is 'Agencies that organised or took part in an event, with the mention that says so.';
comment on column event_agencies.event_id is 'events.event_id.';
comment on column event_agencies.doc_id is 'documents.doc_id (for replacing a document''s rows).';
comment on column event_agencies.agency_id is 'agencies.agency_id.';
comment on column event_agencies.role is 'organizer or participant.';
comment on column event_agencies.start_char is 'Start offset in documents.clean_text (inclusive) of the mention linking the agency with the event: the agency named in one of its sentences, or the official presiding over or leading it; the event''s own span where neither is (a release''s issuers, named with the directive).';
comment on column event_agencies.end_char is 'End offset (exclusive) of that mention.';
comment on column event_agencies.sentence is 'Sentence containing the mention: the evidence.';

create table if not exists event_attendees (
    event_id   varchar not null,
    doc_id     varchar not null,
    person_id  varchar not null,
    name       varchar not null,
    role       varchar not null,
    start_char integer not null,
    end_char   integer not null,
    sentence   varchar
);
-- a warehouse built before the evidence columns gains them (its documents are reprocessed anyway:
-- the code that fills them changed the pipeline version)
alter table event_attendees add column if not exists start_char integer;
alter table event_attendees add column if not exists end_char integer;
alter table event_attendees add column if not exists sentence varchar;
comment on table event_attendees is 'People who attended, spoke at, hosted or were received at an event, with the mention that says so.';
comment on column event_attendees.event_id is 'events.event_id.';
comment on column event_attendees.doc_id is 'documents.doc_id (for replacing a document''s rows).';
comment on column event_attendees.person_id is 'people.person_id.';
comment on column event_attendees.name is 'Name as written.';
comment on column event_attendees.role is 'attendee / speaker / host / presider / received.';
comment on column event_attendees.start_char is 'Start offset in documents.clean_text (inclusive) of the mention linking the person with the event: in the event''s sentence, a later one saying they took part, a briefing''s header or transcript line, or a quote.';
comment on column event_attendees.end_char is 'End offset (exclusive) of that mention.';
comment on column event_attendees.sentence is 'Sentence containing the mention: the evidence.';

create table if not exists directive_mentions (
    doc_id            varchar not null,
    directive_id      varchar not null,
    title             varchar not null,
    title_zh          varchar,
    directive_type    varchar not null,
    period_start_year integer,
    period_end_year   integer,
    issued_date       date,
    doc_number        varchar,
    short_names       varchar[],
    start_char        integer not null,
    end_char          integer not null,
    sentence          varchar
);
comment on table directive_mentions is 'Each document''s mention of a policy document (plan, opinions, notice, law...), with what that document says about it.';
comment on column directive_mentions.doc_id is 'documents.doc_id.';
comment on column directive_mentions.directive_id is 'directives.directive_id: derived from the title without case, punctuation or script differences.';
comment on column directive_mentions.title is 'Title as written, without quotes.';
comment on column directive_mentions.title_zh is 'Chinese title when known.';
comment on column directive_mentions.directive_type is 'plan / opinions / notice / regulation / law / measures / guideline / standard / other.';
comment on column directive_mentions.period_start_year is 'First year the directive covers (2021 in 2021-2025).';
comment on column directive_mentions.period_end_year is 'Last year the directive covers.';
comment on column directive_mentions.issued_date is 'Date it was issued, when the document says.';
comment on column directive_mentions.doc_number is 'Official document number (文号), e.g. 国办发〔2016〕11号.';
comment on column directive_mentions.short_names is 'Later nicknames in the text that refer to it.';
comment on column directive_mentions.start_char is 'Start offset in documents.clean_text (inclusive).';
comment on column directive_mentions.end_char is 'End offset in documents.clean_text (exclusive).';
comment on column directive_mentions.sentence is 'Sentence containing the mention.';

create table if not exists directives (
    directive_id      varchar primary key,
    title             varchar not null,
    title_zh          varchar,
    directive_type    varchar not null,
    period_start_year integer,
    period_end_year   integer,
    issued_date       date,
    doc_number        varchar,
    short_names       varchar[],
    first_doc_id      varchar not null,
    mention_count     integer not null
);
comment on table directives is 'Distinct policy documents across all loaded pages; each value is the one most mentions agree on.';
comment on column directives.directive_id is 'Identifier derived from the title.';
comment on column directives.title is 'Title (most frequent spelling).';
comment on column directives.title_zh is 'Chinese title.';
comment on column directives.directive_type is 'plan / opinions / notice / regulation / law / measures / guideline / standard / other.';
comment on column directives.period_start_year is 'First year covered.';
comment on column directives.period_end_year is 'Last year covered.';
comment on column directives.issued_date is 'Date issued.';
comment on column directives.doc_number is 'Official document number (文号).';
comment on column directives.short_names is 'All nicknames seen for it.';
comment on column directives.first_doc_id is 'Earliest-published document that mentions it.';
comment on column directives.mention_count is 'Number of mentions across canonical documents (near-duplicate copies not counted).';

create table if not exists directive_issuer_mentions (
    doc_id       varchar not null,
    directive_id varchar not null,
    agency_id    varchar not null,
    start_char   integer not null,
    end_char     integer not null,
    sentence     varchar
);
-- (older warehouses gain the evidence columns, as event_attendees above)
alter table directive_issuer_mentions add column if not exists start_char integer;
alter table directive_issuer_mentions add column if not exists end_char integer;
alter table directive_issuer_mentions add column if not exists sentence varchar;
comment on table directive_issuer_mentions is 'Agencies a document says issued a directive, with the mention that says so.';
comment on column directive_issuer_mentions.doc_id is 'documents.doc_id.';
comment on column directive_issuer_mentions.directive_id is 'directives.directive_id.';
comment on column directive_issuer_mentions.agency_id is 'agencies.agency_id of the issuer.';
comment on column directive_issuer_mentions.start_char is 'Start offset in documents.clean_text (inclusive) of the agency''s mention stating it issued the directive.';
comment on column directive_issuer_mentions.end_char is 'End offset (exclusive) of that mention.';
comment on column directive_issuer_mentions.sentence is 'Sentence containing the mention: the evidence.';

create table if not exists directive_issuers (
    directive_id varchar not null,
    agency_id    varchar not null
);
comment on table directive_issuers is 'Distinct issuing agencies per directive, across all loaded documents.';
comment on column directive_issuers.directive_id is 'directives.directive_id.';
comment on column directive_issuers.agency_id is 'agencies.agency_id.';

create table if not exists quarantine (
    source_path    varchar,
    doc_id         varchar,
    stage          varchar not null,
    reason         varchar not null,
    detail         varchar,
    table_name     varchar,
    row_json       varchar,
    run_id         varchar not null,
    quarantined_at timestamp not null
);
comment on table quarantine is 'Every raw file or row that was not loaded: where it failed and why. A log: rows are never deleted.';
comment on column quarantine.source_path is 'Raw file concerned.';
comment on column quarantine.doc_id is 'Content hash, when the file could be read.';
comment on column quarantine.stage is 'scan / decode / clean / extract / validate / load.';
comment on column quarantine.reason is 'Short reason.';
comment on column quarantine.detail is 'Longer detail (exception text, failing checks).';
comment on column quarantine.table_name is 'For stage validate: the table whose row failed; NULL for whole files.';
comment on column quarantine.row_json is 'For stage validate: the rejected row as JSON.';
comment on column quarantine.run_id is 'load_runs.run_id.';
comment on column quarantine.quarantined_at is 'When it was quarantined (UTC).';

create table if not exists load_runs (
    run_id      varchar primary key,
    started_at  timestamp not null,
    finished_at timestamp not null,
    files_seen  integer not null,
    new         integer not null,
    changed     integer not null,
    unchanged   integer not null,
    removed     integer not null,
    quarantined integer not null,
    status      varchar not null,
    schema_version varchar
);
alter table load_runs add column if not exists schema_version varchar;
comment on table load_runs is 'One row per load that changed the warehouse (no-op runs write nothing).';
comment on column load_runs.run_id is 'Run identifier (the Dagster run id when run by Dagster).';
comment on column load_runs.started_at is 'When the run started (UTC).';
comment on column load_runs.finished_at is 'When the load committed (UTC).';
comment on column load_runs.files_seen is 'Raw files found under RAW_DIR.';
comment on column load_runs.new is 'Files whose content was not loaded before.';
comment on column load_runs.changed is 'Files whose content changed, or documents reprocessed by a new pipeline version.';
comment on column load_runs.unchanged is 'Files skipped because nothing changed.';
comment on column load_runs.removed is 'Previously loaded files no longer under RAW_DIR.';
comment on column load_runs.quarantined is 'Files and rows quarantined in this run.';
comment on column load_runs.status is 'success (the run row is written in the load transaction, so only committed loads appear).';
comment on column load_runs.schema_version is 'Fingerprint of warehouse/schema.sql when the load ran; a load finding another fingerprint re-applies the file first.';
