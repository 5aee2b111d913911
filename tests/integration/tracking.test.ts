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
import { renderEmail } from "~/lib/mailer.server";
import { requestAnswers } from "~/domain/request-answers";
import { loader as schoolAnswerLoader } from "~/routes/reactie.$token";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { addStaffMember } from "../support/staff";

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
    expect(await sendEmployerMessage(db, employer.id, request.id, "Is er al nieuws?")).toEqual({ ok: true });
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
    expect(page.request.answers).toEqual(
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
    expect(page.request.answers.map((a) => a.label)).not.toContain("email");
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
