/**
 * The back-office part of `npm run bench`: a realistic volume of requests in the bench database,
 * and staff signed in the real way, so bench/run.ts can load the inbox, a later page of it, a
 * request page and the CSV export as a WSP accountmanager and an administrator use them.
 *
 * Seeding writes the rows directly, in multi-row inserts through drizzle, not through
 * `submitRequest`: the real path renders two or three emails per request with react-email, which
 * takes minutes for 5,000 requests on 2 cores. The rows have the shape the app writes, though:
 *
 *  - places are real PC4s of the chosen regions, each in its municipality with the most PC6 codes;
 *  - the routing decision is the app's own `routeRequest` over the organisations the app loads for
 *    that municipality (`routingOrganisations`), again with the school excluded when it declined;
 *  - references come from the app's sequence, so later POSTs during the run never collide;
 *  - assignments, events and emails follow the request's status and age as the workflow leaves
 *    them: declined schools, accepted ones, WSP fallbacks, withdrawn assignments of closed
 *    requests, owners, outcomes; staff notes, contact logs and messages on part of them;
 *  - nothing is left for the app's timed jobs to do during the load: open school assignments are
 *    at most 12 hours old, and requests that waited at the WSP were already reminded.
 *
 * The data is drawn from a seeded PRNG relative to "now", so every run seeds the same mix.
 */
import { getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { RequestEventType } from "../app/domain/request-events";
import type { RequestKind, RequestStatus } from "../app/domain/request-status";
import type { RoutingDecision } from "../app/domain/routing-decision";
import { formatReference } from "../app/domain/reference";
import { QUESTION_TOPICS, type QuestionTopic, type RoutingPlace, routeRequest } from "../app/domain/routing";
import { NO_MATCH_REASONS } from "../app/domain/request-workflow";
import { SECTORS } from "../app/domain/sectors";
import type { StaffRole } from "../app/domain/staff";
import { addWorkingDays } from "../app/domain/working-days";
import type { RegisterOffer } from "../app/domain/register";
import { schoolYearOf } from "../app/domain/register-check-ins";
import { normaliseCompanyName } from "../app/domain/register-duplicates";
import { type Database, type Queryable, queryRows, schema } from "../app/lib/db.server";
import { staffSessionCookie } from "../app/http/staff-session.server";
import { routingOrganisations } from "../app/models/routing.server";
import { sendSignInCode, signInWithCode } from "../app/models/staff-auth.server";
import { addStaffMember, signInCodeIn } from "../tests/support/staff";
import { prng } from "./routing";

const SEED = 20261010;
const DAY_MS = 24 * 3600 * 1000;
/** Rows per INSERT … SELECT FROM jsonb_populate_recordset: one parameter, a few MB of JSON. */
const BATCH_SIZE = 5_000;
/** How far back the seeded requests go: a year and a half of leads. */
const HISTORY_DAYS = 540;

/**
 * Where the seeded requests are: every region of the country (35), the measured WSP's region a
 * large one (8 %, about what Midden-Utrecht's share of the pupils is), the rest spread evenly.
 * Regions without a demo school or WSP get their requests as the app would route them.
 */
export const BENCH_WSP_SLUG = "wsp-midden-utrecht";
const BENCH_REGION = "midden-utrecht";
const BENCH_REGION_SHARE = 8;
/** About one employer per five requests: 20,000 for a year at national volume (100,000). */
const REQUESTS_PER_EMPLOYER = 5;
/** Requests generated before their rows are written, so memory stays flat at any volume. */
const CHUNK_REQUESTS = 10_000;

/** A marker in the seeded rows, so the report can tell them from what the load created. */
export const SEED_SUBMISSION_PREFIX = "bench-seed-";
export const SEED_EMAIL_PREFIX = "bench-seed/";

type Rng = ReturnType<typeof prng>;

// ---------------------------------------------------------------------------------------------
// Connection and staff

/** A drizzle connection of the bench's own to the bench database (the app has its own pool). */
export function connectBenchDatabase(databaseUrl: string): { db: Database; close: () => Promise<void> } {
  const client = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  return { db: drizzle(client, { schema }) as unknown as Database, close: () => client.end({ timeout: 5 }) };
}

export interface SignedInStaff {
  id: string;
  name: string;
  email: string;
  /** The Cookie request header value, `opstap_medewerker=…`, as a browser would send it. */
  cookie: string;
}

/**
 * Creates a person (of the organisation with this slug; none for an admin) and signs them in as
 * a browser does: a sign-in code by email, typed in. The code is read from the outbox inside the
 * transaction that queued it, so the app's outbox worker (which blanks sign-in emails after
 * sending them through a real provider) never races the read. The
 * cookie is signed with SESSION_SECRET, so the app must run with the same one.
 */
export async function signInStaff(
  db: Database,
  person: { role: StaffRole; organisationSlug: string | null; email: string; name: string },
): Promise<SignedInStaff> {
  const member = await addStaffMember(db, person.role, person.organisationSlug, { email: person.email, name: person.name });
  const code = await db.transaction(async (tx) => {
    await sendSignInCode(tx, member, new Date());
    return signInCodeIn(tx, member.email);
  });
  if (!code) throw new Error(`no sign-in code for ${member.email} in the outbox`);
  const result = await signInWithCode(db, member.email, code, "opstap-bench", "127.0.0.1");
  if (!result.ok) throw new Error(`sign-in of ${member.email} failed: ${result.reason}`);
  const cookie = (await staffSessionCookie().serialize(result.sessionToken)).split(";")[0] ?? "";
  return { id: member.id, name: member.name, email: member.email, cookie };
}

// ---------------------------------------------------------------------------------------------
// Seeding

export interface SeedSummary {
  requests: number;
  employers: number;
  assignments: number;
  events: number;
  emails: number;
  /** Requests per region, most first. */
  byRegion: Array<[string, number]>;
  /** Requests per status. */
  byStatus: Array<[string, number]>;
  /** Requests with staff notes, contact logs or messages in their timeline. */
  withWorkEvents: number;
  seconds: number;
}

type RequestRow = typeof schema.requests.$inferInsert;
type AssignmentRow = typeof schema.requestAssignments.$inferInsert;
type EventRow = typeof schema.requestEvents.$inferInsert;
type EmailRow = typeof schema.emailOutbox.$inferInsert;
type EmployerRow = typeof schema.employers.$inferInsert;

const TRADES = ["Bakkerij", "Garage", "Hoveniersbedrijf", "Supermarkt", "Zorgcentrum", "Installatiebedrijf", "Restaurant", "Transportbedrijf", "Schoonmaakbedrijf", "Timmerbedrijf", "Kinderboerderij", "Drukkerij"];
const SURNAMES = ["De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "El Amrani", "Yilmaz", "Brouwer"];
const FIRST_NAMES = ["Anna", "Mohamed", "Sanne", "Peter", "Fatima", "Jeroen", "Linda", "Kees", "Esra", "Ruud", "Mila", "Dennis"];
const WORK = [
  "Vakken vullen, klanten helpen en de winkel netjes houden.",
  "Helpen in de keuken: groente snijden, afwassen en opruimen.",
  "Meewerken in het magazijn: pakketten scannen en klaarzetten.",
  "Planten water geven, onkruid wieden en helpen bij het snoeien.",
  "Bewoners helpen met koffie en thee, en de huiskamer opruimen.",
];
const NOTES = [
  "Werkgever is enthousiast en wil graag starten na de vakantie.",
  "Teruggebeld, krijgt volgende week een voorstel.",
  "Past mogelijk bij een leerling van De Brug; navragen bij de stagecoördinator.",
  "Bedrijf heeft eerder een leerling begeleid; goede ervaring.",
];
const EMPLOYER_MESSAGES = ["Is er al nieuws over mijn aanvraag?", "Wij kunnen ook op woensdag een leerling ontvangen.", "Ons adres is veranderd, de rest blijft hetzelfde."];
const STAFF_REPLIES = ["Dank u wel. We bellen u deze week.", "We zoeken nog een leerling die past. U hoort snel van ons."];
const CONTACT_CHANNELS = ["gebeld", "gemaild", "bezoek"] as const;
const SECTOR_VALUES = SECTORS.map((s) => s.value);

/** The calendar year in the Netherlands, as the app puts it in a reference. */
const dutchYear = (moment: Date) =>
  Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Amsterdam" }).format(moment));

const isoDate = (moment: Date) => moment.toISOString().slice(0, 10);

function weightedPick<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let left = rng.next() * total;
  for (const [item, weight] of items) {
    left -= weight;
    if (left < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** Every PC4 of the regions, in the municipality (of that region) with the most of its PC6 codes. */
async function placesByRegion(db: Database, regions: readonly string[]): Promise<Map<string, RoutingPlace[]>> {
  const rows = await queryRows<{ pc4: string; code: string; name: string; slug: string; region: string }>(
    db,
    sql`select distinct on (pa.pc4) pa.pc4, m.code, m.name, r.slug, r.name as region
        from postcode_areas pa
        join municipalities m on m.code = pa.municipality_code
        join regions r on r.slug = m.region_slug
        where r.slug in (${sql.join(
          regions.map((slug) => sql`${slug}`),
          sql`, `,
        )})
        order by pa.pc4, pa.pc6_count desc, m.code`,
  );
  const byRegion = new Map<string, RoutingPlace[]>();
  for (const row of rows) {
    const place = { pc4: row.pc4, municipalityCode: row.code, municipalityName: row.name, regionSlug: row.slug, regionName: row.region };
    byRegion.set(row.slug, [...(byRegion.get(row.slug) ?? []), place]);
  }
  for (const region of regions) {
    if (!byRegion.get(region)?.length) throw new Error(`no postcodes for region ${region}: is the reference data loaded?`);
  }
  return byRegion;
}

/** The status a request of this age has reached: young ones are mostly new, old ones mostly closed. */
function statusForAge(rng: Rng, ageDays: number): RequestStatus {
  if (ageDays < 0.5) return "nieuw";
  if (ageDays < 14) return weightedPick(rng, [["nieuw", 40], ["in_behandeling", 40], ["kennismaking_gepland", 20]] as const);
  if (ageDays < 60) {
    return weightedPick(rng, [["in_behandeling", 30], ["kennismaking_gepland", 20], ["geplaatst", 20], ["geen_match", 20], ["ingetrokken", 10]] as const);
  }
  return weightedPick(rng, [["in_behandeling", 8], ["geplaatst", 42], ["geen_match", 40], ["ingetrokken", 10]] as const);
}

/** A moment between two others, never after now. */
function between(rng: Rng, from: Date, to: Date, now: Date): Date {
  const end = Math.min(to.getTime(), now.getTime());
  return new Date(from.getTime() + rng.next() * Math.max(0, end - from.getTime()));
}

/**
 * Rows in bulk: one `INSERT … SELECT … FROM jsonb_populate_recordset` per batch, the rows as one
 * JSON parameter, so PostgreSQL parses one statement per 5,000 rows instead of drizzle building
 * one placeholder per value. Values go through the columns' own driver mapping (dates to ISO
 * text); JSON columns stay objects. Columns no row sets are left to their defaults.
 */
async function bulkInsert(q: Queryable, table: PgTable, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(columns).filter((key) => rows.some((row) => row[key] !== undefined));
  const json = rows.map((row) =>
    Object.fromEntries(
      keys.map((key) => {
        const column = columns[key]!;
        const value = row[key];
        if (value === undefined || value === null) return [column.name, null];
        return [column.name, column.columnType === "PgJsonb" || column.columnType === "PgJson" ? value : column.mapToDriverValue(value)];
      }),
    ),
  );
  const names = sql.join(
    keys.map((key) => sql.identifier(columns[key]!.name)),
    sql`, `,
  );
  await q.execute(sql`insert into ${table} (${names}) select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(json)}::jsonb)`);
}

/**
 * Seeds `count` requests with everything around them. `owners` are people of the bench WSP who
 * own part of its region's leads; other regions' leads are worked by staff without accounts.
 */
export async function seedRequests(
  db: Database,
  options: { count: number; owners: ReadonlyArray<{ id: string; name: string }>; now?: Date },
): Promise<SeedSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const rng = prng(SEED);
  const regionSlugs = (await queryRows<{ slug: string }>(db, sql`select slug from regions order by slug`)).map((row) => row.slug);
  if (!regionSlugs.includes(BENCH_REGION)) throw new Error(`region ${BENCH_REGION} does not exist: is the reference data loaded?`);
  const others = regionSlugs.filter((slug) => slug !== BENCH_REGION);
  const regionShares: Array<readonly [string, number]> = [
    [BENCH_REGION, BENCH_REGION_SHARE],
    ...others.map((slug) => [slug, (100 - BENCH_REGION_SHARE) / others.length] as const),
  ];
  const places = await placesByRegion(db, regionSlugs);

  const organisationsCache = new Map<string, Awaited<ReturnType<typeof routingOrganisations>>>();
  const organisationsFor = async (place: RoutingPlace) => {
    let found = organisationsCache.get(place.municipalityCode);
    if (!found) {
      found = await routingOrganisations(db, place, now);
      organisationsCache.set(place.municipalityCode, found);
    }
    return found;
  };
  const organisationRows = await queryRows<{ id: string; slug: string; name: string; contact_email: string }>(
    db,
    sql`select id, slug, name, contact_email from organisations`,
  );
  const contactEmails = new Map(organisationRows.map((o) => [o.id, o.contact_email]));
  const benchWsp = organisationRows.find((o) => o.slug === BENCH_WSP_SLUG);
  if (!benchWsp) throw new Error(`organisation ${BENCH_WSP_SLUG} does not exist`);

  // Oldest first, so the references go up with time as the sequence hands them out.
  const ages = Array.from({ length: options.count }, () => HISTORY_DAYS * rng.next() ** 1.6).sort((a, b) => b - a);
  const sequence = (
    await queryRows<{ n: string | number }>(db, sql`select nextval('request_reference_seq') as n from generate_series(1, ${options.count})`)
  )
    .map((row) => Number(row.n))
    .sort((a, b) => a - b);

  // Rows wait here until a chunk is complete, then go to the database in bulk (see `flush`).
  const employers: EmployerRow[] = [];
  const employerOfRegion = new Map<string, Array<{ id: string; contact: Record<string, string | null> }>>();
  const requests: RequestRow[] = [];
  const assignments: AssignmentRow[] = [];
  const events: EventRow[] = [];
  const emails: EmailRow[] = [];
  const written = { employers: 0, requests: 0, assignments: 0, events: 0, emails: 0 };
  const byRegion = new Map<string, number>();
  const byStatus = new Map<string, number>();
  let withWorkEvents = 0;
  const reuseEmployer = 1 - 1 / REQUESTS_PER_EMPLOYER;

  /** Writes the rows generated so far: parents first, events and emails in time order, as the app would have. */
  const flush = async (tx: Queryable) => {
    events.sort((a, b) => +a.createdAt! - +b.createdAt!);
    emails.sort((a, b) => +a.createdAt! - +b.createdAt!);
    for (const [table, rows, key] of [
      [schema.employers, employers, "employers"],
      [schema.requests, requests, "requests"],
      [schema.requestAssignments, assignments, "assignments"],
      [schema.requestEvents, events, "events"],
      [schema.emailOutbox, emails, "emails"],
    ] as const) {
      for (let start = 0; start < rows.length; start += BATCH_SIZE) await bulkInsert(tx, table, rows.slice(start, start + BATCH_SIZE));
      written[key] += rows.length;
      rows.length = 0;
    }
  };

  await db.transaction(async (tx) => {
    for (let i = 0; i < options.count; i++) {
      if (i > 0 && i % CHUNK_REQUESTS === 0) await flush(tx);
      const ageDays = ages[i]!;
      const createdAt = new Date(now.getTime() - ageDays * DAY_MS);
      const regionSlug = weightedPick(rng, regionShares);
      const place = rng.pick(places.get(regionSlug)!);
      const reference = formatReference(dutchYear(createdAt), sequence[i]!);
      const submissionKey = `${SEED_SUBMISSION_PREFIX}${i}`;
      const requestId = rng.uuid();

      // Most leads come from an employer of the region that asked before: one employer per five requests.
      const known = employerOfRegion.get(regionSlug) ?? [];
      let employer = known.length > 0 && rng.chance(reuseEmployer) ? rng.pick(known) : null;
      if (!employer) {
        const surname = rng.pick(SURNAMES);
        const contact = {
          companyName: `${rng.pick(TRADES)} ${surname} ${place.municipalityName}`,
          kvkNumber: rng.chance(0.6) ? String(10_000_000 + written.employers + employers.length) : null,
          contactName: `${rng.pick(FIRST_NAMES)} ${surname}`,
          // A mail domain of its own, as a company has: the register's duplicate check compares domains.
          email: `info@werkgever${written.employers + employers.length}.bench.example.org`,
          phone: rng.chance(0.7) ? `06${String(rng.int(10_000_000, 99_999_999))}` : null,
        };
        employer = { id: rng.uuid(), contact };
        employers.push({
          id: employer.id,
          companyName: contact.companyName,
          kvkNumber: contact.kvkNumber,
          contactName: contact.contactName,
          email: contact.email,
          phone: contact.phone,
          createdAt,
          updatedAt: createdAt,
        });
        known.push(employer);
        employerOfRegion.set(regionSlug, known);
      }

      const kind = weightedPick<RequestKind>(rng, [["proefplaatsing", 75], ["groepsstage", 15], ["vraag", 10]]);
      const topic: QuestionTopic | undefined = kind === "vraag" ? rng.pick(QUESTION_TOPICS).value : undefined;
      const groupSize = kind === "groepsstage" ? rng.int(3, 8) : undefined;
      const sector = kind === "vraag" && rng.chance(0.5) ? null : rng.pick(SECTOR_VALUES);
      const answers: Record<string, unknown> =
        kind === "proefplaatsing"
          ? { work: rng.pick(WORK), supervisor: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}, teamleider`, startPeriod: "zo-snel-mogelijk" }
          : kind === "groepsstage"
            ? { work: rng.pick(WORK), daysAndWeeks: "Twee dagdelen per week, vier weken", supervisorSpace: true, canteen: rng.chance(0.5) }
            : { question: "Welke regelingen zijn er als ik een jongere in dienst neem?" };
      const details = { ...employer.contact, ...answers, topic, groupSize };

      const organisations = await organisationsFor(place);
      const routingRequest = { kind, topic, sector, groupSize, tieBreakKey: submissionKey };
      const first = routeRequest(routingRequest, place, organisations);
      let status = statusForAge(rng, ageDays);
      let routing: RoutingDecision = first;
      const wsp = first.wsp;

      // The request's history, as the workflow leaves it: who had it, who has it now.
      let at = createdAt;
      const later = (maxDays: number) => (at = between(rng, at, new Date(at.getTime() + maxDays * DAY_MS), now));
      const event = (type: RequestEventType, actor: string, data: Record<string, unknown> = {}) =>
        void events.push({ requestId, type, actor, data, createdAt: at });
      const email = (template: string, to: string, subject: string) =>
        void emails.push({
          idempotencyKey: `${SEED_EMAIL_PREFIX}${reference}/${written.emails + emails.length}`,
          template,
          toAddress: to,
          subject,
          html: "<p>Gemaakt door de benchmark.</p>",
          text: "Gemaakt door de benchmark.",
          requestId,
          status: "sent",
          attempts: 1,
          transport: "dev-mailbox",
          sentAt: new Date(at.getTime() + 5_000),
          createdAt: at,
          nextAttemptAt: at,
        });
      const own: AssignmentRow[] = [];
      const assign = (row: Omit<AssignmentRow, "id" | "requestId">) => {
        const assignment = { id: rng.uuid(), requestId, ...row };
        own.push(assignment);
        assignments.push(assignment);
      };
      const employerAddress = String(employer.contact.email);
      const addressOf = (organisationId: string) => contactEmails.get(organisationId) ?? "onbekend@example.org";
      // Other regions' leads are worked by people without an account here; only names in the timeline.
      const regionWorker = regionSlug === BENCH_REGION ? null : { id: rng.uuid(), name: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}` };
      const staffBy = () => {
        const person = regionWorker ?? rng.pick(options.owners);
        const signed = { staffName: person.name, organisationName: wsp?.name ?? "Opstap", organisationId: wsp?.organisationId ?? null };
        return { actor: `medewerker:${person.id}`, signed };
      };

      event("ontvangen", "werkgever");
      event(first.school ? "doorgestuurd" : "naar_wsp", "systeem", { routing: first });
      email("aanvraag-ontvangen", employerAddress, `Uw aanvraag ${reference} is ontvangen`);
      if (first.school) email("nieuwe-aanvraag-school", addressOf(first.school.organisationId), `Nieuwe aanvraag ${reference}`);
      if (wsp) email("nieuwe-aanvraag-wsp", addressOf(wsp.organisationId), `Nieuwe aanvraag ${reference} in uw regio`);

      /** Who has the request now: a school that accepted (or still has to answer), or the WSP. */
      let holder: { organisationId: string; isSchool: boolean } | null = null;
      const schoolAnswers = (organisationId: string) => {
        const assignedAt = at;
        const respondedAt = later(3);
        assign({ organisationId, status: "accepted", respondBy: addWorkingDays(assignedAt, 3), respondedAt, createdAt: assignedAt });
        event("geaccepteerd", `organisatie:${organisationId}`);
        holder = { organisationId, isSchool: true };
      };
      const wspHolds = (decision: RoutingDecision) => {
        if (!decision.wsp) return;
        assign({ organisationId: decision.wsp.organisationId, status: "open", createdAt: at });
        holder = { organisationId: decision.wsp.organisationId, isSchool: false };
      };

      if (first.school && ageDays < 0.5) {
        // Still waiting for the school's answer, well within its window.
        assign({ organisationId: first.school.organisationId, status: "open", respondBy: addWorkingDays(createdAt, 3), createdAt });
        holder = { organisationId: first.school.organisationId, isSchool: true };
      } else if (first.school && (status === "nieuw" || rng.chance(0.25))) {
        // The school declined; the next school in line, or else the WSP.
        const reason = rng.pick(["geen-plek", "te-ver", "werk-past-niet"]);
        later(3);
        assign({ organisationId: first.school.organisationId, status: "declined", respondBy: addWorkingDays(createdAt, 3), respondedAt: at, declineReason: reason, createdAt });
        event("afgewezen", `organisatie:${first.school.organisationId}`, { reason });
        routing = routeRequest({ ...routingRequest, excludedSchoolIds: [first.school.organisationId] }, place, organisations);
        event(routing.school ? "doorgestuurd" : "naar_wsp", "systeem", { routing });
        if (routing.school && status === "nieuw") {
          // A new lead by now: the next school let its window pass as well, and the WSP has it.
          const assignedAt = at;
          later(5);
          assign({ organisationId: routing.school.organisationId, status: "expired", respondBy: addWorkingDays(assignedAt, 3), createdAt: assignedAt });
          event("niet_beantwoord", "systeem", { organisationId: routing.school.organisationId });
          routing = routeRequest({ ...routingRequest, excludedSchoolIds: [first.school.organisationId, routing.school.organisationId] }, place, organisations);
          event("naar_wsp", "systeem", { routing });
          wspHolds(routing);
        } else if (routing.school) {
          schoolAnswers(routing.school.organisationId);
        } else {
          wspHolds(routing);
        }
      } else if (first.school) {
        schoolAnswers(first.school.organisationId);
      } else {
        wspHolds(first);
      }
      const heldBy = holder as { organisationId: string; isSchool: boolean } | null;
      // Nobody holds it (no WSP in the region and no school left): it can only still be new.
      if (!heldBy) status = "nieuw";
      if (status !== "nieuw" && heldBy && !heldBy.isSchool) {
        later(5);
        const by = staffBy();
        event("status_gewijzigd", by.actor, { from: "nieuw", to: "in_behandeling", ...by.signed });
      }

      // Owners: the bench WSP follows most of its region's leads that are being worked.
      const owner = regionSlug === BENCH_REGION && status !== "nieuw" && rng.chance(0.6) ? rng.pick(options.owners) : null;
      if (owner) {
        later(4);
        event("eigenaar_gewijzigd", `medewerker:${owner.id}`, { ownerName: owner.name, staffName: owner.name, organisationName: benchWsp.name, organisationId: benchWsp.id });
      }

      // Work on part of the leads: notes, calls, messages back and forth.
      if (status !== "nieuw" && rng.chance(0.45)) {
        withWorkEvents += 1;
        for (let n = rng.int(1, 6); n > 0; n--) {
          later(10);
          const by = staffBy();
          switch (rng.int(0, 3)) {
            case 0:
              event("notitie", by.actor, { text: rng.pick(NOTES), ...by.signed });
              break;
            case 1:
              event("contact", by.actor, { channel: rng.pick(CONTACT_CHANNELS), text: "Besproken wat een leerling bij het bedrijf kan doen.", ...by.signed });
              break;
            case 2:
              event("bericht_werkgever", "werkgever", { message: rng.pick(EMPLOYER_MESSAGES) });
              if (heldBy) email("bericht-van-werkgever", addressOf(heldBy.organisationId), `Bericht over aanvraag ${reference}`);
              break;
            default:
              event("antwoord_medewerker", by.actor, { message: rng.pick(STAFF_REPLIES), ...by.signed });
              email("antwoord-van-medewerker", employerAddress, `Bericht over uw aanvraag ${reference}`);
          }
        }
      }

      let introductionOn: string | null = null;
      let outcome: RequestRow["outcome"] = null;
      let outcomeReason: string | null = null;
      let closedAt: Date | null = null;
      if (status === "kennismaking_gepland" || status === "geplaatst") {
        later(10);
        introductionOn = isoDate(new Date(at.getTime() + rng.int(3, 20) * DAY_MS));
        const by = staffBy();
        event("kennismaking_gepland", by.actor, { from: "in_behandeling", introductionOn, ...by.signed });
        email("status-gewijzigd", employerAddress, `Nieuws over uw aanvraag ${reference}`);
      }
      if (status === "geplaatst" || status === "geen_match") {
        later(30);
        outcome = status;
        outcomeReason = status === "geen_match" ? rng.pick(NO_MATCH_REASONS).label : null;
        closedAt = at;
        const by = staffBy();
        event("status_gewijzigd", by.actor, { from: introductionOn ? "kennismaking_gepland" : "in_behandeling", to: status, outcome, reason: outcomeReason, ...by.signed });
        email("status-gewijzigd", employerAddress, `Nieuws over uw aanvraag ${reference}`);
      } else if (status === "ingetrokken") {
        later(20);
        closedAt = at;
        event("ingetrokken", "werkgever");
      }
      // Closing withdraws whatever was still open (the WSP's hold, a school's question).
      if (closedAt) for (const assignment of own) if (assignment.status === "open") Object.assign(assignment, { status: "withdrawn", respondedAt: closedAt });

      // A new lead that waited at the WSP without owner was reminded after the response window.
      const wspRemindedAt =
        status === "nieuw" && heldBy && !heldBy.isSchool && ageDays > 0.5
          ? between(rng, at, new Date(at.getTime() + 5 * DAY_MS), now)
          : null;
      if (wspRemindedAt && heldBy) {
        at = wspRemindedAt;
        event("herinnering", "systeem", { organisationId: heldBy.organisationId, organisationName: routing.wsp?.name });
        email("herinnering", addressOf(heldBy.organisationId), `Herinnering: aanvraag ${reference}`);
      }

      requests.push({
        id: requestId,
        reference,
        kind,
        status,
        employerId: employer.id,
        postcode: place.pc4,
        municipalityCode: place.municipalityCode,
        regionSlug: place.regionSlug,
        sector,
        details,
        routing,
        consentAt: createdAt,
        submissionKey,
        ownerId: owner?.id ?? null,
        outcome,
        outcomeReason,
        closedAt,
        introductionOn,
        wspRemindedAt,
        createdAt,
        updatedAt: at,
      });
      byRegion.set(regionSlug, (byRegion.get(regionSlug) ?? 0) + 1);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    }
    await flush(tx);
  });
  // What autovacuum would have done after this many inserted rows (PostgreSQL 13+ vacuums after
  // inserts too): fresh statistics for the planner, and a visibility map for index-only scans.
  await db.execute(sql`vacuum analyze employers, requests, request_assignments, request_events, email_outbox`);

  const sorted = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]);
  return {
    ...written,
    byRegion: sorted(byRegion),
    byStatus: sorted(byStatus),
    withWorkEvents,
    seconds: (performance.now() - started) / 1000,
  };
}

