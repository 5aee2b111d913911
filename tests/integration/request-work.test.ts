/**
 * What staff do on the back-office request page: notes, contact, owner, status, the school's
 * accept / decline / hand back, the WSP's forward, a reply to the employer. Each step leaves its
 * event, its emails in the outbox and an audit line; people of other organisations find nothing.
 */
import { getZodConstraint } from "@conform-to/zod/v4";
import { and, asc, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { StaffRole } from "~/domain/staff";
import { IntroductionSchema, isCalendarDate, RequestWorkSchema } from "~/forms/request-work";
import { amsterdamDate } from "~/domain/dates";
import { database, schema } from "~/lib/db.server";
import { staffSessionCookie } from "~/http/staff-session.server";
import { placesForPostcode } from "~/models/places.server";
import {
  acceptRequest,
  addNote,
  changeStatus,
  declineRequest,
  forwardToSchool,
  handBackToWsp,
  cancelIntroduction,
  logContact,
  planIntroduction,
  replyToEmployer,
  setOwner,
} from "~/models/request-work.server";
import { requestPage } from "~/models/request-page.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { respondToAssignment, hashToken } from "~/models/routing.server";
import { keyedHash } from "~/models/staff-auth.server";
import type { StaffMember } from "~/models/staff-scope.server";
import { action, loader } from "~/routes/backoffice.aanvragen.$reference";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { addStaffMember } from "../support/staff";
import { readable } from "../support/outbox";
import { parseIntroductionCalendar } from "~/domain/introduction-calendar";
import { describeEventForEmployer } from "~/domain/request-words";
import { readEmailBody } from "~/lib/mailer.server";
import { calendarForEmployerLink, sendIntroductionReminders } from "~/models/introductions.server";
import { employerOverview } from "~/models/employer-requests.server";

const db = database();

/** A person of a demo organisation (by slug; none for admin), straight in the database. */
const staffOf = (role: StaffRole, slug: string | null, name = `Test ${role} ${slug ?? "beheer"}`) => addStaffMember(db, role, slug, { name });

const brug = await staffOf("school", "pro-de-brug-utrecht", "Bram de Brug");
const brugColleague = await staffOf("school", "pro-de-brug-utrecht", "Bea de Brug");
const anker = await staffOf("school", "vso-het-anker-zeist", "Anna Anker");
const wsp = await staffOf("wsp", "wsp-midden-utrecht", "Wim Utrecht");
const admin = await staffOf("admin", null, "Ada Beheer");
const otherWsp = await staffOf("wsp", "wsp-amersfoort", "Wendy Amersfoort");
const [otherSchoolSlug] = (
  await db
    .select({ slug: schema.organisations.slug })
    .from(schema.organisations)
    .where(and(eq(schema.organisations.kind, "school"), eq(schema.organisations.regionSlug, "groot-amsterdam")))
).map((o) => o.slug);
const otherSchool = await staffOf("school", otherSchoolSlug!, "Olga Amsterdam");

/** A proefplaatsing from Utrecht in detailhandel: routed to De Brug, then Het Anker, then the WSP. */
async function submit(email = `werkgever-${crypto.randomUUID().slice(0, 8)}@example.org`) {
  const [place] = await placesForPostcode(db, "3511");
  const { reference } = await submitRequest(db, proefplaatsingRequest({ email }), place!);
  return (await requestByReference(db, reference))!;
}

async function current(reference: string) {
  return (await requestByReference(db, reference))!;
}

async function assignments(requestId: string) {
  const rows = await db
    .select({ status: schema.requestAssignments.status, slug: schema.organisations.slug, message: schema.requestAssignments.message })
    .from(schema.requestAssignments)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.requestAssignments.organisationId))
    .where(eq(schema.requestAssignments.requestId, requestId))
    .orderBy(asc(schema.requestAssignments.createdAt), asc(schema.requestAssignments.status));
  return rows.map((r) => [r.slug, r.status]);
}

async function events(requestId: string) {
  return db
    .select()
    .from(schema.requestEvents)
    .where(eq(schema.requestEvents.requestId, requestId))
    .orderBy(asc(schema.requestEvents.id));
}

async function lastEvent(requestId: string) {
  return (await events(requestId)).at(-1)!;
}

async function emails(requestId: string, template?: string) {
  return db
    .select()
    .from(schema.emailOutbox)
    .where(and(eq(schema.emailOutbox.requestId, requestId), template ? eq(schema.emailOutbox.template, template) : undefined))
    .orderBy(asc(schema.emailOutbox.createdAt))
    .then(readable);
}

/** What the employer reads in their timeline. */
async function employerTimeline(requestId: string) {
  return (await events(requestId)).map((event) => describeEventForEmployer(event)).filter((line) => line !== null);
}

async function organisationName(staff: StaffMember) {
  return staff.organisation?.name ?? "";
}

async function audit(requestId: string) {
  return db
    .select()
    .from(schema.auditLog)
    .where(eq(schema.auditLog.requestId, requestId))
    .orderBy(desc(schema.auditLog.id));
}

