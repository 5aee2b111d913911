/**
 * The regional employer register (decision 028) on a real database (PGlite here, PostgreSQL with
 * TEST_DATABASE_URL): requests fill it, the region shares it and nothing crosses regions, private
 * notes stay private, duplicates merge with an explanation, check-ins go out once per period and
 * never after "Stop", and an answer "Ja, ik heb weer plek" becomes a routed request.
 */
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEFAULT_REGISTER_QUERY } from "~/domain/register-query";
import { database, schema } from "~/lib/db.server";
import { placesForPostcode } from "~/models/places.server";
import { addEntry, importRegisterCsv, logContact, registerEntryPage, registerFigures, registerPage } from "~/models/register.server";
import { backfillRegister } from "~/models/register-entries.server";
import { answerCheckIn, checkInByToken, saveCheckInSettings, sendDueCheckIns } from "~/models/register-check-ins.server";
import { mergeEntries, registerDuplicates } from "~/models/register-merge.server";
import { eraseEmployer } from "~/models/employer-privacy.server";
import { submitRequest } from "~/models/requests.server";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { addStaffMember, createStaff, postRequest } from "../support/staff";
import { readable } from "../support/outbox";

const db = database();
const brug = await addStaffMember(db, "school", "pro-de-brug-utrecht");
const anker = await addStaffMember(db, "school", "vso-het-anker-zeist");
const wsp = await addStaffMember(db, "wsp", "wsp-midden-utrecht");
const elsewhere = await addStaffMember(db, "school", "pro-noorderlicht-amsterdam").catch(() => null);
const wspElsewhere = await addStaffMember(db, "wsp", "wsp-groot-amsterdam");
const admin = await addStaffMember(db, "admin", null);

async function send(overrides: Parameters<typeof proefplaatsingRequest>[0] = {}, pc4 = "3511", at = new Date("2026-11-02T09:00:00Z")) {
  const [place] = await placesForPostcode(db, pc4);
  return submitRequest(db, proefplaatsingRequest(overrides), place!, at);
}

async function entryOf(companyName: string) {
  const [entry] = await db.select().from(schema.registerEmployers).where(eq(schema.registerEmployers.companyName, companyName));
  return entry!;
}

/** The token in the newest check-in or notice email to this address (only the test reads it). */
async function tokenFor(email: string): Promise<string> {
  const rows = (
    await readable(
      await db
        .select()
        .from(schema.emailOutbox)
        .where(eq(schema.emailOutbox.toAddress, email))
        .orderBy(desc(schema.emailOutbox.createdAt)),
    )
  ).filter((r) => r.template.startsWith("werkgever-"));
  const match = /\/werkgever\/([A-Za-z0-9_-]{43})/.exec(rows[0]?.text ?? "");
  if (!match?.[1]) throw new Error(`Geen check-in voor ${email}`);
  return match[1];
}

