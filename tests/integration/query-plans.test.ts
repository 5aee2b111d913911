/**
 * The back office's reads use indexes at volume: with tens of thousands of requests and the
 * employer register at 20,000 entries (seeded in SQL, then ANALYZE, as autovacuum would), every
 * query the inbox (first page, a later page, filters, search), the request page, the figures, a
 * WSP's export, the register's list (first page, a later page, a search, the "slapend" list) and
 * its possible duplicates send is captured as it is sent (postgres.js `debug`) and EXPLAINed; none
 * may read a large table from start to end (a Seq Scan on requests, their events, emails,
 * assignments, employers, the audit log, or the register's entries, contact persons, places and
 * request links), and each that
 * reads requests must use an index. The planner is free to choose: no `enable_seqscan = off`.
 *
 * PostgreSQL only: PGlite is one process in memory with other costs and no EXPLAIN worth
 * asserting on. In CI TEST_DATABASE_URL is set, so it runs there.
 */
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseInboxQuery } from "~/domain/inbox-query";
import { type Database, schema } from "~/lib/db.server";
import { staffFigures } from "~/models/figures.server";
import { inboxExportRows, inboxOverview, inboxPage } from "~/models/inbox.server";
import { requestPage } from "~/models/request-page.server";
import { registerPage } from "~/models/register.server";
import { registerDuplicates } from "~/models/register-merge.server";
import { parseRegisterQuery } from "~/domain/register-query";
import type { StaffMember } from "~/models/staff-scope.server";
import { addStaffMember } from "../support/staff";
import { database } from "~/lib/db.server";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (!onPostgres) console.warn("query-plans.test.ts: alleen op PostgreSQL (TEST_DATABASE_URL is niet gezet); overgeslagen op PGlite.");

