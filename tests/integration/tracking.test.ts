/**
 * The employer's side after sending: private links (one request, or all of them), messages,
 * withdrawing, correcting contact details with a confirmed address, "link kwijt?" and the status
 * emails.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import {
  confirmEmailChange,
  employerAccess,
  newEmployerLink,
  requestEmailChange,
  revokeEmployerLinks,
  sendEmployerLink,
} from "~/models/employer-access.server";
import {
  employerOverview,
  reopenRequest,
  sendEmployerMessage,
  updateEmployerContact,
  withdrawRequest,
} from "~/models/employer-requests.server";
import { eraseEmployer } from "~/models/employer-privacy.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { assignmentByToken, expireOverdueAssignments, hashToken, respondToAssignment } from "~/models/routing.server";
import { renderEmail } from "~/lib/mailer.server";
import { requestAnswers } from "~/domain/request-answers";
import { REQUEST_LINK_DAYS_AFTER_CLOSE } from "~/domain/employer-access";
import { REOPEN_DAYS } from "~/domain/withdrawal";
import { loader as schoolAnswerLoader } from "~/routes/reactie.$token";
import { action as trackingAction, loader as trackingLoader } from "~/routes/volgen.$token";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { addStaffMember } from "../support/staff";
import { readable } from "../support/outbox";

const db = database();
const DAY = 24 * 3600 * 1000;

/** The token of the newest link to `path` in an email with this template (and request). */
async function linkInEmail(template: string, where: { requestId?: string; to?: string } = {}, path = "/volgen/") {
  const rows = (
    await readable(
      await db
        .select()
        .from(schema.emailOutbox)
        .where(
          and(
            eq(schema.emailOutbox.template, template),
            where.requestId ? eq(schema.emailOutbox.requestId, where.requestId) : undefined,
            where.to ? eq(schema.emailOutbox.toAddress, where.to) : undefined,
          ),
        ),
    )
  ).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const mail = rows.at(-1);
  const match = mail ? new RegExp(`${path.replace(/\//g, "\\/")}([A-Za-z0-9_-]{40,})`).exec(mail.text) : null;
  if (!match) throw new Error(`Geen link in een ${template}-e-mail`);
  return match[1]!;
}

async function send(overrides: Parameters<typeof proefplaatsingRequest>[0] = {}, pc4 = "3511") {
  const [place] = await placesForPostcode(db, pc4);
  const result = await submitRequest(db, proefplaatsingRequest(overrides), place!);
  if (result.duplicate) throw new Error("onverwacht dubbel");
  const request = (await requestByReference(db, result.reference))!;
  const [employer] = await db.select().from(schema.employers).where(eq(schema.employers.id, request.employerId));
  const token = await linkInEmail("aanvraag-ontvangen", { requestId: request.id });
  return { request, employer: employer!, token };
}

async function emails(requestId: string | null, template: string) {
  return db
    .select()
    .from(schema.emailOutbox)
    .where(and(eq(schema.emailOutbox.template, template), requestId ? eq(schema.emailOutbox.requestId, requestId) : undefined))
    .then(readable);
}

