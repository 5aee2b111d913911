CREATE TABLE "request_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"respond_by" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"decline_reason" text,
	"response_token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_assignments_response_token_hash_unique" UNIQUE("response_token_hash")
);
--> statement-breakpoint
ALTER TABLE "request_assignments" ADD CONSTRAINT "request_assignments_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_assignments" ADD CONSTRAINT "request_assignments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_request_idx" ON "request_assignments" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "assignments_organisation_idx" ON "request_assignments" USING btree ("organisation_id","status","created_at");--> statement-breakpoint
CREATE INDEX "assignments_due_idx" ON "request_assignments" USING btree ("status","respond_by");