-- The trail (issue 14): the service core reads each operation's rows back by updated_op to digest
-- them into its record (docs/security.md "The trail"); this module's tables that grow get an index.
-- Shipped migrations are never edited; add a new file instead.
CREATE INDEX patrons_updated_op ON patrons (updated_op);
CREATE INDEX loans_updated_op ON loans (updated_op);
CREATE INDEX holds_updated_op ON holds (updated_op);
CREATE INDEX fees_updated_op ON fees (updated_op);
CREATE INDEX patron_cards_updated_op ON patron_cards (updated_op);
CREATE INDEX transfers_updated_op ON transfers (updated_op);
CREATE INDEX notices_updated_op ON notices (updated_op);
