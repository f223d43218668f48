-- Aksara circulation (SQLite): patron categories and patrons, loans, holds, fees and payments, loan
-- rules, card history and numbering, transfers, overrides, notices.
-- replaces: 1
-- The schema release 0.1.0 built with core 0001_foundation and circulation 0001_circulation: a
-- database of 0.1.0 records it as applied without running it. Conventions as in 00-core. Shipped
-- migrations are never edited; add a new file instead.
-- {{op}} is replaced by the id of this migration's own operation record.

CREATE TABLE patron_categories (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    membership_months INTEGER NOT NULL DEFAULT 12 CHECK (membership_months > 0),
    debt_limit INTEGER NOT NULL DEFAULT 0 CHECK (debt_limit >= 0),
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);

CREATE TABLE patrons (
    id INTEGER PRIMARY KEY,
    card_number TEXT NOT NULL UNIQUE,
    nik TEXT UNIQUE CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
    name TEXT NOT NULL CHECK (length(name) > 0),
    birth_date TEXT,
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    photo BLOB,
    home_branch_id INTEGER NOT NULL REFERENCES branches (id),
    category_id INTEGER NOT NULL REFERENCES patron_categories (id),
    registered_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked', 'left')),
    block_reason TEXT,
    pin_hash TEXT,
    language TEXT NOT NULL DEFAULT 'id',
    created_at INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    card_printed_at INTEGER
);
CREATE INDEX patrons_name ON patrons (name);

CREATE TABLE loans (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items (id),
    patron_id INTEGER NOT NULL REFERENCES patrons (id),
    branch_id INTEGER NOT NULL REFERENCES branches (id),
    issued_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    returned_at INTEGER,
    return_branch_id INTEGER REFERENCES branches (id),
    renewals INTEGER NOT NULL DEFAULT 0 CHECK (renewals >= 0),
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    close_reason TEXT CHECK (close_reason IS NULL OR close_reason IN ('returned', 'lost')),
    CHECK (due_at > issued_at),
    CHECK (returned_at IS NULL OR returned_at >= issued_at)
);
-- The invariant two desks race for: at most one open loan per item.
CREATE UNIQUE INDEX loans_one_open_per_item ON loans (item_id) WHERE returned_at IS NULL;
CREATE INDEX loans_patron_open ON loans (patron_id) WHERE returned_at IS NULL;
CREATE INDEX loans_issued_at ON loans (issued_at);

CREATE TABLE holds (
    id INTEGER PRIMARY KEY,
    patron_id INTEGER NOT NULL REFERENCES patrons (id),
    bib_id INTEGER NOT NULL REFERENCES bib_records (id),
    item_id INTEGER REFERENCES items (id),
    pickup_branch_id INTEGER NOT NULL REFERENCES branches (id),
    status TEXT NOT NULL DEFAULT 'waiting'
        CHECK (status IN ('waiting', 'in_transit', 'ready', 'fulfilled', 'cancelled', 'expired')),
    placed_at INTEGER NOT NULL,
    ready_at INTEGER,
    expires_at INTEGER,
    closed_at INTEGER,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    level TEXT NOT NULL DEFAULT 'title' CHECK (level IN ('title', 'copy')),
    not_after_on TEXT
);
CREATE INDEX holds_bib_queue ON holds (bib_id, placed_at) WHERE status IN ('waiting', 'in_transit', 'ready');
CREATE INDEX holds_patron ON holds (patron_id);

