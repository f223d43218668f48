-- Aksara service management (SQLite): incidents and service requests with their history and SLA
-- clocks, the priority matrix and targets, automatic incident rules, stations and their outages,
-- problems, changes, frozen monthly reports and nonconformities.
-- Shipped migrations are never edited; add a new file instead. Conventions as in 00-core.

-- Incidents and service requests ------------------------------------------------------------------
-- Columns added to the core's table keep defaults: the service core inserts automatic incidents
-- with the foundation's columns only.
ALTER TABLE incidents ADD COLUMN rule TEXT;
ALTER TABLE incidents ADD COLUMN major INTEGER NOT NULL DEFAULT 0 CHECK (major IN (0, 1));
ALTER TABLE incidents ADD COLUMN security INTEGER NOT NULL DEFAULT 0 CHECK (security IN (0, 1));
ALTER TABLE incidents ADD COLUMN reported_by TEXT;
ALTER TABLE incidents ADD COLUMN owned_at INTEGER;
ALTER TABLE incidents ADD COLUMN pending_reason TEXT;
ALTER TABLE incidents ADD COLUMN resolution TEXT;
ALTER TABLE incidents ADD COLUMN resolved_by TEXT;
ALTER TABLE incidents ADD COLUMN closed_by TEXT;
ALTER TABLE incidents ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0 CHECK (reopen_count >= 0);
-- An outage incident says the service was unavailable from outage_from_at to outage_to_at (or
-- until it is resolved): unplanned downtime for availability.
ALTER TABLE incidents ADD COLUMN outage INTEGER NOT NULL DEFAULT 0 CHECK (outage IN (0, 1));
ALTER TABLE incidents ADD COLUMN outage_from_at INTEGER;
ALTER TABLE incidents ADD COLUMN outage_to_at INTEGER;
CREATE INDEX incidents_opened_at ON incidents (opened_at);
CREATE INDEX incidents_resolved_at ON incidents (resolved_at);

-- Every change of an incident, with who and when (the clocks are computed from the status events).
CREATE TABLE incident_events (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('opened', 'status', 'field', 'note', 'escalation', 'link')),
    from_status TEXT,
    to_status TEXT,
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE INDEX incident_events_incident ON incident_events (incident_id, id);

-- Priority from impact x urgency (1 = high). Configurable.
CREATE TABLE priority_matrix (
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 3),
    urgency INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 3),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    PRIMARY KEY (impact, urgency)
);
INSERT INTO priority_matrix (impact, urgency, priority, updated_op) VALUES
    (1, 1, 1, {{op}}), (1, 2, 2, {{op}}), (1, 3, 3, {{op}}),
    (2, 1, 2, {{op}}), (2, 2, 3, {{op}}), (2, 3, 4, {{op}}),
    (3, 1, 3, {{op}}), (3, 2, 4, {{op}}), (3, 3, 5, {{op}});

