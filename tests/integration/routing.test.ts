/**
 * Routing against the demo data: requests from five regions reach a fitting school with the WSP
 * informed; a decline or a missed response window moves a request on, and after the last school
 * the WSP gets it.
 */
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { expireOverdueAssignments, hashToken, respondToAssignment } from "~/models/routing.server";
import { proefplaatsingRequest } from "../support/proefplaatsing";

const db = database();

async function submit(pc4: string, sector: Parameters<typeof proefplaatsingRequest>[0] extends infer O ? (O extends { sector?: infer S } ? S : never) : never, now = new Date()) {
  const [place] = await placesForPostcode(db, pc4);
  const { reference } = await submitRequest(db, proefplaatsingRequest({ sector }), place!, now);
  return (await requestByReference(db, reference))!;
}

async function assignments(requestId: string) {
  return db
    .select({
      status: schema.requestAssignments.status,
      name: schema.organisations.name,
      respondBy: schema.requestAssignments.respondBy,
      tokenHash: schema.requestAssignments.responseTokenHash,
    })
    .from(schema.requestAssignments)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.requestAssignments.organisationId))
    .where(eq(schema.requestAssignments.requestId, requestId))
    .orderBy(asc(schema.requestAssignments.createdAt), asc(schema.requestAssignments.status));
}

/** Tokens are stored as hashes only; tests put a known token on the open assignment. */
async function knownToken(requestId: string): Promise<string> {
  const token = `test-${crypto.randomUUID()}`;
  await db
    .update(schema.requestAssignments)
    .set({ responseTokenHash: hashToken(token) })
    .where(and(eq(schema.requestAssignments.requestId, requestId), eq(schema.requestAssignments.status, "open")));
  return token;
}

async function events(requestId: string) {
  const rows = await db
    .select({ type: schema.requestEvents.type })
    .from(schema.requestEvents)
    .where(eq(schema.requestEvents.requestId, requestId))
    .orderBy(asc(schema.requestEvents.id));
  return rows.map((r) => r.type);
}

async function emailsTo(requestId: string) {
  const rows = await db
    .select({ to: schema.emailOutbox.toAddress })
    .from(schema.emailOutbox)
    .where(eq(schema.emailOutbox.requestId, requestId))
    .orderBy(asc(schema.emailOutbox.createdAt));
  return rows.map((r) => r.to);
}

describe("routing on the demo data", () => {
  it.each([
    ["3511", "detailhandel", "midden-utrecht", "Praktijkschool De Brug (demo)"],
    ["1011", "horeca", "groot-amsterdam", "Praktijkschool Noorderlicht (demo)"],
    ["3011", "logistiek", "rijnmond", "Praktijkschool Maaskade (demo)"],
    ["9711", "groen", "groningen", "VSO Martinihof (demo)"],
    ["6211", "horeca", "zuid-limburg", "Praktijkschool Vrijthof (demo)"],
    ["8011", "zorg-en-welzijn", "regio-zwolle", "VSO Isala (demo)"],
  ] as const)("routes a proefplaatsing from %s (%s) in %s to %s, with the WSP informed", async (pc4, sector, region, schoolName) => {
    const request = await submit(pc4, sector);
    expect(request.regionSlug).toBe(region);
    expect(request.routing.school?.name).toBe(schoolName);
    expect(request.routing.handler).toBe("school");
    const to = await emailsTo(request.id);
    expect(to).toContain(`wsp-${region}@example.org`);
    expect(to.some((t) => t.endsWith("@example.org") && !t.startsWith("wsp-") && t !== "sanne@example.org")).toBe(true);
  });

  it("sends a request with no fitting school to the WSP, and says why", async () => {
    // In Maastricht only Vrijthof works, and it does not place pupils in logistiek.
    const request = await submit("6211", "logistiek");
    expect(request.routing.handler).toBe("wsp");
    expect(request.routing.reasons.map((r) => r.code)).toContain("geen_school");
    expect(await assignments(request.id)).toMatchObject([{ name: "Werkgeversservicepunt Zuid-Limburg (demo)", status: "open", respondBy: null }]);
  });
});

