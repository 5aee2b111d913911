/**
 * The employer's page and the forms, tried as an attacker would, through the real loaders and
 * actions: a form sent with someone else's address or KvK number shows and sends nothing of them;
 * a link to one request acts on nothing else; the page's actions are rate limited; the cookie
 * holds no link; a line break in a company name never reaches an email header.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { newEmployerLink, newRequestLink } from "~/models/employer-access.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { loader as confirmationLoader } from "~/routes/aanvraag.ontvangen";
import { action as proefplaatsing } from "~/routes/proefplaatsing._index";
import { action as trackingAction, loader as trackingLoader } from "~/routes/volgen.$token";
import type { TrackingReply } from "~/forms/tracking";
import { withdrawRequest } from "~/models/employer-requests.server";
import { proefplaatsingForm, proefplaatsingRequest } from "../support/proefplaatsing";
import { readable } from "../support/outbox";

const db = database();
const context = (clientIp = `203.0.113.${Math.floor(Math.random() * 250)}`) => ({ cspNonce: "", clientIp }) as ActionFunctionArgs["context"];

async function victim(email: string, kvkNumber: string) {
  const [place] = await placesForPostcode(db, "3511");
  const result = await submitRequest(db, proefplaatsingRequest({ email, kvkNumber, companyName: "Slachtoffer BV" }), place!);
  return (await requestByReference(db, result.reference))!;
}

async function submitAsAttacker(fields: Record<string, string>) {
  const body = proefplaatsingForm(fields);
  const response = (await proefplaatsing({ request: new Request("http://localhost/proefplaatsing", { method: "POST", body }), params: {}, context: context() })) as Response;
  expect(response.status).toBe(302);
  const cookie = response.headers.get("Set-Cookie")!.split(";")[0]!;
  const page = await confirmationLoader({ request: new Request("http://localhost/aanvraag/ontvangen", { headers: { Cookie: cookie } }), params: {}, context: context() });
  return { cookie, page };
}

describe("a form sent with someone else's details", () => {
  it("with their address: the confirmation shows only the new request, and no link", async () => {
    const earlier = await victim("doelwit-adres@example.org", "10101010");
    const { cookie, page } = await submitAsAttacker({ email: "doelwit-adres@example.org", companyName: "Aanvaller" });
    const shown = JSON.stringify(page);
    expect(shown).not.toContain(earlier.reference);
    expect(shown).not.toContain("/volgen/");
    expect(shown).not.toContain("Slachtoffer");
    // The signed cookie carries the reference and nothing else.
    const payload = JSON.parse(Buffer.from(decodeURIComponent(cookie.split("=")[1]!).split(".")[0]!, "base64").toString("utf8"));
    expect(Object.keys(payload)).toEqual(["lastReference"]);
  });

  it("with their KvK number and an own address: nothing of theirs reaches the attacker", async () => {
    const earlier = await victim("doelwit-kvk@example.org", "20202020");
    await submitAsAttacker({ email: "aanvaller@example.org", kvkNumber: "20202020", companyName: "Aanvaller" });
    const toAttacker = await readable(await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, "aanvaller@example.org")));
    expect(toAttacker).toHaveLength(1);
    expect(toAttacker[0]!.text).not.toContain(earlier.reference);
    expect(toAttacker[0]!.text).not.toContain("Slachtoffer");
    const [attacker] = await db.select().from(schema.employers).where(eq(schema.employers.email, "aanvaller@example.org"));
    expect(attacker!.id).not.toBe(earlier.employerId);
    expect(attacker!.possibleDuplicateOfId).toBe(earlier.employerId);
  });
});

/** What the page's action answers with a form that comes back (`TrackingReply`), or a redirect. */
type Answer = { init?: { status: number }; data?: TrackingReply } & Partial<Response>;

