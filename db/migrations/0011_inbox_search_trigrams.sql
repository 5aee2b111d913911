-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. PGlite loads it in app/lib/db.server.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "requests_company_name_trgm_idx" ON "requests" USING gin (("details"->>'companyName') gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "requests_reference_trgm_idx" ON "requests" USING gin ("reference" gin_trgm_ops);