describe("notes and contact", () => {
  it("adds an internal note and a contact log line, signed by the person, with an audit line", async () => {
    const request = await submit();
    expect(await addNote(db, wsp, request.reference, { text: "Bekend bedrijf, eerder geholpen." })).toEqual({ ok: true });
    expect(await lastEvent(request.id)).toMatchObject({
      type: "notitie",
      actor: `medewerker:${wsp.id}`,
      data: { text: "Bekend bedrijf, eerder geholpen.", staffName: "Wim Utrecht" },
    });
    expect(await logContact(db, brug, request.reference, { channel: "gebeld", text: "Voicemail ingesproken." })).toEqual({ ok: true });
    expect(await lastEvent(request.id)).toMatchObject({
      type: "contact",
      actor: `medewerker:${brug.id}`,
      data: { channel: "gebeld", text: "Voicemail ingesproken.", staffName: "Bram de Brug" },
    });
    const lines = await audit(request.id);
    expect(lines.slice(0, 2).map((l) => [l.staffMemberId, l.action])).toEqual([
      [brug.id, "gewijzigd"],
      [wsp.id, "gewijzigd"],
    ]);
    // Internal: nothing is emailed for a note or a call.
    expect((await emails(request.id)).map((e) => e.template).sort()).toEqual(["aanvraag-ontvangen", "nieuwe-aanvraag-school", "nieuwe-aanvraag-wsp"]);
  });
});

describe("who may act", () => {
  it("answers not found to a school of another organisation and a WSP of another region", async () => {
    const request = await submit();
    for (const stranger of [otherSchool, otherWsp, anker]) {
      expect(await addNote(db, stranger, request.reference, { text: "Hallo" })).toEqual({ ok: false, reason: "niet_gevonden" });
      expect(await requestPage(db, stranger, request.reference)).toBeNull();
    }
    expect(await addNote(db, wsp, "OP-2000-999999", { text: "Hallo" })).toEqual({ ok: false, reason: "niet_gevonden" });
  });

  it("lets a school that declined read the request, but not act on it", async () => {
    const request = await submit();
    expect(await declineRequest(db, brug, request.reference, { reason: "geen-plek" })).toEqual({ ok: true });
    const page = await requestPage(db, brug, request.reference);
    expect(page).toMatchObject({ access: "read", actions: { note: false, status: false, accept: false, reply: false } });
    expect(await addNote(db, brug, request.reference, { text: "Toch nog iets" })).toEqual({
      ok: false,
      message: "U kunt deze aanvraag alleen bekijken.",
    });
    expect(await acceptRequest(db, brug, request.reference)).toMatchObject({ ok: false, message: expect.any(String) });
  });

  it("does not let a school forward, nor a WSP accept for a school", async () => {
    const request = await submit();
    const ankerId = (await db.select().from(schema.organisations).where(eq(schema.organisations.slug, "vso-het-anker-zeist")))[0]!.id;
    expect(await forwardToSchool(db, brug, request.reference, { schoolId: ankerId, message: "Voor jullie" })).toEqual({
      ok: false,
      message: "Alleen het werkgeversservicepunt kan een open aanvraag naar een andere school sturen.",
    });
    expect(await acceptRequest(db, wsp, request.reference)).toMatchObject({ ok: false, message: expect.any(String) });
    // A school that has not taken the request on cannot plan or close it yet.
    expect(await changeStatus(db, brug, request.reference, { to: "geplaatst" })).toMatchObject({ ok: false, message: expect.any(String) });
  });
});

describe("owner", () => {
  it("lets a school choose among its own people and a WSP among the region's, and records it", async () => {
    const request = await submit();
    const schoolPage = (await requestPage(db, brug, request.reference))!;
    expect(schoolPage.ownerOptions.map((o) => o.label)).toEqual(
      expect.arrayContaining(["Bea de Brug – Praktijkschool De Brug (demo)", "Bram de Brug – Praktijkschool De Brug (demo)"]),
    );
    expect(schoolPage.ownerOptions.some((o) => o.label.includes("Wim"))).toBe(false);
    const wspPage = (await requestPage(db, wsp, request.reference))!;
    expect(wspPage.ownerOptions.some((o) => o.label.startsWith("Wim Utrecht"))).toBe(true);
    expect(wspPage.ownerOptions.some((o) => o.label.startsWith("Bram de Brug"))).toBe(true);
    expect(wspPage.ownerOptions.some((o) => o.label.startsWith("Anna Anker"))).toBe(false);

    expect(await setOwner(db, brug, request.reference, { ownerId: wsp.id })).toMatchObject({ ok: false, message: expect.any(String) });
    expect(await setOwner(db, brug, request.reference, { ownerId: brugColleague.id })).toEqual({ ok: true });
    expect((await current(request.reference)).ownerId).toBe(brugColleague.id);
    expect(await lastEvent(request.id)).toMatchObject({ type: "eigenaar_gewijzigd", data: { ownerId: brugColleague.id, ownerName: "Bea de Brug" } });
    expect((await requestPage(db, wsp, request.reference))!.request.owner).toBe("Bea de Brug – Praktijkschool De Brug (demo)");

    expect(await setOwner(db, wsp, request.reference, { ownerId: null })).toEqual({ ok: true });
    expect((await current(request.reference)).ownerId).toBeNull();
    expect((await requestPage(db, wsp, request.reference))!.request.owner).toBeNull();
    expect(await setOwner(db, admin, request.reference, { ownerId: admin.id })).toEqual({ ok: true });
  });
});