describe("private links", () => {
  it("the link in the confirmation email opens that one request, with its timeline in plain words", async () => {
    const { employer, request, token } = await send({ email: "volgen@example.org" });
    await send({ email: "volgen@example.org" });
    const access = await employerAccess(db, token);
    expect(access?.employer.id).toBe(employer.id);
    expect(access?.scope).toEqual({ kind: "request", requestId: request.id });
    const overview = await employerOverview(db, employer.id, access!.scope);
    expect(overview).toHaveLength(1);
    expect(overview[0]).toMatchObject({ reference: request.reference, statusText: "Wacht op antwoord", handler: "Praktijkschool De Brug (demo)" });
    expect(overview[0]?.timeline.map((e) => e.text)).toEqual([
      "Wij hebben uw aanvraag ontvangen.",
      "Uw aanvraag is doorgestuurd naar Praktijkschool De Brug (demo).",
    ]);
    // The employer link lists both.
    expect(await employerOverview(db, employer.id, { kind: "employer" })).toHaveLength(2);
  });

  it("opens nothing with a made-up or mangled link, and stores only a keyed hash", async () => {
    const { token } = await send({ email: "mangled@example.org" });
    expect(await employerAccess(db, `${token.slice(0, -2)}xx`)).toBeNull();
    expect(await employerAccess(db, "kort")).toBeNull();
    const rows = await db.select().from(schema.employerAccessTokens);
    expect(rows.some((r) => r.tokenHash.includes(token))).toBe(false);
  });

  it("joins requests by address only: the same KvK number with another address is a possible duplicate", async () => {
    const first = await send({ email: "Eigenaar@Winkel.example.org", kvkNumber: "12345678" });
    const again = await send({ email: "eigenaar@winkel.example.org" });
    expect(again.employer.id).toBe(first.employer.id);
    const other = await send({ email: "inkoop@winkel.example.org", kvkNumber: "12345678" });
    expect(other.employer.id).not.toBe(first.employer.id);
    expect(other.employer.possibleDuplicateOfId).toBe(first.employer.id);
    // The confirmation of the KvK match went to the submitter's own address, and opens only their request.
    const access = await employerAccess(db, other.token);
    expect(await employerOverview(db, access!.employer.id, access!.scope)).toHaveLength(1);
    expect(access!.employer.email).toBe("inkoop@winkel.example.org");
  });

  it("a request link runs out 90 days after the request closed; an open request's link does not", async () => {
    const { employer, request, token } = await send({ email: "verloopt@example.org" });
    const later = new Date(Date.now() + 365 * DAY);
    expect(await employerAccess(db, token, later)).not.toBeNull();
    await withdrawRequest(db, employer.id, request.id);
    const closedAt = (await requestByReference(db, request.reference))!.closedAt!;
    expect(await employerAccess(db, token, new Date(closedAt.getTime() + (REQUEST_LINK_DAYS_AFTER_CLOSE - 1) * DAY))).not.toBeNull();
    expect(await employerAccess(db, token, new Date(closedAt.getTime() + REQUEST_LINK_DAYS_AFTER_CLOSE * DAY))).toBeNull();
  });

  it("an employer link runs out after 14 days, and a new one replaces the old", async () => {
    const { employer } = await send({ email: "mijn-aanvragen@example.org" });
    const first = await newEmployerLink(db, employer.id);
    expect((await employerAccess(db, first))?.scope).toEqual({ kind: "employer" });
    expect(await employerAccess(db, first, new Date(Date.now() + 15 * DAY))).toBeNull();
    const second = await newEmployerLink(db, employer.id);
    expect(await employerAccess(db, first)).toBeNull();
    expect(await employerAccess(db, second)).not.toBeNull();
  });

  it("staff can revoke every link of an employer", async () => {
    const { employer, token } = await send({ email: "intrekken-links@example.org" });
    const all = await newEmployerLink(db, employer.id);
    expect(await revokeEmployerLinks(db, employer.id)).toBeGreaterThanOrEqual(2);
    expect(await employerAccess(db, token)).toBeNull();
    expect(await employerAccess(db, all)).toBeNull();
  });
});

describe("a new email address", () => {
  it("changes only after the link sent to the new address, and tells the old one", async () => {
    const { employer, token } = await send({ email: "oud-adres@example.org" });
    await requestEmailChange(db, employer.id, "nieuw-adres@example.org");
    const [unchanged] = await db.select().from(schema.employers).where(eq(schema.employers.id, employer.id));
    expect(unchanged?.email).toBe("oud-adres@example.org");
    const [notice] = await emails(null, "adres-wijziging-gevraagd");
    expect(notice?.toAddress).toBe("oud-adres@example.org");
    expect(notice?.text).toContain("n•••@example.org");
    const confirm = await linkInEmail("adres-bevestigen", { to: "nieuw-adres@example.org" }, "/volgen/adres/");
    expect(await confirmEmailChange(db, confirm)).toEqual({ ok: true, merged: false });
    const [changed] = await db.select().from(schema.employers).where(eq(schema.employers.id, employer.id));
    expect(changed?.email).toBe("nieuw-adres@example.org");
    // Old links stop; a fresh "mijn aanvragen" link goes to the new address; the link works once.
    expect(await employerAccess(db, token)).toBeNull();
    const fresh = await linkInEmail("volglink", { to: "nieuw-adres@example.org" });
    expect((await employerAccess(db, fresh))?.employer.id).toBe(employer.id);
    expect(await confirmEmailChange(db, confirm)).toEqual({ ok: false });
    const [open] = await db.select().from(schema.requests).where(eq(schema.requests.employerId, employer.id));
    expect(open?.details).toMatchObject({ email: "nieuw-adres@example.org" });
  });

  it("answers the same for an address of another employer, and merges only when that mailbox confirms", async () => {
    const mine = await send({ email: "eerste-bedrijf@example.org" });
    const theirs = await send({ email: "tweede-bedrijf@example.org" });
    const before = (await db.select().from(schema.emailOutbox)).length;
    await requestEmailChange(db, mine.employer.id, "TWEEDE-bedrijf@example.org");
    // Same two emails as for any address: a confirmation to the new one, a notice to the old one.
    expect((await db.select().from(schema.emailOutbox)).length).toBe(before + 2);
    const confirm = await linkInEmail("adres-bevestigen", { to: "TWEEDE-bedrijf@example.org" }, "/volgen/adres/");
    expect(await confirmEmailChange(db, confirm)).toEqual({ ok: true, merged: true });
    expect(await db.select().from(schema.employers).where(eq(schema.employers.id, mine.employer.id))).toEqual([]);
    const moved = await db.select().from(schema.requests).where(eq(schema.requests.employerId, theirs.employer.id));
    expect(moved.map((r) => r.reference).sort()).toEqual([mine.request.reference, theirs.request.reference].sort());
  });

  it("a confirmation link expires after 24 hours", async () => {
    const { employer } = await send({ email: "traag@example.org" });
    await requestEmailChange(db, employer.id, "traag-nieuw@example.org");
    const confirm = await linkInEmail("adres-bevestigen", { to: "traag-nieuw@example.org" }, "/volgen/adres/");
    expect(await confirmEmailChange(db, confirm, new Date(Date.now() + 25 * 3600 * 1000))).toEqual({ ok: false });
  });
});

