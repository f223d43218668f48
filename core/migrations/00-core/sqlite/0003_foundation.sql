-- Aksara foundation schema (SQLite): the operation log and its tokens, settings, calendars, branches,
-- staff, the service catalogue and its counters, incidents, changes and stations. The business
-- tables of the modules are created by their own components (catalogue, collection, circulation).
-- replaces: 1, 2
-- This is the schema that release 0.1.0 built with 0001_foundation and 0002_request_keys, minus the
-- tables that moved to their modules: a database of 0.1.0 records it as applied without running it
-- (Migrator, "baseline"); a new database runs it. Shipped migrations are never edited; add a new
-- file instead.
-- Conventions: instants are INTEGER milliseconds since the epoch, UTC (columns *_at); calendar dates
-- are TEXT 'YYYY-MM-DD' (columns *_on); money is INTEGER rupiah; ratios are INTEGER basis points.
-- Every business row names the operation that created it and the one that last changed it
-- (created_op / updated_op, through operation_tokens, below): a business change written around the
-- service core, without its operation record in the same transaction, cannot commit.
-- {{op}} is replaced by the id of this migration's own operation record.
CREATE TABLE operations (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    at INTEGER NOT NULL,
    service TEXT NOT NULL,
    operation TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('desk', 'kiosk', 'sip2', 'sru', 'cli', 'http', 'system')),
    actor TEXT NOT NULL,
    station TEXT,
    subject TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed')),
    error_code TEXT,
    error_message TEXT,
    duration_us INTEGER NOT NULL CHECK (duration_us >= 0),
    details TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX operations_service_at ON operations (service, at);

