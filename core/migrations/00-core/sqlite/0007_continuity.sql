-- Service continuity (issue 12, docs/continuity.md): backups and restores of the library's
-- database are operations of their own service, so that a failed backup is a failed operation that
-- opens an incident, a missed one is noticed (`aksara backup check`: a failed continuity operation
-- when the last good backup is older than the expected interval and its grace), and the monthly
-- report lists them. Around the clock (no calendar): the nightly backup runs when the library is
-- closed. A backup of a large library takes minutes: the latency threshold is 30 minutes.
-- Shipped migrations are never edited; add a new file instead.
INSERT INTO services (code, name, description, owner, latency_threshold_ms, latency_target_bp, success_objective_bp,
                      availability_objective_bp, workload_limit_per_hour, hours_calendar_id, created_op, updated_op) VALUES
    ('continuity', 'Service continuity', 'Backups of the library database, restores and restore tests', 'IT', 1800000, 9500, 9900, 9900, NULL, NULL, {{op}}, {{op}});