describe("the register fills itself and is shared within the region only", () => {
  it("puts the employer of a request in the register of its region, once per company, with the request", async () => {
    await send({ email: "zon@bakkerij-zon.nl", companyName: "Bakkerij Zon" });
    await send({ email: "zon@bakkerij-zon.nl", companyName: "Bakkerij Zon" });
    const entries = await db.select().from(schema.registerEmployers).where(eq(schema.registerEmployers.companyName, "Bakkerij Zon"));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.regionSlug).toBe("midden-utrecht");
    expect(entries[0]!.source).toBe("aanvraag");
    const links = await db.select().from(schema.registerRequests).where(eq(schema.registerRequests.registerEmployerId, entries[0]!.id));
    expect(links).toHaveLength(2);
  });

  it("lets every school and the WSP of the region see who is in contact, but not another's private note", async () => {
    const entry = await entryOf("Bakkerij Zon");
    expect(await logContact(db, brug, entry.id, { kind: "gesprek", happenedOn: "2026-11-10", note: "Privé: eigenaar lastig bereikbaar", visibility: "eigen" }, new Date("2026-11-20T09:00:00Z"))).toEqual({ ok: true });
    expect(await logContact(db, brug, entry.id, { kind: "bezoek", happenedOn: "2026-11-12", note: "Voor de regio: ze zoeken iemand voor de ochtend", visibility: "regio" }, new Date("2026-11-20T09:00:00Z"))).toEqual({ ok: true });

    const asAnker = await registerEntryPage(db, anker, entry.id);
    expect(asAnker).not.toBeNull();
    expect(asAnker!.row.inContact.map((c) => c.name)).toContain("Praktijkschool De Brug (demo)");
    const notes = asAnker!.log.map((l) => l.note);
    expect(notes).toContain("Voor de regio: ze zoeken iemand voor de ochtend");
    expect(JSON.stringify(asAnker)).not.toContain("eigenaar lastig bereikbaar");

    const asBrug = await registerEntryPage(db, brug, entry.id);
    expect(asBrug!.log.map((l) => l.note)).toContain("Privé: eigenaar lastig bereikbaar");
    expect(JSON.stringify(await registerEntryPage(db, wsp, entry.id))).not.toContain("eigenaar lastig bereikbaar");

    const list = await registerPage(db, wsp, { ...DEFAULT_REGISTER_QUERY, search: "zon" });
    expect(list.rows.map((r) => r.companyName)).toContain("Bakkerij Zon");
  });

  it("shows nothing of it to another region, and refuses their writes", async () => {
    const entry = await entryOf("Bakkerij Zon");
    expect(await registerEntryPage(db, wspElsewhere, entry.id)).toBeNull();
    if (elsewhere) expect(await registerEntryPage(db, elsewhere, entry.id)).toBeNull();
    const list = await registerPage(db, wspElsewhere, { ...DEFAULT_REGISTER_QUERY, search: "zon" });
    expect(list.rows).toEqual([]);
    expect(await logContact(db, wspElsewhere, entry.id, { kind: "gesprek", happenedOn: "2026-11-10", visibility: "regio" })).toMatchObject({ ok: false });
    // The administrator sees the register, not the private notes.
    expect(JSON.stringify(await registerEntryPage(db, admin, entry.id))).not.toContain("eigenaar lastig bereikbaar");
  });

  it("backfills requests sent before the register existed", async () => {
    const sent = await send({ email: "oud@garage-oud.nl", companyName: "Garage Oud" });
    const entry = await entryOf("Garage Oud");
    await db.delete(schema.registerEmployers).where(eq(schema.registerEmployers.id, entry.id));
    expect(await backfillRegister(db)).toBeGreaterThanOrEqual(1);
    const again = await entryOf("Garage Oud");
    const [link] = await db.select().from(schema.registerRequests).where(eq(schema.registerRequests.registerEmployerId, again.id));
    expect(link).toBeDefined();
    expect(sent.reference).toMatch(/^OP-/);
    expect(await backfillRegister(db)).toBe(0);
  });
});

