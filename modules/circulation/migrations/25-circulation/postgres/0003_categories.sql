-- Patron categories as the library's administrators keep them (modules/library): the fee for
-- joining, the ages a category is for, whether a NIK is required (a school library registers pupils
-- without one), and whether the category still takes new members (a retired one keeps its
-- members). Shipped migrations are never edited; add a new file instead.
ALTER TABLE patron_categories ADD COLUMN enrolment_fee BIGINT NOT NULL DEFAULT 0 CHECK (enrolment_fee >= 0);
ALTER TABLE patron_categories ADD COLUMN min_age BIGINT CHECK (min_age IS NULL OR min_age BETWEEN 0 AND 150);
ALTER TABLE patron_categories ADD COLUMN max_age BIGINT CHECK (max_age IS NULL OR max_age BETWEEN 0 AND 150);
ALTER TABLE patron_categories ADD COLUMN nik_required BIGINT NOT NULL DEFAULT 0 CHECK (nik_required IN (0, 1));
ALTER TABLE patron_categories ADD COLUMN active BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