describe("the school's steps", () => {
  it("accepts as the answer link does: in progress, the employer is told, and whoever accepted follows it", async () => {
    const request = await submit();
    expect(await acceptRequest(db, brug, request.reference)).toEqual({ ok: true });
    expect((await current(request.reference)).status).toBe("in_behandeling");
    expect((await current(request.reference)).ownerId).toBe(brug.id);
    expect(await assignments(request.id)).toEqual([["pro-de-brug-utrecht", "accepted"]]);
    const events = await db.select().from(schema.requestEvents).where(eq(schema.requestEvents.requestId, request.id)).orderBy(asc(schema.requestEvents.id));
    expect(events.slice(-2)).toMatchObject([
      { type: "geaccepteerd", data: { staffName: "Bram de Brug" } },
      { type: "eigenaar_gewijzigd", data: { ownerId: brug.id, ownerName: "Bram de Brug" } },
    ]);
    const [news] = await emails(request.id, "status-gewijzigd");
    expect(news?.text).toContain("Praktijkschool De Brug (demo) pakt uw aanvraag op");
    // The answer link now says it was answered.
    expect(await acceptRequest(db, brug, request.reference)).toMatchObject({ ok: false });
  });

  it("declines with a reason and re-routes like the answer link: next school, then the WSP", async () => {
    const request = await submit();
    expect(await declineRequest(db, brug, request.reference, { reason: "te-ver", explanation: "Te ver fietsen" })).toEqual({ ok: true });
    expect(await assignments(request.id)).toEqual([
      ["pro-de-brug-utrecht", "declined"],
      ["vso-het-anker-zeist", "open"],
    ]);
    expect((await events(request.id)).find((e) => e.type === "afgewezen")?.data).toMatchObject({ reason: "te-ver: Te ver fietsen" });
    expect((await emails(request.id, "nieuwe-aanvraag-school")).map((e) => e.toAddress)).toContain("vso-het-anker-zeist@example.org");
    expect((await current(request.reference)).routing.school?.name).toBe("VSO Het Anker (demo)");

    expect(await declineRequest(db, anker, request.reference, { reason: "geen-plek" })).toEqual({ ok: true });
    expect(await assignments(request.id)).toEqual([
      ["pro-de-brug-utrecht", "declined"],
      ["vso-het-anker-zeist", "declined"],
      ["wsp-midden-utrecht", "open"],
    ]);
    expect((await current(request.reference)).routing.handler).toBe("wsp");
    expect(await declineRequest(db, anker, request.reference, { reason: "geen-plek" })).toMatchObject({ ok: false });
  });

  it("plans an introduction after accepting, then hands the request back to the WSP", async () => {
    const request = await submit();
    await acceptRequest(db, brug, request.reference);
    await setOwner(db, brug, request.reference, { ownerId: brug.id });
    expect(
      await planIntroduction(db, brug, request.reference, { date: "2030-03-14", startTime: "14:00", placeKind: "organisation", address: "Schoolstraat 1", meetWith: "Bram de Brug" }),
    ).toEqual({ ok: true });
    let saved = await current(request.reference);
    expect(saved).toMatchObject({ status: "kennismaking_gepland", introductionOn: "2030-03-14" });
    expect(await lastEvent(request.id)).toMatchObject({ type: "kennismaking_gepland", data: { introductionOn: "2030-03-14", startsAt: "2030-03-14T13:00:00.000Z" } });
    expect((await emails(request.id, "kennismaking")).at(-1)?.text).toContain("donderdag 14 maart om 14.00 uur");

    expect(await handBackToWsp(db, brug, request.reference, { reason: "De leerling is toch verhuisd." })).toEqual({ ok: true });
    saved = await current(request.reference);
    expect(saved).toMatchObject({ status: "nieuw", introductionOn: null, ownerId: null });
    expect(saved.routing).toMatchObject({ handler: "wsp", school: null, wsp: { name: "Werkgeversservicepunt Midden-Utrecht (demo)" } });
    expect(await assignments(request.id)).toEqual([
      ["pro-de-brug-utrecht", "returned"],
      ["wsp-midden-utrecht", "open"],
    ]);
    expect(await lastEvent(request.id)).toMatchObject({ type: "teruggegeven", data: { reason: "De leerling is toch verhuisd." } });
    const wspMails = await emails(request.id, "nieuwe-aanvraag-wsp");
    expect(wspMails).toHaveLength(2);
    expect(wspMails.at(-1)?.subject).toContain("Voor u");
    // The school can still read it, no longer work it.
    expect((await requestPage(db, brug, request.reference))?.access).toBe("read");
  });
});