describe("duplicates", () => {
  it("finds two entries with one KvK number and merges them, with everything moved and the reason in the audit log", async () => {
    await send({ email: "info@fietsen-spaak.nl", companyName: "Fietsenmaker De Spaak", kvkNumber: "12345678" });
    await send({ email: "spaak.eigenaar@gmail.com", companyName: "De Spaak fietsen", kvkNumber: "12345678" });
    const pairs = await registerDuplicates(db, anker);
    const pair = pairs.find((p) => [p.first.companyName, p.second.companyName].includes("De Spaak fietsen"));
    expect(pair?.reasons).toContain("zelfde KvK-nummer");
    expect(await registerDuplicates(db, wspElsewhere)).toEqual([]);

    const keep = await entryOf("Fietsenmaker De Spaak");
    const drop = await entryOf("De Spaak fietsen");
    expect(await mergeEntries(db, wspElsewhere, keep.id, drop.id)).toMatchObject({ ok: false });
    expect(await mergeEntries(db, anker, keep.id, drop.id)).toEqual({ ok: true });
    const links = await db.select().from(schema.registerRequests).where(eq(schema.registerRequests.registerEmployerId, keep.id));
    expect(links).toHaveLength(2);
    expect(await db.select().from(schema.registerEmployers).where(eq(schema.registerEmployers.id, drop.id))).toEqual([]);
    const contacts = await db.select().from(schema.registerContacts).where(eq(schema.registerContacts.registerEmployerId, keep.id));
    expect(contacts.map((c) => c.email).sort()).toEqual(["info@fietsen-spaak.nl", "spaak.eigenaar@gmail.com"]);
    const [audit] = await db.select().from(schema.auditLog).where(eq(schema.auditLog.staffMemberId, anker.id)).orderBy(desc(schema.auditLog.id)).limit(1);
    expect(audit?.summary).toContain("samengevoegd");
    expect(audit?.summary).toContain("zelfde KvK-nummer");
    expect(audit?.summary).toContain("Verplaatst: 1 aanvraag, 0 contactmomenten, 1 contactpersoon");
    expect((await registerDuplicates(db, anker)).some((p) => [p.first.id, p.second.id].includes(drop.id))).toBe(false);
  });
});

