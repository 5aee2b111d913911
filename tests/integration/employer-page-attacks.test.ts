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
    const toAttacker = readable(await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, "aanvaller@example.org")));
    expect(toAttacker).toHaveLength(1);
    expect(toAttacker[0]!.text).not.toContain(earlier.reference);
    expect(toAttacker[0]!.text).not.toContain("Slachtoffer");
    const [attacker] = await db.select().from(schema.employers).where(eq(schema.employers.email, "aanvaller@example.org"));
    expect(attacker!.id).not.toBe(earlier.employerId);
    expect(attacker!.possibleDuplicateOfId).toBe(earlier.employerId);
  });
});

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

  it("limits actions per link", async () => {
    const request = await victim("veel-acties@example.org", "60606060");
    const token = await newRequestLink(db, { employerId: request.employerId, requestId: request.id });
    const statuses = [];
    for (let i = 0; i < 21; i++) {
      const outcome = (await call(token, { intent: "bericht", requestId: request.id, message: "" }, `192.0.2.${i}`)) as { init?: { status: number }; data?: { errors: Record<string, string> } };
      statuses.push(outcome.data?.errors.form ?? "veldfout");
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
