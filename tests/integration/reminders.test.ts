/**
 * Reminders (the school before its deadline, then the WSP) and the daily digest, with a clock
 * the test controls.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { placesForPostcode } from "~/models/places.server";
import { sendDailyDigests, sendDueReminders } from "~/models/reminders.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { expireOverdueAssignments } from "~/models/routing.server";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { createStaff } from "../support/staff";
import { readable } from "../support/outbox";

const db = database();

async function send(at: Date, overrides: Parameters<typeof proefplaatsingRequest>[0] = {}, pc4 = "3511") {
  const [place] = await placesForPostcode(db, pc4);
  const result = await submitRequest(db, proefplaatsingRequest(overrides), place!, at);
  return (await requestByReference(db, result.reference))!;
}

async function mails(template: string, requestId?: string) {
  return db
    .select()
    .from(schema.emailOutbox)
    .where(and(eq(schema.emailOutbox.template, template), requestId ? eq(schema.emailOutbox.requestId, requestId) : undefined))
    .then(readable);
}

describe("reminders", () => {
  it("reminds the school once when its answer is due within a working day, then the WSP once the request sits there unowned", async () => {
    const monday = new Date("2026-11-30T09:00:00Z");
    const request = await send(monday, { email: "herinner@example.org", companyName: "Herinnering BV" });
    const [assignment] = await db.select().from(schema.requestAssignments).where(eq(schema.requestAssignments.requestId, request.id));
    expect(assignment?.respondBy?.toISOString()).toBe("2026-12-03T16:00:00.000Z"); // end of the 3rd working day

    expect(await sendDueReminders(db, new Date("2026-12-01T09:00:00Z"))).toBe(0);
    expect(await sendDueReminders(db, new Date("2026-12-02T17:00:00Z"))).toBe(1);
    expect(await sendDueReminders(db, new Date("2026-12-02T18:00:00Z"))).toBe(0); // only once
    const [toSchool] = await mails("herinnering", request.id);
    expect(toSchool?.toAddress).toBe("pro-de-brug-utrecht@example.org");
    expect(toSchool?.text).toContain("Herinnering BV");
    expect(toSchool?.text).toContain(`/backoffice/aanvragen/${request.reference}`);

    // Nobody answers: the request moves on, eventually to the WSP, which is reminded a window later.
    let moment = new Date("2026-12-03T16:30:00Z");
    for (let i = 0; i < 4; i++) {
      await expireOverdueAssignments(db, moment);
      moment = new Date(moment.getTime() + 7 * 86400_000);
    }
    const assignments = await db
      .select({ kind: schema.organisations.kind, status: schema.requestAssignments.status })
      .from(schema.requestAssignments)
      .innerJoin(schema.organisations, eq(schema.organisations.id, schema.requestAssignments.organisationId))
      .where(eq(schema.requestAssignments.requestId, request.id));
    expect(assignments).toContainEqual({ kind: "wsp", status: "open" });
    expect(assignments.filter((x) => x.status === "open")).toHaveLength(1);

    const before = (await mails("herinnering", request.id)).length;
    expect(await sendDueReminders(db, moment)).toBeGreaterThanOrEqual(1);
    const toWsp = (await mails("herinnering", request.id)).filter((m) => m.toAddress === "wsp-midden-utrecht@example.org");
    expect(toWsp).toHaveLength(1);
    expect(toWsp[0]?.text).toContain("Niemand heeft de aanvraag");
    await sendDueReminders(db, new Date(moment.getTime() + 86400_000));
    expect((await mails("herinnering", request.id)).length).toBe(before + 1);
  });
});

describe("daily digest", () => {
  it("tells each person once a day what waits for them, and nothing to someone who switched it off", async () => {
    const school = await createStaff(db, "school", "pro-de-brug-utrecht");
    const quiet = await createStaff(db, "school", "pro-de-brug-utrecht");
    await db.update(schema.staffMembers).set({ digestEnabled: false }).where(eq(schema.staffMembers.id, quiet.member.id));
    const otherRegion = await createStaff(db, "wsp", "wsp-groot-amsterdam");
    const request = await send(new Date("2026-12-07T08:00:00Z"), { email: "digest@example.org", companyName: "Digest Bakkerij" });

    const early = new Date("2026-12-07T05:00:00Z"); // 06:00 in Amsterdam
    expect(await sendDailyDigests(db, early)).toBe(0);
    const morning = new Date("2026-12-07T09:00:00Z");
    await sendDailyDigests(db, morning);
    const digests = await mails("dagoverzicht");
    const toSchool = digests.filter((m) => m.toAddress === school.member.email);
    expect(toSchool).toHaveLength(1);
    expect(toSchool[0]?.text).toContain(request.reference);
    expect(toSchool[0]?.text).toContain("wacht op uw antwoord");
    expect(digests.filter((m) => m.toAddress === quiet.member.email)).toEqual([]);
    // Nothing in their region waits, so no email at all.
    expect(digests.filter((m) => m.toAddress === otherRegion.member.email)).toEqual([]);

    await sendDailyDigests(db, new Date("2026-12-07T15:00:00Z"));
    expect((await mails("dagoverzicht")).filter((m) => m.toAddress === school.member.email)).toHaveLength(1);
  });
});
