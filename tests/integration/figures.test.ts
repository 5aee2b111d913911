/**
 * The figures page on the demo data: requests with known times in two regions, some answered by
 * a school, one picked up by staff first, some closed, some passed on from De Brug to Het Anker.
 * Each role gets the figures over only what it may see: the administrator everything (or one
 * region), an accountmanager their own region, a school its own requests. Per school, each school
 * is measured on its own: from when a request reached it, until its own response, and open only
 * while it holds the request.
 */
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { BarChart } from "~/components/bar-chart";
import { median } from "~/domain/figures";
import { database, schema } from "~/lib/db.server";
import { type StaffFigures, staffFigures } from "~/models/figures.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { hashToken, reroute, respondToAssignment } from "~/models/routing.server";
import type { StaffMember } from "~/models/staff-scope.server";
import { loader } from "~/routes/backoffice.cijfers";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { createStaff, getRequest } from "../support/staff";

const db = database();
/** A Wednesday in week 12 of 2026. */
const NOW = new Date("2026-03-18T10:00:00Z");
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

const BRUG = "Praktijkschool De Brug (demo)";
const ANKER = "VSO Het Anker (demo)";
const NOORDERLICHT = "Praktijkschool Noorderlicht (demo)";

async function submit(at: Date, sector: string, school: string, pc4 = "3511") {
  const [place] = await placesForPostcode(db, pc4);
  const { reference } = await submitRequest(db, proefplaatsingRequest({ sector }), place!, at);
  const request = (await requestByReference(db, reference))!;
  // The expectations below rest on where routing sends each request.
  expect(request.routing.school?.name).toBe(school);
  return request;
}

async function answer(requestId: string, accept: boolean, at: Date) {
  const token = `test-${crypto.randomUUID()}`;
  await db
    .update(schema.requestAssignments)
    .set({ responseTokenHash: hashToken(token) })
    .where(and(eq(schema.requestAssignments.requestId, requestId), eq(schema.requestAssignments.status, "open")));
  const outcome = await respondToAssignment(db, token, accept ? { accept: true } : { accept: false, reason: "geen-plek" }, at);
  expect(outcome.ok).toBe(true);
}

/** The school did not answer in time: its assignment expires and the request moves on. */
async function expire(requestId: string, at: Date) {
  await db.transaction(async (tx) => {
    await tx
      .update(schema.requestAssignments)
      .set({ status: "expired", respondedAt: at })
      .where(and(eq(schema.requestAssignments.requestId, requestId), eq(schema.requestAssignments.status, "open")));
    await reroute(tx, requestId, at);
  });
}

/** The organisation that holds the request now (open or accepted assignment). */
async function holder(requestId: string) {
  const rows = await db
    .select({ name: schema.organisations.name, status: schema.requestAssignments.status })
    .from(schema.requestAssignments)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.requestAssignments.organisationId))
    .where(eq(schema.requestAssignments.requestId, requestId));
  return rows.filter((row) => row.status === "open" || row.status === "accepted").map((row) => row.name);
}

/** A note in the back office by a staff member of the organisation with this slug. */
async function staffNote(requestId: string, organisationSlug: string, at: Date) {
  const [member] = await db
    .insert(schema.staffMembers)
    .values({
      email: `note-${crypto.randomUUID().slice(0, 8)}@example.org`,
      name: "Test notitie",
      role: organisationSlug.startsWith("wsp-") ? "wsp" : "school",
      organisationId: (await organisation(organisationSlug)).id,
    })
    .returning();
  await db.insert(schema.requestEvents).values({
    requestId,
    type: "notitie",
    actor: `medewerker:${member!.id}`,
    data: { text: "Gebeld met de werkgever." },
    createdAt: at,
  });
}

async function close(requestId: string, outcome: "geplaatst" | "geen_match", at: Date) {
  await db
    .update(schema.requests)
    .set({ status: outcome, outcome, outcomeReason: outcome === "geen_match" ? "Er was geen leerling die past" : null, closedAt: at })
    .where(eq(schema.requests.id, requestId));
}

