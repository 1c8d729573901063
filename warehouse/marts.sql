-- Marts: views over the core tables for the questions analysts ask; BI tools point here.
-- They hold no data, so a load never refreshes them; the loader re-creates them in its
-- transaction. Core tables are named `main.<table>` so the views still resolve when the file
-- is ATTACHed under another name. CREATE OR REPLACE drops comments: each view's follow it.

CREATE SCHEMA IF NOT EXISTS marts;

CREATE OR REPLACE VIEW marts.events_by_agency_month AS
SELECT
    ea.agency_id,
    coalesce(a.name_en, a.name_zh, ea.agency_id)                         AS agency_name,
    date_trunc('month', coalesce(e.start_date, d.published_date))::DATE  AS month,
    e.event_type,
    count(DISTINCT e.event_id)                                           AS event_count,
    count(DISTINCT e.event_id) FILTER (WHERE ea.role = 'organizer')      AS organised_count,
    string_agg(DISTINCT e.name, ' | ' ORDER BY e.name)                   AS event_names
FROM main.event_agencies ea
JOIN main.events e USING (event_id)
JOIN main.documents d ON d.doc_id = e.doc_id
LEFT JOIN main.agencies a ON a.agency_id = ea.agency_id
WHERE d.duplicate_of IS NULL
GROUP BY ALL;

COMMENT ON VIEW marts.events_by_agency_month IS 'Events each agency organised or took part in, per month and event type (near-duplicate pages left out).';
COMMENT ON COLUMN marts.events_by_agency_month.agency_id IS 'agencies.agency_id.';
COMMENT ON COLUMN marts.events_by_agency_month.agency_name IS 'English name of the agency, else its Chinese name.';
COMMENT ON COLUMN marts.events_by_agency_month.month IS 'First day of the month of the event date, else of the reporting page''s publication date; NULL when neither is known.';
COMMENT ON COLUMN marts.events_by_agency_month.event_type IS 'meeting / press_conference / release / visit / signing / other.';
COMMENT ON COLUMN marts.events_by_agency_month.event_count IS 'Distinct events the agency organised or took part in.';
COMMENT ON COLUMN marts.events_by_agency_month.organised_count IS 'Of those, events it organised.';
COMMENT ON COLUMN marts.events_by_agency_month.event_names IS 'Event names, alphabetical, separated by " | ".';

