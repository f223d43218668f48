-- Aksara notices (SQLite): the delivery of notices to patrons by e-mail (SMTP) and by an HTTP
-- gateway (SMS / WhatsApp), docs/notices.md. Circulation writes its notices (hold ready, ...) into
-- its own table `notices`; this component keeps, beside it, one delivery row per event to tell a
-- patron about: circulation's notices and the events a periodic scan finds (overdue loans, holds
-- about to expire on the shelf, memberships about to end). Shipped migrations are never edited.
-- {{op}} is replaced by the id of this migration's own operation record.

-- The service every scan and send attempt is an operation of. Around the clock (no calendar): the
-- server sends at night too; a send waits on a mail server, hence the generous threshold.
INSERT INTO services (code, name, description, owner, latency_threshold_ms, latency_target_bp, success_objective_bp,
                      availability_objective_bp, workload_limit_per_hour, hours_calendar_id, created_op, updated_op) VALUES
    ('notices', 'Notices to patrons', 'Overdue, hold and membership notices by e-mail and SMS/WhatsApp gateways',
     'Head of circulation', 10000, 9000, 9900, 9500, NULL, NULL, {{op}}, {{op}});

-- state: queued (waits for next_attempt_at), sending (claimed by a sender, not yet confirmed),
-- sent, failed (last_error; retried at next_attempt_at, or given up when that is NULL) and
-- unconfirmed (a sender claimed it and never said how it went: it may or may not have reached the
-- patron; never sent again by itself, docs/notices.md "Delivery guarantees").
CREATE TABLE notice_deliveries (
    id INTEGER PRIMARY KEY,
    event_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('overdue', 'hold_ready', 'hold_expiring', 'membership_expiring')),
    patron_id INTEGER NOT NULL REFERENCES patrons (id),
    notice_id INTEGER REFERENCES notices (id),
    loan_id INTEGER REFERENCES loans (id),
    hold_id INTEGER REFERENCES holds (id),
    data TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unconfirmed')),
    channel TEXT CHECK (channel IS NULL OR channel IN ('email', 'http')),
    address TEXT,
    language TEXT,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER,
    claimed_at INTEGER,
    claimed_by TEXT,
    message_id TEXT NOT NULL UNIQUE,
    error_code TEXT,
    error TEXT,
    sent_at INTEGER,
    created_at INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    CHECK (state <> 'sending' OR claimed_at IS NOT NULL),
    CHECK (state <> 'sent' OR sent_at IS NOT NULL)
);
CREATE INDEX notice_deliveries_due ON notice_deliveries (next_attempt_at) WHERE state IN ('queued', 'failed');
CREATE INDEX notice_deliveries_sending ON notice_deliveries (claimed_at) WHERE state = 'sending';
CREATE INDEX notice_deliveries_patron ON notice_deliveries (patron_id, created_at);
CREATE INDEX notice_deliveries_updated_op ON notice_deliveries (updated_op);
