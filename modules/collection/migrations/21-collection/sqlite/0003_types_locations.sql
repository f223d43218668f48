-- Item types as the library's administrators keep them, and shelving locations per branch
-- (modules/library). Shipped migrations are never edited; add a new file instead.
-- {{op}} is replaced by the id of this migration's own operation record.

-- The price a new copy of this type gets unless one is given (what a lost copy is charged), and
-- whether the type is still offered for new copies (a retired type keeps its copies).
ALTER TABLE item_types ADD COLUMN default_price INTEGER NOT NULL DEFAULT 0 CHECK (default_price >= 0);
ALTER TABLE item_types ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

-- Shelving locations of a branch. items.location holds a location's code; copies added or moved by
-- staff must name an active location of their branch (or none). Imported copies keep the text their
-- old system gave them.
CREATE TABLE locations (
    id INTEGER PRIMARY KEY,
    branch_id INTEGER NOT NULL REFERENCES branches (id),
    code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
    name TEXT NOT NULL CHECK (length(name) > 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    updated_op INTEGER NOT NULL REFERENCES operation_tokens (id),
    UNIQUE (branch_id, code)
);
-- A library that already has copies gets the locations they stand in.
INSERT INTO locations (branch_id, code, name, created_op, updated_op)
    SELECT DISTINCT branch_id, location, location, {{op}}, {{op}} FROM items
    WHERE location <> '' AND length(location) <= 64;
