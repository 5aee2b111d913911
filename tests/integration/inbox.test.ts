/**
 * The back-office inbox and CSV export on the demo data: each role sees exactly its own
 * requests, filters and search narrow them, keyset pages neither repeat nor skip a request, and
 * the export is a CSV Dutch Excel opens as it should.
 */
import { parse } from "csv-parse/sync";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INBOX_QUERY, type InboxQuery, INBOX_PAGE_SIZE } from "~/domain/inbox-query";
import type { StaffRole } from "~/domain/staff";
import { database, schema } from "~/lib/db.server";
import {
  exportInbox,
  inboxCsv,
  inboxExportRows,
  inboxMunicipalities,
  inboxOverview,
  inboxOwnerChoices,
  inboxPage,
  inboxStatusCounts,
} from "~/models/inbox.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { hashToken, respondToAssignment } from "~/models/routing.server";
import type { StaffMember } from "~/models/staff-scope.server";
import { loader as inboxLoader } from "~/routes/backoffice._index";
import { loader as exportLoader } from "~/routes/backoffice.export";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { addStaffMember, createStaff, getRequest, type TestStaff } from "../support/staff";

const db = database();
const NOW = new Date("2026-03-20T12:00:00Z");
const daysAgo = (days: number, minutes = 0) => new Date(NOW.getTime() - days * 86_400_000 - minutes * 60_000);

