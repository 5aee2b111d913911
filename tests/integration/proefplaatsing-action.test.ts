/**
 * The proefplaatsing form's action, called as Remix calls it: every bad input gets Dutch messages
 * and the typed values back (status 400), never an exception.
 */
import type { AppLoadContext } from "@remix-run/node";
import fc from "fast-check";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { action, loader } from "~/routes/proefplaatsing._index";
import { proefplaatsingForm } from "../support/proefplaatsing";

interface Reply {
  status?: string;
  initialValue?: Record<string, unknown>;
  error?: Record<string, string[] | null>;
}

async function post(body: URLSearchParams, context: AppLoadContext = { cspNonce: "", clientIp: "192.0.2.1" }) {
  const request = new Request("http://localhost/proefplaatsing", { method: "POST", body });
  const result = (await action({ request, params: {}, context })) as unknown;
  if (result instanceof Response) return { status: result.status, location: result.headers.get("Location"), reply: null };
  const { data, init } = result as { data: { result: Reply; municipalityOptions: Array<{ code: string; name: string }> }; init: { status?: number } };
  return { status: init.status ?? 200, location: null, reply: data.result, municipalityOptions: data.municipalityOptions };
}

async function requestCount() {
  const [row] = await database().select({ n: count() }).from(schema.requests);
  return row?.n ?? 0;
}