// ---------------------------------------------------------------------------------------------
// The employer register (decision 028)

/** The register's own stream, so adding it changes nothing in the requests seeded before it. */
const REGISTER_SEED = 20261011;

export interface RegisterSeedSummary {
  entries: number;
  /** Entries made from the seeded requests' employers, as `registerRequest` makes them. */
  fromRequests: number;
  /** Entries a school or the WSP added by hand (some of them the same company again). */
  added: number;
  /** Added entries that are the same company as another entry of the region (KvK, domain or name and postcode). */
  duplicates: number;
  /** Entries in the measured WSP's region. */
  inBenchRegion: number;
  contactLog: number;
  capacity: number;
  seconds: number;
}

type RegisterEntryRow = typeof schema.registerEmployers.$inferInsert;
type RegisterContactRow = typeof schema.registerContacts.$inferInsert;
type RegisterLocationRow = typeof schema.registerLocations.$inferInsert;
type ContactLogRow = typeof schema.registerContactLog.$inferInsert;
type CapacityRow = typeof schema.registerCapacity.$inferInsert;

/**
 * The register at `options.total` entries (20,000): first one entry per seeded employer and
 * region, as `registerRequest` leaves them after that employer's requests (company, KvK number,
 * the sectors and offers of its requests, every postcode it asked from, the employer's address as
 * the contact person, last contact at its newest request, every request linked); then entries that
 * schools and the WSP added by hand until the total is reached, half of them a company the region
 * already has (same KvK number, same mail domain, or same name and postcode: what the duplicates
 * page finds). On top: logged contact by the region's schools and WSP on about a third of the
 * entries, places offered this and last school year on part of them, a few "slapend" and
 * "gestopt", a few opted out. Nothing in the register is encrypted at rest (only outbox bodies
 * are), so plain rows are what the app writes. Run after `seedRequests`.
 */
