-- The trail that survives the database administrator (issue 14, docs/security.md "The trail").
-- Each operation record carries the digest of the business rows it wrote: operation_rows holds one
-- entry per row (its table, its key, the columns digested and the SHA-256 of their canonical
-- encoding), and operations.rows_digest, which is part of the record's chained hash, combines them.
-- The service core fills both when it writes the record. This migration's own record adopts every
-- business row that exists when it runs (they were written before the trail existed).
-- Checkpoints are Ed25519 signatures of the chain's head made with a key kept outside the database.
-- Shipped migrations are never edited; add a new file instead.
ALTER TABLE operations ADD COLUMN rows_digest TEXT;

CREATE TABLE operation_rows (
    operation_id INTEGER NOT NULL REFERENCES operations (id),
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    column_names TEXT NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (operation_id, table_name, row_key)
) WITHOUT ROWID;
CREATE TRIGGER operation_rows_no_update BEFORE UPDATE ON operation_rows
BEGIN
    SELECT RAISE(ABORT, 'the operation log is append-only');
END;
CREATE TRIGGER operation_rows_no_delete BEFORE DELETE ON operation_rows
BEGIN
    SELECT RAISE(ABORT, 'the operation log is append-only');
END;

CREATE TABLE checkpoints (
    id INTEGER PRIMARY KEY,
    head_id INTEGER NOT NULL,
    head_seq INTEGER NOT NULL CHECK (head_seq > 0),
    head_hash TEXT NOT NULL,
    signed_at INTEGER NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE INDEX checkpoints_signed_at ON checkpoints (signed_at);
CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
BEGIN
    SELECT RAISE(ABORT, 'the checkpoints are append-only');
END;
CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
BEGIN
    SELECT RAISE(ABORT, 'the checkpoints are append-only');
END;

-- The core reads an operation's rows back by updated_op; the core's tables that grow get an index
-- (the small ones are scanned).
CREATE INDEX incidents_updated_op ON incidents (updated_op);
CREATE INDEX changes_updated_op ON changes (updated_op);
