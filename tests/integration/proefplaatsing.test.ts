import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { readable } from "../support/outbox";

const db = database();

async function placeFor(pc4: string) {
  const [place] = await placesForPostcode(db, pc4);
  if (!place) throw new Error(`geen plaats voor ${pc4}`);
  return place;
}

async function rowCount(table: typeof schema.requests | typeof schema.employers | typeof schema.emailOutbox) {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

describe("submitRequest", () => {
  it("stores a request routed to a fitting school, with a reference, timeline and emails to employer, school and WSP", async () => {
    const { reference, duplicate } = await submitRequest(db, proefplaatsingRequest(), await placeFor("3511"));
    expect(duplicate).toBe(false);
    expect(reference).toMatch(/^OP-\d{4}-\d{6}$/);

    const request = await requestByReference(db, reference);
    expect(request).toMatchObject({
      kind: "proefplaatsing",
      status: "nieuw",
      regionSlug: "midden-utrecht",
      municipalityCode: "GM0344",
      postcode: "3511",
      sector: "detailhandel",
    });
    expect(request?.routing.wsp?.name).toBe("Werkgeversservicepunt Midden-Utrecht (demo)");
    // De Brug places pupils in detailhandel; Het Anker takes all sectors and comes second.
    expect(request?.routing.school?.name).toBe("Praktijkschool De Brug (demo)");
    expect(request?.routing.alternates.map((a) => a.name)).toEqual(["VSO Het Anker (demo)"]);
    expect(request?.routing.reasons.map((r) => r.code)).toEqual([
      "regio_van_postcode",
      "school_gekozen",
      "alternatieven",
      "wsp_op_de_hoogte",
    ]);

    const events = await db
      .select({ type: schema.requestEvents.type })
      .from(schema.requestEvents)
      .where(eq(schema.requestEvents.requestId, request!.id))
      .orderBy(schema.requestEvents.id);
    expect(events.map((e) => e.type)).toEqual(["ontvangen", "doorgestuurd"]);

    const emails = await db
      .select()
      .from(schema.emailOutbox)
      .where(eq(schema.emailOutbox.requestId, request!.id))
      .orderBy(schema.emailOutbox.template)
      .then(readable);
    expect(emails.map((e) => [e.template, e.toAddress, e.status])).toEqual([
      ["aanvraag-ontvangen", "sanne@example.org", "pending"],
      ["nieuwe-aanvraag-school", "pro-de-brug-utrecht@example.org", "pending"],
      ["nieuwe-aanvraag-wsp", "wsp-midden-utrecht@example.org", "pending"],
    ]);
    const confirmation = emails[0]!;
    expect(confirmation.text).toMatch(/Praktijkschool De Brug \(demo\) laat uiterlijk \w+dag \d+ \w+ om \d\d:\d\d weten/);
    expect(confirmation.text).toMatch(/http:\/\/localhost:3000\/volgen\/[A-Za-z0-9_-]{40,}/);
    expect(confirmation.text).toContain(
      "Uw aanvraag is doorgestuurd naar Praktijkschool De Brug (demo) in Utrecht. Werkgeversservicepunt Midden-Utrecht (demo) is op de hoogte.",
    );
    expect(confirmation.subject).toContain(reference);
    expect(confirmation.text).toContain(reference);
    expect(confirmation.text).toContain("Midden-Utrecht");
    expect(confirmation.html).toContain('lang="nl"');
  });

  it("numbers references one after another", async () => {
    const a = await submitRequest(db, proefplaatsingRequest(), await placeFor("1011"));
    const b = await submitRequest(db, proefplaatsingRequest(), await placeFor("1011"));
    const seq = (ref: string) => Number(ref.split("-")[2]);
    expect(seq(b.reference)).toBe(seq(a.reference) + 1);
  });

  it("creates one request when the same form arrives twice, also at the same moment", async () => {
    const input = proefplaatsingRequest();
    const place = await placeFor("9711");
    const before = await rowCount(schema.requests);
    const results = await Promise.all([
      submitRequest(db, input, place),
      submitRequest(db, input, place),
    ]);
    const again = await submitRequest(db, input, place);
    expect(new Set([...results, again].map((r) => r.reference)).size).toBe(1);
    expect(again.duplicate).toBe(true);
    expect(await rowCount(schema.requests)).toBe(before + 1);
  });

  it("treats the same email address in another case as the same employer", async () => {
    const place = await placeFor("5211");
    const a = await submitRequest(db, proefplaatsingRequest({ email: "Info@Bakker.example.org" }), place);
    const b = await submitRequest(db, proefplaatsingRequest({ email: "info@bakker.example.org" }), place);
    const [ra, rb] = [await requestByReference(db, a.reference), await requestByReference(db, b.reference)];
    expect(ra?.employerId).toBe(rb?.employerId);
  });

  it("writes nothing at all when part of the submission fails", async () => {
    const before = await Promise.all([
      rowCount(schema.requests),
      rowCount(schema.employers),
      rowCount(schema.emailOutbox),
    ]);
    const place = { ...(await placeFor("3511")), municipalityCode: "GM9999" }; // breaks a foreign key
    await expect(
      submitRequest(db, proefplaatsingRequest({ email: "nieuw-bedrijf@example.org" }), place),
    ).rejects.toThrow();
    const after = await Promise.all([
      rowCount(schema.requests),
      rowCount(schema.employers),
      rowCount(schema.emailOutbox),
    ]);
    expect(after).toEqual(before);
  });

  it("still accepts a request from a region without a WSP, and says so", async () => {
    await db.update(schema.organisations).set({ active: false }).where(eq(schema.organisations.slug, "wsp-twente"));
    const { reference } = await submitRequest(db, proefplaatsingRequest(), await placeFor("7511"));
    const request = await requestByReference(db, reference);
    expect(request?.routing.wsp).toBeNull();
    expect(request?.routing.reasons.map((r) => r.code)).toContain("geen_wsp_bekend");
    const emails = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.requestId, request!.id));
    // De Tukker (Enschede) does not place pupils in detailhandel, and the WSP is paused.
    expect(request?.routing.school).toBeNull();
    // Nobody in the region holds it, so the team behind Opstap is told (decision 032).
    expect(emails.map((e) => e.template).sort()).toEqual(["aanvraag-ontvangen", "vraag-voor-opstap"]);
  });
});