export async function seedRegister(db: Database, options: { total: number; now?: Date }): Promise<RegisterSeedSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const rng = prng(REGISTER_SEED);
  const regionSlugs = (await queryRows<{ slug: string }>(db, sql`select slug from regions order by slug`)).map((row) => row.slug);
  const others = regionSlugs.filter((slug) => slug !== BENCH_REGION);
  const regionShares: Array<readonly [string, number]> = [
    [BENCH_REGION, BENCH_REGION_SHARE],
    ...others.map((slug) => [slug, (100 - BENCH_REGION_SHARE) / others.length] as const),
  ];
  const places = await placesByRegion(db, regionSlugs);
  const organisationsOf = new Map<string, string[]>();
  for (const o of await queryRows<{ id: string; region_slug: string }>(db, sql`select id, region_slug from organisations where active order by id`)) {
    organisationsOf.set(o.region_slug, [...(organisationsOf.get(o.region_slug) ?? []), o.id]);
  }
  const fromRequests = await queryRows<{
    employer_id: string;
    company_name: string;
    kvk_number: string | null;
    contact_name: string;
    email: string;
    phone: string | null;
    region_slug: string;
    sectors: string[] | null;
    kinds: string[];
    places: string[];
    first_at: Date | string;
    last_at: Date | string;
  }>(
    db,
    sql`select e.id as employer_id, e.company_name, e.kvk_number, e.contact_name, e.email, e.phone, r.region_slug,
          array_agg(distinct r.sector) filter (where r.sector is not null) as sectors,
          array_agg(distinct r.kind) as kinds,
          array_agg(distinct r.postcode || ':' || r.municipality_code) as places,
          min(r.created_at) as first_at, max(r.created_at) as last_at
        from requests r join employers e on e.id = r.employer_id
        where r.submission_key like ${`${SEED_SUBMISSION_PREFIX}%`}
        group by e.id, r.region_slug
        order by min(r.created_at), e.id`,
  );

  const entries: RegisterEntryRow[] = [];
  const contacts: RegisterContactRow[] = [];
  const locations: RegisterLocationRow[] = [];
  const byRegion = new Map<string, Array<{ entry: RegisterEntryRow; postcode: string; municipalityCode: string; domain: string }>>();
  const statusOf = (): RegisterEntryRow["status"] => weightedPick(rng, [["actief", 92], ["slapend", 5], ["gestopt", 3]] as const);
  const optedOut = (createdAt: Date) => (rng.chance(0.02) ? between(rng, createdAt, now, now) : null);

  for (const row of fromRequests) {
    const createdAt = new Date(row.first_at);
    const offers = [...new Set(row.kinds.map((kind) => (kind === "proefplaatsing" || kind === "groepsstage" ? kind : null)).filter((o) => o !== null))];
    const entry: RegisterEntryRow = {
      id: rng.uuid(),
      regionSlug: row.region_slug,
      companyName: row.company_name,
      normalisedName: normaliseCompanyName(row.company_name),
      kvkNumber: row.kvk_number,
      sectors: row.sectors ?? [],
      offers,
      status: statusOf(),
      source: "aanvraag",
      optedOutAt: optedOut(createdAt),
      lastContactAt: new Date(row.last_at),
      createdAt,
      updatedAt: new Date(row.last_at),
    };
    entries.push(entry);
    contacts.push({ registerEmployerId: entry.id!, employerId: row.employer_id, name: row.contact_name, email: row.email, phone: row.phone, createdAt });
    for (const place of row.places) {
      const [postcode, municipalityCode] = place.split(":") as [string, string];
      locations.push({ registerEmployerId: entry.id!, postcode, municipalityCode });
    }
    const [postcode, municipalityCode] = row.places[0]!.split(":") as [string, string];
    const known = byRegion.get(row.region_slug) ?? [];
    known.push({ entry, postcode, municipalityCode, domain: row.email.split("@")[1] ?? "" });
    byRegion.set(row.region_slug, known);
  }

  // Added by a school or the WSP; `addEntry` checks nothing, so half are a company the region has.
  let duplicates = 0;
  const added = Math.max(0, options.total - entries.length);
  for (let n = 0; n < added; n++) {
    const regionSlug = weightedPick(rng, regionShares);
    const organisations = organisationsOf.get(regionSlug) ?? [];
    const known = byRegion.get(regionSlug) ?? [];
    const createdAt = new Date(now.getTime() - rng.next() * HISTORY_DAYS * DAY_MS);
    const surname = rng.pick(SURNAMES);
    const place = rng.pick(places.get(regionSlug)!);
    let companyName = `${rng.pick(TRADES)} ${surname} ${place.municipalityName}`;
    let kvkNumber: string | null = rng.chance(0.5) ? String(30_000_000 + n) : null;
    let postcode = place.pc4;
    let municipalityCode = place.municipalityCode;
    let email = `contact@toegevoegd${n}.bench.example.org`;
    const same = known.length > 0 && rng.chance(0.5) ? rng.pick(known) : null;
    if (same) {
      duplicates += 1;
      switch (rng.int(0, 2)) {
        case 0:
          kvkNumber = same.entry.kvkNumber ?? String(40_000_000 + n);
          if (!same.entry.kvkNumber) same.entry.kvkNumber = kvkNumber;
          companyName = `${same.entry.companyName} B.V.`;
          break;
        case 1:
          email = `planning@${same.domain}`;
          break;
        default:
          companyName = `${same.entry.companyName}`.toUpperCase();
          postcode = same.postcode;
          municipalityCode = same.municipalityCode;
      }
    }
    const entry: RegisterEntryRow = {
      id: rng.uuid(),
      regionSlug,
      companyName,
      normalisedName: normaliseCompanyName(companyName),
      kvkNumber,
      sectors: [rng.pick(SECTOR_VALUES)],
      offers: [rng.pick(["proefplaatsing", "stage", "groepsstage", "baan"] as const)],
      status: statusOf(),
      source: "toegevoegd",
      addedByOrganisationId: organisations.length > 0 ? rng.pick(organisations) : null,
      optedOutAt: optedOut(createdAt),
      lastContactAt: null,
      createdAt,
      updatedAt: createdAt,
    };
    entries.push(entry);
    contacts.push({ registerEmployerId: entry.id!, name: `${rng.pick(FIRST_NAMES)} ${surname}`, email, phone: rng.chance(0.7) ? `06${String(rng.int(10_000_000, 99_999_999))}` : null, createdAt });
    locations.push({ registerEmployerId: entry.id!, postcode, municipalityCode });
  }

  // Logged contact on about a third: calls, visits, placements by the region's schools and WSP.
  const contactLog: ContactLogRow[] = [];
  const capacity: CapacityRow[] = [];
  const thisYear = schoolYearOf(now);
  for (const entry of entries) {
    const organisations = organisationsOf.get(entry.regionSlug) ?? [];
    const createdAt = entry.createdAt as Date;
    if (organisations.length > 0 && rng.chance(0.35)) {
      for (let n = rng.int(1, 4); n > 0; n--) {
        const happened = between(rng, createdAt, now, now);
        const kind = weightedPick(rng, [["gesprek", 50], ["bezoek", 30], ["plaatsing", 15], ["aanvraag", 5]] as const);
        contactLog.push({
          registerEmployerId: entry.id!,
          organisationId: rng.pick(organisations),
          kind,
          happenedOn: isoDate(happened),
          endsOn: kind === "plaatsing" ? isoDate(new Date(happened.getTime() + rng.int(10, 60) * DAY_MS)) : null,
          note: rng.chance(0.5) ? rng.pick(NOTES) : null,
          visibility: rng.chance(0.3) ? "regio" : "eigen",
          createdAt: happened,
        });
        const noon = new Date(`${isoDate(happened)}T12:00:00Z`);
        if (!entry.lastContactAt || (entry.lastContactAt as Date) < noon) entry.lastContactAt = noon;
      }
    }
    const offer = (entry.offers as RegisterOffer[])[0] ?? "proefplaatsing";
    if (rng.chance(0.3)) capacity.push({ registerEmployerId: entry.id!, schoolYear: thisYear, offer, places: rng.int(1, 3), updatedAt: now });
    if (rng.chance(0.2)) capacity.push({ registerEmployerId: entry.id!, schoolYear: thisYear - 1, offer, places: rng.int(1, 3), updatedAt: now });
  }

  await db.transaction(async (tx) => {
    for (const [table, rows] of [
      [schema.registerEmployers, entries],
      [schema.registerContacts, contacts],
      [schema.registerLocations, locations],
      [schema.registerContactLog, contactLog],
      [schema.registerCapacity, capacity],
    ] as const) {
      for (let start = 0; start < rows.length; start += BATCH_SIZE) await bulkInsert(tx, table, rows.slice(start, start + BATCH_SIZE));
    }
    // Every seeded request in its employer's entry of its region, as `registerRequest` links it.
    await tx.execute(sql`insert into register_requests (request_id, register_employer_id)
      select r.id, c.register_employer_id from requests r
        join register_contacts c on c.employer_id = r.employer_id
        join register_employers re on re.id = c.register_employer_id and re.region_slug = r.region_slug
      where r.submission_key like ${`${SEED_SUBMISSION_PREFIX}%`}`);
  });
  await db.execute(sql`vacuum analyze register_employers, register_contacts, register_locations, register_contact_log, register_capacity, register_requests`);
  return {
    entries: entries.length,
    fromRequests: fromRequests.length,
    added,
    duplicates,
    inBenchRegion: entries.filter((e) => e.regionSlug === BENCH_REGION).length,
    contactLog: contactLog.length,
    capacity: capacity.length,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The bench WSP's request with the longest timeline: the busiest request page it has. */
export async function busiestRequest(db: Database): Promise<{ reference: string; events: number; emails: number }> {
  const [row] = await queryRows<{ reference: string; events: number; emails: number }>(
    db,
    sql`select r.reference,
          (select count(*)::int from request_events e where e.request_id = r.id) as events,
          (select count(*)::int from email_outbox m where m.request_id = r.id) as emails
        from requests r
        where r.region_slug = (select region_slug from organisations where slug = ${BENCH_WSP_SLUG})
        order by events desc, r.created_at desc
        limit 1`,
  );
  if (!row) throw new Error("no seeded request in the bench WSP's region");
  return row;
}

// ---------------------------------------------------------------------------------------------
// Pages

/** The href of the inbox's "Volgende" link (rel="next"), unescaped; null on the last page. */
export function nextPageHref(html: string): string | null {
  for (const tag of html.match(/<a\b[^>]*>/g) ?? []) {
    if (!/\brel="next"/.test(tag)) continue;
    const href = /\bhref="([^"]*)"/.exec(tag)?.[1];
    if (href) return href.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
  }
  return null;
}

/**
 * Follows the inbox's "next" links from `firstPath`, as a person paging through would, up to
 * page `page`; returns the path of the page reached (an earlier one when the list is shorter).
 */
export async function laterPagePath(baseUrl: string, cookie: string, firstPath: string, page: number): Promise<{ path: string; page: number }> {
  let path = firstPath;
  let reached = 1;
  while (reached < page) {
    const response = await fetch(baseUrl + path, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    const next = nextPageHref(html);
    if (!next) break;
    path = next;
    reached += 1;
  }
  return { path, page: reached };
}