describe("employer actions", () => {
  it("passes a message on to the school that has the request", async () => {
    const { employer, request } = await send({ email: "bericht@example.org" });
    expect(await sendEmployerMessage(db, employer.id, request.id, "We kunnen ook op <b>zaterdag</b>.")).toEqual({ ok: true, reference: request.reference });
    const [mail] = await emails(request.id, "bericht-van-werkgever");
    expect(mail?.toAddress).toBe("pro-de-brug-utrecht@example.org");
    expect(mail?.html).toContain("&lt;b&gt;zaterdag&lt;/b&gt;");
  });

  it("shows the employer their own message in the timeline", async () => {
    const { employer, request } = await send({ email: "eigen-bericht@example.org" });
    await sendEmployerMessage(db, employer.id, request.id, "Bel gerust na 15 uur.");
    const [overview] = await employerOverview(db, employer.id);
    expect(overview?.timeline.map((e) => e.text)).toContain("U stuurde dit bericht: “Bel gerust na 15 uur.”");
  });

  it("sends the message to the request's owner too, when the owner has an address of their own", async () => {
    const { employer, request } = await send({ email: "eigenaar-bericht@example.org" });
    const owner = await addStaffMember(db, "wsp", "wsp-midden-utrecht", { name: "Fatima Wsp", email: "fatima.wsp@example.org" });
    await db.update(schema.requests).set({ ownerId: owner.id }).where(eq(schema.requests.id, request.id));
    expect(await sendEmployerMessage(db, employer.id, request.id, "Is er al nieuws?")).toMatchObject({ ok: true });
    const mails = await emails(request.id, "bericht-van-werkgever");
    expect(mails.map((m) => m.toAddress).sort()).toEqual(["fatima.wsp@example.org", "pro-de-brug-utrecht@example.org"]);
    const toOwner = mails.find((m) => m.toAddress === "fatima.wsp@example.org")!;
    expect(toOwner.text).toContain("Is er al nieuws?");
    expect(toOwner.text).toContain("eigenaar");
    expect(new Set(mails.map((m) => m.idempotencyKey)).size).toBe(2);
  });

  it("sends one email when the owner's address is the organisation's own, and none to an owner who left", async () => {
    const same = await send({ email: "eigenaar-zelfde@example.org" });
    const sharedInbox = await addStaffMember(db, "school", "pro-de-brug-utrecht", { email: "PRO-de-brug-utrecht@example.org" });
    await db.update(schema.requests).set({ ownerId: sharedInbox.id }).where(eq(schema.requests.id, same.request.id));
    await sendEmployerMessage(db, same.employer.id, same.request.id, "Een vraag");
    expect(await emails(same.request.id, "bericht-van-werkgever")).toHaveLength(1);

    const gone = await send({ email: "eigenaar-weg@example.org" });
    const leaver = await addStaffMember(db, "wsp", "wsp-midden-utrecht", { email: "vertrokken@example.org" });
    await db.update(schema.staffMembers).set({ active: false }).where(eq(schema.staffMembers.id, leaver.id));
    await db.update(schema.requests).set({ ownerId: leaver.id }).where(eq(schema.requests.id, gone.request.id));
    await sendEmployerMessage(db, gone.employer.id, gone.request.id, "Nog een vraag");
    expect((await emails(gone.request.id, "bericht-van-werkgever")).map((m) => m.toAddress)).toEqual(["pro-de-brug-utrecht@example.org"]);
  });

  it("does not let one employer act on another employer's request", async () => {
    const mine = await send({ email: "mijn@example.org" });
    const theirs = await send({ email: "van-een-ander@example.org" });
    expect(await sendEmployerMessage(db, mine.employer.id, theirs.request.id, "Hallo")).toEqual({
      ok: false,
      message: "Deze aanvraag bestaat niet.",
      field: "message",
    });
    expect(await withdrawRequest(db, mine.employer.id, theirs.request.id)).toEqual({
      ok: false,
      message: "Deze aanvraag bestaat niet.",
      field: "confirm",
    });
    expect((await requestByReference(db, theirs.request.reference))?.status).toBe("nieuw");
    // Nor reopen another employer's withdrawn request.
    await withdrawRequest(db, theirs.employer.id, theirs.request.id);
    expect(await reopenRequest(db, mine.employer.id, theirs.request.id)).toEqual({ ok: false, message: "Deze aanvraag bestaat niet." });
    expect((await requestByReference(db, theirs.request.reference))?.status).toBe("ingetrokken");
  });

  it("withdraws a request: closed, the school hears it, and nothing moves it on any more", async () => {
    const { employer, request } = await send({ email: "intrekken@example.org" });
    expect(await withdrawRequest(db, employer.id, request.id)).toEqual({ ok: true, reference: request.reference });
    expect((await requestByReference(db, request.reference))?.status).toBe("ingetrokken");
    const [assignment] = await db.select().from(schema.requestAssignments).where(eq(schema.requestAssignments.requestId, request.id));
    expect(assignment?.status).toBe("withdrawn");
    expect((await emails(request.id, "bericht-van-werkgever"))[0]?.text).toContain("ingetrokken");
    // Staff read from the subject alone that the request was withdrawn, not just "Bericht van …".
    expect((await emails(request.id, "bericht-van-werkgever"))[0]?.subject).toBe(`Bakkerij Het Zuiden heeft aanvraag ${request.reference} ingetrokken`);
    expect(await withdrawRequest(db, employer.id, request.id)).toMatchObject({ ok: false, message: "Deze aanvraag is al afgesloten." });
    expect(await sendEmployerMessage(db, employer.id, request.id, "Toch nog iets")).toMatchObject({ ok: false, message: "Deze aanvraag is al afgesloten." });
    await expireOverdueAssignments(db, new Date(Date.now() + 30 * 24 * 3600 * 1000));
    const after = await db.select().from(schema.requestAssignments).where(eq(schema.requestAssignments.requestId, request.id));
    expect(after).toHaveLength(1);
  });

  it("corrects the name and phone number at once, on the employer and the open request", async () => {
    const { employer } = await send({ email: "naam@example.org" });
    await updateEmployerContact(db, employer.id, { contactName: "Nieuwe Naam", phone: "06 12345678" });
    const [updated] = await db.select().from(schema.employers).where(eq(schema.employers.id, employer.id));
    expect(updated).toMatchObject({ contactName: "Nieuwe Naam", phone: "06 12345678", email: "naam@example.org" });
    const [open] = await db.select().from(schema.requests).where(eq(schema.requests.employerId, employer.id));
    expect(open?.details).toMatchObject({ contactName: "Nieuwe Naam", phone: "06 12345678", work: expect.any(String) });
  });
});

