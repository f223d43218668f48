-- Patrons' personal data under UU PDP (issue 17, docs/privacy.md).
--  - consent: the purpose(s) a patron's data is processed for, the version of the privacy notice
--    they were shown, the date, and for a minor the guardian who consented; changed by the
--    operation patron.consent;
--  - erased_at: the patron was erased (their row is an anonymous stub that keeps its category,
--    branch and dates, so that statistics keep their value);
--  - retention per category: loan history anonymised after N months, patrons inactive for N years
--    flagged for review (NULL: no rule);
--  - every patron becomes a data subject of the core (00-core 0008): a random pseudonym and
--    secret, with each card they hold or held as an alias.
-- Shipped migrations are never edited; add a new file instead.
ALTER TABLE patrons ADD COLUMN consent_purposes TEXT;
ALTER TABLE patrons ADD COLUMN consent_notice_version TEXT;
ALTER TABLE patrons ADD COLUMN consent_on TEXT;
ALTER TABLE patrons ADD COLUMN guardian_name TEXT;
ALTER TABLE patrons ADD COLUMN erased_at INTEGER;
ALTER TABLE patrons ADD COLUMN review_flagged_on TEXT;
ALTER TABLE patron_categories ADD COLUMN loan_history_months INTEGER CHECK (loan_history_months IS NULL OR loan_history_months > 0);
ALTER TABLE patron_categories ADD COLUMN inactive_review_years INTEGER CHECK (inactive_review_years IS NULL OR inactive_review_years > 0);
ALTER TABLE loans ADD COLUMN anonymised_at INTEGER;

INSERT INTO data_subjects (pseudonym, kind, secret, created_at)
    SELECT 'P-' || lower(hex(randomblob(8))), 'patron:' || id, randomblob(32), created_at FROM patrons ORDER BY id;
INSERT INTO subject_aliases (alias, subject_id)
    SELECT p.card_number, s.id FROM patrons p JOIN data_subjects s ON s.kind = 'patron:' || p.id;
INSERT INTO subject_aliases (alias, subject_id)
    SELECT c.card_number, s.id FROM patron_cards c JOIN data_subjects s ON s.kind = 'patron:' || c.patron_id
    WHERE true ON CONFLICT (alias) DO NOTHING;
UPDATE data_subjects SET kind = 'patron' WHERE kind LIKE 'patron:%';
