-- Accounts of the self-check machines that speak SIP2 to aksara-server (login 93 before anything
-- but 99). Each has its own password (Argon2id), the institution id it uses (AO) and the branch
-- where it stands (returns are received there).
CREATE TABLE sip2_accounts (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    institution TEXT NOT NULL,
    branch_id INTEGER REFERENCES branches (id),
    require_patron_password INTEGER NOT NULL DEFAULT 0 CHECK (require_patron_password IN (0, 1)),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