describe("check-ins", () => {
  it("asks each employer once in the region's check-in month, never twice for one period", async () => {
    await send({ email: "plant@kwekerij-groen.nl", companyName: "Kwekerij Groen" }, "3511", new Date("2026-11-02T09:00:00Z"));
    const june = new Date("2027-06-03T08:00:00Z");
    const first = await sendDueCheckIns(db, june);
    expect(first).toBeGreaterThanOrEqual(1);
    const entry = await entryOf("Kwekerij Groen");
    const rows = await db.select().from(schema.registerCheckIns).where(eq(schema.registerCheckIns.registerEmployerId, entry.id));
    expect(rows.map((r) => r.periodKey)).toEqual(["schooljaar:2027"]);
    expect(rows[0]!.tokenHash).not.toContain("/"); // a hash, not the token
    // Again the same day, a week later and in two parallel runs: nothing new for this employer.
    await Promise.all([sendDueCheckIns(db, june), sendDueCheckIns(db, new Date("2027-06-10T08:00:00Z"))]);
    expect(await db.select().from(schema.registerCheckIns).where(eq(schema.registerCheckIns.registerEmployerId, entry.id))).toHaveLength(1);
    const mails = await db.select().from(schema.emailOutbox).where(and(eq(schema.emailOutbox.toAddress, "plant@kwekerij-groen.nl"), eq(schema.emailOutbox.template, "werkgever-check-in")));
    expect(mails).toHaveLength(1);
  });

  it("records 'Ja, 2 plekken': a new request routed as usual, and the capacity for the school year", async () => {
    const token = await tokenFor("plant@kwekerij-groen.nl");
    const page = await checkInByToken(db, token, new Date("2027-06-04T08:00:00Z"));
    expect(page?.entry.companyName).toBe("Kwekerij Groen");
    const answer = await answerCheckIn(db, token, { answer: "plek", places: 2, offer: "proefplaatsing", startPeriod: "na-de-zomer" }, new Date("2027-06-04T08:00:00Z"));
    expect(answer).toMatchObject({ ok: true, answer: "plek" });
    const reference = (answer as { reference: string }).reference;
    const again = await answerCheckIn(db, token, { answer: "plek", places: 2, offer: "proefplaatsing", startPeriod: "na-de-zomer" }, new Date("2027-06-04T08:01:00Z"));
    expect((again as { reference: string }).reference).toBe(reference);
    const entry = await entryOf("Kwekerij Groen");
    const [capacity] = await db.select().from(schema.registerCapacity).where(eq(schema.registerCapacity.registerEmployerId, entry.id));
    expect(capacity).toMatchObject({ schoolYear: 2027, offer: "proefplaatsing", places: 2 });
    const links = await db.select().from(schema.registerRequests).where(eq(schema.registerRequests.registerEmployerId, entry.id));
    expect(links).toHaveLength(2);
    const mails = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.template, "nieuwe-aanvraag-school"));
    expect(mails.some((m) => m.subject.includes(reference))).toBe(true);
  });

  it("asks some weeks after a placement ends: the end date given when staff close a request as placed, or log a placement in the register (forms without JavaScript)", async () => {
    const requestRoute = await import("~/routes/backoffice.aanvragen.$reference");
    const entryRoute = await import("~/routes/backoffice.werkgevers.$id");
    const wspSignedIn = await createStaff(db, "wsp", "wsp-midden-utrecht");
    const context = { clientIp: "127.0.0.1", cspNonce: "" };
    const placedOn = async (companyName: string) =>
      (await db.select().from(schema.registerCheckIns).where(eq(schema.registerCheckIns.registerEmployerId, (await entryOf(companyName)).id))).filter((c) => c.reason === "na_plaatsing");

    // Closed as placed on the request's page, with the day the placement ends.
    const { reference } = await send({ email: "plaats@bouw-plaats.nl", companyName: "Bouw Plaats" }, "3511", new Date("2026-11-02T09:00:00Z"));
    const post = (form: Record<string, string>) => requestRoute.action({ request: postRequest(`/backoffice/aanvragen/${reference}`, { intent: "status", ...form }, wspSignedIn), params: { reference }, context });
    expect(((await post({ status: "in_behandeling" })) as Response).status).toBe(302);
    const tooEarly = (await post({ status: "geplaatst", placementEndsOn: "2026-10-01" })) as unknown as { data: { result: { error?: Record<string, string[]> } } };
    expect(tooEarly.data.result.error?.placementEndsOn).toEqual(["Deze datum ligt voor de dag van de aanvraag. Kies de dag waarop de plaatsing eindigt."]);
    const notADate = (await post({ status: "geplaatst", placementEndsOn: "2027-02-30" })) as unknown as { data: { result: { error?: Record<string, string[]> } } };
    expect(notADate.data.result.error?.placementEndsOn).toEqual(["Vul een datum in zoals 14-03-2026."]);
    expect(((await post({ status: "geplaatst", placementEndsOn: "2027-03-15" })) as Response).status).toBe(302);
    const [placed] = await db.select().from(schema.requests).where(eq(schema.requests.reference, reference));
    expect(placed).toMatchObject({ status: "geplaatst", placementEndsOn: "2027-03-15" });

    // Four weeks (the default) after the end: not a day before, once, and never again for it.
    await sendDueCheckIns(db, new Date("2027-04-11T08:00:00Z"));
    expect(await placedOn("Bouw Plaats")).toEqual([]);
    await sendDueCheckIns(db, new Date("2027-04-12T08:00:00Z"));
    await sendDueCheckIns(db, new Date("2027-04-20T08:00:00Z"));
    expect((await placedOn("Bouw Plaats")).map((c) => c.periodKey)).toEqual(["plaatsing:2027-03-15"]);
    const mails = await db.select().from(schema.emailOutbox).where(and(eq(schema.emailOutbox.toAddress, "plaats@bouw-plaats.nl"), eq(schema.emailOutbox.template, "werkgever-check-in")));
    expect(mails).toHaveLength(1);

    // Logged as a placement on the employer's page in the register, with its end.
    await send({ email: "hout@hout-plaats.nl", companyName: "Hout Plaats" }, "3511", new Date("2026-11-02T09:00:00Z"));
    const id = (await entryOf("Hout Plaats")).id;
    const logged = (await entryRoute.action({
      request: postRequest(`/backoffice/werkgevers/${id}`, { intent: "contact", kind: "plaatsing", happenedOn: "2026-11-20", endsOn: "2027-01-31", visibility: "eigen" }, wspSignedIn),
      params: { id },
      context,
    })) as Response;
    expect(logged.status).toBe(302);
    await sendDueCheckIns(db, new Date("2027-02-28T08:00:00Z"));
    expect((await placedOn("Hout Plaats")).map((c) => c.periodKey)).toEqual(["plaatsing:2027-01-31"]);
  });

  it("never emails an employer after 'Stop', nor an erased one", async () => {
    const at = new Date("2026-11-02T09:00:00Z");
    const added = await addEntry(db, brug, { companyName: "Schilder Stop", kvkNumber: null, postcode: "3512", sectors: [], offers: ["stage"], contactName: "Piet", email: "piet@schilder-stop.nl", phone: null }, at);
    expect(added).toMatchObject({ ok: true });
    const notice = await db.select().from(schema.emailOutbox).where(and(eq(schema.emailOutbox.toAddress, "piet@schilder-stop.nl"), eq(schema.emailOutbox.template, "werkgever-in-register")));
    expect(notice).toHaveLength(1);
    const token = await tokenFor("piet@schilder-stop.nl");
    expect(await answerCheckIn(db, token, { answer: "stop" }, at)).toEqual({ ok: true, answer: "stop" });
    await sendDueCheckIns(db, new Date("2027-06-03T08:00:00Z"));
    await sendDueCheckIns(db, new Date("2028-06-03T08:00:00Z"));
    const later = await db.select().from(schema.emailOutbox).where(and(eq(schema.emailOutbox.toAddress, "piet@schilder-stop.nl"), eq(schema.emailOutbox.template, "werkgever-check-in")));
    expect(later).toEqual([]);

    // An employer who sent a request and then had their data erased is never asked either.
    await send({ email: "weg@weg-bv.nl", companyName: "Weg BV" });
    const [employer] = await db.select().from(schema.employers).where(eq(schema.employers.email, "weg@weg-bv.nl"));
    await eraseEmployer(db, employer!.id, { kind: "werkgever" });
    await sendDueCheckIns(db, new Date("2029-06-03T08:00:00Z"));
    const toErased = await db.select().from(schema.emailOutbox).where(and(eq(schema.emailOutbox.toAddress, "weg@weg-bv.nl"), eq(schema.emailOutbox.template, "werkgever-check-in")));
    expect(toErased).toEqual([]);
  });
});