-- Time-to-own and time-to-resolve targets in service hours (milliseconds), per kind and priority,
-- and the share of incidents that must meet them (the monthly report's attainment target).
CREATE TABLE incident_targets (
    kind TEXT NOT NULL CHECK (kind IN ('incident', 'request')),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
    own_ms INTEGER NOT NULL CHECK (own_ms > 0),
    resolve_ms INTEGER NOT NULL CHECK (resolve_ms > 0),
    attainment_bp INTEGER NOT NULL DEFAULT 9000 CHECK (attainment_bp BETWEEN 0 AND 10000),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    PRIMARY KEY (kind, priority)
);
INSERT INTO incident_targets (kind, priority, own_ms, resolve_ms, attainment_bp, updated_op) VALUES
    ('incident', 1, 900000, 14400000, 9500, {{op}}),
    ('incident', 2, 1800000, 28800000, 9000, {{op}}),
    ('incident', 3, 7200000, 86400000, 9000, {{op}}),
    ('incident', 4, 14400000, 144000000, 9000, {{op}}),
    ('incident', 5, 28800000, 288000000, 9000, {{op}}),
    ('request', 1, 3600000, 28800000, 9000, {{op}}),
    ('request', 2, 7200000, 57600000, 9000, {{op}}),
    ('request', 3, 14400000, 86400000, 9000, {{op}}),
    ('request', 4, 28800000, 144000000, 9000, {{op}}),
    ('request', 5, 57600000, 288000000, 9000, {{op}});

-- Warning (75 %) and breach (100 %) of a clock, recorded once per incident, clock and level.
CREATE TABLE incident_escalations (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    clock TEXT NOT NULL CHECK (clock IN ('own', 'resolve')),
    level TEXT NOT NULL CHECK (level IN ('warning', 'breach')),
    reached_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    target_ms INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    UNIQUE (incident_id, clock, level)
);

-- Parameters of the automatic incident rules the evaluator runs.
--   burst:        >= threshold failed operations of one service within window_s
--   latency:      every slice (short_window_s) of window_s has >= min_count answered operations and
--                 a share within the latency threshold below the service's target
--   burn:         error-budget burn rate (x100) >= threshold over window_s and short_window_s, with
--                 >= min_count valid operations in window_s
--   heartbeat:    a station has missed its heartbeats (period + grace) within its service hours
--   auto_resolve: automatic incidents without a new occurrence for window_s are resolved
CREATE TABLE incident_rules (
    rule TEXT PRIMARY KEY CHECK (rule IN ('burst', 'latency', 'burn', 'heartbeat', 'auto_resolve')),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    window_s INTEGER NOT NULL DEFAULT 0 CHECK (window_s >= 0),
    short_window_s INTEGER NOT NULL DEFAULT 0 CHECK (short_window_s >= 0),
    threshold INTEGER NOT NULL DEFAULT 0 CHECK (threshold >= 0),
    min_count INTEGER NOT NULL DEFAULT 0 CHECK (min_count >= 0),
    impact INTEGER NOT NULL DEFAULT 2 CHECK (impact BETWEEN 1 AND 3),
    urgency INTEGER NOT NULL DEFAULT 2 CHECK (urgency BETWEEN 1 AND 3),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
INSERT INTO incident_rules (rule, enabled, window_s, short_window_s, threshold, min_count, impact, urgency, updated_op) VALUES
    ('burst', 1, 600, 0, 5, 0, 2, 1, {{op}}),
    ('latency', 1, 900, 300, 0, 3, 2, 2, {{op}}),
    ('burn', 1, 3600, 300, 1440, 10, 1, 2, {{op}}),
    ('heartbeat', 1, 0, 0, 0, 0, 2, 1, {{op}}),
    ('auto_resolve', 1, 1800, 0, 0, 0, 2, 2, {{op}});

-- Stations and availability -----------------------------------------------------------------------
-- hours_calendar_id: the hours within which the station must answer (NULL: around the clock).
ALTER TABLE stations ADD COLUMN hours_calendar_id INTEGER REFERENCES calendars (id);
ALTER TABLE stations ADD COLUMN registered_at INTEGER;
ALTER TABLE stations ADD COLUMN retired_at INTEGER;

-- The services a station provides: a service with stations is down while none of them is up.
CREATE TABLE station_services (
    station_id INTEGER NOT NULL REFERENCES stations (id),
    service_code TEXT NOT NULL REFERENCES services (code),
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    PRIMARY KEY (station_id, service_code)
);

-- Outages derived from heartbeats when the late heartbeat arrives (measurements, like the
-- heartbeats themselves, so not business rows): the station was down from from_at to to_at.
CREATE TABLE station_outages (
    id INTEGER PRIMARY KEY,
    station_id INTEGER NOT NULL REFERENCES stations (id),
    from_at INTEGER NOT NULL,
    to_at INTEGER NOT NULL,
    CHECK (to_at > from_at)
);
CREATE INDEX station_outages_station ON station_outages (station_id, from_at);

-- Planned maintenance of a station (from a change).
CREATE TABLE station_maintenance (
    id INTEGER PRIMARY KEY,
    station_id INTEGER NOT NULL REFERENCES stations (id),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    change_id INTEGER,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    CHECK (ends_at > starts_at)
);
CREATE INDEX station_maintenance_station ON station_maintenance (station_id, starts_at);

-- The monthly report reads SLA buckets by time across services.
CREATE INDEX sla_buckets_at ON sla_buckets (bucket_at);

-- Changes ------------------------------------------------------------------------------------------
-- Columns with defaults: modules insert standard changes with the foundation's columns only.
-- The outcome follows from the status: completed = success, failed, rolled_back.
ALTER TABLE changes ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE changes ADD COLUMN risk TEXT NOT NULL DEFAULT 'low' CHECK (risk IN ('low', 'medium', 'high'));
ALTER TABLE changes ADD COLUMN service_code TEXT REFERENCES services (code);
ALTER TABLE changes ADD COLUMN approved_by TEXT;
ALTER TABLE changes ADD COLUMN approved_at INTEGER;
ALTER TABLE changes ADD COLUMN planned_start_at INTEGER;
ALTER TABLE changes ADD COLUMN planned_end_at INTEGER;
ALTER TABLE changes ADD COLUMN actual_start_at INTEGER;
ALTER TABLE changes ADD COLUMN actual_end_at INTEGER;
ALTER TABLE changes ADD COLUMN closed_at INTEGER;
ALTER TABLE changes ADD COLUMN outcome_note TEXT;
CREATE INDEX changes_created_at ON changes (created_at);

CREATE TABLE change_events (
    id INTEGER PRIMARY KEY,
    change_id INTEGER NOT NULL REFERENCES changes (id),
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
CREATE INDEX change_events_change ON change_events (change_id, id);

-- Problems -----------------------------------------------------------------------------------------
CREATE TABLE problems (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) > 0),
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'investigating', 'known_error', 'resolved', 'closed')),
    service_code TEXT REFERENCES services (code),
    root_cause TEXT NOT NULL DEFAULT '',
    workaround TEXT NOT NULL DEFAULT '',
    known_error_at INTEGER,
    fix_change_id INTEGER REFERENCES changes (id),
    resolved_at INTEGER,
    closed_at INTEGER,
    recurrence_checked_at INTEGER,
    recurrences INTEGER,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);
