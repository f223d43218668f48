-- The library's identity and its branches as its administrators keep them (modules/library).
-- Shipped migrations are never edited; add a new file instead.

-- A branch's contacts; a closed branch keeps its history (members, copies, loans) but takes no new
-- members, copies or holds.
ALTER TABLE branches ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE branches ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE branches ADD COLUMN closed_at INTEGER;
ALTER TABLE branches ADD COLUMN closed_reason TEXT;

-- Files that belong to the library as a whole, kept in the database so that every desk, kiosk and
-- server of a library shows the same: the logo on cards, slips, receipts, the kiosk and reports.
CREATE TABLE library_files (
    name TEXT PRIMARY KEY CHECK (name IN ('logo')),
    media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
    data BLOB NOT NULL,
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