describe("re-routing", () => {
  it("moves a declined request to the next school, then to the WSP after the last one", async () => {
    const request = await submit("3511", "detailhandel");
    expect((await assignments(request.id)).map((a) => a.name)).toEqual(["Praktijkschool De Brug (demo)"]);

    const first = await respondToAssignment(db, await knownToken(request.id), { accept: false, reason: "geen-plek" });
    expect(first).toMatchObject({ ok: true, decision: { school: { name: "VSO Het Anker (demo)" } } });

    const second = await respondToAssignment(db, await knownToken(request.id), { accept: false, reason: "te-ver" });
    expect(second).toMatchObject({ ok: true, decision: { school: null, handler: "wsp" } });

    expect((await assignments(request.id)).map((a) => [a.name, a.status])).toEqual([
      ["Praktijkschool De Brug (demo)", "declined"],
      ["VSO Het Anker (demo)", "declined"],
      ["Werkgeversservicepunt Midden-Utrecht (demo)", "open"],
    ]);
    expect(await events(request.id)).toEqual(["ontvangen", "doorgestuurd", "afgewezen", "doorgestuurd", "afgewezen", "naar_wsp"]);
    const saved = await requestByReference(db, request.reference);
    expect(saved?.routing.reasons.map((r) => r.code)).toContain("geen_school_meer");
    const to = await emailsTo(request.id);
    expect(to).toContain("vso-het-anker-zeist@example.org");
    expect(to.filter((t) => t === "wsp-midden-utrecht@example.org")).toHaveLength(3);
  });

  it("accepts once: a second answer through the same link changes nothing", async () => {
    const request = await submit("3511", "detailhandel");
    const token = await knownToken(request.id);
    expect(await respondToAssignment(db, token, { accept: true })).toEqual({ ok: true });
    expect(await respondToAssignment(db, token, { accept: false, reason: "anders" })).toEqual({ ok: false, reason: "al_beantwoord" });
    expect((await requestByReference(db, request.reference))?.status).toBe("in_behandeling");
    expect(await respondToAssignment(db, "geen-echte-link", { accept: true })).toEqual({ ok: false, reason: "onbekend" });
  });

  it("gives a school three working days, not counting a weekend and Koningsdag", async () => {
    // Friday 24 April 2026, 10:00 in Amsterdam: the window runs to the end of Thursday 30 April (17:00).
    const friday = new Date("2026-04-24T08:00:00Z");
    const request = await submit("3511", "groen", friday);
    const [open] = await assignments(request.id);
    expect(open?.respondBy?.toISOString()).toBe("2026-04-30T15:00:00.000Z");

    // Thursday afternoon: still within the window.
    expect(await expireOverdueAssignments(db, new Date("2026-04-30T14:30:00Z"))).toBe(0);
    // Thursday 17:01: too late, the request moves on.
    expect(await expireOverdueAssignments(db, new Date("2026-04-30T15:01:00Z"))).toBeGreaterThanOrEqual(1);
    const after = await assignments(request.id);
    expect(after.map((a) => [a.name, a.status])).toEqual([
      ["Praktijkschool De Brug (demo)", "expired"],
      ["VSO Het Anker (demo)", "open"],
    ]);
    expect(await events(request.id)).toEqual(["ontvangen", "doorgestuurd", "niet_beantwoord", "doorgestuurd"]);
    // The next school gets its own window from the moment it was handed the request
    // (Bevrijdingsdag, 5 May, is not a public holiday every year and counts as a working day).
    expect(after[1]?.respondBy?.toISOString()).toBe("2026-05-05T15:00:00.000Z");
  });

  it("moves each overdue request once when several workers run the job at the same time", async () => {
    const monday = new Date("2026-11-16T09:00:00Z");
    const requests = await Promise.all([1, 2, 3, 4].map(() => submit("3511", "detailhandel", monday)));
    const later = new Date("2026-11-25T09:00:00Z");
    const moved = await Promise.all([expireOverdueAssignments(db, later), expireOverdueAssignments(db, later), expireOverdueAssignments(db, later)]);
    expect(moved.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(4);
    for (const request of requests) {
      const expired = (await assignments(request.id)).filter((a) => a.status === "expired");
      expect(expired.length).toBeGreaterThanOrEqual(1);
      const names = (await assignments(request.id)).map((a) => a.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
