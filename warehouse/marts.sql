-- Marts: views over the core tables for the questions analysts ask.
-- Core tables (documents, agencies, events, ...) are the staging layer; these views are what
-- BI tools should point at. They hold no data of their own, so a load never has to refresh them.

CREATE SCHEMA IF NOT EXISTS marts;

CREATE OR REPLACE VIEW marts.events_by_agency_month AS
SELECT
    ea.agency_id,
    coalesce(a.name_en, a.name_zh)                      AS agency_name,
    date_trunc('month', coalesce(e.start_date, d.published_date))::DATE AS month,
    e.event_type,
    count(DISTINCT e.event_id)                          AS event_count,
    string_agg(DISTINCT e.name, ' | ' ORDER BY e.name)  AS event_names
FROM event_agencies ea
JOIN events e USING (event_id)
JOIN documents d ON d.doc_id = e.doc_id
LEFT JOIN agencies a ON a.agency_id = ea.agency_id
WHERE ea.role = 'organizer'
GROUP BY ALL;

COMMENT ON VIEW marts.events_by_agency_month IS 'Events each agency organised, per month (event date, else the publication date) and type.';

CREATE OR REPLACE VIEW marts.directive_timeline AS
WITH issuers AS (
    SELECT di.directive_id,
           string_agg(DISTINCT coalesce(a.name_en, a.name_zh), '; ' ORDER BY coalesce(a.name_en, a.name_zh)) AS issuers
    FROM directive_issuers di
    LEFT JOIN agencies a USING (agency_id)
    GROUP BY di.directive_id
), citations AS (
    SELECT m.directive_id,
           count(DISTINCT m.doc_id)  AS citing_documents,
           min(d.published_date)     AS first_cited,
           max(d.published_date)     AS last_cited
    FROM directive_mentions m
    JOIN documents d USING (doc_id)
    GROUP BY m.directive_id
)
SELECT
    dv.directive_id,
    dv.title,
    dv.title_zh,
    dv.directive_type,
    dv.period_start_year,
    dv.period_end_year,
    dv.issued_date,
    dv.doc_number,
    i.issuers,
    c.citing_documents,
    c.first_cited,
    c.last_cited
FROM directives dv
LEFT JOIN issuers i USING (directive_id)
LEFT JOIN citations c USING (directive_id);

COMMENT ON VIEW marts.directive_timeline IS 'Each directive with its issuers, period, issue date and the span of documents citing it.';

CREATE OR REPLACE VIEW marts.people_directory AS
SELECT
    p.person_id,
    p.name,
    m.title,
    m.role,
    coalesce(a.name_en, a.name_zh, m.affiliation)       AS organisation,
    m.agency_id,
    d.published_date                                    AS reported_on,
    d.source_name,
    m.doc_id,
    m.sentence                                          AS evidence
FROM person_mentions m
JOIN people p USING (person_id)
JOIN documents d USING (doc_id)
LEFT JOIN agencies a ON a.agency_id = m.agency_id;

COMMENT ON VIEW marts.people_directory IS 'Every title a person was reported with, where and when it was reported.';

CREATE OR REPLACE VIEW marts.agency_hierarchy AS
WITH mentions AS (
    SELECT agency_id, count(*) AS mention_count, count(DISTINCT doc_id) AS document_count
    FROM agency_mentions GROUP BY agency_id
), organised AS (
    SELECT agency_id, count(DISTINCT event_id) AS events_organised
    FROM event_agencies WHERE role = 'organizer' GROUP BY agency_id
), issued AS (
    SELECT agency_id, count(DISTINCT directive_id) AS directives_issued
    FROM directive_issuers GROUP BY agency_id
)
SELECT
    a.agency_id,
    a.name_en,
    a.name_zh,
    a.abbreviation,
    a.level,
    a.parent_agency_id,
    coalesce(p.name_en, p.name_zh)                      AS parent_name,
    a.in_registry,
    coalesce(m.mention_count, 0)                        AS mention_count,
    coalesce(m.document_count, 0)                       AS document_count,
    coalesce(o.events_organised, 0)                     AS events_organised,
    coalesce(i.directives_issued, 0)                    AS directives_issued
FROM agencies a
LEFT JOIN agencies p ON p.agency_id = a.parent_agency_id
LEFT JOIN mentions m ON m.agency_id = a.agency_id
LEFT JOIN organised o ON o.agency_id = a.agency_id
LEFT JOIN issued i ON i.agency_id = a.agency_id;

COMMENT ON VIEW marts.agency_hierarchy IS 'Agencies with their parent and how often they are mentioned, organise events and issue directives.';

CREATE OR REPLACE VIEW marts.documents_by_source AS
SELECT
    coalesce(source_name, '(unnamed)')                  AS source_name,
    language,
    count(*)                                            AS document_count,
    min(published_date)                                 AS first_published,
    max(published_date)                                 AS last_published
FROM documents
WHERE duplicate_of IS NULL
GROUP BY ALL;

COMMENT ON VIEW marts.documents_by_source IS 'Canonical documents per source outlet and language, with the dates they span.';