describe("withdrawing and reopening", () => {
  const t0 = new Date("2026-12-02T10:00:00Z");
  const at = (days: number, minutes = 0) => new Date(t0.getTime() + days * DAY + minutes * 60_000);

  async function send(overrides: Parameters<typeof proefplaatsingRequest>[0] = {}) {
    const [place] = await placesForPostcode(db, "3511");
    const result = await submitRequest(db, proefplaatsingRequest(overrides), place!, t0);
    const request = (await requestByReference(db, result.reference))!;
    return { request, employerId: request.employerId };
  }

  async function assignmentsOf(requestId: string) {
    return db.select().from(schema.requestAssignments).where(eq(schema.requestAssignments.requestId, requestId));
  }

  /** The school's answer link, known to the test because it sets it. */
  async function schoolLink(requestId: string) {
    const token = `t-${crypto.randomUUID()}`;
    await db.update(schema.requestAssignments).set({ responseTokenHash: hashToken(token) }).where(eq(schema.requestAssignments.requestId, requestId));
    return token;
  }

  it("withdrawing mails the employer how to reopen, with a link to that request; the link reopens it within 14 days", async () => {
    const { request, employerId } = await send({ email: "heropenen@example.org" });
    const [before] = await assignmentsOf(request.id);
    const oldSchoolLink = await schoolLink(request.id);
    expect(await withdrawRequest(db, employerId, request.id, at(0, 30))).toMatchObject({ ok: true });

    const [mail] = await emails(request.id, "aanvraag-ingetrokken");
    expect(mail?.toAddress).toBe("heropenen@example.org");
    expect(mail?.subject).toBe(`U heeft uw aanvraag ${request.reference} ingetrokken`);
    expect(mail?.text).toContain("Praktijkschool De Brug (demo)");
    // 14 days after 11:30 Amsterdam time on 2 December.
    expect(mail?.text).toContain("woensdag 16 december om 11:30");
    expect(mail?.text).toContain(`?aanvraag=${request.reference}#aanvraag-${request.reference}`);
    const token = await linkInEmail("aanvraag-ingetrokken", { requestId: request.id });
    expect((await employerAccess(db, token, at(1)))?.scope).toEqual({ kind: "request", requestId: request.id });

    // The page offers it, until when.
    const [overview] = await employerOverview(db, employerId, { kind: "request", requestId: request.id }, at(13));
    expect(overview?.reopen).toEqual({ kind: "open", until: at(14, 30) });

    // Reopened through the page's action with the emailed link (now, within the 14 days).
    const response = (await trackingAction({
      request: new Request(`http://localhost/volgen/${token}`, { method: "POST", body: new URLSearchParams({ intent: "heropenen", requestId: request.id }) }),
      params: { token },
      context: { cspNonce: "", clientIp: null },
    })) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/volgen/${token}?gedaan=heropenen&aanvraag=${request.reference}#aanvraag-${request.reference}`);
    const reopened = (await requestByReference(db, request.reference))!;
    expect(reopened.status).toBe("nieuw");
    expect(reopened.closedAt).toBeNull();
    const [after] = await assignmentsOf(request.id);
    expect(after?.status).toBe("open");
    expect(after?.respondedAt).toBeNull();

    // The school hears it with a fresh answer link; the old one no longer opens anything.
    const [notice] = await emails(request.id, "aanvraag-heropend");
    expect(notice?.toAddress).toBe("pro-de-brug-utrecht@example.org");
    expect(notice?.subject).toBe(`Bakkerij Het Zuiden heeft aanvraag ${request.reference} weer geopend`);
    const fresh = /\/reactie\/([A-Za-z0-9_-]+)/.exec(notice!.text)![1]!;
    expect((await assignmentByToken(db, fresh))?.assignment.id).toBe(before!.id);
    expect(await assignmentByToken(db, oldSchoolLink)).toBeNull();
    // Its answer window resumes: the time the request was withdrawn does not count.
    const [reopenedEvent] = await db
      .select()
      .from(schema.requestEvents)
      .where(and(eq(schema.requestEvents.requestId, request.id), eq(schema.requestEvents.type, "heropend")));
    expect(after!.respondBy!.getTime() - before!.respondBy!.getTime()).toBe(reopenedEvent!.createdAt.getTime() - at(0, 30).getTime());

    const page = await trackingLoader({ request: new Request(`http://localhost/volgen/${token}`), params: { token }, context: { cspNonce: "", clientIp: null } });
    expect(page.requests[0]?.timeline.map((e) => e.text).slice(-2)).toEqual(["U heeft uw aanvraag ingetrokken.", "U heeft uw aanvraag weer geopend."]);
  });

  it("a request a school had taken on goes back to that school, 'in behandeling'", async () => {
    const { request, employerId } = await send({ email: "heropenen-geaccepteerd@example.org" });
    await respondToAssignment(db, await schoolLink(request.id), { accept: true }, at(0, 10));
    const [accepted] = await assignmentsOf(request.id);
    await withdrawRequest(db, employerId, request.id, at(1));
    expect(await reopenRequest(db, employerId, request.id, at(2))).toEqual({ ok: true, reference: request.reference, status: "in_behandeling" });
    const [after] = await assignmentsOf(request.id);
    expect(after).toMatchObject({ status: "accepted", respondedAt: accepted!.respondedAt });
    const [notice] = await emails(request.id, "aanvraag-heropend");
    expect(notice?.text).toContain("In behandeling");
    expect(notice?.text).not.toContain("/reactie/");
  });

  it("is refused from 14 days after the withdrawal on, and says what to do instead", async () => {
    const { request, employerId } = await send({ email: "te-laat@example.org" });
    await withdrawRequest(db, employerId, request.id, at(0));
    const [overview] = await employerOverview(db, employerId, { kind: "employer" }, at(REOPEN_DAYS));
    expect(overview?.reopen).toEqual({ kind: "te_laat", since: at(REOPEN_DAYS) });
    const refused = await reopenRequest(db, employerId, request.id, at(REOPEN_DAYS));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("Stuur een nieuwe aanvraag") });
    expect((await requestByReference(db, request.reference))?.status).toBe("ingetrokken");
    expect(await emails(request.id, "aanvraag-heropend")).toEqual([]);
    // A minute before, it still could.
    expect(await reopenRequest(db, employerId, request.id, at(REOPEN_DAYS, -1))).toMatchObject({ ok: true });
  });

  it("withdrawn again after reopening: each withdrawal has its own emails", async () => {
    const { request, employerId } = await send({ email: "twee-keer@example.org" });
    await withdrawRequest(db, employerId, request.id, at(0));
    await reopenRequest(db, employerId, request.id, at(1));
    expect(await withdrawRequest(db, employerId, request.id, at(2))).toMatchObject({ ok: true });
    expect(await emails(request.id, "aanvraag-ingetrokken")).toHaveLength(2);
    expect(await emails(request.id, "bericht-van-werkgever")).toHaveLength(2);
    expect(await reopenRequest(db, employerId, request.id, at(3))).toMatchObject({ ok: true });
    expect(await emails(request.id, "aanvraag-heropend")).toHaveLength(2);
  });

  it("an open request is not reopened, and a request an erasure withdrew never is", async () => {
    const open = await send({ email: "al-open@example.org" });
    expect(await reopenRequest(db, open.employerId, open.request.id, at(1))).toEqual({ ok: false, message: "Deze aanvraag is al open." });
    const erased = await send({ email: "gewist-heropenen@example.org" });
    await eraseEmployer(db, erased.employerId, { kind: "werkgever" }, at(0));
    expect(await reopenRequest(db, erased.employerId, erased.request.id, at(1))).toEqual({ ok: false, message: "Deze aanvraag kan niet meer open." });
    expect((await requestByReference(db, erased.request.reference))?.status).toBe("ingetrokken");
  });

  it("a withdrawal from before the record is reopened from its timeline", async () => {
    const { request, employerId } = await send({ email: "oude-intrekking@example.org" });
    await withdrawRequest(db, employerId, request.id, at(0));
    // As withdrawals were stored before they recorded what they closed.
    await db
      .update(schema.requestEvents)
      .set({ data: {} })
      .where(and(eq(schema.requestEvents.requestId, request.id), eq(schema.requestEvents.type, "ingetrokken")));
    expect(await reopenRequest(db, employerId, request.id, at(1))).toMatchObject({ ok: true, status: "nieuw" });
    expect((await assignmentsOf(request.id)).map((a) => a.status)).toEqual(["open"]);
  });

  it("goes to the region's WSP when the school that had it stopped taking requests", async () => {
    const { request, employerId } = await send({ email: "school-weg@example.org" });
    const [school] = await assignmentsOf(request.id);
    await withdrawRequest(db, employerId, request.id, at(0));
    await db.update(schema.organisations).set({ active: false }).where(eq(schema.organisations.id, school!.organisationId));
    try {
      expect(await reopenRequest(db, employerId, request.id, at(1))).toMatchObject({ ok: true });
      const holders = (await assignmentsOf(request.id)).filter((a) => a.status === "open");
      expect(holders).toHaveLength(1);
      expect(holders[0]?.organisationId).not.toBe(school!.organisationId);
      expect((await emails(request.id, "aanvraag-heropend"))[0]?.toAddress).toMatch(/^wsp-/);
    } finally {
      await db.update(schema.organisations).set({ active: true }).where(eq(schema.organisations.id, school!.organisationId));
    }
  });
});

