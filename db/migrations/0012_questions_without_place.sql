ALTER TABLE "requests" ALTER COLUMN "postcode" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ALTER COLUMN "municipality_code" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ALTER COLUMN "region_slug" DROP NOT NULL;