-- An operation in progress: the service core inserts its token when the operation starts, and
-- every business row it writes names it (created_op / updated_op reference this table). The
-- token itself references the operation record DEFERRABLE INITIALLY DEFERRED: the record is
-- written at the end of the same transaction, so a business change made around the service core,
-- without its operation record, cannot commit. (Referencing operations directly from every table
-- would make SQLite probe each referencing column whenever a record is inserted.)
CREATE TABLE operation_tokens (
    id INTEGER PRIMARY KEY REFERENCES operations (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX operations_subject ON operations (subject, seq);

CREATE TRIGGER operations_no_update BEFORE UPDATE ON operations
BEGIN
    SELECT RAISE(ABORT, 'the operation log is append-only');
END;
CREATE TRIGGER operations_no_delete BEFORE DELETE ON operations
BEGIN
    SELECT RAISE(ABORT, 'the operation log is append-only');
END;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
INSERT INTO settings (key, value, updated_op) VALUES
    ('library.name', 'Aksara Library', {{op}}),
    ('library.time_zone', 'Asia/Jakarta', {{op}}),
    ('library.currency', 'IDR', {{op}}),
    ('library.language', 'id', {{op}});

-- Calendars give opening (service) hours per ISO weekday (1 = Monday) and holidays.
CREATE TABLE calendars (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'Asia/Jakarta',
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE TABLE calendar_hours (
    calendar_id INTEGER NOT NULL REFERENCES calendars (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens TEXT NOT NULL CHECK (opens GLOB '[0-2][0-9]:[0-5][0-9]'),
    closes TEXT NOT NULL CHECK (closes GLOB '[0-2][0-9]:[0-5][0-9]'),
    PRIMARY KEY (calendar_id, weekday, opens),
    CHECK (opens < closes)
);
CREATE TABLE calendar_holidays (
    id INTEGER PRIMARY KEY,
    calendar_id INTEGER NOT NULL REFERENCES calendars (id) ON DELETE CASCADE,
    on_date TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    yearly INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1)),
    name TEXT NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    UNIQUE (calendar_id, on_date)
);
INSERT INTO calendars (id, code, name, created_op, updated_op) VALUES (1, 'library', 'Library opening hours', {{op}}, {{op}});
INSERT INTO calendar_hours (calendar_id, weekday, opens, closes) VALUES
    (1, 1, '08:00', '17:00'), (1, 2, '08:00', '17:00'), (1, 3, '08:00', '17:00'),
    (1, 4, '08:00', '17:00'), (1, 5, '08:00', '17:00'), (1, 6, '09:00', '14:00');

CREATE TABLE branches (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    calendar_id INTEGER REFERENCES calendars (id),
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    role TEXT NOT NULL CHECK (role IN ('admin', 'librarian', 'supervisor', 'kiosk')),
    branch_id INTEGER REFERENCES branches (id),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    language TEXT NOT NULL DEFAULT 'id',
    last_login_at INTEGER,
    created_at INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);

-- Service management ------------------------------------------------------------------------------

CREATE TABLE services (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    latency_threshold_ms INTEGER NOT NULL CHECK (latency_threshold_ms > 0),
    latency_target_bp INTEGER NOT NULL CHECK (latency_target_bp BETWEEN 0 AND 10000),
    success_objective_bp INTEGER NOT NULL CHECK (success_objective_bp BETWEEN 0 AND 10000),
    availability_objective_bp INTEGER NOT NULL CHECK (availability_objective_bp BETWEEN 0 AND 10000),
    workload_limit_per_hour INTEGER CHECK (workload_limit_per_hour IS NULL OR workload_limit_per_hour > 0),
    hours_calendar_id INTEGER REFERENCES calendars (id),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed', 'maintenance')),
    state_reason TEXT,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
-- Service hours: desk services follow the library calendar; the online catalogue, SRU and the
-- service core's own administration run around the clock (NULL calendar).
INSERT INTO services (code, name, description, owner, latency_threshold_ms, latency_target_bp, success_objective_bp,
                      availability_objective_bp, workload_limit_per_hour, hours_calendar_id, created_op, updated_op) VALUES
    ('membership', 'Membership and cards', 'Register, renew and block members; issue and replace cards', 'Head of circulation', 2000, 9500, 9950, 9950, 200, 1, {{op}}, {{op}}),
    ('checkout', 'Checkout', 'Lend items at the desk, the kiosk and self-check machines', 'Head of circulation', 500, 9500, 9990, 9950, 2000, 1, {{op}}, {{op}}),
    ('checkin', 'Checkin', 'Return items, compute overdue fees, trap holds', 'Head of circulation', 500, 9500, 9990, 9950, 2000, 1, {{op}}, {{op}}),
    ('renewal', 'Renewal', 'Renew loans', 'Head of circulation', 500, 9500, 9990, 9950, 1000, 1, {{op}}, {{op}}),
    ('holds', 'Holds', 'Place, cancel and fulfil holds', 'Head of circulation', 1000, 9500, 9950, 9950, 500, 1, {{op}}, {{op}}),
    ('fees', 'Fees and payments', 'Overdue and replacement fees, payments and waivers', 'Head of circulation', 1000, 9500, 9990, 9950, 500, 1, {{op}}, {{op}}),
    ('catalogue_search', 'Catalogue search', 'Search the catalogue (desk, kiosk, OPAC)', 'Head of technical services', 1000, 9500, 9950, 9900, 5000, NULL, {{op}}, {{op}}),
    ('collection_lookup', 'Collection lookup', 'Where every copy is and its status', 'Head of technical services', 500, 9500, 9950, 9900, 5000, NULL, {{op}}, {{op}}),
    ('cataloguing', 'Cataloguing', 'Create, import and export bibliographic records and items', 'Head of technical services', 5000, 9000, 9900, 9500, NULL, 1, {{op}}, {{op}}),
    ('kiosk', 'Self-service kiosk', 'Patron self-service sessions', 'Head of circulation', 2000, 9500, 9950, 9900, 2000, 1, {{op}}, {{op}}),
    ('sip2', 'SIP2 self-check', 'Third-party self-check machines over SIP2', 'IT', 1000, 9500, 9950, 9900, 5000, 1, {{op}}, {{op}}),
    ('sru', 'SRU catalogue access', 'SRU searchRetrieve and explain for other catalogues', 'IT', 2000, 9500, 9950, 9900, 5000, NULL, {{op}}, {{op}}),
    ('reporting', 'Reporting', 'Service and circulation reports', 'Service manager', 10000, 9000, 9900, 9500, NULL, 1, {{op}}, {{op}}),
    ('administration', 'Administration', 'Set-up, staff accounts, configuration and schema changes', 'IT', 5000, 9000, 9900, 9500, NULL, NULL, {{op}}, {{op}});

CREATE TABLE maintenance_windows (
    id INTEGER PRIMARY KEY,
    service_code TEXT NOT NULL REFERENCES services (code),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    change_id INTEGER,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    CHECK (ends_at > starts_at)
);
CREATE INDEX maintenance_windows_service ON maintenance_windows (service_code, starts_at);

-- Hourly service-level counters, written with each operation. Latency columns count valid
-- operations (ok + refused); h00..h15 are the histogram buckets of ServiceCore.h.
CREATE TABLE sla_buckets (
    service TEXT NOT NULL,
    bucket_at INTEGER NOT NULL,
    ok INTEGER NOT NULL DEFAULT 0,
    refused INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    within_threshold INTEGER NOT NULL DEFAULT 0,
    latency_sum_us INTEGER NOT NULL DEFAULT 0,
    latency_max_us INTEGER NOT NULL DEFAULT 0,
    h00 INTEGER NOT NULL DEFAULT 0, h01 INTEGER NOT NULL DEFAULT 0, h02 INTEGER NOT NULL DEFAULT 0,
    h03 INTEGER NOT NULL DEFAULT 0, h04 INTEGER NOT NULL DEFAULT 0, h05 INTEGER NOT NULL DEFAULT 0,
    h06 INTEGER NOT NULL DEFAULT 0, h07 INTEGER NOT NULL DEFAULT 0, h08 INTEGER NOT NULL DEFAULT 0,
    h09 INTEGER NOT NULL DEFAULT 0, h10 INTEGER NOT NULL DEFAULT 0, h11 INTEGER NOT NULL DEFAULT 0,
    h12 INTEGER NOT NULL DEFAULT 0, h13 INTEGER NOT NULL DEFAULT 0, h14 INTEGER NOT NULL DEFAULT 0,
    h15 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (service, bucket_at)
);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT,
    source TEXT NOT NULL CHECK (source IN ('auto', 'manual')),
    kind TEXT NOT NULL DEFAULT 'incident' CHECK (kind IN ('incident', 'request')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    service_code TEXT REFERENCES services (code),
    station TEXT,
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'assigned', 'in_progress', 'pending', 'resolved', 'closed')),
    impact INTEGER NOT NULL DEFAULT 2 CHECK (impact BETWEEN 1 AND 3),
    urgency INTEGER NOT NULL DEFAULT 2 CHECK (urgency BETWEEN 1 AND 3),
    priority INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    assignee TEXT,
    occurrences INTEGER NOT NULL DEFAULT 1 CHECK (occurrences > 0),
    first_seen_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    opened_at INTEGER NOT NULL,
    resolved_at INTEGER,
    closed_at INTEGER,
    last_error_code TEXT,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
-- One open incident per fingerprint: automatic incidents are deduplicated by the database.
CREATE UNIQUE INDEX incidents_open_fingerprint ON incidents (fingerprint) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX incidents_status ON incidents (status);

CREATE TABLE incident_operations (
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    operation_id INTEGER NOT NULL REFERENCES operations (id),
    PRIMARY KEY (incident_id, operation_id)
);

CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'standard' CHECK (kind IN ('standard', 'normal', 'emergency')),
    title TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_key TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    requested_by TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'completed'
        CHECK (status IN ('requested', 'approved', 'scheduled', 'in_progress', 'completed', 'failed', 'rolled_back', 'rejected')),
    created_at INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);

CREATE TABLE stations (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('desk', 'kiosk', 'reports', 'server', 'selfcheck')),
    name TEXT NOT NULL DEFAULT '',
    branch_id INTEGER REFERENCES branches (id),
    token_hash TEXT,
    heartbeat_period_s INTEGER NOT NULL DEFAULT 60 CHECK (heartbeat_period_s > 0),
    grace_s INTEGER NOT NULL DEFAULT 120 CHECK (grace_s >= 0),
    last_heartbeat_at INTEGER,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
-- Heartbeats are measurements, not operations: they are not in the operation log.
CREATE TABLE heartbeats (
    station_id INTEGER NOT NULL REFERENCES stations (id),
    at INTEGER NOT NULL,
    PRIMARY KEY (station_id, at)
);

-- Idempotent requests: a caller that may send the same request twice (a kiosk replaying its
-- offline queue) gives it a request id; the service core records the id with the operation that
-- applied it, in the same transaction, and answers a repeat with that operation instead of
-- applying it again.
CREATE TABLE request_keys (
    request_id TEXT PRIMARY KEY CHECK (length(request_id) BETWEEN 1 AND 128),
    operation_id INTEGER NOT NULL REFERENCES operation_tokens (id),
    at INTEGER NOT NULL
);
