-- Decision 033: a reference is searched whole on its unique index; this index cost every new request.
DROP INDEX "requests_reference_trgm_idx";