describe("the WSP's forward", () => {
  it("sends the request to another school of the region with a message, and tells the employer", async () => {
    const request = await submit();
    await acceptRequest(db, brug, request.reference);
    const page = (await requestPage(db, wsp, request.reference))!;
    expect(page.forwardOptions.map((o) => o.label)).toEqual(["VSO Het Anker (demo)"]);
    const ankerId = page.forwardOptions[0]!.value;

    expect(await forwardToSchool(db, wsp, request.reference, { schoolId: ankerId, message: "Kunnen jullie deze bakker helpen?" })).toEqual({
      ok: true,
    });
    expect(await assignments(request.id)).toEqual([
      ["pro-de-brug-utrecht", "reassigned"],
      ["vso-het-anker-zeist", "open"],
    ]);
    const saved = await current(request.reference);
    expect(saved).toMatchObject({ status: "nieuw", routing: { handler: "school", school: { name: "VSO Het Anker (demo)" } } });
    expect(await lastEvent(request.id)).toMatchObject({
      type: "doorgestuurd_door_wsp",
      data: { schoolName: "VSO Het Anker (demo)", message: "Kunnen jullie deze bakker helpen?" },
    });
    const schoolMail = (await emails(request.id, "nieuwe-aanvraag-school")).at(-1)!;
    expect(schoolMail.toAddress).toBe("vso-het-anker-zeist@example.org");
    expect(schoolMail.text).toContain("Kunnen jullie deze bakker helpen?");
    expect(schoolMail.text).toMatch(/\/reactie\/[A-Za-z0-9_-]+/);
    expect((await emails(request.id, "status-gewijzigd")).at(-1)?.text).toContain("doorgestuurd naar VSO Het Anker (demo)");
    // The WSP did it itself: no "ter informatie" email for this step.
    expect(await emails(request.id, "nieuwe-aanvraag-wsp")).toHaveLength(1);
    // De Brug, which had it, hears it can stop.
    const [elsewhere] = await emails(request.id, "aanvraag-elders");
    expect(elsewhere?.toAddress).toBe("pro-de-brug-utrecht@example.org");
    expect(elsewhere?.text).toContain("U hoeft er niets meer mee te doen.");
    // Back on the page, De Brug is still a choice, marked as having had it.
    expect((await requestPage(db, wsp, request.reference))!.forwardOptions.map((o) => o.label)).toEqual([
      "Praktijkschool De Brug (demo) (had deze aanvraag al: doorgestuurd naar een andere school)",
    ]);

    // The new school answers through the link in its email, as any routed school does.
    const token = `test-${crypto.randomUUID()}`;
    await db
      .update(schema.requestAssignments)
      .set({ responseTokenHash: hashToken(token) })
      .where(and(eq(schema.requestAssignments.requestId, request.id), eq(schema.requestAssignments.status, "open")));
    expect(await respondToAssignment(db, token, { accept: true })).toEqual({ ok: true });
    expect((await current(request.reference)).status).toBe("in_behandeling");
  });

  it("refuses a school outside the region or the one that has it now", async () => {
    const request = await submit();
    const brugId = brug.organisation!.id;
    expect(await forwardToSchool(db, wsp, request.reference, { schoolId: brugId, message: "Nog eens" })).toEqual({
      ok: false,
      message: "Kies een school uit de lijst.",
    });
    expect(await forwardToSchool(db, wsp, request.reference, { schoolId: otherSchool.organisation!.id, message: "Ver weg" })).toEqual({
      ok: false,
      message: "Kies een school uit de lijst.",
    });
  });
});

describe("status", () => {
  it("closes only with an outcome: placed, or no match with a reason", async () => {
    const request = await submit();
    expect(await changeStatus(db, wsp, request.reference, { to: "geplaatst" })).toEqual({
      ok: false,
      message: "Deze stap kan niet vanuit de huidige status.",
    });
    expect(await changeStatus(db, wsp, request.reference, { to: "geen_match", reason: "niet-bereikbaar", explanation: "Drie keer gebeld" })).toEqual({
      ok: true,
    });
    const saved = await current(request.reference);
    expect(saved).toMatchObject({ status: "geen_match", outcome: "geen_match", outcomeReason: "De werkgever was niet bereikbaar: Drie keer gebeld" });
    expect(saved.closedAt).not.toBeNull();
    // The school that still had to answer does not any more.
    expect(await assignments(request.id)).toEqual([["pro-de-brug-utrecht", "withdrawn"]]);
    expect(await lastEvent(request.id)).toMatchObject({
      type: "status_gewijzigd",
      data: { from: "nieuw", to: "geen_match", outcome: "geen_match", reason: "De werkgever was niet bereikbaar: Drie keer gebeld" },
    });
    expect((await emails(request.id, "status-gewijzigd")).at(-1)?.text).toContain("niet gelukt");
    const page = (await requestPage(db, wsp, request.reference))!;
    expect(page.actions).toMatchObject({ status: true, forward: false, owner: false });
    expect(page.statusOptions.map((o) => o.value)).toEqual(["in_behandeling"]);

    expect(await changeStatus(db, wsp, request.reference, { to: "in_behandeling" })).toEqual({ ok: true });
    expect(await current(request.reference)).toMatchObject({ status: "in_behandeling", outcome: null, outcomeReason: null, closedAt: null });
    expect(await changeStatus(db, wsp, request.reference, { to: "geplaatst" })).toEqual({ ok: true });
    expect(await current(request.reference)).toMatchObject({ status: "geplaatst", outcome: "geplaatst" });
    expect((await emails(request.id, "status-gewijzigd")).at(-1)?.text).toContain("Goed nieuws");
  });
});

describe("reply to the employer", () => {
  it("emails the message through the outbox with a fresh tracking link, and shows it in the timeline", async () => {
    const request = await submit("antwoord@example.org");
    expect(await replyToEmployer(db, brug, request.reference, { message: "Ik bel u donderdag." })).toEqual({ ok: true });
    const [mail] = await emails(request.id, "antwoord-van-medewerker");
    expect(mail).toMatchObject({ toAddress: "antwoord@example.org", status: "pending" });
    expect(mail!.subject).toContain(request.reference);
    expect(mail!.text).toContain("Ik bel u donderdag.");
    expect(mail!.text).toContain("Bram de Brug");
    expect(mail!.text).toContain("Praktijkschool De Brug (demo)");
    expect(mail!.text).toMatch(/\/volgen\/[A-Za-z0-9_-]{20,}/);
    expect(await lastEvent(request.id)).toMatchObject({
      type: "antwoord_medewerker",
      data: { message: "Ik bel u donderdag.", staffName: "Bram de Brug", organisationName: "Praktijkschool De Brug (demo)" },
    });

    const page = (await requestPage(db, wsp, request.reference))!;
    const entries = page.timeline;
    expect(entries.some((e) => e.kind === "event" && e.quote === "Ik bel u donderdag.")).toBe(true);
    expect(entries.some((e) => e.kind === "email" && e.label === "Bericht van een medewerker" && e.to === "antwoord@example.org" && e.state === "wacht")).toBe(true);
  });
});

