DROP INDEX "requests_region_status_idx";--> statement-breakpoint
CREATE INDEX "request_events_staff_idx" ON "request_events" USING btree ("request_id","created_at") WHERE "request_events"."actor" like 'medewerker:%';--> statement-breakpoint
CREATE INDEX "requests_region_municipality_idx" ON "requests" USING btree ("region_slug","municipality_code");--> statement-breakpoint
CREATE INDEX "requests_region_status_idx" ON "requests" USING btree ("region_slug","status","created_at","id");