describe("a school's CSV import", () => {
  const header = "bedrijfsnaam;kvk;postcode;contactpersoon;email;telefoon;biedt;sectoren;laatste_contact";

  it("stores nothing when one row is wrong, and says which row and column", async () => {
    const before = (await db.select().from(schema.registerEmployers)).length;
    const result = await importRegisterCsv(db, brug, [header, "Import Eén;;3511;Jan;jan@import-een.nl;;stage;;", "Import Twee;;1012;Piet;;;;;"].join("\n"));
    expect(result).toEqual({ ok: false, errors: [{ row: 3, column: "postcode", message: "postcode 1012 ligt niet in uw regio" }] });
    expect(await db.select().from(schema.registerEmployers)).toHaveLength(before);
  });

  it("stores every row: new companies with a notice, a known company joined, the school's contact since the date given", async () => {
    const csv = [header, "Import Eén;;3511;Jan;jan@import-een.nl;;stage;;15-03-2026", "Bakkerij Zon;;3511;Marie Zon;marie@bakkerij-zon.nl;;;;"].join("\n");
    const result = await importRegisterCsv(db, brug, csv, new Date("2026-11-25T09:00:00Z"));
    expect(result).toEqual({ ok: true, added: 1, joined: 1 });
    const entry = await entryOf("Import Eén");
    expect(entry.source).toBe("import");
    const page = await registerEntryPage(db, anker, entry.id);
    expect(page!.row.inContact).toEqual([expect.objectContaining({ name: "Praktijkschool De Brug (demo)", since: "2026-03-15" })]);
    const notice = await db.select().from(schema.emailOutbox).where(and(eq(schema.emailOutbox.toAddress, "jan@import-een.nl"), eq(schema.emailOutbox.template, "werkgever-in-register")));
    expect(notice).toHaveLength(1);
    const zon = await entryOf("Bakkerij Zon");
    const contacts = await db.select().from(schema.registerContacts).where(eq(schema.registerContacts.registerEmployerId, zon.id));
    expect(contacts.map((c) => c.email)).toContain("marie@bakkerij-zon.nl");
  });
});

