/** The demo requests a fresh development database gets: routed like real ones, loaded once. */
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { loadDemoRequests } from "~/jobs/prepare-database.server";

const db = database();

describe("demo requests", () => {
  it("are sent once into an empty database, each reaching a WSP and, where one fits, a school", async () => {
    expect(await db.$count(schema.requests)).toBe(0);
    expect(await loadDemoRequests(db)).toBe(5);
    expect(await loadDemoRequests(db)).toBe(0);
    const requests = await db.select().from(schema.requests);
    expect(requests).toHaveLength(5);
    for (const request of requests) expect(request.routing.wsp?.name).toMatch(/\(demo\)$/);
    expect(requests.filter((r) => r.routing.school).length).toBeGreaterThanOrEqual(3);
    expect(requests.every((r) => (r.details as { companyName?: string }).companyName?.endsWith("(demo)"))).toBe(true);
  });
});
