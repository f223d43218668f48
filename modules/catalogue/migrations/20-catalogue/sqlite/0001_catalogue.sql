-- Aksara catalogue (SQLite): derived fields of bib_records, identifiers for duplicate detection, and
-- the full-text index. Everything here except bib_records' columns is derived from bib_records.marc
-- and rebuilt by the catalogue module whenever a record changes.

-- Derived fields beyond the core columns. Multi-valued ones hold one value per line.
ALTER TABLE bib_records ADD COLUMN control_source TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN responsibility TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN authors TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN subjects TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN series TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN place TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN edition TEXT NOT NULL DEFAULT '';
ALTER TABLE bib_records ADD COLUMN issn TEXT;

-- Every valid ISBN of a record (as ISBN-13): duplicate detection and exact ISBN lookup.
CREATE TABLE bib_isbns (
    isbn TEXT NOT NULL CHECK (length(isbn) = 13),
    bib_id INTEGER NOT NULL REFERENCES bib_records (id),
    PRIMARY KEY (isbn, bib_id)
) WITHOUT ROWID;
CREATE INDEX bib_isbns_bib ON bib_isbns (bib_id);

-- The forward index: per record, its folded tokens by field (see catalogue/IndexDoc.h). It is what
-- candidates are verified and scored against, and what removing a record from the contentless
-- full-text tables needs.
CREATE TABLE search_docs (
    bib_id INTEGER PRIMARY KEY REFERENCES bib_records (id),
    body TEXT NOT NULL
);

-- The inverted index: one row per record, rowid = bib_records.id. Words were folded by Aksara
-- (NFC, diacritics removed, lower case, no stemming), so the tokenizer only splits on spaces.
-- The last column holds the impact-ordered postings: for every term of a record whose impact
-- reaches the tier floor, one token "term<U+E100+tier>" (see catalogue/IndexDoc.h).
-- Ranked search reads the highest tiers first, intersected with the query, and stops as soon as
-- no unread record can enter the top results.
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, author, subject, series, publisher, ident, other, facet, tiers,
    content = '', columnsize = 0,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'");

-- Imports write tens of thousands of records per transaction: a larger in-memory buffer of pending
-- terms (default 1 MB) means fewer, larger segments and less merging.
INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', 16777216);

-- The number of indexed records, kept with every change. (Document frequencies come from the
-- index itself at query time: keeping a table of them would cost an import more than FTS5 does.)
CREATE TABLE search_stats (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO search_stats (key, value) VALUES ('docs', 0);