function staffOf(role: StaffMember["role"], organisation: typeof schema.organisations.$inferSelect | null): StaffMember {
  return {
    id: crypto.randomUUID(),
    name: `Test ${role}`,
    email: `${role}@example.org`,
    role,
    digestEnabled: true,
    sessionId: "test",
    organisation: organisation
      ? { id: organisation.id, name: organisation.name, kind: organisation.kind, regionSlug: organisation.regionSlug }
      : null,
  };
}

async function organisation(slug: string) {
  const [row] = await db.select().from(schema.organisations).where(eq(schema.organisations.slug, slug));
  return row!;
}

const perWeek = (figures: StaffFigures) => figures.overall.perWeek.filter((w) => w.count > 0).map((w) => [w.week, w.count]);
const context = { cspNonce: "", clientIp: "192.0.2.1" };
const byName = (figures: StaffFigures) => Object.fromEntries((figures.schools ?? []).map((s) => [s.name, s]));

let admin: StaffMember;
let wspUtrecht: StaffMember;
let wspAmsterdam: StaffMember;
let brug: StaffMember;
let anker: StaffMember;
let noorderlicht: StaffMember;

beforeAll(async () => {
  admin = staffOf("admin", null);
  wspUtrecht = staffOf("wsp", await organisation("wsp-midden-utrecht"));
  wspAmsterdam = staffOf("wsp", await organisation("wsp-groot-amsterdam"));
  brug = staffOf("school", await organisation("pro-de-brug-utrecht"));
  anker = staffOf("school", await organisation("vso-het-anker-zeist"));
  noorderlicht = staffOf("school", await organisation("pro-noorderlicht-amsterdam"));

  // Midden-Utrecht. A: new this week, nobody answered yet.
  await submit(ago(2 * HOUR), "detailhandel", BRUG);
  // B: five days old, De Brug said yes after 4 hours.
  const b = await submit(ago(5 * DAY), "detailhandel", BRUG);
  await answer(b.id, true, later(b.createdAt, 4 * HOUR));
  // C: De Brug said no after 10 hours, Het Anker yes after 20; placed.
  const c = await submit(ago(10 * DAY), "detailhandel", BRUG);
  await answer(c.id, false, later(c.createdAt, 10 * HOUR));
  await answer(c.id, true, later(c.createdAt, 20 * HOUR));
  await close(c.id, "geplaatst", ago(2 * DAY));
  // D: Het Anker; a staff member wrote a note after 30 hours, before the school answered (40 hours); no match.
  const d = await submit(ago(20 * DAY), "zorg-en-welzijn", ANKER);
  await db.insert(schema.requestEvents).values({
    requestId: d.id,
    type: "notitie",
    actor: `medewerker:${crypto.randomUUID()}`,
    data: { text: "Gebeld met de werkgever." },
    createdAt: later(d.createdAt, 30 * HOUR),
  });
  await answer(d.id, true, later(d.createdAt, 40 * HOUR));
  await close(d.id, "geen_match", ago(3 * DAY));
  // E: long ago (outside the 12 weeks), answered after an hour and placed.
  const e = await submit(ago(100 * DAY), "detailhandel", BRUG);
  await answer(e.id, true, later(e.createdAt, HOUR));
  await close(e.id, "geplaatst", ago(60 * DAY));
  // F: a month old and still waiting.
  await submit(ago(30 * DAY), "detailhandel", BRUG);
  // G: withdrawn by the employer yesterday: new, but neither open nor closed.
  const g = await submit(ago(DAY), "detailhandel", BRUG);
  await db.update(schema.requests).set({ status: "ingetrokken" }).where(eq(schema.requests.id, g.id));

  // Groot Amsterdam. H: yesterday, answered after an hour, placed.
  const h = await submit(ago(DAY), "horeca", NOORDERLICHT, "1011");
  await answer(h.id, true, later(h.createdAt, HOUR));
  await close(h.id, "geplaatst", ago(HOUR));

  // Midden-Utrecht again: requests De Brug let go, now held by Het Anker.
  // I: sent on Sunday 23:45 in Amsterdam (week 11); De Brug declined half an hour later, so it
  // reached Het Anker on Monday 00:15 (week 12). Het Anker has not reacted.
  const i = await submit(new Date("2026-03-15T22:45:00Z"), "detailhandel", BRUG);
  await answer(i.id, false, new Date("2026-03-15T23:15:00Z"));
  expect(await holder(i.id)).toEqual([ANKER]);
  // J: De Brug declined after 2 hours. At Het Anker: an accountmanager's note 1 hour after it
  // arrived (not Het Anker's doing), a note by Het Anker's own staff after 3 hours, its yes after 5.
  const j = await submit(ago(8 * DAY), "detailhandel", BRUG);
  await answer(j.id, false, later(j.createdAt, 2 * HOUR));
  expect(await holder(j.id)).toEqual([ANKER]);
  await staffNote(j.id, "wsp-midden-utrecht", later(j.createdAt, 3 * HOUR));
  await staffNote(j.id, "vso-het-anker-zeist", later(j.createdAt, 5 * HOUR));
  await answer(j.id, true, later(j.createdAt, 7 * HOUR));
  // K: sent 90 days ago (before the 12 weeks); De Brug never answered, so it went to Het Anker
  // yesterday. New for Het Anker, not for the region.
  const k = await submit(ago(90 * DAY), "detailhandel", BRUG);
  await expire(k.id, ago(DAY));
  expect(await holder(k.id)).toEqual([ANKER]);
});

