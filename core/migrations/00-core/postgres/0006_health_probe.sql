-- The write probe of /health (issue 15, docs/operations.md "Health"): one row per server instance,
-- upserted and committed by every probe, so that /health proves the database can still be written
-- (a full disk, a read-only file, a lost server answer 503). A probe is not a library operation:
-- it is not in the operation log, has no created_op/updated_op and is not part of the trail.
-- The payload is the size of two pages: a probe needs pages to be allocated, as a checkout does.
-- Shipped migrations are never edited; add a new file instead.
CREATE TABLE health_probe (
    instance TEXT PRIMARY KEY,
    probed_at BIGINT NOT NULL,
    probes BIGINT NOT NULL,
    payload BYTEA
);