CREATE OR REPLACE VIEW marts.directive_timeline AS
WITH issuers AS (
    SELECT di.directive_id,
           string_agg(DISTINCT coalesce(a.name_en, a.name_zh, di.agency_id), '; '
                      ORDER BY coalesce(a.name_en, a.name_zh, di.agency_id)) AS issuers
    FROM main.directive_issuers di
    LEFT JOIN main.agencies a USING (agency_id)
    GROUP BY di.directive_id
), citations AS (
    SELECT m.directive_id, m.doc_id,
           first(m.sentence ORDER BY m.start_char) AS evidence,
           count(*)                                AS mentions_in_document
    FROM main.directive_mentions m
    JOIN main.documents cd ON cd.doc_id = m.doc_id AND cd.duplicate_of IS NULL   -- copies cite nothing new
    GROUP BY m.directive_id, m.doc_id
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
    d.published_date                                                     AS cited_on,
    row_number() OVER (PARTITION BY dv.directive_id
                       ORDER BY d.published_date NULLS LAST, d.doc_id)   AS citation_number,
    count(*) OVER (PARTITION BY dv.directive_id)                         AS citing_documents,
    min(d.published_date) OVER (PARTITION BY dv.directive_id)            AS first_cited,
    max(d.published_date) OVER (PARTITION BY dv.directive_id)            AS last_cited,
    c.doc_id                                                             AS citing_doc_id,
    d.title                                                              AS citing_title,
    d.source_name                                                        AS citing_source,
    c.mentions_in_document,
    c.evidence
FROM main.directives dv
JOIN citations c USING (directive_id)
JOIN main.documents d ON d.doc_id = c.doc_id
LEFT JOIN issuers i USING (directive_id);

COMMENT ON VIEW marts.directive_timeline IS 'One row per directive and document citing it, in citation order: the directive''s issuers, period and issue date beside when and where it was cited.';
COMMENT ON COLUMN marts.directive_timeline.directive_id IS 'directives.directive_id.';
COMMENT ON COLUMN marts.directive_timeline.title IS 'Title (most frequent spelling across mentions).';
COMMENT ON COLUMN marts.directive_timeline.title_zh IS 'Chinese title, when known.';
COMMENT ON COLUMN marts.directive_timeline.directive_type IS 'plan / opinions / notice / regulation / law / measures / guideline / standard / other.';
COMMENT ON COLUMN marts.directive_timeline.period_start_year IS 'First year the directive covers; NULL when it states no period.';
COMMENT ON COLUMN marts.directive_timeline.period_end_year IS 'Last year the directive covers.';
COMMENT ON COLUMN marts.directive_timeline.issued_date IS 'Date it was issued, when a document says.';
COMMENT ON COLUMN marts.directive_timeline.doc_number IS 'Official document number (文号).';
COMMENT ON COLUMN marts.directive_timeline.issuers IS 'Issuing agencies across all documents, separated by "; "; NULL when none is named.';
COMMENT ON COLUMN marts.directive_timeline.cited_on IS 'Publication date of the citing document; NULL when it gives none.';
COMMENT ON COLUMN marts.directive_timeline.citation_number IS '1 for the earliest citing document, 2 for the next... (undated documents last).';
COMMENT ON COLUMN marts.directive_timeline.citing_documents IS 'Number of documents citing this directive.';
COMMENT ON COLUMN marts.directive_timeline.first_cited IS 'Earliest publication date among citing documents.';
COMMENT ON COLUMN marts.directive_timeline.last_cited IS 'Latest publication date among citing documents.';
COMMENT ON COLUMN marts.directive_timeline.citing_doc_id IS 'documents.doc_id of the citing document.';
COMMENT ON COLUMN marts.directive_timeline.citing_title IS 'Headline of the citing document.';
COMMENT ON COLUMN marts.directive_timeline.citing_source IS 'Outlet of the citing document.';
COMMENT ON COLUMN marts.directive_timeline.mentions_in_document IS 'Times the citing document mentions the directive.';
COMMENT ON COLUMN marts.directive_timeline.evidence IS 'Sentence of the first mention in the citing document.';

CREATE OR REPLACE VIEW marts.people_directory AS
SELECT
    m.person_id,
    p.name,
    m.title,
    coalesce(a.name_en, a.name_zh, m.affiliation)                        AS organisation,
    m.agency_id,
    m.role,
    min(d.published_date)                                                AS first_reported,
    max(d.published_date)                                                AS last_reported,
    count(DISTINCT m.doc_id)                                             AS document_count,
    count(*)                                                             AS mention_count,
    first(m.sentence ORDER BY d.published_date NULLS LAST, m.doc_id, m.start_char) AS evidence,
    first(m.doc_id ORDER BY d.published_date NULLS LAST, m.doc_id, m.start_char)   AS first_doc_id
FROM main.person_mentions m
JOIN main.people p USING (person_id)
JOIN main.documents d USING (doc_id)
LEFT JOIN main.agencies a ON a.agency_id = m.agency_id
GROUP BY ALL;

COMMENT ON VIEW marts.people_directory IS 'One row per person and title held (with organisation and role): when documents reported it and how often.';
COMMENT ON COLUMN marts.people_directory.person_id IS 'people.person_id.';
COMMENT ON COLUMN marts.people_directory.name IS 'Name as most often written.';
COMMENT ON COLUMN marts.people_directory.title IS 'Title as reported (Deputy Director, 局长...); NULL when none was given.';
COMMENT ON COLUMN marts.people_directory.organisation IS 'Agency the title belongs to (English name, else Chinese), else the organisation as written.';
COMMENT ON COLUMN marts.people_directory.agency_id IS 'agencies.agency_id when the organisation is an agency.';
COMMENT ON COLUMN marts.people_directory.role IS 'official / reporter / editor / other.';
COMMENT ON COLUMN marts.people_directory.first_reported IS 'Earliest publication date of a document reporting this title.';
COMMENT ON COLUMN marts.people_directory.last_reported IS 'Latest publication date of a document reporting this title.';
COMMENT ON COLUMN marts.people_directory.document_count IS 'Documents reporting this person with this title.';
COMMENT ON COLUMN marts.people_directory.mention_count IS 'Mentions with this title across those documents.';
COMMENT ON COLUMN marts.people_directory.evidence IS 'Sentence of the earliest such mention.';
COMMENT ON COLUMN marts.people_directory.first_doc_id IS 'documents.doc_id of the earliest such mention.';

CREATE OR REPLACE VIEW marts.agency_hierarchy AS
WITH RECURSIVE lineage(agency_id, top_agency_id, depth, path) AS (
    SELECT agency_id, agency_id, 0, coalesce(name_en, name_zh, agency_id)
    FROM main.agencies
    WHERE parent_agency_id IS NULL
       OR parent_agency_id NOT IN (SELECT agency_id FROM main.agencies)
    UNION ALL
    SELECT c.agency_id, l.top_agency_id, l.depth + 1,
           l.path || ' > ' || coalesce(c.name_en, c.name_zh, c.agency_id)
    FROM main.agencies c
    JOIN lineage l ON c.parent_agency_id = l.agency_id
    WHERE l.depth < 10                         -- a cycle in the registry cannot recurse forever
), mentions AS (
    SELECT agency_id, count(*) AS mention_count, count(DISTINCT doc_id) AS document_count
    FROM main.agency_mentions
    WHERE doc_id IN (SELECT doc_id FROM main.documents WHERE duplicate_of IS NULL)   -- canonical pages only
    GROUP BY agency_id
), organised AS (
    SELECT agency_id, count(DISTINCT event_id) AS events_organised
    FROM main.event_agencies
    WHERE role = 'organizer' AND doc_id IN (SELECT doc_id FROM main.documents WHERE duplicate_of IS NULL)
    GROUP BY agency_id
), issued AS (
    SELECT agency_id, count(DISTINCT directive_id) AS directives_issued
    FROM main.directive_issuers GROUP BY agency_id
), children AS (
    SELECT parent_agency_id AS agency_id, count(*) AS child_count
    FROM main.agencies WHERE parent_agency_id IS NOT NULL GROUP BY parent_agency_id
)
SELECT
    a.agency_id,
    a.name_en,
    a.name_zh,
    a.abbreviation,
    a.level,
    a.province,
    a.parent_agency_id,
    coalesce(p.name_en, p.name_zh)                                       AS parent_name,
    l.top_agency_id,
    l.depth,
    l.path,
    coalesce(ch.child_count, 0)                                          AS child_count,
    a.in_registry,
    coalesce(m.mention_count, 0)                                         AS mention_count,
    coalesce(m.document_count, 0)                                        AS document_count,
    coalesce(o.events_organised, 0)                                      AS events_organised,
    coalesce(i.directives_issued, 0)                                     AS directives_issued
FROM main.agencies a
LEFT JOIN (SELECT agency_id, min_by(top_agency_id, depth) AS top_agency_id, min(depth) AS depth,
                  min_by(path, depth) AS path
           FROM lineage GROUP BY agency_id) l ON l.agency_id = a.agency_id
LEFT JOIN main.agencies p ON p.agency_id = a.parent_agency_id
LEFT JOIN children ch ON ch.agency_id = a.agency_id
LEFT JOIN mentions m ON m.agency_id = a.agency_id
LEFT JOIN organised o ON o.agency_id = a.agency_id
LEFT JOIN issued i ON i.agency_id = a.agency_id;

COMMENT ON VIEW marts.agency_hierarchy IS 'Every agency with its place in the hierarchy and how often loaded documents mention it, show it organising events and issuing directives.';
COMMENT ON COLUMN marts.agency_hierarchy.agency_id IS 'agencies.agency_id.';
COMMENT ON COLUMN marts.agency_hierarchy.name_en IS 'Full English name.';
COMMENT ON COLUMN marts.agency_hierarchy.name_zh IS 'Full Chinese name (simplified).';
COMMENT ON COLUMN marts.agency_hierarchy.abbreviation IS 'Common abbreviation (NMPA, NHSA...).';
COMMENT ON COLUMN marts.agency_hierarchy.level IS 'national / provincial / municipal / county / foreign / party / other.';
COMMENT ON COLUMN marts.agency_hierarchy.province IS 'Province for sub-national agencies.';
COMMENT ON COLUMN marts.agency_hierarchy.parent_agency_id IS 'agency_id of the body this one belongs to; NULL at the top.';
COMMENT ON COLUMN marts.agency_hierarchy.parent_name IS 'Name of the parent body.';
COMMENT ON COLUMN marts.agency_hierarchy.top_agency_id IS 'agency_id at the top of this agency''s chain of parents (itself at the top); NULL inside a cycle.';
COMMENT ON COLUMN marts.agency_hierarchy.depth IS 'Steps below the top: 0 for a top body, 1 for its departments...';
COMMENT ON COLUMN marts.agency_hierarchy.path IS 'Names from the top body down to this one, separated by " > ".';
COMMENT ON COLUMN marts.agency_hierarchy.child_count IS 'Agencies whose parent is this one.';
COMMENT ON COLUMN marts.agency_hierarchy.in_registry IS 'True for curated registry agencies, false for ones discovered in documents.';
COMMENT ON COLUMN marts.agency_hierarchy.mention_count IS 'Mentions across loaded documents.';
COMMENT ON COLUMN marts.agency_hierarchy.document_count IS 'Documents mentioning it.';
COMMENT ON COLUMN marts.agency_hierarchy.events_organised IS 'Distinct events it organised.';
COMMENT ON COLUMN marts.agency_hierarchy.directives_issued IS 'Distinct directives it is named as issuing.';

CREATE OR REPLACE VIEW marts.documents_by_source AS
SELECT
    coalesce(d.source_name, '(unnamed)')                                 AS source_name,
    d.language,
    count(*) FILTER (WHERE d.duplicate_of IS NULL)                       AS document_count,
    count(*) FILTER (WHERE d.duplicate_of IS NOT NULL)                   AS near_duplicate_count,
    count(*) FILTER (WHERE d.published_date IS NULL)                     AS undated_count,
    coalesce(sum(f.raw_files), 0)::BIGINT                                AS raw_file_count,
    min(d.published_date)                                                AS first_published,
    max(d.published_date)                                                AS last_published,
    max(d.loaded_at)                                                     AS last_loaded_at
FROM main.documents d
LEFT JOIN (SELECT doc_id, count(*) AS raw_files FROM main.document_sources GROUP BY doc_id) f USING (doc_id)
GROUP BY ALL;

COMMENT ON VIEW marts.documents_by_source IS 'Documents per source outlet and language, with the publication dates they span.';
COMMENT ON COLUMN marts.documents_by_source.source_name IS 'Outlet as named on the page; "(unnamed)" when none is.';
COMMENT ON COLUMN marts.documents_by_source.language IS 'en or zh (Chinese in either script).';
COMMENT ON COLUMN marts.documents_by_source.document_count IS 'Canonical documents (near-duplicates not counted).';
COMMENT ON COLUMN marts.documents_by_source.near_duplicate_count IS 'Documents that are near-duplicates of another page.';
COMMENT ON COLUMN marts.documents_by_source.undated_count IS 'Documents giving no publication date.';
COMMENT ON COLUMN marts.documents_by_source.raw_file_count IS 'Raw files behind these documents (identical copies count separately).';
COMMENT ON COLUMN marts.documents_by_source.first_published IS 'Earliest publication date.';
COMMENT ON COLUMN marts.documents_by_source.last_published IS 'Latest publication date.';
COMMENT ON COLUMN marts.documents_by_source.last_loaded_at IS 'When the most recent of these documents was loaded (UTC).';