describe("the page", () => {
  it("shows details, routing with reasons and the timeline to a WSP of the region", async () => {
    const request = await submit();
    const page = (await requestPage(db, wsp, request.reference))!;
    expect(page).toMatchObject({
      reference: request.reference,
      access: "work",
      request: { kindLabel: "proefplaatsing", statusLabel: "Nieuw", companyName: "Bakkerij Het Zuiden", municipalityName: "Utrecht", postcode: "3511" },
      routing: { handler: "school" },
    });
    expect(page.request.answers).toEqual(
      expect.arrayContaining([
        { label: "Werk", value: "Brood inpakken en de winkel netjes houden." },
        { label: "Wanneer beginnen", value: "Zo snel mogelijk" },
      ]),
    );
    expect(page.routing.sentence).toContain("Praktijkschool De Brug (demo)");
    expect(page.routing.reasons.length).toBeGreaterThan(0);
    expect(page.timeline[0]).toMatchObject({ kind: "event", type: "ontvangen" });
    expect(page.timeline.filter((e) => e.kind === "email")).toHaveLength(3);
    expect(page.assignments).toMatchObject([{ organisationName: "Praktijkschool De Brug (demo)", statusLabel: "Wacht op antwoord" }]);
  });
});

describe("the route", () => {
  /** A signed-in browser for a person: a session row and its cookie. */
  async function cookieFor(staff: StaffMember): Promise<string> {
    const token = crypto.randomUUID();
    await db.insert(schema.staffSessions).values({ staffMemberId: staff.id, tokenHash: keyedHash("sessie", token) });
    return (await staffSessionCookie().serialize(token)).split(";")[0]!;
  }
  const context = { cspNonce: "", clientIp: "127.0.0.1" };
  const path = (reference: string) => `http://localhost:3000/backoffice/aanvragen/${reference}`;

  async function get(staff: StaffMember, reference: string) {
    const request = new Request(path(reference), { headers: { Cookie: await cookieFor(staff) } });
    try {
      return await loader({ request, params: { reference }, context });
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
  }

  async function post(staff: StaffMember, reference: string, form: Record<string, string>) {
    const request = new Request(path(reference), {
      method: "POST",
      headers: { Cookie: await cookieFor(staff), Origin: "http://localhost:3000", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form),
    });
    try {
      const result = (await action({ request, params: { reference }, context })) as unknown;
      if (result instanceof Response) return { status: result.status, location: result.headers.get("Location"), body: null };
      const { data: body, init } = result as { data: { intent: string; result: { error?: Record<string, string[]> } }; init: { status?: number } | null };
      return { status: init?.status ?? 200, location: null, body };
    } catch (thrown) {
      if (thrown instanceof Response) return { status: thrown.status, location: null, body: null };
      throw thrown;
    }
  }

  it("shows the page to the region's WSP and logs the view; others get 404", async () => {
    const request = await submit();
    const page = await get(wsp, request.reference);
    expect(page).not.toBeInstanceOf(Response);
    expect((page as { reference: string }).reference).toBe(request.reference);
    expect((await audit(request.id))[0]).toMatchObject({ staffMemberId: wsp.id, action: "bekeken" });
    for (const stranger of [otherWsp, otherSchool]) {
      expect(((await get(stranger, request.reference)) as Response).status).toBe(404);
    }
  });

  it("answers a bad form with its errors, a good one with a redirect, a stranger with 404", async () => {
    const request = await submit();
    const empty = await post(wsp, request.reference, { intent: "notitie", text: "  " });
    expect(empty.status).toBe(400);
    expect(empty.body?.result.error?.text).toEqual(["Schrijf uw notitie."]);

    const appointment = { intent: "kennismaking", startTime: "14:00", place: "organisation", address: "Schoolstraat 1, Utrecht", meetWith: "Wim Utrecht" };
    const noDate = await post(wsp, request.reference, { ...appointment, introductionOn: "2026-02-30" });
    expect(noDate.body?.result.error?.introductionOn).toEqual(["Vul een datum in zoals 14-03-2026."]);
    // Year 0000 is no date the database takes; a crafted one gets the form's message, not an error page.
    const yearZero = await post(wsp, request.reference, { ...appointment, introductionOn: "0000-01-01" });
    expect(yearZero.status).toBe(400);
    expect(yearZero.body?.result.error?.introductionOn).toEqual(["Vul een datum in zoals 14-03-2026."]);
    const nul = await post(wsp, request.reference, { intent: "notitie", text: "Bellen\u0000" });
    expect(nul.status).toBe(400);
    expect(nul.body?.result.error?.text).toEqual(["Er staat een teken in de tekst dat niet kan. Typ de tekst opnieuw."]);
    const noReason = await post(wsp, request.reference, { intent: "status", status: "geen_match" });
    expect(noReason.body?.result.error?.reason).toEqual(["Kies waarom er geen match is."]);

    const done = await post(wsp, request.reference, { intent: "notitie", text: "Morgen bellen." });
    expect(done).toMatchObject({ status: 302, location: `/backoffice/aanvragen/${request.reference}?gedaan=notitie#gedaan` });

    const refused = await post(brug, request.reference, { intent: "doorsturen", schoolId: anker.organisation!.id, message: "Hier" });
    expect(refused.status).toBe(400);
    expect(refused.body?.result.error?.[""]).toEqual(["Alleen het werkgeversservicepunt kan een open aanvraag naar een andere school sturen."]);

    expect((await post(otherWsp, request.reference, { intent: "notitie", text: "Hallo" })).status).toBe(404);
    expect((await post(otherSchool, request.reference, { intent: "notitie" })).status).toBe(404);
  });
});

describe("the form's checks", () => {
  it("gives the browser conform's constraints for every form on the page (a schema conform cannot read breaks the page)", () => {
    for (const schema of RequestWorkSchema.def.options) expect(() => getZodConstraint(schema)).not.toThrow();
  });

  const plan = (introductionOn: string, address = "Schoolstraat 1, Utrecht") =>
    IntroductionSchema.safeParse({ intent: "kennismaking", introductionOn, startTime: "23:59", place: "organisation", address, meetWith: "Bram de Brug" });
  const DATE_MESSAGE = "Vul een datum in zoals 14-03-2026.";

  it("takes an introduction date that exists, from today up to 2100", () => {
    for (const date of ["2028-02-29", "2030-03-14", "2100-12-31", amsterdamDate(new Date())]) {
      expect(plan(date).success, date).toBe(true);
    }
    for (const date of ["2000-01-01", "2024-02-29", "2019-06-01"]) expect(isCalendarDate(date), date).toBe(true);
  });

  it("asks for the address also when the kennismaking is at school: the invite needs a street", () => {
    const result = plan("2030-03-14", "");
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["address", "Vul het adres in, zodat de werkgever de weg vindt."]]);
  });

  it("refuses an introduction in the past, beside the field", () => {
    const result = plan("2026-01-05");
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["introductionOn", "Kies vandaag of een dag na vandaag."]]);
  });

  it("refuses a date the database would refuse, or one far outside any real appointment", () => {
    for (const date of ["0000-01-01", "0001-01-01", "1999-12-31", "2101-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "14-03-2026", "2026-3-14", "+02026-03-14"]) {
      const result = plan(date);
      expect(result.success, date).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message]), date).toEqual([["introductionOn", DATE_MESSAGE]]);
    }
  });

  it("refuses the NUL character, which the database cannot store, in every text the page sends", () => {
    const nul = "Tekst\u0000";
    const forms = [
      { intent: "notitie", text: nul },
      { intent: "contact", channel: "gebeld", text: nul },
      { intent: "status", status: "geen_match", reason: "geen-leerling", explanation: nul },
      { intent: "afwijzen", reason: "geen-plek", explanation: nul },
      { intent: "teruggeven", reason: nul },
      { intent: "doorsturen", schoolId: crypto.randomUUID(), message: nul },
      { intent: "antwoord", message: nul },
    ];
    for (const form of forms) {
      const result = RequestWorkSchema.safeParse(form);
      expect(result.success, form.intent).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message), form.intent).toEqual([
        "Er staat een teken in de tekst dat niet kan. Typ de tekst opnieuw.",
      ]);
      // The same form without the NUL is fine: that character was the only problem.
      const clean = Object.fromEntries(Object.entries(form).map(([key, value]) => [key, value === nul ? "Tekst" : value]));
      expect(RequestWorkSchema.safeParse(clean).success, form.intent).toBe(true);
    }
  });

  it("refuses an owner or school id that only looks like a uuid", () => {
    expect(RequestWorkSchema.safeParse({ intent: "eigenaar", ownerId: "-".repeat(36) }).success).toBe(false);
    expect(RequestWorkSchema.safeParse({ intent: "doorsturen", schoolId: "-".repeat(36), message: "Hallo" }).success).toBe(false);
  });
});

