-- Aksara collection (PostgreSQL): see the SQLite migration. COLLATE "C" keeps the shelf-order key
-- in byte order whatever the database's locale.
ALTER TABLE items ADD COLUMN call_sort TEXT COLLATE "C";
CREATE INDEX items_call_sort ON items (call_sort, barcode);
CREATE INDEX items_status ON items (status, branch_id);