/** Enough that a sequential scan is clearly the worse plan for one region's page. */
const REQUESTS = 40_000;
/** The register's size in the bench: 20,000 employers over 35 regions. */
const REGISTER_ENTRIES = 20_000;
const LARGE_TABLES = [
  "requests",
  "request_events",
  "email_outbox",
  "request_assignments",
  "employers",
  "audit_log",
  "register_employers",
  "register_contacts",
  "register_locations",
  "register_requests",
];

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe.skipIf(!onPostgres)("query plans of the back office at volume", () => {
  const captured: Array<{ query: string; params: unknown[] }> = [];
  let client: postgres.Sql;
  let db: Database;
  let wsp: StaffMember;
  let reference: string;

  beforeAll(async () => {
    client = postgres(process.env.DATABASE_URL!, {
      max: 1,
      onnotice: () => {},
      debug: (_connection, query, params) => captured.push({ query, params: [...params] }),
    });
    db = drizzle(client, { schema }) as unknown as Database;
    wsp = await addStaffMember(database(), "wsp", "wsp-midden-utrecht");
    // Spread over every municipality, so each region has its share; a fifth of the employers asked twice or more.
    await client.unsafe(`
      insert into employers (company_name, contact_name, email, created_at, updated_at)
      select 'Bakkerij ' || g, 'Contact ' || g, 'plan' || g || '@example.org', now(), now() from generate_series(1, ${REQUESTS / 5}) g;
      with muni as (select code, region_slug, row_number() over (order by code) as n, count(*) over () as total from municipalities),
           emp as (select id, row_number() over (order by id) as n from employers)
      insert into requests (reference, kind, status, employer_id, postcode, municipality_code, region_slug, sector, details, routing, consent_at, submission_key, owner_id, created_at, updated_at)
      select 'OP-2026-' || lpad((900000 + g)::text, 6, '0'), 'proefplaatsing',
             (array['nieuw','in_behandeling','kennismaking_gepland','geplaatst','geen_match','ingetrokken'])[1 + g % 6],
             emp.id, '3511', muni.code, muni.region_slug,
             (array['detailhandel','horeca','zorg', null])[1 + g % 4],
             jsonb_build_object('companyName', 'Bakkerij ' || g, 'contactName', 'Contact ' || g, 'email', 'plan' || g || '@example.org'),
             jsonb_build_object('regionSlug', muni.region_slug, 'regionName', muni.region_slug, 'municipalityCode', muni.code,
               'municipalityName', muni.code, 'wsp', null, 'school', null, 'alternates', '[]'::jsonb, 'handler', 'wsp', 'reasons', '[]'::jsonb),
             now() - g * interval '7 minutes', 'plan-' || g,
             case when g % 10 = 0 then '${"$"}{owner}'::uuid end,
             now() - g * interval '7 minutes', now() - g * interval '7 minutes'
      from generate_series(1, ${REQUESTS}) g
      join muni on muni.n = 1 + g % muni.total
      join emp on emp.n = 1 + g % ${REQUESTS / 5};
    `.replace("${owner}", wsp.id));
    await client.unsafe(`
      insert into request_assignments (request_id, organisation_id, status, created_at)
      select r.id, o.id, 'open', r.created_at from requests r
      join lateral (select id from organisations where kind = 'wsp' and region_slug = r.region_slug limit 1) o on true;
      insert into request_events (request_id, type, actor, data, created_at)
      select r.id, t.type, 'systeem', '{}'::jsonb, r.created_at from requests r, (values ('ontvangen'), ('naar_wsp'), ('notitie')) t(type);
      insert into email_outbox (idempotency_key, template, to_address, subject, html, text, status, request_id, created_at)
      select 'plan/' || r.reference || '/' || n, 'aanvraag-ontvangen', 'x@example.org', 'Onderwerp', '<p>x</p>', 'x', 'sent', r.id, r.created_at
      from requests r, generate_series(1, 2) n;
    `);
    // The employer register at the bench's size: 20,000 entries spread over the municipalities
    // like the requests, each with a contact person and a place, every request linked to one,
    // logged contact on a fifth, and a few pairs with one KvK number (possible duplicates).
    await client.unsafe(`
      with muni as (select code, region_slug, row_number() over (order by code) as n, count(*) over () as total from municipalities)
      insert into register_employers (region_slug, company_name, normalised_name, kvk_number, source, status, last_contact_at, created_at, updated_at)
      select muni.region_slug, 'Bakkerij ' || g, 'bakkerij ' || g, lpad((10000000 + g % ${REGISTER_ENTRIES - 50})::text, 8, '0'), 'aanvraag',
             (array['actief','actief','actief','slapend','gestopt'])[1 + g % 5], now() - (g % 700) * interval '1 day', now() - g * interval '30 minutes', now()
      from generate_series(1, ${REGISTER_ENTRIES}) g join muni on muni.n = 1 + g % muni.total;
      insert into register_contacts (register_employer_id, name, email, created_at)
      select id, 'Contact', 'info@' || replace(normalised_name, ' ', '-') || '.example.nl', created_at from register_employers;
      insert into register_locations (register_employer_id, postcode, municipality_code)
      select e.id, '3511', (select code from municipalities m where m.region_slug = e.region_slug order by code limit 1) from register_employers e;
      with entry as (select id, region_slug, row_number() over (partition by region_slug order by id) as n, count(*) over (partition by region_slug) as total from register_employers),
           request as (select id, region_slug, row_number() over (partition by region_slug order by id) as n from requests)
      insert into register_requests (request_id, register_employer_id)
      select request.id, entry.id from request join entry on entry.region_slug = request.region_slug and entry.n = 1 + request.n % entry.total;
      insert into register_contact_log (register_employer_id, organisation_id, kind, happened_on, created_at)
      select e.id, o.id, 'gesprek', (now() - (row_number() over () % 300) * interval '1 day')::date, now()
      from register_employers e join lateral (select id from organisations where kind = 'school' and region_slug = e.region_slug limit 1) o on true
      where e.kvk_number like '%5';
      analyze;
    `);
    const [row] = await client<{ reference: string }[]>`select reference from requests where region_slug = 'midden-utrecht' order by created_at desc limit 1 offset 500`;
    reference = row!.reference;
  }, 240_000);

  afterAll(async () => {
    await client?.end({ timeout: 5 });
  });

  /** Runs `work`, then EXPLAINs every SELECT it sent; returns the plans with their query. */
  async function plansOf(work: () => Promise<unknown>) {
    captured.length = 0;
    await work();
    const selects = captured.filter(({ query }) => /^\s*(with|select)\b/i.test(query));
    const plans = [];
    for (const { query, params } of selects) {
      const [row] = await client.unsafe<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }[]>(`explain (format json) ${query}`, params as postgres.ParameterOrJSON<never>[]);
      plans.push({ query, plan: row!["QUERY PLAN"][0]!.Plan });
    }
    return plans;
  }

  function expectIndexes(plans: Awaited<ReturnType<typeof plansOf>>) {
    expect(plans.length).toBeGreaterThan(0);
    for (const { query, plan } of plans) {
      const all = nodes(plan);
      const seqScans = all.filter((node) => node["Node Type"] === "Seq Scan" && LARGE_TABLES.includes(node["Relation Name"] ?? ""));
      expect(seqScans.map((node) => node["Relation Name"]), query).toEqual([]);
      if (/\bfrom "requests"|"requests"\./.test(query)) {
        const indexed = all.filter((node) => /Index/.test(node["Node Type"]) && node["Index Name"]);
        expect(indexed.length, `geen index in:\n${query}`).toBeGreaterThan(0);
      }
    }
  }

  it("inbox: first page, counts and filter lists", async () => {
    expectIndexes(await plansOf(() => inboxOverview(db, wsp, parseInboxQuery(new URLSearchParams("status=alle")))));
  });

  it("inbox: a later page by its cursor", async () => {
    let page = await inboxPage(db, wsp, parseInboxQuery(new URLSearchParams("status=alle")));
    for (let n = 0; n < 9 && page.next; n++) page = await inboxPage(db, wsp, { ...parseInboxQuery(new URLSearchParams("status=alle")), cursor: page.next });
    expect(page.next).not.toBeNull();
    const query = { ...parseInboxQuery(new URLSearchParams("status=alle")), cursor: page.next };
    expectIndexes(await plansOf(() => inboxPage(db, wsp, query)));
    // The inbox page asks "is there a page before" inside its statement with the counts and lists;
    // going back, "is there a page after".
    expectIndexes(await plansOf(() => inboxOverview(db, wsp, query)));
    expectIndexes(await plansOf(() => inboxOverview(db, wsp, { ...query, cursor: page.previous })));
  });

  it("inbox: filtered by status and sector, by owner and age, and searched", async () => {
    for (const search of ["status=nieuw&sector=detailhandel", "status=alle&eigenaar=mij&ouder=14", "status=alle&zoek=bakkerij%2012"]) {
      expectIndexes(await plansOf(() => inboxOverview(db, wsp, parseInboxQuery(new URLSearchParams(search)))));
    }
  });

  it("the request page", async () => {
    const plans = await plansOf(() => requestPage(db, wsp, reference));
    expectIndexes(plans);
  });

  it("the figures", async () => {
    expectIndexes(await plansOf(() => staffFigures(db, wsp)));
  });

  it("the register: first page, a later page, a search and the 'slapend' list", async () => {
    for (const search of ["", "pagina=10", "zoek=bakkerij%2012", "lijst=slapend"]) {
      expectIndexes(await plansOf(() => registerPage(db, wsp, parseRegisterQuery(new URLSearchParams(search)))));
    }
  });

  it("the register's possible duplicates", async () => {
    const plans = await plansOf(() => registerDuplicates(db, wsp));
    expectIndexes(plans);
    // The region's entries are read by an index, not the whole register.
    expect(plans.some(({ plan }) => nodes(plan).some((node) => node["Relation Name"] === "register_employers" && /Index/.test(node["Node Type"])))).toBe(true);
  });

  it("a WSP's CSV export", async () => {
    expectIndexes(await plansOf(() => inboxExportRows(db, wsp, parseInboxQuery(new URLSearchParams("status=alle")))));
  });
});