describe("the kennismaking as an appointment", () => {
  const introductions = schema.introductions;

  async function introductionRows(requestId: string) {
    return db.select().from(introductions).where(eq(introductions.requestId, requestId)).orderBy(asc(introductions.createdAt));
  }

  /** The outbox rows of a template, with their attachments opened as the worker opens them. */
  async function invites(requestId: string, template: "kennismaking" | "kennismaking-school") {
    const rows = await db
      .select()
      .from(schema.emailOutbox)
      .where(and(eq(schema.emailOutbox.requestId, requestId), eq(schema.emailOutbox.template, template)))
      .orderBy(asc(schema.emailOutbox.createdAt));
    return Promise.all(rows.map(async (row) => {
      const body = await readEmailBody(row);
      const [file] = body.attachments;
      return { row, text: body.text, html: body.html, file, calendar: file ? parseIntroductionCalendar(file.content) : null };
    }));
  }

  async function accepted() {
    const request = await submit();
    expect(await acceptRequest(db, brug, request.reference)).toEqual({ ok: true });
    return request;
  }

  const at = { date: "2031-06-12", startTime: "10:00", placeKind: "organisation" as const, address: "Schoolstraat 1, Utrecht", meetWith: "Fatima de Vries" };

  it("plans it: one appointment, the employer's invite with the contact to reply to, the planner's own, the words in the timeline", async () => {
    await db.update(schema.staffMembers).set({ contactPhone: "06 12345678", contactEmail: "bram@debrug.example" }).where(eq(schema.staffMembers.id, brug.id));
    const request = await accepted();
    expect(await planIntroduction(db, brug, request.reference, at)).toEqual({ ok: true });

    const [row] = await introductionRows(request.id);
    expect(row).toMatchObject({ sequence: 0, placeKind: "organisation", address: "Schoolstraat 1, Utrecht", meetWith: "Fatima de Vries", cancelledAt: null });
    expect(row?.startsAt.toISOString()).toBe("2031-06-12T08:00:00.000Z");
    expect(await current(request.reference)).toMatchObject({ status: "kennismaking_gepland", introductionOn: "2031-06-12" });

    const [employerMail] = await invites(request.id, "kennismaking");
    expect(employerMail?.row).toMatchObject({ toAddress: request.details.email, replyTo: "bram@debrug.example" });
    expect(employerMail?.row.subject).toBe(`Kennismaking op donderdag 12 juni om 10.00 uur (${request.reference})`);
    expect(employerMail?.text).toContain("Bram de Brug, Praktijkschool De Brug");
    expect(employerMail?.text).toContain("06 12345678");
    expect(employerMail?.html).toMatch(/href="http:\/\/localhost:3000\/volgen\/[A-Za-z0-9_-]+\/kennismaking\.ics"/);
    expect(employerMail?.file).toMatchObject({ filename: "kennismaking.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST" });
    expect(employerMail?.calendar).toMatchObject({
      method: "REQUEST",
      uid: row?.uid,
      sequence: 0,
      startsAt: new Date("2031-06-12T08:00:00.000Z"),
      endsAt: new Date("2031-06-12T09:00:00.000Z"),
      location: `${await organisationName(brug)}, Schoolstraat 1, Utrecht`,
      organizer: "mailto:bram@debrug.example",
      attendees: [`mailto:${request.details.email}`],
    });
    // The attachment is stored like the body: encrypted, and opening nothing without DATA_KEY.
    expect(employerMail?.row.attachments).toMatch(/^enc:v1:/);
    expect(employerMail?.row.attachments).not.toContain(row?.uid ?? "");

    const [schoolMail] = await invites(request.id, "kennismaking-school");
    expect(schoolMail?.row.toAddress).toBe(brug.email);
    expect(schoolMail?.calendar).toMatchObject({ method: "REQUEST", uid: row?.uid, sequence: 0 });

    expect(await lastEvent(request.id)).toMatchObject({ type: "kennismaking_gepland", data: { moved: false, meetWith: "Fatima de Vries" } });
    const words = await employerTimeline(request.id);
    expect(words).toContain(`Kennismaking op donderdag 12 juni om 10.00 uur, op school (${await organisationName(brug)}, Schoolstraat 1, Utrecht). U spreekt met Fatima de Vries.`);
  });

  it("moving keeps the UID and raises the SEQUENCE; cancelling sends a CANCEL for the same event and puts the request back", async () => {
    const request = await accepted();
    await planIntroduction(db, brug, request.reference, at);
    expect(await planIntroduction(db, brug, request.reference, { ...at, startTime: "15.30", placeKind: "address", address: "Dorpsstraat 5, Zeist" })).toEqual({ ok: true });
    const rows = await introductionRows(request.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sequence: 1, placeKind: "address", address: "Dorpsstraat 5, Zeist" });
    const mails = await invites(request.id, "kennismaking");
    expect(mails.map((m) => [m.calendar?.method, m.calendar?.uid, m.calendar?.sequence])).toEqual([
      ["REQUEST", rows[0]?.uid, 0],
      ["REQUEST", rows[0]?.uid, 1],
    ]);
    expect(mails[1]?.row.subject).toBe(`Kennismaking verzet naar donderdag 12 juni om 15.30 uur (${request.reference})`);
    expect(mails[1]?.calendar?.location).toBe("Dorpsstraat 5, Zeist");
    // The employer's page shows the appointment as it is now.
    const [onPage] = await employerOverview(db, request.employerId);
    expect(onPage?.appointment).toMatchObject({ startsAt: new Date("2031-06-12T13:30:00.000Z"), placeKind: "address", address: "Dorpsstraat 5, Zeist", meetWith: "Fatima de Vries" });

    expect(await cancelIntroduction(db, brug, request.reference, { message: "De leerling is ziek." })).toEqual({ ok: true });
    const [cancelled] = await introductionRows(request.id);
    expect(cancelled?.cancelledAt).not.toBeNull();
    expect(cancelled?.sequence).toBe(2);
    const last = (await invites(request.id, "kennismaking")).at(-1);
    expect(last?.calendar).toMatchObject({ method: "CANCEL", uid: rows[0]?.uid, sequence: 2, status: "CANCELLED" });
    expect(last?.row.subject).toBe(`Kennismaking van donderdag 12 juni om 15.30 uur gaat niet door (${request.reference})`);
    expect(last?.text).toContain("De leerling is ziek.");
    expect((await invites(request.id, "kennismaking-school")).at(-1)?.calendar).toMatchObject({ method: "CANCEL", sequence: 2 });
    expect(await current(request.reference)).toMatchObject({ status: "in_behandeling", introductionOn: null });
    expect((await employerOverview(db, request.employerId))[0]?.appointment).toBeNull();
    expect(await employerTimeline(request.id)).toContain("De kennismaking van donderdag 12 juni om 15.30 uur gaat niet door.");
    expect(await cancelIntroduction(db, brug, request.reference, { message: null })).toMatchObject({ ok: false, message: "Er is geen kennismaking gepland." });

    // Planned again after a cancellation: a new event with a new UID.
    await planIntroduction(db, brug, request.reference, at);
    const again = await introductionRows(request.id);
    expect(again).toHaveLength(2);
    expect(again[1]?.uid).not.toBe(again[0]?.uid);
  });

  it("the WSP moving a school's appointment keeps it at the school: the form names the school, the emails too", async () => {
    const request = await accepted();
    await planIntroduction(db, brug, request.reference, at);
    const school = await organisationName(brug);
    // The WSP's form offers the school as the place, not its own office.
    expect((await requestPage(db, wsp, request.reference))?.introductionDefaults.organisationLabel).toBe(`Op school (${school})`);
    expect((await requestPage(db, brug, request.reference))?.introductionDefaults.organisationLabel).toBe("Op school");
    expect(await planIntroduction(db, wsp, request.reference, { ...at, startTime: "15:00" })).toEqual({ ok: true });
    const [row] = await introductionRows(request.id);
    expect(row).toMatchObject({ sequence: 1, organisationId: brug.organisation?.id, placeKind: "organisation" });
    const moved = (await invites(request.id, "kennismaking")).at(-1);
    expect(moved?.calendar?.location).toBe(`${school}, Schoolstraat 1, Utrecht`);
    expect(moved?.text).toContain(`Op school (${school}, Schoolstraat 1, Utrecht)`);
    expect(await employerTimeline(request.id)).toContain(`De kennismaking is verzet. Kennismaking op donderdag 12 juni om 15.00 uur, op school (${school}, Schoolstraat 1, Utrecht). U spreekt met Fatima de Vries.`);
  });

  it("the reminder goes once on the working day before, and again for a new date after a move", async () => {
    const request = await accepted();
    const planned = new Date("2032-01-01T10:00:00Z");
    await planIntroduction(db, brug, request.reference, { ...at, date: "2032-01-08" }, planned);
    const reminders = async () => (await invites(request.id, "kennismaking")).filter((m) => m.row.subject.startsWith("Herinnering"));

    // Thursday 8 January 2032 at 10:00 → Wednesday 7 January from 08:00 (07:00 UTC).
    await sendIntroductionReminders(db, new Date("2032-01-07T06:59:00Z"));
    expect(await reminders()).toHaveLength(0);
    await sendIntroductionReminders(db, new Date("2032-01-07T07:00:00Z"));
    await sendIntroductionReminders(db, new Date("2032-01-07T07:01:00Z"));
    await Promise.all([sendIntroductionReminders(db, new Date("2032-01-07T08:00:00Z")), sendIntroductionReminders(db, new Date("2032-01-07T08:00:00Z"))]);
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.row.subject).toBe(`Herinnering: kennismaking op donderdag 8 januari om 10.00 uur (${request.reference})`);
    expect(sent[0]?.html).toMatch(/kennismaking\.ics/);

    // Moved to the next week: the new date gets its own reminder.
    await planIntroduction(db, brug, request.reference, { ...at, date: "2032-01-15" }, new Date("2032-01-07T09:00:00Z"));
    await sendIntroductionReminders(db, new Date("2032-01-14T07:00:00Z"));
    expect(await reminders()).toHaveLength(2);
  });

  it("no reminder for a cancelled appointment, nor once the request has moved on", async () => {
    const request = await accepted();
    await planIntroduction(db, brug, request.reference, { ...at, date: "2032-02-05" }, new Date("2032-01-20T10:00:00Z"));
    await cancelIntroduction(db, brug, request.reference, { message: null }, new Date("2032-01-21T10:00:00Z"));
    await sendIntroductionReminders(db, new Date("2032-02-04T07:30:00Z"));
    expect((await invites(request.id, "kennismaking")).filter((m) => m.row.subject.startsWith("Herinnering"))).toHaveLength(0);
  });

  it("handing the request back calls off an appointment that is still ahead", async () => {
    const request = await accepted();
    await planIntroduction(db, brug, request.reference, at);
    await handBackToWsp(db, brug, request.reference, { reason: "Geen leerling." });
    expect((await introductionRows(request.id))[0]?.cancelledAt).not.toBeNull();
    expect((await invites(request.id, "kennismaking")).at(-1)?.calendar?.method).toBe("CANCEL");
  });

  it("the employer's calendar file opens only through their own link, and not after a cancellation", async () => {
    const request = await accepted();
    await planIntroduction(db, brug, request.reference, at);
    const [mail] = await invites(request.id, "kennismaking");
    const token = /\/volgen\/([A-Za-z0-9_-]+)\/kennismaking\.ics/.exec(mail?.html ?? "")?.[1] ?? "";
    const file = await calendarForEmployerLink(db, token, null);
    expect(file?.reference).toBe(request.reference);
    const parsed = parseIntroductionCalendar(file?.content ?? "");
    expect(parsed).toMatchObject({ method: "PUBLISH", uid: (await introductionRows(request.id))[0]?.uid, sequence: 0, startsAt: new Date("2031-06-12T08:00:00.000Z") });

    expect(await calendarForEmployerLink(db, `${token.slice(0, -2)}xx`, null)).toBeNull();
    expect(await calendarForEmployerLink(db, "niet-een-token", request.reference)).toBeNull();
    // Another employer's request link does not open this request's file.
    const other = await accepted();
    await planIntroduction(db, brug, other.reference, at);
    const otherFile = await calendarForEmployerLink(db, token, other.reference);
    expect(otherFile?.reference).toBe(request.reference);

    await cancelIntroduction(db, brug, request.reference, { message: null });
    expect(await calendarForEmployerLink(db, token, null)).toBeNull();
  });

  it("refuses a time that has passed and a request a school has not taken on", async () => {
    const request = await accepted();
    expect(await planIntroduction(db, brug, request.reference, { ...at, date: "2031-06-12" }, new Date("2031-06-12T09:00:00Z"))).toEqual({
      ok: false,
      message: "Deze tijd is al voorbij. Kies een latere tijd.",
      field: "startTime",
    });
    const open = await submit();
    expect(await planIntroduction(db, brug, open.reference, at)).toMatchObject({ ok: false, message: "U kunt bij deze aanvraag nu geen kennismaking plannen of afzeggen." });
  });
});