-- An incident belongs to at most one problem.
CREATE TABLE problem_incidents (
    problem_id INTEGER NOT NULL REFERENCES problems (id),
    incident_id INTEGER NOT NULL UNIQUE REFERENCES incidents (id),
    linked_at INTEGER NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    PRIMARY KEY (problem_id, incident_id)
);

-- Reporting ----------------------------------------------------------------------------------------
-- A closed month: its report as computed when it was closed (JSON), frozen. snapshot_sha256 is also
-- in the closing operation's record, which the hash chain protects.
CREATE TABLE report_months (
    month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    from_at INTEGER NOT NULL,
    to_at INTEGER NOT NULL,
    closed_at INTEGER NOT NULL,
    closed_by TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    snapshot_sha256 TEXT NOT NULL,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id)
);

-- Every missed target of a closed month opens one, with its cause and corrective action.
CREATE TABLE nonconformities (
    id INTEGER PRIMARY KEY,
    month TEXT NOT NULL,
    indicator TEXT NOT NULL CHECK (indicator IN ('success', 'latency', 'availability', 'own', 'resolve')),
    scope TEXT NOT NULL,
    service_code TEXT REFERENCES services (code),
    target_bp INTEGER NOT NULL,
    actual_bp INTEGER NOT NULL,
    description TEXT NOT NULL,
    cause TEXT NOT NULL DEFAULT '',
    corrective_action TEXT NOT NULL DEFAULT '',
    action_owner TEXT NOT NULL DEFAULT '',
    action_due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'action_planned', 'closed')),
    opened_at INTEGER NOT NULL,
    closed_at INTEGER,
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    UNIQUE (month, indicator, scope)
);
