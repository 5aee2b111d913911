/**
 * The employer's side after sending: the private tracking link, messages, withdrawing,
 * correcting contact details, "link kwijt?" and the status emails.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { employerByToken, sendTrackingLinkAgain } from "~/models/employer-access.server";
import {
  employerOverview,
  sendEmployerMessage,
  updateEmployerContact,
  withdrawRequest,
} from "~/models/employer-requests.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { expireOverdueAssignments, hashToken, respondToAssignment } from "~/models/routing.server";
import { proefplaatsingRequest } from "../support/proefplaatsing";

const db = database();

async function send(overrides: Parameters<typeof proefplaatsingRequest>[0] = {}, pc4 = "3511") {
  const [place] = await placesForPostcode(db, pc4);
  const result = await submitRequest(db, proefplaatsingRequest(overrides), place!);
  if (result.duplicate) throw new Error("onverwacht dubbel");
  const request = (await requestByReference(db, result.reference))!;
  const employer = (await employerByToken(db, result.trackingToken))!;
  return { request, employer, token: result.trackingToken };
}

async function emails(requestId: string | null, template: string) {
  return db
    .select()
    .from(schema.emailOutbox)
    .where(and(eq(schema.emailOutbox.template, template), requestId ? eq(schema.emailOutbox.requestId, requestId) : undefined));
}

describe("tracking link", () => {
  it("opens the employer's page with every request and its timeline in plain words", async () => {
    const { employer, request } = await send({ email: "volgen@example.org" });
    const overview = await employerOverview(db, employer.id);
    expect(overview).toHaveLength(1);
    expect(overview[0]).toMatchObject({ reference: request.reference, statusText: "Wacht op antwoord", handler: "Praktijkschool De Brug (demo)" });
    expect(overview[0]?.timeline.map((e) => e.text)).toEqual([
      "Wij hebben uw aanvraag ontvangen.",
      "Uw aanvraag is doorgestuurd naar Praktijkschool De Brug (demo).",
    ]);
  });

  it("knows no employer for a made-up or mangled link", async () => {
    const { token } = await send({ email: "mangled@example.org" });
    expect(await employerByToken(db, `${token.slice(0, -2)}xx`)).toBeNull();
    expect(await employerByToken(db, "kort")).toBeNull();
    const stored = await db.select().from(schema.employerAccessTokens).where(eq(schema.employerAccessTokens.tokenHash, token));
    expect(stored).toEqual([]); // only the hash is stored
  });

  it("lists all requests of one employer, recognised by email in any case or by KvK number", async () => {
    const first = await send({ email: "Eigenaar@Winkel.example.org", kvkNumber: "12345678" });
    await send({ email: "eigenaar@winkel.example.org" });
    await send({ email: "inkoop@winkel.example.org", kvkNumber: "12345678" });
    expect(await employerOverview(db, first.employer.id)).toHaveLength(3);
  });
});

describe("employer actions", () => {
  it("passes a message on to the school that has the request", async () => {
    const { employer, request } = await send({ email: "bericht@example.org" });
    expect(await sendEmployerMessage(db, employer.id, request.id, "We kunnen ook op <b>zaterdag</b>.")).toEqual({ ok: true });
    const [mail] = await emails(request.id, "bericht-van-werkgever");
    expect(mail?.toAddress).toBe("pro-de-brug-utrecht@example.org");
    expect(mail?.html).toContain("&lt;b&gt;zaterdag&lt;/b&gt;");
  });

  it("does not let one employer act on another employer's request", async () => {
    const mine = await send({ email: "mijn@example.org" });
    const theirs = await send({ email: "van-een-ander@example.org" });
    expect(await sendEmployerMessage(db, mine.employer.id, theirs.request.id, "Hallo")).toEqual({ ok: false, reason: "niet_gevonden" });
    expect(await withdrawRequest(db, mine.employer.id, theirs.request.id)).toEqual({ ok: false, reason: "niet_gevonden" });
    expect((await requestByReference(db, theirs.request.reference))?.status).toBe("nieuw");
  });

  it("withdraws a request: closed, the school hears it, and nothing moves it on any more", async () => {
    const { employer, request } = await send({ email: "intrekken@example.org" });
    expect(await withdrawRequest(db, employer.id, request.id)).toEqual({ ok: true });
    expect((await requestByReference(db, request.reference))?.status).toBe("ingetrokken");
    const [assignment] = await db.select().from(schema.requestAssignments).where(eq(schema.requestAssignments.requestId, request.id));
    expect(assignment?.status).toBe("withdrawn");
    expect((await emails(request.id, "bericht-van-werkgever"))[0]?.text).toContain("ingetrokken");
    expect(await withdrawRequest(db, employer.id, request.id)).toEqual({ ok: false, reason: "gesloten" });
    expect(await sendEmployerMessage(db, employer.id, request.id, "Toch nog iets")).toEqual({ ok: false, reason: "gesloten" });
    await expireOverdueAssignments(db, new Date(Date.now() + 30 * 24 * 3600 * 1000));
    const after = await db.select().from(schema.requestAssignments).where(eq(schema.requestAssignments.requestId, request.id));
    expect(after).toHaveLength(1);
  });

  it("corrects the contact details, but not to an address of another employer", async () => {
    const { employer } = await send({ email: "oud@example.org" });
    await send({ email: "bezet@example.org" });
    expect(await updateEmployerContact(db, employer.id, { contactName: "Nieuwe Naam", email: "nieuw@example.org", phone: "06 12345678" })).toEqual({ ok: true });
    const [updated] = await db.select().from(schema.employers).where(eq(schema.employers.id, employer.id));
    expect(updated).toMatchObject({ contactName: "Nieuwe Naam", email: "nieuw@example.org" });
    // The open request shows the school the new details.
    const [open] = await db.select().from(schema.requests).where(eq(schema.requests.employerId, employer.id));
    expect(open?.details).toMatchObject({ contactName: "Nieuwe Naam", email: "nieuw@example.org", phone: "06 12345678", work: expect.any(String) });
    expect(await updateEmployerContact(db, employer.id, { contactName: "X", email: "BEZET@example.org", phone: null })).toEqual({
      ok: false,
      reason: "email_in_gebruik",
    });
  });
});

describe("link kwijt", () => {
  it("mails a new link that works, to a known address in any case", async () => {
    const { employer } = await send({ email: "kwijt@example.org" });
    await sendTrackingLinkAgain(db, "  KWIJT@example.org ");
    const [mail] = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.template, "volglink"));
    expect(mail?.toAddress).toBe("kwijt@example.org");
    const token = /\/volgen\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    expect((await employerByToken(db, token))?.id).toBe(employer.id);
  });

  it("sends nothing for an unknown address", async () => {
    const before = (await db.select().from(schema.emailOutbox)).length;
    await sendTrackingLinkAgain(db, "onbekend@example.org");
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