describe("the check-in page", () => {
  it("takes 'Ja, 2 plekken' as a form without JavaScript posts it, and redirects to the thanks", async () => {
    const checkInRoute = await import("~/routes/werkgever.$token");
    await send({ email: "pagina@tuin-pagina.nl", companyName: "Tuin Pagina" }, "3511", new Date("2026-11-02T09:00:00Z"));
    await sendDueCheckIns(db, new Date("2028-06-05T08:00:00Z"));
    const token = await tokenFor("pagina@tuin-pagina.nl");
    const request = new Request(`http://localhost:3000/werkgever/${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost:3000" },
      body: new URLSearchParams({ intent: "plek", places: "2", offer: "proefplaatsing", startPeriod: "na-de-zomer" }),
    });
    const response = (await checkInRoute.action({ request, params: { token }, context: { clientIp: "127.0.0.1", cspNonce: "" } })) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/werkgever/${token}?gedaan=plek#gedaan`);
  });
});

describe("slapend: no contact for as many months as the region says", () => {
  it("uses the default until the WSP sets the months, then the region's own setting, in the list and the figures", async () => {
    const added = new Date("2030-01-15T09:00:00Z");
    expect(await addEntry(db, brug, { companyName: "Slaap Zacht", kvkNumber: null, postcode: "3512", sectors: [], offers: [], contactName: "Sam", email: null, phone: null }, added)).toMatchObject({ ok: true });
    const fiveMonthsLater = new Date("2030-06-20T09:00:00Z");
    const dormant = async (viewer: typeof brug) =>
      (await registerPage(db, viewer, { ...DEFAULT_REGISTER_QUERY, list: "slapend", search: "Slaap Zacht" }, fiveMonthsLater)).rows.map((r) => r.companyName);
    const dormantInFigures = async () => (await registerFigures(db, wsp, fiveMonthsLater)).regions.find((r) => r.regionName === "Midden-Utrecht")?.dormant ?? 0;

    // Nine months by default: five months of silence is not dormant yet.
    expect(await dormant(brug)).toEqual([]);
    const before = await dormantInFigures();

    expect(await saveCheckInSettings(db, wsp, { checkInMonth: 6, quietMonths: 4, weeksAfterPlacement: 4 }, added)).toBe(true);
    expect(await dormant(brug)).toEqual(["Slaap Zacht"]);
    expect(await dormant(anker)).toEqual(["Slaap Zacht"]);
    expect(await dormantInFigures()).toBe(before + 1);

    // A contact makes it awake again; a stopped employer is never dormant.
    const entry = await entryOf("Slaap Zacht");
    await logContact(db, anker, entry.id, { kind: "gesprek", happenedOn: "2030-06-01", visibility: "eigen" }, fiveMonthsLater);
    expect(await dormant(brug)).toEqual([]);

    // Another region's setting says nothing about this one, and a school cannot change it.
    expect(await saveCheckInSettings(db, brug, { checkInMonth: 6, quietMonths: 36, weeksAfterPlacement: 4 }, added)).toBe(false);
    expect(await saveCheckInSettings(db, wspElsewhere, { checkInMonth: 6, quietMonths: 3, weeksAfterPlacement: 4 }, added)).toBe(true);
    const [setting] = await db.select().from(schema.registerRegionSettings).where(eq(schema.registerRegionSettings.regionSlug, "midden-utrecht"));
    expect(setting!.quietMonths).toBe(4);
  });
});

