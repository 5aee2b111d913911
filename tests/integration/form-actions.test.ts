/**
 * Every public form's action, called as Remix calls it, with hostile input: never an exception
 * (which would be a 500), always the form again with messages, or a redirect after a real
 * request. And the rate limits answer with a friendly Dutch message.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { action as groepsstage } from "~/routes/groepsstage._index";
import { action as proefplaatsing } from "~/routes/proefplaatsing._index";
import { action as linkKwijt } from "~/routes/volgen._index";
import { action as vraag } from "~/routes/vraag._index";
import { proefplaatsingForm } from "../support/proefplaatsing";

type Action = (args: ActionFunctionArgs) => Promise<unknown> | unknown;

async function post(action: Action, body: URLSearchParams, clientIp = `198.51.100.${Math.floor(Math.random() * 250)}`) {
  const request = new Request("http://localhost/form", { method: "POST", body });
  const result = (await action({ request, params: {}, context: { cspNonce: "", clientIp } })) as unknown;
  if (result instanceof Response) return { status: result.status, body: null as unknown };
  const { data, init } = result as { data: unknown; init: { status?: number } | null };
  return { status: init?.status ?? 200, body: data };
}

const FORMS: Array<[string, Action, string[]]> = [
  ["proefplaatsing", proefplaatsing, ["companyName", "kvkNumber", "sector", "postcode", "municipality", "work", "daysAndHours", "supervisor", "startPeriod", "contactName", "email", "phone", "consent", "submissionKey", "website"]],
  ["groepsstage", groepsstage, ["companyName", "kvkNumber", "sector", "postcode", "municipality", "work", "groupSize", "daysAndWeeks", "startPeriod", "supervisorSpace", "canteen", "contactName", "email", "phone", "consent", "submissionKey", "website"]],
  ["vraag", vraag, ["topic", "question", "contactName", "email", "phone", "companyName", "postcode", "municipality", "consent", "submissionKey", "website"]],
  ["link kwijt", linkKwijt, ["email"]],
];

const hostileValue = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "'; drop table requests; --",
    "\u0000",
    "3511",
    "3366",
    "GM0610",
    "12345678",
    "on",
    "6",
    "99",
    "subsidies",
    "iets-anders",
    "stage",
    "detailhandel",
    "zo-snel-mogelijk",
    "a@b.nl",
    crypto.randomUUID(),
    "𝕏".repeat(4000),
  ),
);

describe.each(FORMS)("the %s form", (_, action, fieldNames) => {
  it("answers hostile input with the form again or a redirect, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...fieldNames), hostileValue), { maxLength: 20 }), async (pairs) => {
        const body = new URLSearchParams();
        for (const [name, value] of pairs) body.append(name, value);
        const res = await post(action, body);
        expect([302, 400]).toContain(res.status);
      }),
      { numRuns: 40 },
    );
  });
});

describe("rate limits", () => {
  it("refuses the eleventh request of one address within an hour, kindly", async () => {
    const email = `veel-${crypto.randomUUID()}@example.org`;
    for (let i = 0; i < 10; i++) {
      expect((await post(proefplaatsing, proefplaatsingForm({ email }))).status).toBe(302);
    }
    const refused = await post(proefplaatsing, proefplaatsingForm({ email }));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("U heeft het afgelopen uur al veel aanvragen verstuurd");
  });

  it("refuses a flood from one IP address, and keeps what was typed", async () => {
    const ip = "203.0.113.7";
    let last = { status: 0, body: null as unknown };
    for (let i = 0; i < 61; i++) last = await post(vraag, new URLSearchParams({ question: "Hallo?" }), ip);
    expect(last.status).toBe(400);
    expect(JSON.stringify(last.body)).toContain("U heeft het afgelopen uur al veel aanvragen verstuurd");
    expect(JSON.stringify(last.body)).toContain("Hallo?");
  });
});

describe("the vraag form", () => {
  const base = {
    postcode: "3511 AB",
    question: "Kan een leerling bij ons stage lopen?",
    contactName: "Ria Snel",
    consent: "on",
  };

  async function stored(email: string) {
    const { database, schema } = await import("~/lib/db.server");
    const { eq } = await import("drizzle-orm");
    const [employer] = await database().select().from(schema.employers).where(eq(schema.employers.email, email));
    const [request] = await database().select().from(schema.requests).where(eq(schema.requests.employerId, employer!.id));
    return request;
  }

  it("takes a question about something else without a company name, for the WSP of the region", async () => {
    const email = `vraag-anders-${crypto.randomUUID()}@example.org`;
    const body = new URLSearchParams({ ...base, topic: "iets-anders", question: "Hoe werkt dit?", email, submissionKey: crypto.randomUUID() });
    expect((await post(vraag, body)).status).toBe(302);
    const request = await stored(email);
    expect(request).toMatchObject({ kind: "vraag", sector: null, regionSlug: "midden-utrecht" });
    expect(request?.details).toMatchObject({ topic: "iets-anders", companyName: "" });
    expect(request?.routing.handler).toBe("wsp");
  });

  it("asks the company's name for a topic a school answers, together with the other errors", async () => {
    const body = new URLSearchParams({ ...base, topic: "stage", email: "", submissionKey: crypto.randomUUID() });
    const res = await post(vraag, body);
    expect(res.status).toBe(400);
    const errors = (res.body as { result: { error: Record<string, string[]> } }).result.error;
    expect(errors.companyName).toEqual(["Vul de naam van uw bedrijf in. De school heeft die nodig voor een stage."]);
    expect(errors.email).toEqual(["Vul uw e-mailadres in."]);

    const email = `vraag-stage-${crypto.randomUUID()}@example.org`;
    const withCompany = new URLSearchParams({ ...base, topic: "stage", companyName: "Garage Snel", email, submissionKey: crypto.randomUUID() });
    expect((await post(vraag, withCompany)).status).toBe(302);
    expect((await stored(email))?.details).toMatchObject({ companyName: "Garage Snel", topic: "stage" });
  });

  it("needs the postcode for a topic someone of the region answers", async () => {
    const body = new URLSearchParams({ ...base, topic: "subsidies", postcode: "", email: "a@example.org", submissionKey: crypto.randomUUID() });
    const res = await post(vraag, body);
    expect(res.status).toBe(400);
    expect((res.body as { result: { error: Record<string, string[]> } }).result.error.postcode).toEqual([
      "Vul de postcode van uw bedrijf in. Dan komt uw vraag bij iemand bij u in de buurt.",
    ]);
  });

  it("takes a question about something else without a postcode: it goes to the team behind Opstap, not to a region", async () => {
    const { database, schema } = await import("~/lib/db.server");
    const { eq } = await import("drizzle-orm");
    const { installationDetails } = await import("~/models/installation.server");
    const email = `vraag-zonder-plaats-${crypto.randomUUID()}@example.org`;
    const body = new URLSearchParams({ ...base, postcode: "", topic: "iets-anders", question: "Werken jullie ook in het weekend?", email, submissionKey: crypto.randomUUID() });
    expect((await post(vraag, body)).status).toBe(302);

    const request = await stored(email);
    expect(request).toMatchObject({ kind: "vraag", postcode: null, municipalityCode: null, regionSlug: null });
    expect(request?.routing).toMatchObject({ handler: "opstap", wsp: null, school: null, regionSlug: null });
    const db = database();
    // No organisation holds it, and it is in no region's register.
    expect(await db.$count(schema.requestAssignments, eq(schema.requestAssignments.requestId, request!.id))).toBe(0);
    expect(await db.$count(schema.registerRequests, eq(schema.registerRequests.requestId, request!.id))).toBe(0);
    const events = await db.select({ type: schema.requestEvents.type }).from(schema.requestEvents).where(eq(schema.requestEvents.requestId, request!.id));
    expect(events.map((e) => e.type).sort()).toEqual(["naar_opstap", "ontvangen"]);
    // The team behind Opstap is told, and the employer gets the usual confirmation.
    const emails = await db
      .select({ template: schema.emailOutbox.template, to: schema.emailOutbox.toAddress })
      .from(schema.emailOutbox)
      .where(eq(schema.emailOutbox.requestId, request!.id));
    const operator = await installationDetails(db);
    expect(emails).toEqual(
      expect.arrayContaining([
        { template: "aanvraag-ontvangen", to: email },
        { template: "vraag-voor-opstap", to: operator.email },
      ]),
    );
  });
});