describe("proefplaatsing action", () => {
  it("stores a valid form and sends the employer to the confirmation page", async () => {
    const before = await requestCount();
    const res = await post(proefplaatsingForm());
    expect(res).toMatchObject({ status: 302, location: "/aanvraag/ontvangen" });
    expect(await requestCount()).toBe(before + 1);
  });

  it("names every missing field in Dutch and stores nothing", async () => {
    const before = await requestCount();
    const res = await post(new URLSearchParams({ submissionKey: crypto.randomUUID() }));
    expect(res.status).toBe(400);
    expect(res.reply?.error).toMatchObject({
      companyName: ["Vul de naam van uw bedrijf in."],
      sector: ["Kies de sector van uw bedrijf."],
      postcode: ["Vul de postcode van uw bedrijf in."],
      work: ["Vertel kort welk werk een leerling bij u kan doen."],
      contactName: ["Vul uw naam in."],
      email: ["Vul uw e-mailadres in."],
      consent: ["Geef toestemming, anders kunnen we uw gegevens niet doorgeven."],
    });
    expect(await requestCount()).toBe(before);
  });

  it("keeps what was typed when one field is wrong", async () => {
    const res = await post(proefplaatsingForm({ email: "sanne-at-example", companyName: "Café 't Hoekje" }));
    expect(res.status).toBe(400);
    expect(res.reply?.error?.email).toEqual(["Vul een e-mailadres in zoals naam@bedrijf.nl."]);
    expect(res.reply?.initialValue).toMatchObject({ email: "sanne-at-example", companyName: "Café 't Hoekje" });
  });

  it("says so when a well-formed postcode does not exist, together with other errors", async () => {
    const res = await post(proefplaatsingForm({ postcode: "1000 AA", contactName: "" }));
    expect(res.status).toBe(400);
    expect(res.reply?.error?.postcode?.[0]).toMatch(/^We kennen deze postcode niet/);
    expect(res.reply?.error?.contactName).toEqual(["Vul uw naam in."]);
  });

  it("asks which municipality when the postcode lies in two, and routes by the answer", async () => {
    // 3366: 18 addresses in Molenlanden (region Gorinchem), 2 in Sliedrecht (Drechtsteden).
    const form = proefplaatsingForm({ postcode: "3366 AA" });
    const asked = await post(form);
    expect(asked.status).toBe(400);
    expect(asked.municipalityOptions).toEqual([
      { code: "GM1978", name: "Molenlanden" },
      { code: "GM0610", name: "Sliedrecht" },
    ]);
    // A question, not an error: no message on the field, the typed values kept.
    expect(asked.reply?.status).toBe("success");
    expect(asked.reply?.error).toBeUndefined();
    expect(asked.reply?.initialValue).toMatchObject({ postcode: "3366 AA" });

    // Sent again without an answer: now it is an error on the question.
    form.set("municipalityAsked", "ja");
    const unanswered = await post(form);
    expect(unanswered.status).toBe(400);
    expect(unanswered.reply?.error?.municipality).toEqual(["Kies de gemeente waar uw bedrijf is."]);
    expect(unanswered.municipalityOptions).toHaveLength(2);

    form.set("municipality", "GM0610");
    const answered = await post(form);
    expect(answered.status).toBe(302);
    const [request] = await database()
      .select()
      .from(schema.requests)
      .where(eq(schema.requests.submissionKey, form.get("submissionKey")!));
    expect(request).toMatchObject({ municipalityCode: "GM0610", regionSlug: "drechtsteden" });
  });

  it("refuses a phone number that is not a whole Dutch number, with the other errors", async () => {
    const before = await requestCount();
    const res = await post(proefplaatsingForm({ phone: "06 1234 567", contactName: "" }));
    expect(res.status).toBe(400);
    expect(res.reply?.error?.phone).toEqual(["Vul een volledig Nederlands telefoonnummer in, zoals 06 12345678 of 020 123 4567."]);
    expect(res.reply?.error?.contactName).toEqual(["Vul uw naam in."]);
    expect(res.reply?.initialValue).toMatchObject({ phone: "06 1234 567" });
    expect(await requestCount()).toBe(before);
  });

  it("stores a phone number in one written form", async () => {
    const form = proefplaatsingForm({ phone: "+31 6-1234 5678" });
    const res = await post(form);
    expect(res.status).toBe(302);
    const [request] = await database()
      .select()
      .from(schema.requests)
      .where(eq(schema.requests.submissionKey, form.get("submissionKey")!));
    expect(request?.details.phone).toBe("06 12345678");
  });

  it("puts Fout: in the page title after a form with errors, without JavaScript", async () => {
    // Without JavaScript the page's loader runs after the action, in the same request.
    const context: AppLoadContext = { cspNonce: "", clientIp: "192.0.2.1" };
    const res = await post(proefplaatsingForm({ email: "" }), context);
    expect(res.status).toBe(400);
    expect(loader({ request: new Request("http://localhost/proefplaatsing"), params: {}, context })).toMatchObject({ rejected: true });
    const fresh: AppLoadContext = { cspNonce: "", clientIp: "192.0.2.1" };
    expect(loader({ request: new Request("http://localhost/proefplaatsing"), params: {}, context: fresh })).toMatchObject({ rejected: false });
  });

  it("refuses a form with the honeypot filled in, with a friendly message", async () => {
    const before = await requestCount();
    const res = await post(proefplaatsingForm({ website: "http://spam.example" }));
    expect(res.status).toBe(400);
    expect(res.reply?.error?.[""]?.[0]).toMatch(/^We konden uw aanvraag niet versturen/);
    expect(await requestCount()).toBe(before);
  });

  it("answers hostile input with the form again, never an exception", async () => {
    const fieldNames = ["companyName", "sector", "postcode", "municipality", "work", "contactName", "email", "phone", "consent", "submissionKey", "website"];
    const hostile = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: "grapheme", maxLength: 50 }),
      fc.constantFrom("<script>alert(1)</script>", "'; drop table requests; --", "\u0000", "9999", "3511", "3366", "GM0610", "GM0363", "𝕏".repeat(5000), " "),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...fieldNames), hostile), { maxLength: 14 }), async (pairs) => {
        const body = new URLSearchParams();
        for (const [name, value] of pairs) body.append(name, value);
        const res = await post(body);
        expect([302, 400]).toContain(res.status);
        // 400 is the form again: with errors, or with the municipality question.
        if (res.status === 400) expect(res.reply?.status === "error" || (res.municipalityOptions ?? []).length > 0).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
