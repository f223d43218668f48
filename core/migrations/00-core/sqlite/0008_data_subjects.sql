-- Personal data in the operation log (issue 17, UU PDP; docs/privacy.md).
-- A data subject is a person whose personal data the library holds (a patron). The operation log
-- never names them in clear: the service core writes the subject's pseudonym (random, "P-" and 16
-- hex digits) where a record would name one of their aliases (a card number), and seals the
-- record's personal fields (error message, error details, personal details) with the subject's
-- secret (XSalsa20-Poly1305). Erasure deletes the aliases and destroys the secret
-- ("crypto-shredding"): the chain, computed over pseudonyms and ciphertext, is untouched.
-- These tables are key material, not business rows: no created_op/updated_op, outside the trail,
-- and their rows are deleted or overwritten on erasure.
-- Shipped migrations are never edited; add a new file instead.
CREATE TABLE data_subjects (
    id INTEGER PRIMARY KEY,
    pseudonym TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'patron',
    secret BLOB CHECK (secret IS NULL OR length(secret) = 32),
    created_at INTEGER NOT NULL,
    erased_at INTEGER,
    CHECK ((secret IS NULL) = (erased_at IS NOT NULL))
);

CREATE TABLE subject_aliases (
    alias TEXT PRIMARY KEY,
    subject_id INTEGER NOT NULL REFERENCES data_subjects (id)
) WITHOUT ROWID;
CREATE INDEX subject_aliases_subject ON subject_aliases (subject_id);
