-- Aksara collection (SQLite): the shelf-order key of an item's call number (see
-- collection/CallNumber.h), so that "what stands next to it" is a range scan. Items written by
-- other code without the key (NULL) are still found: shelf browse computes their key itself.
ALTER TABLE items ADD COLUMN call_sort TEXT;
CREATE INDEX items_call_sort ON items (call_sort, barcode);
CREATE INDEX items_status ON items (status, branch_id);
