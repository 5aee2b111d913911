/**
 * The CSV export streams: it reads, logs and sends one batch of 500 rows at a time, so a visitor
 * who takes only the start of a large file made the server read only the first batch (memory
 * stays flat), and the log counts exactly the rows that were read.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEFAULT_INBOX_QUERY } from "~/domain/inbox-query";
import { database, schema } from "~/lib/db.server";
import { placesForPostcode } from "~/models/places.server";
import { inboxCsvStream } from "~/models/inbox.server";
import { submitRequest } from "~/models/requests.server";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { addStaffMember } from "../support/staff";

const db = database();

async function countLines(staffId: string) {
  const rows = await db
    .select({ summary: schema.auditLog.summary, requestId: schema.auditLog.requestId })
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.staffMemberId, staffId), eq(schema.auditLog.action, "geexporteerd")));
  return { perRequest: rows.filter((row) => row.requestId).length, count: rows.filter((row) => !row.requestId).map((row) => row.summary) };
}

describe("CSV export as a stream", () => {
  it("reads only the first batch when the visitor stops after the first piece, and logs what it read", async () => {
    const [place] = await placesForPostcode(db, "9711");
    const model = await submitRequest(db, proefplaatsingRequest({ companyName: "Stroom model", email: "stroom@example.org" }), place!, new Date());
    await db.execute(sql`
      insert into requests (reference, kind, status, employer_id, postcode, municipality_code, region_slug, sector,
                            details, routing, consent_at, submission_key, created_at, updated_at)
      select 'OP-STROOM-' || lpad(g::text, 4, '0'), kind, status, employer_id, postcode, municipality_code, region_slug, sector,
             jsonb_set(details, '{companyName}', to_jsonb('Stroom ' || lpad(g::text, 4, '0'))), routing, consent_at,
             'stroom-' || g, created_at - make_interval(secs => g), updated_at
      from requests, generate_series(1, 1500) as g
      where reference = ${model.reference}`);
    const admin = await addStaffMember(db, "admin", null);
    const query = { ...DEFAULT_INBOX_QUERY, status: "alle" as const, search: "Stroom " };

    const stream = await inboxCsvStream(db, admin, query);
    let start = "";
    // Leaving the loop destroys the stream, as a visitor who goes away does.
    for await (const chunk of stream) {
      start += String(chunk);
      if (start.includes("Stroom ")) break;
    }
    expect(start).toContain("Referentie;Ontvangen");
    // The export ends when the stream is gone: its count line says how many rows were read.
    for (let tries = 0; (await countLines(admin.id)).count.length === 0; tries++) {
      expect(tries).toBeLessThan(200);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(await countLines(admin.id)).toEqual({ perRequest: 500, count: ["500 aanvragen geëxporteerd"] });

    // Read to the end: every row, each logged once, and the count.
    const whole = await inboxCsvStream(db, admin, query);
    let text = "";
    for await (const chunk of whole) text += String(chunk);
    expect(text.trim().split("\r\n")).toHaveLength(1 + 1501);
    const after = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.staffMemberId, admin.id), isNull(schema.auditLog.requestId)));
    expect(after[0]!.n).toBe(2);
    expect((await countLines(admin.id)).perRequest).toBe(500 + 1501);
  });
});
