-- Aksara collection (SQLite): item types and items (the copies), with the shelf-order key of an item's
-- call number (see collection/CallNumber.h), so that "what stands next to it" is a range scan.
-- replaces: 1
-- The schema release 0.1.0 built with core 0001_foundation (item_types, items) and collection
-- 0001_collection: a database of 0.1.0 records it as applied without running it. Conventions as in
-- 00-core. Shipped migrations are never edited; add a new file instead.
-- {{op}} is replaced by the id of this migration's own operation record.

CREATE TABLE item_types (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    loanable INTEGER NOT NULL DEFAULT 1 CHECK (loanable IN (0, 1)),
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
INSERT INTO item_types (code, name, loanable, created_op, updated_op) VALUES
    ('book', 'Book', 1, {{op}}, {{op}}),
    ('reference', 'Reference (library use only)', 0, {{op}}, {{op}}),
    ('periodical', 'Periodical', 1, {{op}}, {{op}}),
    ('av', 'Audio-visual', 1, {{op}}, {{op}});

CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    barcode TEXT NOT NULL UNIQUE CHECK (length(barcode) > 0),
    bib_id INTEGER NOT NULL REFERENCES bib_records (id),
    branch_id INTEGER NOT NULL REFERENCES branches (id),
    location TEXT NOT NULL DEFAULT '',
    call_number TEXT NOT NULL DEFAULT '',
    item_type TEXT NOT NULL REFERENCES item_types (code),
    status TEXT NOT NULL DEFAULT 'available'
        CHECK (status IN ('available', 'on_loan', 'on_hold_shelf', 'in_transit', 'lost', 'missing', 'withdrawn')),
    price INTEGER NOT NULL DEFAULT 0 CHECK (price >= 0),
    acquired_on TEXT,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    -- The shelf-order key of call_number. Items written by other code without it (NULL) are still
    -- found: shelf browse computes their key itself.
    call_sort TEXT
);
CREATE INDEX items_bib ON items (bib_id);
CREATE INDEX items_call_number ON items (call_number);

CREATE INDEX items_call_sort ON items (call_sort, barcode);
CREATE INDEX items_status ON items (status, branch_id);
