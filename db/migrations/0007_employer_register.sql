CREATE TABLE "register_capacity" (
	"register_employer_id" uuid NOT NULL,
	"school_year" integer NOT NULL,
	"offer" text NOT NULL,
	"places" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_capacity_register_employer_id_school_year_offer_pk" PRIMARY KEY("register_employer_id","school_year","offer")
);
--> statement-breakpoint
CREATE TABLE "register_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_employer_id" uuid NOT NULL,
	"contact_id" uuid,
	"reason" text NOT NULL,
	"period_key" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answer_data" jsonb,
	"answered_at" timestamp with time zone,
	"request_id" uuid,
	"followed_up_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_check_ins_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "register_contact_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_employer_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"staff_member_id" uuid,
	"kind" text NOT NULL,
	"happened_on" date NOT NULL,
	"ends_on" date,
	"note" text,
	"visibility" text DEFAULT 'eigen' NOT NULL,
	"to_organisation_id" uuid,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_employer_id" uuid NOT NULL,
	"employer_id" uuid,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_distinct_pairs" (
	"first_id" uuid NOT NULL,
	"second_id" uuid NOT NULL,
	CONSTRAINT "register_distinct_pairs_first_id_second_id_pk" PRIMARY KEY("first_id","second_id")
);
--> statement-breakpoint
CREATE TABLE "register_employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_slug" text NOT NULL,
	"company_name" text NOT NULL,
	"normalised_name" text NOT NULL,
	"kvk_number" char(8),
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"offers" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'actief' NOT NULL,
	"source" text NOT NULL,
	"added_by_organisation_id" uuid,
	"opted_out_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	"last_contact_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_employer_id" uuid NOT NULL,
	"postcode" char(4) NOT NULL,
	"municipality_code" char(6) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_region_settings" (
	"region_slug" text PRIMARY KEY NOT NULL,
	"check_in_month" integer DEFAULT 6 NOT NULL,
	"quiet_months" integer DEFAULT 9 NOT NULL,
	"weeks_after_placement" integer DEFAULT 4 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_requests" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"register_employer_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "register_capacity" ADD CONSTRAINT "register_capacity_register_employer_id_register_employers_id_fk" FOREIGN KEY ("register_employer_id") REFERENCES "public"."register_employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_check_ins" ADD CONSTRAINT "register_check_ins_register_employer_id_register_employers_id_fk" FOREIGN KEY ("register_employer_id") REFERENCES "public"."register_employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_check_ins" ADD CONSTRAINT "register_check_ins_contact_id_register_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."register_contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_check_ins" ADD CONSTRAINT "register_check_ins_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_contact_log" ADD CONSTRAINT "register_contact_log_register_employer_id_register_employers_id_fk" FOREIGN KEY ("register_employer_id") REFERENCES "public"."register_employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_contact_log" ADD CONSTRAINT "register_contact_log_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_contact_log" ADD CONSTRAINT "register_contact_log_staff_member_id_staff_members_id_fk" FOREIGN KEY ("staff_member_id") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_contact_log" ADD CONSTRAINT "register_contact_log_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_contact_log" ADD CONSTRAINT "register_contact_log_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_contacts" ADD CONSTRAINT "register_contacts_register_employer_id_register_employers_id_fk" FOREIGN KEY ("register_employer_id") REFERENCES "public"."register_employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_contacts" ADD CONSTRAINT "register_contacts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_distinct_pairs" ADD CONSTRAINT "register_distinct_pairs_first_id_register_employers_id_fk" FOREIGN KEY ("first_id") REFERENCES "public"."register_employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_distinct_pairs" ADD CONSTRAINT "register_distinct_pairs_second_id_register_employers_id_fk" FOREIGN KEY ("second_id") REFERENCES "public"."register_employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_employers" ADD CONSTRAINT "register_employers_region_slug_regions_slug_fk" FOREIGN KEY ("region_slug") REFERENCES "public"."regions"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_employers" ADD CONSTRAINT "register_employers_added_by_organisation_id_organisations_id_fk" FOREIGN KEY ("added_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_locations" ADD CONSTRAINT "register_locations_register_employer_id_register_employers_id_fk" FOREIGN KEY ("register_employer_id") REFERENCES "public"."register_employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_locations" ADD CONSTRAINT "register_locations_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_region_settings" ADD CONSTRAINT "register_region_settings_region_slug_regions_slug_fk" FOREIGN KEY ("region_slug") REFERENCES "public"."regions"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_requests" ADD CONSTRAINT "register_requests_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_requests" ADD CONSTRAINT "register_requests_register_employer_id_register_employers_id_fk" FOREIGN KEY ("register_employer_id") REFERENCES "public"."register_employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "register_check_ins_period_idx" ON "register_check_ins" USING btree ("register_employer_id","period_key");--> statement-breakpoint
CREATE INDEX "register_check_ins_answer_idx" ON "register_check_ins" USING btree ("answered_at","followed_up_at");--> statement-breakpoint
CREATE INDEX "register_contact_log_entry_idx" ON "register_contact_log" USING btree ("register_employer_id","happened_on");--> statement-breakpoint
CREATE INDEX "register_contact_log_org_idx" ON "register_contact_log" USING btree ("organisation_id","happened_on");--> statement-breakpoint
CREATE INDEX "register_contacts_entry_idx" ON "register_contacts" USING btree ("register_employer_id");--> statement-breakpoint
CREATE INDEX "register_contacts_employer_idx" ON "register_contacts" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "register_contacts_email_idx" ON "register_contacts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "register_employers_region_idx" ON "register_employers" USING btree ("region_slug","status","company_name");--> statement-breakpoint
CREATE INDEX "register_employers_kvk_idx" ON "register_employers" USING btree ("kvk_number") WHERE "register_employers"."kvk_number" is not null;--> statement-breakpoint
CREATE INDEX "register_employers_name_idx" ON "register_employers" USING btree ("region_slug","normalised_name");--> statement-breakpoint
CREATE INDEX "register_employers_contact_idx" ON "register_employers" USING btree ("region_slug","last_contact_at");--> statement-breakpoint
CREATE UNIQUE INDEX "register_locations_entry_postcode_idx" ON "register_locations" USING btree ("register_employer_id","postcode");--> statement-breakpoint
CREATE INDEX "register_locations_postcode_idx" ON "register_locations" USING btree ("postcode");--> statement-breakpoint
CREATE INDEX "register_requests_entry_idx" ON "register_requests" USING btree ("register_employer_id");