describe("the contact person on the employer's page", () => {
  it("shows nobody while a school is only asked, then the school and the owner there with their own number", async () => {
    const { employer, request } = await send({ email: "contactpersoon@example.org" });
    expect((await employerOverview(db, employer.id))[0]?.contact).toBeNull();
    const token = `t-${crypto.randomUUID()}`;
    await db.update(schema.requestAssignments).set({ responseTokenHash: hashToken(token) }).where(eq(schema.requestAssignments.requestId, request.id));
    await respondToAssignment(db, token, { accept: true });
    expect((await employerOverview(db, employer.id))[0]?.contact).toEqual({
      organisationName: "Praktijkschool De Brug (demo)",
      personName: null,
      phone: null,
      email: "pro-de-brug-utrecht@example.org",
    });
    const owner = await addStaffMember(db, "school", "pro-de-brug-utrecht", { name: "Joke Mentor", email: "joke.inlog@example.org" });
    await db.update(schema.staffMembers).set({ contactPhone: "06 12345678" }).where(eq(schema.staffMembers.id, owner.id));
    await db.update(schema.requests).set({ ownerId: owner.id }).where(eq(schema.requests.id, request.id));
    expect((await employerOverview(db, employer.id))[0]?.contact).toMatchObject({ personName: "Joke Mentor", phone: "06 12345678" });
    // Once the request is closed there is nobody to call about it.
    await withdrawRequest(db, employer.id, request.id);
    expect((await employerOverview(db, employer.id))[0]?.contact).toBeNull();
  });
});

