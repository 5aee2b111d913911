CREATE TABLE "employer_email_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"new_email" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_email_changes_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
DROP INDEX "employers_kvk_idx";--> statement-breakpoint
ALTER TABLE "employer_access_tokens" ADD COLUMN "request_id" uuid;--> statement-breakpoint
ALTER TABLE "employer_access_tokens" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "employer_access_tokens" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "possible_duplicate_of_id" uuid;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "installation" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "installation" ADD COLUMN "details_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "employer_email_changes" ADD CONSTRAINT "employer_email_changes_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_email_changes_employer_idx" ON "employer_email_changes" USING btree ("employer_id");--> statement-breakpoint
ALTER TABLE "employer_access_tokens" ADD CONSTRAINT "employer_access_tokens_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_possible_duplicate_of_id_employers_id_fk" FOREIGN KEY ("possible_duplicate_of_id") REFERENCES "public"."employers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_tokens_request_idx" ON "employer_access_tokens" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "employers_kvk_number_idx" ON "employers" USING btree ("kvk_number") WHERE "employers"."kvk_number" is not null;--> statement-breakpoint
-- Links sent before this migration opened every request of the employer, never ran out, and were
-- stored as plain SHA-256 hashes (now keyed with the app secret). They stop working; "Link kwijt?"
-- sends a new one.
UPDATE "employer_access_tokens" SET "revoked_at" = now() WHERE "revoked_at" IS NULL;--> statement-breakpoint
-- Withdrawn requests did not record when they closed; their last change is when.
UPDATE "requests" SET "closed_at" = "updated_at" WHERE "status" IN ('ingetrokken', 'geplaatst', 'geen_match') AND "closed_at" IS NULL;