describe("figures per role", () => {
  it("gives an administrator the whole country, without the list per school", async () => {
    const figures = await staffFigures(db, admin, {}, NOW);
    expect(figures.view).toEqual({ kind: "land" });
    expect(figures.regions.length).toBeGreaterThan(30);
    expect(figures.overall.perWeek.map((w) => w.week)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // Week 12: A, G, H; 11: B, I (Sunday evening), J; 10: C (Sunday in Amsterdam); 9: D; 8: F.
    // E and K are older than 12 weeks.
    expect(perWeek(figures)).toEqual([
      [8, 1],
      [9, 1],
      [10, 1],
      [11, 3],
      [12, 3],
    ]);
    expect(figures.overall).toMatchObject({
      newCount: 9,
      // The first response by anyone, from when the employer sent it: B 4h, C 10h (De Brug's no),
      // D 30h (a note), H 1h, I 0.5h and J 2h (De Brug's no).
      responded: 6,
      placed: 3, // C, E, H
      closed: 4, // and D
      // A, I; B; J; F, K.
      openByAge: { "minder-dan-3-dagen": 2, "3-tot-7-dagen": 1, "1-tot-2-weken": 1, "meer-dan-2-weken": 2 },
    });
    expect(figures.overall.medianWaitHours).toBeCloseTo(median([4, 10, 30, 1, 0.5, 2])!, 6);
    expect(figures.overall.medianWaitHours).toBeCloseTo(3, 6);
    expect(figures.schools).toBeNull();
  });

  it("gives an administrator one region with its schools when chosen, and the country for an unknown region", async () => {
    const region = await staffFigures(db, admin, { regionSlug: "midden-utrecht" }, NOW);
    expect(region.view).toEqual({ kind: "regio", slug: "midden-utrecht", name: expect.any(String) });
    expect(region.overall.newCount).toBe(8);
    expect(region.schools?.map((s) => s.name)).toEqual([BRUG, ANKER].sort());
    expect((await staffFigures(db, admin, { regionSlug: "bestaat-niet" }, NOW)).view).toEqual({ kind: "land" });
  });

  it("gives an accountmanager only their own region, whatever region is asked for", async () => {
    const figures = await staffFigures(db, wspUtrecht, { regionSlug: "groot-amsterdam" }, NOW);
    expect(figures.view).toMatchObject({ kind: "regio", slug: "midden-utrecht" });
    expect(figures.regions).toEqual([]);
    expect(perWeek(figures)).toEqual([
      [8, 1],
      [9, 1],
      [10, 1],
      [11, 3],
      [12, 2],
    ]);
    expect(figures.overall).toMatchObject({
      newCount: 8,
      responded: 5, // B 4h, C 10h, D 30h, I 0.5h, J 2h: by anyone, from when the employer sent it
      medianWaitHours: 4,
      placed: 2,
      closed: 3,
      openByAge: { "minder-dan-3-dagen": 2, "3-tot-7-dagen": 1, "1-tot-2-weken": 1, "meer-dan-2-weken": 2 },
    });
    const schools = byName(figures);
    expect(Object.keys(schools).sort()).toEqual([BRUG, ANKER].sort());
    // De Brug had A, B, C, E, F, G, I, J, K; new in the 12 weeks all but E and K. Its own answers:
    // B 4h, C 10h, I 0.5h, J 2h; K expired, which is no answer.
    expect(schools[BRUG]).toMatchObject({
      newCount: 7,
      responded: 4,
      medianWaitHours: 3,
      // Closed and taken on by De Brug: only E (placed). C it declined, so Het Anker's placement is Het Anker's.
      placed: 1,
      closed: 1,
      // It still holds A, B and F; I, J and K it let go, so they are open at Het Anker only.
      openByAge: { "minder-dan-3-dagen": 1, "3-tot-7-dagen": 1, "1-tot-2-weken": 0, "meer-dan-2-weken": 1 },
    });
    // Het Anker had C, I, J and K (after De Brug) and D; all reached it in the 12 weeks, K yesterday.
    // Its own responses, from when each reached it: C 10h (its yes, not De Brug's no), D 40h (the
    // note at 30h was not by its staff), J 3h (its staff's note; not the accountmanager's at 1h).
    // I it has not reacted to: De Brug's no half an hour after sending does not count for it.
    expect(schools[ANKER]).toMatchObject({
      newCount: 5,
      responded: 3,
      medianWaitHours: 10,
      placed: 1,
      closed: 2,
      // I, J and K, by how long ago the employer sent them.
      openByAge: { "minder-dan-3-dagen": 1, "3-tot-7-dagen": 0, "1-tot-2-weken": 1, "meer-dan-2-weken": 1 },
    });
    // Every open request is counted at exactly one school: the one that holds it.
    const openAt = (measures: { openByAge: Record<string, number> }) => Object.values(measures.openByAge).reduce((x, y) => x + y, 0);
    expect(openAt(schools[BRUG]!) + openAt(schools[ANKER]!)).toBe(openAt(figures.overall));

    const amsterdam = await staffFigures(db, wspAmsterdam, {}, NOW);
    expect(amsterdam.overall).toMatchObject({ newCount: 1, responded: 1, medianWaitHours: 1, placed: 1, closed: 1 });
    expect(amsterdam.schools?.map((s) => s.name)).toContain(NOORDERLICHT);
    expect(amsterdam.schools?.map((s) => s.name)).not.toContain(BRUG);
  });

  it("gives a school only its own requests, and only itself in the list", async () => {
    const figures = await staffFigures(db, brug, { regionSlug: "groot-amsterdam" }, NOW);
    expect(figures.view).toEqual({ kind: "school", name: BRUG });
    expect(figures.overall).toMatchObject({ newCount: 7, responded: 4, medianWaitHours: 3, placed: 1, closed: 1 });
    expect(figures.overall.openByAge).toEqual({ "minder-dan-3-dagen": 1, "3-tot-7-dagen": 1, "1-tot-2-weken": 0, "meer-dan-2-weken": 1 });
    // Week 12: A, G; 11: B, I, J; 10: C; 8: F.
    expect(perWeek(figures)).toEqual([
      [8, 1],
      [10, 1],
      [11, 3],
      [12, 2],
    ]);
    expect(figures.schools?.map((s) => s.name)).toEqual([BRUG]);

    // A school looking at itself sees its own measures, the same as its row.
    const other = await staffFigures(db, anker, {}, NOW);
    expect(other.overall).toMatchObject({ newCount: 5, responded: 3, medianWaitHours: 10, placed: 1, closed: 2 });
    expect(other.overall.openByAge).toEqual({ "minder-dan-3-dagen": 1, "3-tot-7-dagen": 0, "1-tot-2-weken": 1, "meer-dan-2-weken": 1 });
    expect(other.schools?.map((s) => s.name)).toEqual([ANKER]);
    expect(other.schools?.[0]).toMatchObject({ newCount: 5, responded: 3, medianWaitHours: 10, openByAge: other.overall.openByAge });
    // Weeks by when a request reached Het Anker: D in 9, C in 10, J in 11, and I (sent in week 11,
    // reached it in week 12) and K (sent 90 days ago, reached it yesterday) in 12.
    expect(perWeek(other)).toEqual([
      [9, 1],
      [10, 1],
      [11, 1],
      [12, 2],
    ]);

    const elsewhere = await staffFigures(db, noorderlicht, {}, NOW);
    expect(elsewhere.overall).toMatchObject({ newCount: 1, placed: 1, closed: 1 });
  });

  it("says nothing is closed or answered when that is so, instead of 0", async () => {
    const empty = await staffFigures(db, staffOf("school", await organisation("vso-isala-zwolle")), {}, NOW);
    expect(empty.overall).toMatchObject({ newCount: 0, responded: 0, medianWaitHours: null, placed: 0, closed: 0 });
    expect(empty.schools).toMatchObject([{ name: "VSO Isala (demo)", newCount: 0, medianWaitHours: null }]);
  });
});

describe("the figures page", () => {
  it("sends an anonymous visitor to sign in", async () => {
    const response = await loader({ request: getRequest("/backoffice/cijfers"), params: {}, context }).catch((r: unknown) => r);
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).headers.get("Location")).toMatch(/^\/inloggen\?terug=/);
  });

  it("lets an administrator choose a region, and keeps an accountmanager in their own", async () => {
    const asAdmin = await createStaff(db, "admin", null);
    const chosen = await loader({ request: getRequest("/backoffice/cijfers?regio=groot-amsterdam", asAdmin), params: {}, context });
    expect(chosen).toMatchObject({ canChooseRegion: true, chosenRegion: "groot-amsterdam", heading: expect.stringContaining("Amsterdam") });
    expect(chosen.schools?.map((s) => s.name)).toContain(NOORDERLICHT);

    const asWsp = await createStaff(db, "wsp", "wsp-midden-utrecht");
    const own = await loader({ request: getRequest("/backoffice/cijfers?regio=groot-amsterdam", asWsp), params: {}, context });
    expect(own).toMatchObject({ canChooseRegion: false, regions: [], heading: expect.stringContaining("Utrecht") });
    expect(own.schools?.map((s) => s.name).sort()).toEqual([BRUG, ANKER].sort());
  });
});

describe("bar chart", () => {
  it("is an SVG image with a title and a spoken label, and the same numbers in a table", () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        title: "Open aanvragen naar leeftijd",
        bars: [
          { label: "< 3 dagen", name: "Minder dan 3 dagen", value: 2 },
          { label: "> 2 weken", name: "2 weken of langer", value: 0 },
        ],
        categoryHeader: "Binnengekomen",
        valueHeader: "Open aanvragen",
      }),
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Open aanvragen naar leeftijd. Minder dan 3 dagen: 2; 2 weken of langer: 0."');
    expect(html).toContain("<title>Open aanvragen naar leeftijd</title>");
    expect(html).not.toContain("style=");
    expect(html.match(/<rect /g)).toHaveLength(1); // no bar for 0
    expect(html).toContain('<th scope="row">2 weken of langer</th><td class="figures-number">0</td>');
  });
});