describe("link kwijt", () => {
  it("mails a new employer link that opens all requests, to a known address in any case", async () => {
    const { employer } = await send({ email: "kwijt@example.org" });
    await sendEmployerLink(db, "  KWIJT@example.org ");
    const token = await linkInEmail("volglink", { to: "kwijt@example.org" });
    expect(await employerAccess(db, token)).toMatchObject({ employer: { id: employer.id }, scope: { kind: "employer" } });
  });

  it("sends nothing for an unknown address", async () => {
    const before = (await db.select().from(schema.emailOutbox)).length;
    await sendEmployerLink(db, "onbekend@example.org");
    expect((await db.select().from(schema.emailOutbox)).length).toBe(before);
  });
});

describe("status emails", () => {
  it("tells the employer when a school takes the request on, and when it moves on", async () => {
    const accepted = await send({ email: "status1@example.org" });
    const token = `t-${crypto.randomUUID()}`;
    await db
      .update(schema.requestAssignments)
      .set({ responseTokenHash: hashToken(token) })
      .where(eq(schema.requestAssignments.requestId, accepted.request.id));
    await respondToAssignment(db, token, { accept: true });
    const [acceptedMail] = await emails(accepted.request.id, "status-gewijzigd");
    expect(acceptedMail?.toAddress).toBe("status1@example.org");
    expect(acceptedMail?.text).toContain("Praktijkschool De Brug (demo) pakt uw aanvraag op");

    const declined = await send({ email: "status2@example.org" });
    const token2 = `t-${crypto.randomUUID()}`;
    await db
      .update(schema.requestAssignments)
      .set({ responseTokenHash: hashToken(token2) })
      .where(eq(schema.requestAssignments.requestId, declined.request.id));
    await respondToAssignment(db, token2, { accept: false, reason: "geen-plek" });
    const [movedMail] = await emails(declined.request.id, "status-gewijzigd");
    expect(movedMail?.text).toContain("Uw aanvraag is doorgestuurd naar VSO Het Anker (demo)");
  });
});

