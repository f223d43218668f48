-- The trail (issue 14): the service core reads each operation's rows back by updated_op to digest
-- them into its record (docs/security.md "The trail"); this module's tables that grow get an index.
-- Shipped migrations are never edited; add a new file instead.
CREATE INDEX items_updated_op ON items (updated_op);
