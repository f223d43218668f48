-- The trail (issue 14): the service core reads each operation's rows back by updated_op to digest
-- them into its record (docs/security.md "The trail"); this module's tables that grow get an index.
-- Shipped migrations are never edited; add a new file instead.
CREATE INDEX bib_records_updated_op ON bib_records (updated_op);