describe("groepsstage and vraag routing", () => {
  async function sendKind(input: Partial<Parameters<typeof submitRequest>[1]>) {
    const [place] = await placesForPostcode(db, "3511");
    const base = proefplaatsingRequest();
    const result = await submitRequest(db, { ...base, ...input } as Parameters<typeof submitRequest>[1], place!);
    return (await requestByReference(db, result.reference))!;
  }

  it("sends a groepsstage to a school that takes groups of that size, else to the WSP", async () => {
    const six = await sendKind({ kind: "groepsstage", sector: "groen", groupSize: 6 });
    expect(six.routing.school?.name).toBe("Praktijkschool De Brug (demo)");
    const twelve = await sendKind({ kind: "groepsstage", sector: "groen", groupSize: 12 });
    expect(twelve.routing.handler).toBe("wsp");
  });

  it("sends a question about subsidies to the WSP and one about a stage to a school", async () => {
    expect((await sendKind({ kind: "vraag", sector: null, topic: "subsidies" })).routing.handler).toBe("wsp");
    expect((await sendKind({ kind: "vraag", sector: null, topic: "stage" })).routing.handler).toBe("school");
  });
});

describe("what the school is shown", () => {
  async function sendGroup() {
    const [place] = await placesForPostcode(db, "3511");
    const result = await submitRequest(
      db,
      {
        ...proefplaatsingRequest({ email: "groep-school@example.org", sector: "groen" }),
        kind: "groepsstage",
        groupSize: 5,
        answers: {
          work: "Onkruid wieden en planten oppotten.",
          daysAndWeeks: "Elke dinsdag, zes weken lang",
          startPeriod: "zo-snel-mogelijk",
          supervisorSpace: true,
          canteen: false,
        },
      },
      place!,
    );
    return (await requestByReference(db, result.reference))!;
  }

  it("shows the school every answer of a groepsstage, and the WSP's note", async () => {
    const request = await sendGroup();
    const token = `t-${crypto.randomUUID()}`;
    await db
      .update(schema.requestAssignments)
      .set({ responseTokenHash: hashToken(token), message: "Deze werkgever kennen wij goed." })
      .where(eq(schema.requestAssignments.requestId, request.id));
    const page = await schoolAnswerLoader({
      request: new Request(`http://localhost/reactie/${token}`),
      params: { token },
      context: { cspNonce: "", clientIp: null },
    });
    expect(page.wspMessage).toBe("Deze werkgever kennen wij goed.");
    expect(page.request.offer).toBe("Een werkgever wil een groep leerlingen een kans geven.");
    expect(page.request.contact?.answers).toEqual(
      expect.arrayContaining([
        { label: "Werk", value: "Onkruid wieden en planten oppotten." },
        { label: "Aantal leerlingen", value: "5" },
        { label: "Dagen en weken", value: "Elke dinsdag, zes weken lang" },
        { label: "Plek voor de begeleider van school", value: "Ja" },
        { label: "Kantine of plek om te eten", value: "Nee" },
        { label: "Wanneer beginnen", value: expect.any(String) },
      ]),
    );
    // Contact details are shown on their own, not again among the answers.
    expect(page.request.contact?.answers.map((a) => a.label)).not.toContain("email");
  });

  it("puts every answer in the school's email when given, and speaks of pupils for a groepsstage", async () => {
    const request = await sendGroup();
    const { subject, text } = await renderEmail("nieuwe-aanvraag-school", {
      kindLabel: "groepsstage",
      reference: request.reference,
      companyName: "Tuincentrum Groenrijk",
      sectorLabel: "Groen",
      municipalityName: "Utrecht",
      postcode: "3511",
      work: "Onkruid wieden en planten oppotten.",
      contactName: "Jan Groen",
      email: "groep-school@example.org",
      phone: null,
      schoolName: "Praktijkschool De Brug (demo)",
      respondBy: "woensdag 25 november om 10:00",
      responseUrl: "http://localhost/reactie/x",
      reasons: [],
      answers: requestAnswers(request.details),
    });
    expect(subject).toContain("groepsstage");
    expect(text).toContain("een groep leerlingen een kans geven");
    expect(text).toContain("Aantal leerlingen");
    expect(text).toContain("Elke dinsdag, zes weken lang");
    expect(text).not.toContain("Werk dat het bedrijf aanbiedt");
  });
});

describe("an old school link", () => {
  it("stops showing who the employer is once the school no longer holds the request", async () => {
    const { request } = await send({ email: "oude-link@example.org" });
    const token = `t-${crypto.randomUUID()}`;
    await db.update(schema.requestAssignments).set({ responseTokenHash: hashToken(token) }).where(eq(schema.requestAssignments.requestId, request.id));
    const open = () =>
      schoolAnswerLoader({ request: new Request(`http://localhost/reactie/${token}`), params: { token }, context: { cspNonce: "", clientIp: null } });
    expect((await open()).request.contact).toMatchObject({ contactName: "Sanne de Vries", email: "oude-link@example.org" });
    await respondToAssignment(db, token, { accept: false, reason: "geen-plek" });
    const after = await open();
    expect(after.request.contact).toBeNull();
    expect(JSON.stringify(after)).not.toContain("oude-link@example.org");
    expect(JSON.stringify(after)).not.toContain("Sanne");
  });
});
