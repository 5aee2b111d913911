CREATE TABLE "introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"uid" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"place_kind" text NOT NULL,
	"address" text,
	"meet_with" text NOT NULL,
	"planned_by_id" uuid,
	"reminded_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "introductions_uid_unique" UNIQUE("uid")
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "reply_to" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "attachments" text;--> statement-breakpoint
ALTER TABLE "staff_members" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "staff_members" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_planned_by_id_staff_members_id_fk" FOREIGN KEY ("planned_by_id") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "introductions_current_idx" ON "introductions" USING btree ("request_id") WHERE "introductions"."cancelled_at" is null;--> statement-breakpoint
CREATE INDEX "introductions_starts_idx" ON "introductions" USING btree ("starts_at");