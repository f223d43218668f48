-- Imports from a library's old system (issue 12, docs/migration.md).
-- Shipped migrations are never edited; add a new file instead.

-- A NIK the old system held that fails Aksara's checks, kept as it was when the operator asks for it
-- (aksara migrate --allow-unverified-nik). patrons.nik holds verified NIKs only.
ALTER TABLE patrons ADD COLUMN nik_unverified TEXT;

-- What each imported row was called in the old system, so that an import run again recognises it
-- (skips or updates it, never adds it twice). row_id is the id of the row of the kind's table:
-- patron -> patrons, copy -> items, loan -> loans, fee -> fees.
CREATE TABLE migrated_rows (
    kind TEXT NOT NULL CHECK (kind IN ('patron', 'copy', 'loan', 'fee')),
    old_id TEXT NOT NULL CHECK (length(old_id) > 0),
    row_id INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    PRIMARY KEY (kind, old_id)
);
CREATE INDEX migrated_rows_updated_op ON migrated_rows (updated_op);
