-- The other libraries' SRU servers that cataloguers copy records from (copy cataloguing at the
-- desk, aksara sru search NAME). Edited by administrators (aksara sru target ...), each edit a
-- standard change. The indexes are the CQL index names each server uses for a title, an author
-- and an ISBN search.
-- (0002 of every component is kept free for the schema reorganisation.)
CREATE TABLE sru_targets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    base_url TEXT NOT NULL CHECK (base_url LIKE 'http://%' OR base_url LIKE 'https://%'),
    version TEXT NOT NULL DEFAULT '1.2' CHECK (version IN ('1.1', '1.2', '2.0')),
    record_schema TEXT NOT NULL DEFAULT 'marcxml' CHECK (length(record_schema) BETWEEN 1 AND 100),
    title_index TEXT NOT NULL DEFAULT 'dc.title',
    author_index TEXT NOT NULL DEFAULT 'dc.creator',
    isbn_index TEXT NOT NULL DEFAULT 'bath.isbn',
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE UNIQUE INDEX sru_targets_name ON sru_targets (lower(name));

-- Two public servers, as their owners document them:
--   the Library of Congress catalogue, SRU 1.1 at http://lx2.loc.gov:210/LCDB (UTF-8 records),
--   https://www.loc.gov/z3950/lcserver.html;
--   the Deutsche Nationalbibliothek, SRU 1.1 at https://services.dnb.de/sru/dnb, schema MARC21-xml,
--   indexes tit (title), per (person), num (numbers: ISBN ...), https://www.dnb.de/sru.
INSERT INTO sru_targets (name, base_url, version, record_schema, title_index, author_index, isbn_index, enabled,
                         position, created_op, updated_op)
VALUES ('Library of Congress', 'http://lx2.loc.gov:210/LCDB', '1.1', 'marcxml', 'dc.title', 'dc.creator', 'bath.isbn', 1, 1,
        {{op}}, {{op}});
INSERT INTO sru_targets (name, base_url, version, record_schema, title_index, author_index, isbn_index, enabled,
                         position, created_op, updated_op)
VALUES ('Deutsche Nationalbibliothek', 'https://services.dnb.de/sru/dnb', '1.1', 'MARC21-xml', 'tit', 'per', 'num', 1, 2,
        {{op}}, {{op}});