describe("phone numbers of contact persons", () => {
  const header = "bedrijfsnaam;kvk;postcode;contactpersoon;email;telefoon;biedt;sectoren;laatste_contact";
  const replyOf = (result: unknown) => (result as { data: { error?: Record<string, string[]>; initialValue?: Record<string, unknown> } }).data;

  it("adding an employer by hand: a number that is none comes back beside the field with the input kept; a good one is stored as the Netherlands writes it", async () => {
    const addRoute = await import("~/routes/backoffice.werkgevers.nieuw");
    const school = await createStaff(db, "school", "pro-de-brug-utrecht");
    const form = { companyName: "Bel Bedrijf", postcode: "3512 AB", contactName: "Bea Bel", phone: "06 1234 567" };
    const refused = await addRoute.action({ request: postRequest("/backoffice/werkgevers/nieuw", form, school), params: {}, context: { clientIp: "127.0.0.1", cspNonce: "" } });
    expect(refused).not.toBeInstanceOf(Response);
    expect(replyOf(refused).error?.phone).toEqual(["Vul een volledig Nederlands telefoonnummer in, zoals 06 12345678 of 020 123 4567."]);
    expect(replyOf(refused).initialValue).toMatchObject({ companyName: "Bel Bedrijf", phone: "06 1234 567" });
    expect(await db.select().from(schema.registerEmployers).where(eq(schema.registerEmployers.companyName, "Bel Bedrijf"))).toEqual([]);

    const added = (await addRoute.action({ request: postRequest("/backoffice/werkgevers/nieuw", { ...form, phone: "+31 (0)30-1234567" }, school), params: {}, context: { clientIp: "127.0.0.1", cspNonce: "" } })) as Response;
    expect(added.status).toBe(302);
    const [contact] = await db.select().from(schema.registerContacts).where(eq(schema.registerContacts.registerEmployerId, (await entryOf("Bel Bedrijf")).id));
    expect(contact!.phone).toBe("030 123 4567");
  });

  it("the employer's own correction through a check-in link is checked the same way", async () => {
    const checkInRoute = await import("~/routes/werkgever.$token");
    await send({ email: "bel@schilder-bel.nl", companyName: "Schilder Bel" }, "3511", new Date("2026-11-02T09:00:00Z"));
    await sendDueCheckIns(db, new Date("2029-06-05T08:00:00Z"));
    const token = await tokenFor("bel@schilder-bel.nl");
    const post = (phone: string) =>
      checkInRoute.action({
        request: postRequest(`/werkgever/${token}`, { intent: "gegevens", companyName: "Schilder Bel", contactName: "Bo Bel", phone }),
        params: { token },
        context: { clientIp: "198.51.100.7", cspNonce: "" },
      });
    const refused = (await post("0612")) as unknown as { data: { intent: string; result: { error?: Record<string, string[]> } } };
    expect(refused.data.result.error?.phone).toEqual(["Vul een volledig Nederlands telefoonnummer in, zoals 06 12345678 of 020 123 4567."]);
    expect(((await post("0031612345678")) as Response).status).toBe(302);
    const [contact] = await db.select().from(schema.registerContacts).where(eq(schema.registerContacts.email, "bel@schilder-bel.nl"));
    expect(contact!.phone).toBe("06 12345678");
  });

  it("the CSV import names the row of a number that is none and stores nothing; good numbers are stored as written in the Netherlands", async () => {
    const bad = await importRegisterCsv(db, brug, [header, "Tel Eén;;3511;Jan;;06-12345678;;;", "Tel Twee;;3511;Piet;;12345;;;"].join("\n"));
    expect(bad).toEqual({ ok: false, errors: [{ row: 3, column: "telefoon", message: "vul een volledig Nederlands telefoonnummer in, zoals 06 12345678 of 020 123 4567, of laat leeg" }] });
    expect(await db.select().from(schema.registerEmployers).where(eq(schema.registerEmployers.companyName, "Tel Eén"))).toEqual([]);
    expect(await importRegisterCsv(db, brug, [header, "Tel Eén;;3511;Jan;;06-12345678;;;"].join("\n"))).toMatchObject({ ok: true, added: 1 });
    const [contact] = await db.select().from(schema.registerContacts).where(eq(schema.registerContacts.registerEmployerId, (await entryOf("Tel Eén")).id));
    expect(contact!.phone).toBe("06 12345678");
  });
});
