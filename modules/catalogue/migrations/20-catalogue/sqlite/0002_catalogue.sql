-- Aksara catalogue (SQLite): bibliographic records with their derived fields, identifiers for
-- duplicate detection, and the full-text index. Everything here except bib_records' own columns is
-- derived from bib_records.marc and rebuilt by the catalogue module whenever a record changes.
-- replaces: 1
-- The schema release 0.1.0 built with core 0001_foundation (bib_records) and catalogue
-- 0001_catalogue: a database of 0.1.0 records it as applied without running it. Conventions as in
-- 00-core. Shipped migrations are never edited; add a new file instead.

CREATE TABLE bib_records (
    id INTEGER PRIMARY KEY,
    control_number TEXT,
    title TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    year INTEGER,
    isbn TEXT,
    language TEXT NOT NULL DEFAULT '',
    record_type TEXT NOT NULL DEFAULT 'book',
    call_number TEXT NOT NULL DEFAULT '',
    marc BLOB,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    -- Derived from the MARC record; multi-valued ones hold one value per line.
    control_source TEXT NOT NULL DEFAULT '',
    responsibility TEXT NOT NULL DEFAULT '',
    authors TEXT NOT NULL DEFAULT '',
    subjects TEXT NOT NULL DEFAULT '',
    series TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    edition TEXT NOT NULL DEFAULT '',
    issn TEXT
);
CREATE INDEX bib_records_control_number ON bib_records (control_number);
CREATE INDEX bib_records_isbn ON bib_records (isbn);


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
