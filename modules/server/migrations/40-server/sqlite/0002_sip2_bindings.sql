-- What a SIP2 account may do beyond lending, returning, renewing and holds (issue 14). All off
-- unless an administrator grants them:
--  - patron_data_without_pin: patron status/information (23/63) send the patron's own data for the
--    card sent even when the machine gives no PIN (a staff-operated station, say);
--  - own_branch_only: the machine lends and renews only items of its own branch;
--  - may_block_patrons: block patron (01);
--  - may_take_payments: fee paid (37).
ALTER TABLE sip2_accounts ADD COLUMN patron_data_without_pin INTEGER NOT NULL DEFAULT 0 CHECK (patron_data_without_pin IN (0, 1));
ALTER TABLE sip2_accounts ADD COLUMN own_branch_only INTEGER NOT NULL DEFAULT 0 CHECK (own_branch_only IN (0, 1));
ALTER TABLE sip2_accounts ADD COLUMN may_block_patrons INTEGER NOT NULL DEFAULT 0 CHECK (may_block_patrons IN (0, 1));
ALTER TABLE sip2_accounts ADD COLUMN may_take_payments INTEGER NOT NULL DEFAULT 0 CHECK (may_take_payments IN (0, 1));
