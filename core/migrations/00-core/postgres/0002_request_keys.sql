-- Idempotent requests: a caller that may send the same request twice (a kiosk replaying its
-- offline queue) gives it a request id; the service core records the id with the operation that
-- applied it, in the same transaction, and answers a repeat with that operation instead of
-- applying it again.
CREATE TABLE request_keys (
    request_id TEXT PRIMARY KEY CHECK (length(request_id) BETWEEN 1 AND 128),
    operation_id BIGINT NOT NULL REFERENCES operation_tokens (id),
    at BIGINT NOT NULL
);