describe("the employer's page", () => {
  const call = (token: string, form: Record<string, string>, ip?: string) =>
    trackingAction({
      request: new Request(`http://localhost/volgen/${token}`, { method: "POST", body: new URLSearchParams(form) }),
      params: { token },
      context: context(ip),
    }).catch((thrown: unknown) => thrown);

  it("a link to one request cannot act on another request of the same employer", async () => {
    const first = await victim("twee-aanvragen@example.org", "30303030");
    const [place] = await placesForPostcode(db, "3511");
    const second = (await requestByReference(db, (await submitRequest(db, proefplaatsingRequest({ email: "twee-aanvragen@example.org" }), place!)).reference))!;
    const token = await newRequestLink(db, { employerId: first.employerId, requestId: first.id });
    const page = await trackingLoader({ request: new Request(`http://localhost/volgen/${token}`), params: { token }, context: context() });
    expect(page.requests.map((r) => r.reference)).toEqual([first.reference]);
    const outcome = (await call(token, { intent: "intrekken", requestId: second.id, confirm: "on" })) as { init: { status: number } };
    expect(outcome.init.status).toBe(400);
    expect((await requestByReference(db, second.reference))!.status).toBe("nieuw");
    // Erasing everything needs the link that went to the stored address, not a request link.
    const erase = (await call(token, { intent: "wissen", confirm: "on" })) as { init: { status: number } };
    expect(erase.init.status).toBe(400);
    const [still] = await db.select().from(schema.employers).where(eq(schema.employers.id, first.employerId));
    expect(still!.erasedAt).toBeNull();
    // Nor can it change the employer's details: a forwarded request email must not hand over the account.
    const change = (await call(token, { intent: "contact", contactName: "Overnemer", email: "overname@example.org" })) as { init: { status: number } };
    expect(change.init.status).toBe(400);
    expect(still!.contactName).toBe("Sanne de Vries");
    const pending = await db.select().from(schema.employerEmailChanges).where(eq(schema.employerEmailChanges.employerId, first.employerId));
    expect(pending).toEqual([]);
  });

  it("answers a new address the same whether or not another employer has it, and changes nothing yet", async () => {
    const mine = await victim("eigen@example.org", "40404040");
    await victim("bezet-adres@example.org", "50505050");
    const token = await newEmployerLink(db, mine.employerId);
    const answers = [];
    for (const email of ["bezet-adres@example.org", "vrij-adres@example.org"]) {
      const response = (await call(token, { intent: "contact", contactName: "Sanne de Vries", email })) as Response;
      answers.push({ status: response.status, location: response.headers.get("Location") });
    }
    expect(answers[0]).toEqual({ status: 302, location: `/volgen/${token}?gedaan=adres` });
    expect(answers[1]).toEqual(answers[0]);
    const [employer] = await db.select().from(schema.employers).where(eq(schema.employers.id, mine.employerId));
    expect(employer!.email).toBe("eigen@example.org");
  });

  it("reopening is bound like withdrawing: a request link reopens its own request only, an employer link only the employer's", async () => {
    const first = await victim("heropen-aanval@example.org", "70707070");
    const [place] = await placesForPostcode(db, "3511");
    const second = (await requestByReference(db, (await submitRequest(db, proefplaatsingRequest({ email: "heropen-aanval@example.org" }), place!)).reference))!;
    const theirs = await victim("heropen-ander@example.org", "80808080");
    await withdrawRequest(db, second.employerId, second.id);
    await withdrawRequest(db, theirs.employerId, theirs.id);
    // A forwarded email about the first request carries its request link: it cannot reopen the second.
    const requestLink = await newRequestLink(db, { employerId: first.employerId, requestId: first.id });
    const refused = (await call(requestLink, { intent: "heropenen", requestId: second.id })) as Answer;
    expect(refused.init?.status).toBe(400);
    expect(refused.data?.form).toBe(`heropenen-${second.id}`);
    expect(refused.data?.result.error?.[""]).toEqual(["Deze aanvraag bestaat niet."]);
    expect((await requestByReference(db, second.reference))!.status).toBe("ingetrokken");
    // The employer link opens every request of this employer, and none of another's.
    const employerLink = await newEmployerLink(db, first.employerId);
    const foreign = (await call(employerLink, { intent: "heropenen", requestId: theirs.id })) as Answer;
    expect(foreign.data?.result.error?.[""]).toEqual(["Deze aanvraag bestaat niet."]);
    expect((await requestByReference(db, theirs.reference))!.status).toBe("ingetrokken");
    const made = (await call(employerLink, { intent: "heropenen", requestId: crypto.randomUUID() })) as Answer;
    expect(made.init?.status).toBe(400);
    // Whoever may withdraw a request with a link may take that back with the same link.
    const withdrawn = (await call(requestLink, { intent: "intrekken", requestId: first.id, confirm: "on" })) as Response;
    expect(withdrawn.status).toBe(302);
    const reopened = (await call(requestLink, { intent: "heropenen", requestId: first.id })) as Response;
    expect(reopened.status).toBe(302);
    expect((await requestByReference(db, first.reference))!.status).toBe("nieuw");
    const own = (await call(employerLink, { intent: "heropenen", requestId: second.id })) as Response;
    expect(own.status).toBe(302);
  });

  it("a form comes back to the form that was sent, with the message beside its field and the input kept", async () => {
    const request = await victim("fouten@example.org", "90909090");
    const token = await newEmployerLink(db, request.employerId);
    const contact = (await call(token, { intent: "contact", contactName: "Nieuwe Naam", email: "geen-adres" })) as Answer;
    expect(contact.init?.status).toBe(400);
    expect(contact.data?.form).toBe("contact");
    expect(Object.keys(contact.data?.result.error ?? {}).filter((field) => contact.data?.result.error?.[field])).toEqual(["email"]);
    expect(contact.data?.result.initialValue).toMatchObject({ contactName: "Nieuwe Naam", email: "geen-adres" });
    const withdraw = (await call(token, { intent: "intrekken", requestId: request.id })) as Answer;
    expect(withdraw.data?.form).toBe(`intrekken-${request.id}`);
    expect(withdraw.data?.result.error?.confirm).toEqual(["Zet een vinkje als u de aanvraag echt wilt intrekken."]);
    expect((await requestByReference(db, request.reference))!.status).toBe("nieuw");
  });

  it("opens an employer link at the request named in its address, and marks none of someone else's", async () => {
    const mine = await victim("markeren@example.org", "11111111");
    const theirs = await victim("markeren-ander@example.org", "22222222");
    const token = await newEmployerLink(db, mine.employerId);
    const open = (query: string) =>
      trackingLoader({ request: new Request(`http://localhost/volgen/${token}${query}`), params: { token }, context: context() });
    expect((await open(`?aanvraag=${mine.reference}`)).current).toBe(mine.reference);
    expect((await open(`?aanvraag=${theirs.reference}`)).current).toBeNull();
    expect(JSON.stringify(await open(`?aanvraag=${theirs.reference}`))).not.toContain(theirs.reference);
    expect((await open("")).current).toBeNull();
  });

  it("limits actions per link", async () => {
    const request = await victim("veel-acties@example.org", "60606060");
    const token = await newRequestLink(db, { employerId: request.employerId, requestId: request.id });
    const statuses = [];
    for (let i = 0; i < 21; i++) {
      const outcome = (await call(token, { intent: "bericht", requestId: request.id, message: "" }, `192.0.2.${i}`)) as Answer;
      statuses.push(outcome.data?.result.error?.[""]?.[0] ?? "veldfout");
    }
    expect(statuses.slice(0, 20).every((s) => s === "veldfout")).toBe(true);
    expect(statuses[20]).toContain("U heeft het vaak geprobeerd");
  });
});

describe("email headers", () => {
  it("a line break in a company name never reaches a stored subject", async () => {
    const [place] = await placesForPostcode(db, "3511");
    const result = await submitRequest(db, proefplaatsingRequest({ email: "kop@example.org", companyName: "Kop\r\nBcc: iedereen@example.org" }), place!);
    const request = (await requestByReference(db, result.reference))!;
    const { sendEmployerMessage } = await import("~/models/employer-requests.server");
    await sendEmployerMessage(db, request.employerId, request.id, "Hallo");
    const rows = await db
      .select({ subject: schema.emailOutbox.subject })
      .from(schema.emailOutbox)
      .where(and(eq(schema.emailOutbox.requestId, request.id), eq(schema.emailOutbox.template, "bericht-van-werkgever")));
    expect(rows[0]!.subject).toContain("Kop Bcc: iedereen@example.org");
    expect(rows.every((r) => !/[\r\n]/.test(r.subject))).toBe(true);
  });
});
