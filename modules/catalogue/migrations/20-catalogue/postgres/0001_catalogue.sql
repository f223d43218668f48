-- Aksara catalogue (PostgreSQL): derived fields of bib_records, identifiers for duplicate detection,
-- and the full-text index (tsvector + GIN). Words are folded by Aksara before they reach the
-- tsvector (NFC, diacritics removed, lower case, no stemming), the same way as on SQLite, so both
-- engines find the same records; the tsvectors are built as literals, not by a text search parser.

ALTER TABLE bib_records ADD COLUMN control_source TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN responsibility TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN authors TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN subjects TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN series TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN place TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN edition TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN issn TEXT;

CREATE TABLE bib_isbns (
    isbn TEXT NOT NULL CHECK (length(isbn) = 13),
    bib_id BIGINT NOT NULL REFERENCES bib_records (id),
    PRIMARY KEY (isbn, bib_id)
);
CREATE INDEX bib_isbns_bib ON bib_isbns (bib_id);

-- body: the forward index (see catalogue/IndexDoc.h). tsv: every word with its position (fields
-- 1000 positions apart so that a phrase never spans two fields) and weight (A title, B author,
-- C subject, D the rest). rank_tsv: the impact-tier tokens, no positions.
CREATE TABLE search_docs (
    bib_id BIGINT PRIMARY KEY REFERENCES bib_records (id),
    body TEXT NOT NULL,
    tsv TSVECTOR NOT NULL,
    rank_tsv TSVECTOR NOT NULL
);
CREATE INDEX search_docs_tsv ON search_docs USING gin (tsv);
CREATE INDEX search_docs_rank ON search_docs USING gin (rank_tsv);

CREATE TABLE search_terms (
    term TEXT COLLATE "C" PRIMARY KEY,
    df BIGINT NOT NULL CHECK (df >= 0)
);
CREATE TABLE search_stats (
    key TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO search_stats (key, value) VALUES ('docs', 0);