const staffMember = (name: string, role: StaffRole, organisationSlug: string | null) =>
  addStaffMember(db, role, organisationSlug, { name, email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.org` });

async function submit(options: { pc4?: string; sector?: string; companyName?: string; email?: string; at?: Date } = {}) {
  const [place] = await placesForPostcode(db, options.pc4 ?? "3511");
  const input = proefplaatsingRequest({ sector: options.sector, companyName: options.companyName, email: options.email });
  const { reference } = await submitRequest(db, input, place!, options.at ?? daysAgo(1));
  return (await requestByReference(db, reference))!;
}

/** Tokens are stored as hashes only; the test puts a known one on the open assignment. */
async function decline(requestId: string) {
  const token = `test-${crypto.randomUUID()}`;
  await db
    .update(schema.requestAssignments)
    .set({ responseTokenHash: hashToken(token) })
    .where(and(eq(schema.requestAssignments.requestId, requestId), eq(schema.requestAssignments.status, "open")));
  return respondToAssignment(db, token, { accept: false, reason: "geen-plek" }, daysAgo(1));
}

const query = (changes: Partial<InboxQuery> = {}): InboxQuery => ({ ...DEFAULT_INBOX_QUERY, status: "alle", ...changes });

async function references(staff: StaffMember, changes: Partial<InboxQuery> = {}) {
  const rows = await inboxExportRows(db, staff, query(changes), NOW);
  return rows.map((row) => row.reference).sort();
}

let admin: StaffMember;
let wsp: StaffMember;
let wspColleague: StaffMember;
let brug: StaffMember;
let anker: StaffMember;
let otherWsp: StaffMember;

beforeAll(async () => {
  admin = await staffMember("Ada Beheer", "admin", null);
  wsp = await staffMember("Willem Wsp", "wsp", "wsp-midden-utrecht");
  wspColleague = await staffMember("Wendy Wsp", "wsp", "wsp-midden-utrecht");
  brug = await staffMember("Bram Brug", "school", "pro-de-brug-utrecht");
  anker = await staffMember("Anna Anker", "school", "vso-het-anker-zeist");
  otherWsp = await staffMember("Otto Amsterdam", "wsp", "wsp-groot-amsterdam");
});

describe("who sees what", () => {
  let atBrug: Awaited<ReturnType<typeof submit>>;
  let movedToAnker: Awaited<ReturnType<typeof submit>>;
  let atAnker: Awaited<ReturnType<typeof submit>>;
  let amsterdam: Awaited<ReturnType<typeof submit>>;

  beforeAll(async () => {
    atBrug = await submit({ companyName: "Scope Winkel", email: "scope1@example.org" });
    movedToAnker = await submit({ companyName: "Scope Verhuisd", email: "scope2@example.org" });
    atAnker = await submit({ sector: "zorg-en-welzijn", companyName: "Scope Zorg", email: "scope3@example.org" });
    amsterdam = await submit({ pc4: "1011", sector: "horeca", companyName: "Scope Amsterdam", email: "scope4@example.org" });
    expect(atBrug.routing.school?.name).toBe("Praktijkschool De Brug (demo)");
    expect(atAnker.routing.school?.name).toBe("VSO Het Anker (demo)");
    expect(await decline(movedToAnker.id)).toMatchObject({ ok: true, decision: { school: { name: "VSO Het Anker (demo)" } } });
  });

  it("gives each role exactly its own requests, and another region's WSP none of these", async () => {
    const search = "Scope ";
    expect(await references(admin, { search })).toEqual([atBrug, movedToAnker, atAnker, amsterdam].map((x) => x.reference).sort());
    expect(await references(wsp, { search })).toEqual([atBrug, movedToAnker, atAnker].map((x) => x.reference).sort());
    // A school keeps seeing what it once had, even after declining it.
    expect(await references(brug, { search })).toEqual([atBrug, movedToAnker].map((x) => x.reference).sort());
    expect(await references(anker, { search })).toEqual([movedToAnker, atAnker].map((x) => x.reference).sort());
    expect(await references(otherWsp, { search })).toEqual([amsterdam.reference]);
    expect(await references(otherWsp, { search: "Scope Winkel" })).toEqual([]);
  });

  it("matches the access rules on everything in the database, not only these requests", async () => {
    const all = await db.select({ id: schema.requests.id, reference: schema.requests.reference, region: schema.requests.regionSlug }).from(schema.requests);
    const assigned = await db.select().from(schema.requestAssignments).where(eq(schema.requestAssignments.organisationId, anker.organisation!.id));
    const ankerIds = new Set(assigned.map((x) => x.requestId));
    expect(await references(wsp)).toEqual(all.filter((x) => x.region === "midden-utrecht").map((x) => x.reference).sort());
    expect(await references(anker)).toEqual(all.filter((x) => ankerIds.has(x.id)).map((x) => x.reference).sort());
    expect(await references(admin)).toHaveLength(all.length);
  });

  it("shows who has the request now, its municipality and its age", async () => {
    const rows = await inboxExportRows(db, wsp, query({ search: "Scope " }), NOW);
    const byReference = new Map(rows.map((row) => [row.reference, row]));
    expect(byReference.get(atBrug.reference)).toMatchObject({ handlerName: "Praktijkschool De Brug (demo)", municipalityName: "Utrecht", companyName: "Scope Winkel" });
    expect(byReference.get(movedToAnker.reference)?.handlerName).toBe("VSO Het Anker (demo)");
  });

  it("offers the municipalities of visible requests only, and colleagues of one's own organisation", async () => {
    const utrecht = (await inboxMunicipalities(db, wsp)).map((x) => x.name);
    expect(utrecht).toContain("Utrecht");
    expect(utrecht).not.toContain("Amsterdam");
    expect((await inboxMunicipalities(db, otherWsp)).map((x) => x.name)).toEqual(["Amsterdam"]);
    expect((await inboxOwnerChoices(db, wsp)).map((x) => x.name)).toEqual(["Wendy Wsp", "Willem Wsp"]);
    expect((await inboxOwnerChoices(db, brug)).map((x) => x.name)).toEqual(["Bram Brug"]);
    expect((await inboxOwnerChoices(db, admin)).map((x) => x.name)).toEqual(
      expect.arrayContaining(["Ada Beheer", "Anna Anker", "Bram Brug", "Otto Amsterdam", "Wendy Wsp", "Willem Wsp"]),
    );
  });

  it("gives the inbox page the same counts and lists in its one statement as the queries on their own, per person", async () => {
    for (const person of [wsp, otherWsp, brug, admin]) {
      const q = query({ search: "Scope " });
      const overview = await inboxOverview(db, person, q, NOW);
      expect(overview.counts).toEqual(await inboxStatusCounts(db, person, q, NOW));
      expect(overview.municipalities).toEqual(await inboxMunicipalities(db, person));
      expect(overview.owners).toEqual(await inboxOwnerChoices(db, person));
      expect(overview.page.rows.map((row) => row.reference)).toEqual((await inboxPage(db, person, q, NOW)).rows.map((row) => row.reference));
    }
  });
});

describe("filters, search and counts", () => {
  let mine: Awaited<ReturnType<typeof submit>>;
  let colleagues: Awaited<ReturnType<typeof submit>>;
  let placed: Awaited<ReturnType<typeof submit>>;
  let old: Awaited<ReturnType<typeof submit>>;
  let zeist: Awaited<ReturnType<typeof submit>>;
  let percent: Awaited<ReturnType<typeof submit>>;
  let noPercent: Awaited<ReturnType<typeof submit>>;

  beforeAll(async () => {
    mine = await submit({ companyName: "Filter Mijn", email: "f1@example.org", sector: "groen" });
    colleagues = await submit({ companyName: "Filter Collega", email: "f2@example.org" });
    placed = await submit({ companyName: "Filter Geplaatst", email: "f3@example.org" });
    old = await submit({ companyName: "Filter Oud", email: "f4@example.org", at: daysAgo(10) });
    zeist = await submit({ pc4: "3701", sector: "zorg-en-welzijn", companyName: "Filter Zeist", email: "f5@example.org" });
    percent = await submit({ companyName: "Filter 50% Korting_Shop", email: "f6@example.org" });
    noPercent = await submit({ companyName: "Filter 50 Korting Shop", email: "f7@example.org" });
    await db.update(schema.requests).set({ ownerId: wsp.id }).where(eq(schema.requests.id, mine.id));
    await db.update(schema.requests).set({ ownerId: wspColleague.id }).where(eq(schema.requests.id, colleagues.id));
    await db
      .update(schema.requests)
      .set({ status: "geplaatst", outcome: "geplaatst", closedAt: NOW })
      .where(eq(schema.requests.id, placed.id));
  });

  const search = "Filter ";

  it("shows open requests by default and filters on status", async () => {
    const open = (await inboxExportRows(db, wsp, { ...DEFAULT_INBOX_QUERY, search }, NOW)).map((x) => x.reference);
    expect(open).not.toContain(placed.reference);
    expect(open).toContain(mine.reference);
    expect(await references(wsp, { search, status: "geplaatst" })).toEqual([placed.reference]);
    expect(await references(wsp, { search })).toHaveLength(7);
  });

  it("filters on owner: mine, nobody's, a colleague's", async () => {
    expect(await references(wsp, { search, owner: "mij" })).toEqual([mine.reference]);
    expect(await references(wspColleague, { search, owner: "mij" })).toEqual([colleagues.reference]);
    expect(await references(wsp, { search, owner: wspColleague.id })).toEqual([colleagues.reference]);
    expect(await references(wsp, { search, owner: "geen" })).toEqual(
      [placed, old, zeist, percent, noPercent].map((x) => x.reference).sort(),
    );
  });

  it("filters on kind, sector, municipality and age", async () => {
    expect(await references(wsp, { search, sector: "groen" })).toEqual([mine.reference]);
    expect(await references(wsp, { search, kind: "groepsstage" })).toEqual([]);
    expect(await references(wsp, { search, kind: "proefplaatsing" })).toHaveLength(7);
    expect(await references(wsp, { search, municipality: zeist.municipalityCode })).toEqual([zeist.reference]);
    expect(await references(wsp, { search, olderThanDays: 7 })).toEqual([old.reference]);
    expect(await references(wsp, { search, olderThanDays: 14 })).toEqual([]);
  });

  it("searches company names and references, taking % and _ literally", async () => {
    expect(await references(wsp, { search: "50% korting" })).toEqual([percent.reference]);
    expect(await references(wsp, { search: "korting_" })).toEqual([percent.reference]);
    expect(await references(wsp, { search: "50 korting" })).toEqual([noPercent.reference]);
    expect(await references(wsp, { search: "filter zeist" })).toEqual([zeist.reference]);
    expect(await references(wsp, { search: zeist.reference.toLowerCase() })).toEqual([zeist.reference]);
    expect(await references(wsp, { search: zeist.reference.slice(-6) })).toEqual([zeist.reference]);
    // Searching does not widen the scope.
    expect(await references(otherWsp, { search: zeist.reference })).toEqual([]);
  });

  it("counts per status within the other filters, whatever status is chosen", async () => {
    const counts = await inboxStatusCounts(db, wsp, { ...DEFAULT_INBOX_QUERY, status: "geplaatst", search }, NOW);
    expect(counts).toEqual({ nieuw: 6, in_behandeling: 0, kennismaking_gepland: 0, geplaatst: 1, geen_match: 0, ingetrokken: 0 });
    const mineOnly = await inboxStatusCounts(db, wsp, { ...DEFAULT_INBOX_QUERY, search, owner: "mij" }, NOW);
    expect(mineOnly.nieuw).toBe(1);
    expect(await inboxStatusCounts(db, otherWsp, query({ search }), NOW)).toMatchObject({ nieuw: 0, geplaatst: 0 });
  });
});

describe("keyset pagination", () => {
  const search = "Pagina ";
  const total = 2 * INBOX_PAGE_SIZE + 5;

  beforeAll(async () => {
    // Groningen, so these do not fill the Utrecht schools; pairs share a moment to test the tie on id.
    for (let i = 0; i < total; i++) {
      await submit({ pc4: "9711", sector: "groen", companyName: `Pagina ${i}`, email: `pagina${i}@example.org`, at: daysAgo(30, Math.floor(i / 2)) });
    }
  });

  /** The inbox page sends the page and "is there a page behind the cursor" in other statements than `inboxPage`; both must page alike. */
  const sources = {
    inboxPage: (staff: StaffMember, q: InboxQuery) => inboxPage(db, staff, q, NOW),
    inboxOverview: async (staff: StaffMember, q: InboxQuery) => (await inboxOverview(db, staff, q, NOW)).page,
  };

  async function walk(staff: StaffMember, base: InboxQuery, source: keyof typeof sources = "inboxPage") {
    const pageAt = sources[source];
    const pages: string[][] = [];
    let page = await pageAt(staff, base);
    pages.push(page.rows.map((row) => row.reference));
    expect(page.previous).toBeNull();
    while (page.next) {
      page = await pageAt(staff, { ...base, cursor: page.next });
      pages.push(page.rows.map((row) => row.reference));
    }
    // And back again from the last page.
    const back: string[][] = [pages[pages.length - 1]!];
    while (page.previous) {
      page = await pageAt(staff, { ...base, cursor: page.previous });
      back.unshift(page.rows.map((row) => row.reference));
    }
    return { pages, back };
  }

  it.each([
    ["nieuwste", "inboxPage"],
    ["oudste", "inboxPage"],
    ["nieuwste", "inboxOverview"],
    ["oudste", "inboxOverview"],
  ] as const)("walks all pages (%s eerst, %s) forward and back without repeats or gaps", async (sort, source) => {
    const base = query({ search, sort });
    const everything = (await inboxExportRows(db, admin, base, NOW)).map((row) => row.reference);
    expect(everything).toHaveLength(total);
    const { pages, back } = await walk(admin, base, source);
    expect(pages.map((p) => p.length)).toEqual([INBOX_PAGE_SIZE, INBOX_PAGE_SIZE, 5]);
    expect(pages.flat()).toEqual(everything);
    expect(back).toEqual(pages);
    const created = (await inboxExportRows(db, admin, base, NOW)).map((row) => row.createdAt.getTime());
    expect(created).toEqual([...created].sort((x, y) => (sort === "nieuwste" ? y - x : x - y)));
  });

  it("does not repeat a row when a new request comes in between two pages", async () => {
    const base = query({ search });
    const first = await inboxPage(db, admin, base, NOW);
    await submit({ pc4: "9711", sector: "groen", companyName: "Pagina nieuw", email: "pagina-nieuw@example.org", at: daysAgo(0) });
    const second = await inboxPage(db, admin, { ...base, cursor: first.next }, NOW);
    const seen = new Set(first.rows.map((row) => row.reference));
    expect(second.rows.some((row) => seen.has(row.reference))).toBe(false);
    expect(second.rows).toHaveLength(INBOX_PAGE_SIZE);
    // Back from page two gives the same page one; one more step back, the new request.
    const back = await inboxPage(db, admin, { ...base, cursor: second.previous }, NOW);
    expect(back.rows.map((row) => row.reference)).toEqual(first.rows.map((row) => row.reference));
    const start = await inboxPage(db, admin, { ...base, cursor: back.previous }, NOW);
    expect(start.rows[0]?.companyName).toBe("Pagina nieuw");
    expect(start.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(start.previous).toBeNull();
  });

  it("shows an empty page, not an error, for a cursor past the end", async () => {
    const far = { direction: "na" as const, createdAt: "2000-01-01T00:00:00Z", id: crypto.randomUUID() };
    expect(await inboxPage(db, admin, query({ search, cursor: far }), NOW)).toMatchObject({ rows: [], next: null });
  });
});

describe("CSV export", () => {
  beforeAll(async () => {
    await submit({ companyName: 'Export "De Hoek"; Zn.', email: "export1@example.org" });
    await submit({ companyName: "Export Bakkerij Çelik & Zn.", email: "export2@example.org" });
    await submit({ companyName: "=Export HYPERLINK(1)", email: "export3@example.org" });
  });

  it("writes UTF-8 with BOM, ; and CRLF, a Dutch header, and quotes what needs quoting", async () => {
    const { csv, count } = await exportInbox(db, wsp, query({ search: "Export" }), NOW);
    expect(count).toBe(3);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Referentie;Ontvangen;Soort;Status;Bedrijf;Contactpersoon;E-mail;Telefoon;Sector;Gemeente;Postcode;Behandelaar nu;Eigenaar;Uitkomst;Reden uitkomst",
    );
    expect(lines).toHaveLength(5); // header, three rows, and the empty string after the last CRLF
    expect(csv).toContain(';"Export ""De Hoek""; Zn.";');
    expect(csv).toContain(";Export Bakkerij Çelik & Zn.;");
    expect(csv).toContain(";'=Export HYPERLINK(1);"); // no formula in Excel

    const records = parse(csv, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    const hoek = records.find((x) => x.Bedrijf === 'Export "De Hoek"; Zn.');
    expect(hoek).toMatchObject({
      Soort: "proefplaatsing",
      Status: "Nieuw",
      Contactpersoon: "Sanne de Vries",
      "E-mail": "export1@example.org",
      Sector: "Detailhandel (winkel, supermarkt)",
      Gemeente: "Utrecht",
      Postcode: "3511",
      "Behandelaar nu": "Praktijkschool De Brug (demo)",
      Uitkomst: "",
    });
    expect(hoek?.Ontvangen).toBe("19-03-2026 13:00");
  });

  it("exports only what the role may see, and logs the count", async () => {
    expect((await exportInbox(db, otherWsp, query({ search: "Export" }), NOW)).count).toBe(0);
    expect((await exportInbox(db, anker, query({ search: "Export" }), NOW)).count).toBe(0);
    const logged = await db
      .select()
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.action, "geexporteerd"),
          isNull(schema.auditLog.requestId),
          inArray(schema.auditLog.staffMemberId, [wsp.id, otherWsp.id]),
        ),
      );
    expect(logged.map((x) => x.summary).sort()).toEqual(["0 aanvragen geëxporteerd", "3 aanvragen geëxporteerd"]);
  });

  it("logs which requests went out: one line per request, under its reference, and the count in the singular", async () => {
    const { count } = await exportInbox(db, wspColleague, query({ search: "Export Bakkerij" }), NOW);
    expect(count).toBe(1);
    const bakkerij = (await inboxExportRows(db, wspColleague, query({ search: "Export Bakkerij" }), NOW))[0]!;
    const logged = await db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.staffMemberId, wspColleague.id))
      .orderBy(asc(schema.auditLog.id));
    expect(logged).toEqual([
      expect.objectContaining({
        action: "geexporteerd",
        requestId: bakkerij.id,
        summary: `Aanvraag ${bakkerij.reference} geëxporteerd (CSV)`,
        createdAt: NOW,
      }),
      expect.objectContaining({ action: "geexporteerd", requestId: null, summary: "1 aanvraag geëxporteerd", createdAt: NOW }),
    ]);
    // Nothing exported, nothing per request: only the count.
    await exportInbox(db, wspColleague, query({ search: "bestaat niet" }), NOW);
    const after = await db.select().from(schema.auditLog).where(eq(schema.auditLog.staffMemberId, wspColleague.id));
    expect(after.map((x) => x.summary)).toContain("0 aanvragen geëxporteerd");
    expect(after).toHaveLength(3);
  });

  it("writes just the header for an empty list", () => {
    expect(inboxCsv([])).toBe(
      "\uFEFFReferentie;Ontvangen;Soort;Status;Bedrijf;Contactpersoon;E-mail;Telefoon;Sector;Gemeente;Postcode;Behandelaar nu;Eigenaar;Uitkomst;Reden uitkomst\r\n",
    );
  });
});

describe("a large export", () => {
  const total = 1201; // three batches of audit lines: 500, 500 and 201

  beforeAll(async () => {
    // Copies of one request straight in the database: submitting 1,201 forms would take minutes.
    const model = await submit({ pc4: "9711", sector: "groen", companyName: "Voorbeeld massa", email: "massa@example.org" });
    await db.execute(sql`
      insert into requests (reference, kind, status, employer_id, postcode, municipality_code, region_slug, sector,
                            details, routing, consent_at, submission_key, created_at, updated_at)
      select 'OP-MASSA-' || lpad(g::text, 4, '0'), kind, status, employer_id, postcode, municipality_code, region_slug, sector,
             jsonb_set(details, '{companyName}', to_jsonb('Massa ' || lpad(g::text, 4, '0'))), routing, consent_at,
             'massa-' || g, created_at - make_interval(secs => g), updated_at
      from requests, generate_series(1, ${total}) as g
      where id = ${model.id}`);
  });

  it("logs every exported request, in batches, and the count", async () => {
    const exporter = await staffMember("Eva Export", "admin", null);
    const { count } = await exportInbox(db, exporter, query({ search: "Massa " }), NOW);
    expect(count).toBe(total);
    const logged = await db
      .select({ requestId: schema.auditLog.requestId, summary: schema.auditLog.summary, reference: schema.requests.reference })
      .from(schema.auditLog)
      .leftJoin(schema.requests, eq(schema.requests.id, schema.auditLog.requestId))
      .where(eq(schema.auditLog.staffMemberId, exporter.id))
      .orderBy(asc(schema.auditLog.id));
    expect(logged).toHaveLength(total + 1);
    const perRequest = logged.slice(0, total);
    expect(new Set(perRequest.map((x) => x.requestId)).size).toBe(total);
    for (const line of perRequest) expect(line.summary).toBe(`Aanvraag ${line.reference} geëxporteerd (CSV)`);
    expect(perRequest[0]?.reference).toBe("OP-MASSA-0001");
    expect(logged[total]).toEqual({ requestId: null, summary: `${total} aanvragen geëxporteerd`, reference: null });
  });
});

describe("crafted links", () => {
  type Loader = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<unknown>;
  const b64 = (text: string) => btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

  async function status(loader: Loader, path: string, who: TestStaff) {
    try {
      const result = await loader({ request: getRequest(path, who), params: {}, context: { cspNonce: "", clientIp: "127.0.0.1" } });
      return result instanceof Response ? result.status : 200;
    } catch (thrown) {
      if (thrown instanceof Response) return thrown.status;
      throw thrown;
    }
  }

  it("shows the first page, never an error, for a cursor, owner or search the database would refuse", async () => {
    const who = await createStaff(db, "wsp", "wsp-midden-utrecht");
    const id = crypto.randomUUID();
    const links = [
      `cursor=${b64(`na|2024-02-30T00:00:00Z|${id}`)}`,
      `cursor=${b64(`voor|0000-01-01T00:00:00Z|${id}`)}`,
      `cursor=${b64(`na|2024-01-01T00:00:00Z|${"-".repeat(36)}`)}`,
      `eigenaar=${"-".repeat(36)}`,
      "zoek=bak%00ker",
    ];
    for (const link of links) {
      expect(await status(inboxLoader as Loader, `/backoffice?${link}`, who), link).toBe(200);
      expect(await status(exportLoader as Loader, `/backoffice/export?${link}`, who), link).toBe(200);
    }
    const page = (await inboxLoader({
      request: getRequest(`/backoffice?${links[0]}`, who),
      params: {},
      context: { cspNonce: "", clientIp: "127.0.0.1" },
    })) as { onLaterPage: boolean };
    expect(page.onLaterPage).toBe(false);
  });
});