CREATE TABLE fees (
    id INTEGER PRIMARY KEY,
    patron_id INTEGER NOT NULL REFERENCES patrons (id),
    kind TEXT NOT NULL CHECK (kind IN ('overdue', 'lost', 'card_replacement', 'manual')),
    loan_id INTEGER REFERENCES loans (id),
    item_id INTEGER REFERENCES items (id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    balance INTEGER NOT NULL CHECK (balance >= 0 AND balance <= amount),
    description TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE INDEX fees_patron_open ON fees (patron_id) WHERE balance > 0;

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    patron_id INTEGER NOT NULL REFERENCES patrons (id),
    kind TEXT NOT NULL DEFAULT 'payment' CHECK (kind IN ('payment', 'waiver')),
    amount INTEGER NOT NULL CHECK (amount > 0),
    method TEXT NOT NULL DEFAULT 'cash',
    note TEXT NOT NULL DEFAULT '',
    received_at INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE TABLE payment_allocations (
    payment_id INTEGER NOT NULL REFERENCES payments (id),
    fee_id INTEGER NOT NULL REFERENCES fees (id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    PRIMARY KEY (payment_id, fee_id)
);


-- Loan rules are sparse rows keyed by (branch, patron category, item type); NULL in a key column
-- means "all". A NULL value column means "not set here": each rule name is resolved on its own, by
-- Koha's precedence (b,c,i) → (b,c,*) → (b,*,i) → (b,*,*) → (*,c,i) → (*,c,*) → (*,*,i) → (*,*,*).
CREATE TABLE loan_rules (
    id INTEGER PRIMARY KEY,
    branch_id INTEGER REFERENCES branches (id),
    category_id INTEGER REFERENCES patron_categories (id),
    item_type TEXT REFERENCES item_types (code),
    loan_period INTEGER CHECK (loan_period IS NULL OR loan_period > 0),
    loan_unit TEXT CHECK (loan_unit IS NULL OR loan_unit IN ('days', 'hours')),
    max_loans INTEGER CHECK (max_loans IS NULL OR max_loans >= 0),
    renewals INTEGER CHECK (renewals IS NULL OR renewals >= 0),
    renewal_period INTEGER CHECK (renewal_period IS NULL OR renewal_period > 0),
    fee_per_day INTEGER CHECK (fee_per_day IS NULL OR fee_per_day >= 0),
    grace_days INTEGER CHECK (grace_days IS NULL OR grace_days >= 0),
    fee_cap INTEGER CHECK (fee_cap IS NULL OR fee_cap >= 0),
    holds_allowed INTEGER CHECK (holds_allowed IS NULL OR holds_allowed IN (0, 1)),
    max_holds INTEGER CHECK (max_holds IS NULL OR max_holds >= 0),
    hold_pickup_days INTEGER CHECK (hold_pickup_days IS NULL OR hold_pickup_days > 0),
    due_mode TEXT CHECK (due_mode IS NULL OR due_mode IN ('days', 'skip_closed', 'next_open')),
    fees_skip_closed INTEGER CHECK (fees_skip_closed IS NULL OR fees_skip_closed IN (0, 1)),
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE UNIQUE INDEX loan_rules_scope ON loan_rules (COALESCE(branch_id, 0), COALESCE(category_id, 0), COALESCE(item_type, ''));
-- The library-wide defaults, so that a new library can lend at once.
INSERT INTO loan_rules (branch_id, category_id, item_type, loan_period, loan_unit, max_loans, renewals, renewal_period,
                        fee_per_day, grace_days, fee_cap, holds_allowed, max_holds, hold_pickup_days, due_mode,
                        fees_skip_closed, created_op, updated_op)
    VALUES (NULL, NULL, NULL, 14, 'days', 10, 2, 14, 500, 0, 0, 1, 5, 7, 'next_open', 1, {{op}}, {{op}});

-- Every card a patron has held; patrons.card_number is the current one. A retired card is refused
-- when scanned, and its history is kept.
CREATE TABLE patron_cards (
    id INTEGER PRIMARY KEY,
    patron_id INTEGER NOT NULL REFERENCES patrons (id),
    card_number TEXT NOT NULL UNIQUE,
    issued_at INTEGER NOT NULL,
    retired_at INTEGER,
    retire_reason TEXT,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE INDEX patron_cards_patron ON patron_cards (patron_id);

-- The last sequence number given out per card prefix.
CREATE TABLE card_sequences (
    prefix TEXT PRIMARY KEY,
    last_value INTEGER NOT NULL CHECK (last_value >= 0),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);

-- Items travelling between branches: returned elsewhere, or sent to a hold's pickup branch.
CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items (id),
    from_branch_id INTEGER NOT NULL REFERENCES branches (id),
    to_branch_id INTEGER NOT NULL REFERENCES branches (id),
    reason TEXT NOT NULL CHECK (reason IN ('return', 'hold')),
    hold_id INTEGER REFERENCES holds (id),
    sent_at INTEGER NOT NULL,
    received_at INTEGER,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE UNIQUE INDEX transfers_one_open_per_item ON transfers (item_id) WHERE received_at IS NULL;

-- A checkout or renewal that a staff member allowed against the rules: who (the operation's actor)
-- and why.
CREATE TABLE circulation_overrides (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('checkout', 'renewal')),
    loan_id INTEGER NOT NULL REFERENCES loans (id),
    actor TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    codes TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE INDEX circulation_overrides_loan ON circulation_overrides (loan_id);

-- Messages to patrons (hold ready, ...), written in the operation that causes them; a sender marks
-- them sent.
CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    patron_id INTEGER NOT NULL REFERENCES patrons (id),
    kind TEXT NOT NULL CHECK (kind IN ('hold_ready', 'hold_in_transit', 'hold_expired', 'hold_cancelled')),
    hold_id INTEGER REFERENCES holds (id),
    item_id INTEGER REFERENCES items (id),
    data TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE INDEX notices_unsent ON notices (created_at) WHERE sent_at IS NULL;
CREATE INDEX notices_patron ON notices (patron_id);

CREATE INDEX holds_item_queue ON holds (item_id, placed_at) WHERE status IN ('waiting', 'in_transit', 'ready');
CREATE INDEX loans_due_open ON loans (due_at) WHERE returned_at IS NULL;
CREATE INDEX fees_loan ON fees (loan_id);

INSERT INTO settings (key, value, updated_op) VALUES ('card.prefix', 'AKS', {{op}}) ON CONFLICT (key) DO NOTHING;
INSERT INTO settings (key, value, updated_op) VALUES ('card.replacement_fee', '5000', {{op}}) ON CONFLICT (key) DO NOTHING;
INSERT INTO settings (key, value, updated_op) VALUES ('circulation.lost_item_fee', '50000', {{op}}) ON CONFLICT (key) DO NOTHING;
