/**
 * The employer register as staff use it (decision 028): the list with its filters, one employer's
 * page, adding an employer, logging contact, capacity and status. Every read and write goes through
 * `registerScope`/`noteScope`/`findVisibleEntry` (register-scope.server.ts), with the signed-in
 * person as the first argument. Requests appear here as kind, date, status and who handled them;
 * their content stays behind `findVisibleRequest`.
 *
 * Longer than most models (about 590 lines): every function here reads or writes through the same
 * scope and shares the entry's column list; the merge, check-ins and import already live apart.
 * The list's query builder is the next piece to move out (to `register-list.server.ts`).
 */
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { amsterdamDate } from "~/domain/dates";
import { type ContactKind, type NoteVisibility, type RegisterOffer, type RegisterStatus } from "~/domain/register";
import { DEFAULT_CHECK_IN_SETTINGS, schoolYearOf } from "~/domain/register-check-ins";
import { REGISTER_EXPORT_LIMIT, REGISTER_PAGE_SIZE, type RegisterQuery, SEVERAL_SCHOOLS_MONTHS } from "~/domain/register-query";
import { parseRegisterCsv } from "~/domain/register-csv";
import { normaliseCompanyName } from "~/domain/register-duplicates";
import { normaliseDutchPhone } from "~/domain/phone";
import { refuse, type Refusal } from "~/domain/refusal";
import type { RequestKind, RequestStatus } from "~/domain/request-status";
import { type Database, type Queryable, queryRows, schema } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { queueEmail } from "~/lib/mailer.server";
import { logAudit } from "./audit-log.server";
import { placesForPostcode } from "./places.server";
import { insertEntry } from "./register-entries.server";
import { queueRegisterNotice } from "./register-check-ins.server";
import { findVisibleEntry, mayWorkRegister, noteScope, type RegisterViewer, registerScope } from "./register-scope.server";
import { requestScope } from "./staff-scope.server";

const entries = schema.registerEmployers;
const loc = schema.registerLocations;
const con = schema.registerContacts;
const log = schema.registerContactLog;
const links = schema.registerRequests;
const cap = schema.registerCapacity;
const checks = schema.registerCheckIns;
const org = schema.organisations;
const asg = schema.requestAssignments;
const req = schema.requests;
const settings = schema.registerRegionSettings;

function monthsAgo(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/**
 * Whether an entry is dormant ("slapend") at `now`: no contact for as many months as its region's
 * setting says (the same months after which the check-in asks again), the default where the WSP
 * set none. Stopped entries are not dormant; they asked to be left alone.
 */
function isDormant(now: Date): SQL {
  const months = sql`coalesce((select ${settings.quietMonths} from ${settings} where ${settings.regionSlug} = ${entries.regionSlug}), ${DEFAULT_CHECK_IN_SETTINGS.quietMonths})`;
  return sql`(coalesce(${entries.lastContactAt}, ${entries.createdAt}) < ${now.toISOString()}::timestamptz - make_interval(months => ${months}::int) and ${entries.status} <> 'gestopt')`;
}

/** Organisations in contact with an entry: logged contact, and schools/WSP that got its requests. */
function contactRows(entryIds: SQL) {
  return sql`(
    select ${log.registerEmployerId} as entry_id, ${log.organisationId} as organisation_id,
           ${log.happenedOn}::timestamptz as since, ${log.happenedOn}::timestamptz as latest
      from ${log} where ${log.registerEmployerId} in ${entryIds}
    union all
    select ${links.registerEmployerId}, ${asg.organisationId}, ${asg.createdAt}, coalesce(${asg.respondedAt}, ${asg.createdAt})
      from ${links} join ${asg} on ${asg.requestId} = ${links.requestId}
     where ${links.registerEmployerId} in ${entryIds}
  )`;
}

function listConditions(staff: RegisterViewer, query: RegisterQuery, now: Date): SQL[] {
  const conditions: SQL[] = [registerScope(staff)];
  if (query.search) {
    const like = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(entries.companyName, like),
        eq(entries.kvkNumber, query.search.replace(/\s/g, "").slice(0, 8)),
        // Per entry, by its index: "offset 0" keeps PostgreSQL from turning these into one hashed
        // scan of every contact person and place in the country (it expects `ilike` to match almost
        // nothing, so that looks cheap; it is not). Only entries the name did not match get here.
        sql`exists (select 1 from ${con} where ${con.registerEmployerId} = ${entries.id} and (${ilike(con.name, like)} or ${ilike(con.email, like)}) offset 0)`,
        // The municipalities whose name matches are found once, not joined again per entry.
        sql`exists (select 1 from ${loc} where ${loc.registerEmployerId} = ${entries.id} and (${loc.postcode} = ${query.search.slice(0, 4)}
                     or ${loc.municipalityCode} in (select m.code from ${schema.municipalities} m where m.name ilike ${like})) offset 0)`,
      )!,
    );
  }
  if (query.status) conditions.push(eq(entries.status, query.status));
  if (query.offer) conditions.push(sql`${query.offer} = any(${entries.offers})`);
  const schoolYear = schoolYearOf(now);
  switch (query.list) {
    case "slapend":
      conditions.push(isDormant(now));
      break;
    case "vrije-plek":
      conditions.push(
        sql`exists (select 1 from ${cap} where ${cap.registerEmployerId} = ${entries.id} and ${cap.schoolYear} = ${schoolYear} and ${cap.places} > 0)`,
      );
      conditions.push(
        sql`not exists (select 1 from ${log} where ${log.registerEmployerId} = ${entries.id} and ${log.kind} = 'plaatsing'
              and ${log.happenedOn} >= ${`${schoolYear}-08-01`})`,
      );
      conditions.push(
        sql`not exists (select 1 from ${links} join ${req} on ${req.id} = ${links.requestId}
              where ${links.registerEmployerId} = ${entries.id} and ${req.outcome} = 'geplaatst' and ${req.closedAt} >= ${`${schoolYear}-08-01`}::timestamptz)`,
      );
      break;
    case "meer-scholen": {
      // The entries in scope with recent contact by two or more schools, found once for the whole
      // list (logged contact, and assignments of their requests) instead of counted per entry.
      const since = amsterdamDate(monthsAgo(now, SEVERAL_SCHOOLS_MONTHS));
      conditions.push(sql`${entries.id} in (
        select c.entry_id from (
          select ${log.registerEmployerId} as entry_id, ${log.organisationId} as organisation_id
            from ${log} join ${entries} on ${entries.id} = ${log.registerEmployerId}
           where ${registerScope(staff)} and ${log.happenedOn} >= ${since}::date
          union
          select ${links.registerEmployerId}, ${asg.organisationId}
            from ${links} join ${entries} on ${entries.id} = ${links.registerEmployerId} join ${asg} on ${asg.requestId} = ${links.requestId}
           where ${registerScope(staff)} and coalesce(${asg.respondedAt}, ${asg.createdAt}) >= ${since}::timestamptz
        ) c join ${org} o on o.id = c.organisation_id
        where o.kind = 'school'
        group by c.entry_id having count(distinct c.organisation_id) > 1)`);
      break;
    }
    case "antwoorden":
      conditions.push(
        sql`exists (select 1 from ${checks} where ${checks.registerEmployerId} = ${entries.id} and ${isNotNull(checks.answeredAt)} and ${isNull(checks.followedUpAt)})`,
      );
      break;
  }
  return conditions;
}

export interface RegisterRow {
  id: string;
  companyName: string;
  kvkNumber: string | null;
  status: RegisterStatus;
  offers: RegisterOffer[];
  places: string[];
  lastContactAt: Date | null;
  optedOut: boolean;
  /** Who is in contact and since when, oldest first. */
  inContact: Array<{ organisationId: string; name: string; since: string }>;
  capacityThisYear: number;
}

async function decorate(q: Queryable, rows: Array<typeof entries.$inferSelect>, now: Date): Promise<RegisterRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const idList = sql`(${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
  const [places, contacts, capacity] = await Promise.all([
    q
      .select({ entryId: loc.registerEmployerId, postcode: loc.postcode, name: schema.municipalities.name })
      .from(loc)
      .innerJoin(schema.municipalities, eq(schema.municipalities.code, loc.municipalityCode))
      .where(inArray(loc.registerEmployerId, ids))
      .orderBy(asc(loc.postcode)),
    queryRows<{ entry_id: string; organisation_id: string; name: string; since: Date | string }>(
      q,
      sql`select c.entry_id, c.organisation_id, o.name, min(c.since) as since
        from ${contactRows(idList)} c join ${org} o on o.id = c.organisation_id
       group by c.entry_id, c.organisation_id, o.name order by min(c.since)`,
    ),
    q
      .select({ entryId: cap.registerEmployerId, places: sql<number>`sum(${cap.places})::int` })
      .from(cap)
      .where(and(inArray(cap.registerEmployerId, ids), eq(cap.schoolYear, schoolYearOf(now))))
      .groupBy(cap.registerEmployerId),
  ]);
  const inContact = contacts.map((c) => ({
    entryId: c.entry_id,
    organisationId: c.organisation_id,
    name: c.name,
    since: amsterdamDate(new Date(c.since)),
  }));
  return rows.map((r) => ({
    id: r.id,
    companyName: r.companyName,
    kvkNumber: r.kvkNumber,
    status: r.status,
    offers: r.offers as RegisterOffer[],
    places: [...new Set(places.filter((p) => p.entryId === r.id).map((p) => `${p.name} (${p.postcode})`))],
    lastContactAt: r.lastContactAt,
    optedOut: r.optedOutAt !== null,
    inContact: inContact.filter((c) => c.entryId === r.id).map(({ organisationId, name, since }) => ({ organisationId, name, since })),
    capacityThisYear: Number(capacity.find((c) => c.entryId === r.id)?.places ?? 0),
  }));
}

/** One page of the register for this person, and how many entries match. */
export async function registerPage(q: Queryable, staff: RegisterViewer, query: RegisterQuery, now: Date = new Date()) {
  const where = and(...listConditions(staff, query, now));
  const [rows, [count]] = await Promise.all([
    q
      .select()
      .from(entries)
      .where(where)
      .orderBy(asc(entries.normalisedName), asc(entries.id))
      .limit(REGISTER_PAGE_SIZE)
      .offset((query.page - 1) * REGISTER_PAGE_SIZE),
    q.select({ n: sql<number>`count(*)::int` }).from(entries).where(where),
  ]);
  return { rows: await decorate(q, rows, now), total: Number(count?.n ?? 0) };
}

/** The same list for the CSV export (at most REGISTER_EXPORT_LIMIT rows). */
export async function registerExportRows(q: Queryable, staff: RegisterViewer, query: RegisterQuery, now: Date = new Date()) {
  const rows = await q
    .select()
    .from(entries)
    .where(and(...listConditions(staff, query, now)))
    .orderBy(asc(entries.normalisedName), asc(entries.id))
    .limit(REGISTER_EXPORT_LIMIT);
  const decorated: RegisterRow[] = [];
  // In slices, so the IN lists stay small.
  for (let i = 0; i < rows.length; i += 500) decorated.push(...(await decorate(q, rows.slice(i, i + 500), now)));
  return decorated;
}

export type RegisterEntryPage = NonNullable<Awaited<ReturnType<typeof registerEntryPage>>>;

/** Everything one employer's page shows this person, or null when they may not see it. */
export async function registerEntryPage(q: Queryable, staff: RegisterViewer, id: string, now: Date = new Date()) {
  const entry = await findVisibleEntry(q, staff, id);
  if (!entry) return null;
  const [decorated] = await decorate(q, [entry], now);
  const [locations, contactPersons, capacity, entries, requests, checkIns, schools] = await Promise.all([
    q
      .select({ postcode: loc.postcode, municipality: schema.municipalities.name })
      .from(loc)
      .innerJoin(schema.municipalities, eq(schema.municipalities.code, loc.municipalityCode))
      .where(eq(loc.registerEmployerId, id))
      .orderBy(asc(loc.postcode)),
    q.select().from(con).where(eq(con.registerEmployerId, id)).orderBy(asc(con.createdAt)),
    q.select().from(cap).where(eq(cap.registerEmployerId, id)).orderBy(desc(cap.schoolYear), asc(cap.offer)),
    q
      .select({
        id: log.id,
        kind: log.kind,
        happenedOn: log.happenedOn,
        endsOn: log.endsOn,
        organisationId: log.organisationId,
        organisation: org.name,
        toOrganisationId: log.toOrganisationId,
        visibility: log.visibility,
        // A note this person may not read is not sent to the page at all.
        note: sql<string | null>`case when ${noteScope(staff)} then ${log.note} else null end`,
        hiddenNote: sql<boolean>`(${log.note} is not null and not (${noteScope(staff)}))`,
        createdAt: log.createdAt,
      })
      .from(log)
      .innerJoin(org, eq(org.id, log.organisationId))
      .where(eq(log.registerEmployerId, id))
      .orderBy(desc(log.happenedOn), desc(log.createdAt)),
    q
      .select({
        id: req.id,
        reference: req.reference,
        kind: req.kind,
        status: req.status,
        outcome: req.outcome,
        createdAt: req.createdAt,
        closedAt: req.closedAt,
        placementEndsOn: req.placementEndsOn,
        // Whether this person may open the request itself (the request's own scope).
        visible: sql<boolean>`${requestScope(staff)}`,
        handledBy: sql<string | null>`(select o.name from ${asg} a join ${org} o on o.id = a.organisation_id
          where a.request_id = ${req.id} order by a.created_at desc limit 1)`,
      })
      .from(links)
      .innerJoin(req, eq(req.id, links.requestId))
      .where(eq(links.registerEmployerId, id))
      .orderBy(desc(req.createdAt)),
    q
      .select({
        id: checks.id,
        reason: checks.reason,
        createdAt: checks.createdAt,
        answer: checks.answer,
        answerData: checks.answerData,
        answeredAt: checks.answeredAt,
        followedUpAt: checks.followedUpAt,
      })
      .from(checks)
      .where(eq(checks.registerEmployerId, id))
      .orderBy(desc(checks.createdAt)),
    staff.organisation
      ? q
          .select({ id: org.id, name: org.name })
          .from(org)
          .where(and(eq(org.regionSlug, entry.regionSlug), eq(org.kind, "school"), eq(org.active, true)))
          .orderBy(asc(org.name))
      : Promise.resolve([]),
  ]);
  const nameOf = new Map(schools.map((s) => [s.id, s.name]));
  // Placements per school year: logged placements and requests closed as placed.
  const placements = new Map<number, number>();
  for (const x of entries.filter((x) => x.kind === "plaatsing")) {
    const year = schoolYearOf(new Date(`${x.happenedOn}T12:00:00Z`));
    placements.set(year, (placements.get(year) ?? 0) + 1);
  }
  for (const r of requests.filter((r) => r.outcome === "geplaatst" && r.closedAt)) {
    const year = schoolYearOf(r.closedAt!);
    placements.set(year, (placements.get(year) ?? 0) + 1);
  }
  const years = [...new Set([...capacity.map((c) => c.schoolYear), ...placements.keys()])].sort((a, b) => b - a);
  return {
    entry,
    row: decorated!,
    locations,
    contactPersons,
    capacityByYear: years.map((year) => ({
      schoolYear: year,
      offered: capacity.filter((c) => c.schoolYear === year).map((c) => ({ offer: c.offer, places: c.places })),
      placed: placements.get(year) ?? 0,
    })),
    log: entries.map((x) => ({ ...x, toOrganisation: x.toOrganisationId ? (nameOf.get(x.toOrganisationId) ?? "een school") : null })),
    requests: requests as Array<(typeof requests)[number] & { kind: RequestKind; status: RequestStatus }>,
    checkIns,
    schools: schools.filter((s) => s.id !== staff.organisation?.id),
    mayWork: mayWorkRegister(staff),
  };
}

// ---------------------------------------------------------------------------------------------
// Writes. Each refuses with a Dutch message instead of throwing.

type Result<T = object> = ({ ok: true } & T) | Refusal;

async function touchContact(q: Queryable, entryId: string, day: string, now: Date) {
  const moment = new Date(`${day}T12:00:00Z`);
  await q
    .update(entries)
    .set({ lastContactAt: sql`greatest(${entries.lastContactAt}, ${moment.toISOString()}::timestamptz)`, updatedAt: now })
    .where(eq(entries.id, entryId));
}

export interface ContactInput {
  kind: ContactKind;
  happenedOn: string;
  endsOn?: string | null;
  note?: string | null;
  visibility: NoteVisibility;
  toOrganisationId?: string | null;
}

/** A school or the WSP logs contact with an employer of its region (a handover names the school). */
export async function logContact(db: Database, staff: RegisterViewer, entryId: string, input: ContactInput, now: Date = new Date()): Promise<Result> {
  if (!mayWorkRegister(staff)) return refuse("Alleen mensen van een school of werkgeversservicepunt houden contact bij.");
  const entry = await findVisibleEntry(db, staff, entryId);
  if (!entry) return refuse("Deze werkgever bestaat niet (meer).");
  if (input.happenedOn > amsterdamDate(now)) return refuse("Deze datum ligt in de toekomst.", "happenedOn");
  let toOrganisation: { id: string; name: string; contactEmail: string } | null = null;
  if (input.kind === "overdracht") {
    const [school] = input.toOrganisationId
      ? await db
          .select({ id: org.id, name: org.name, contactEmail: org.contactEmail })
          .from(org)
          .where(and(eq(org.id, input.toOrganisationId), eq(org.kind, "school"), eq(org.regionSlug, entry.regionSlug)))
      : [];
    if (!school || school.id === staff.organisation.id) return refuse("Kies een andere school uit uw regio.", "toOrganisationId");
    toOrganisation = school;
  }
  await db.transaction(async (tx) => {
    await tx.insert(log).values({
      registerEmployerId: entry.id,
      organisationId: staff.organisation.id,
      staffMemberId: staff.id,
      kind: input.kind,
      happenedOn: input.happenedOn,
      endsOn: input.kind === "plaatsing" ? (input.endsOn ?? null) : null,
      note: input.note?.trim() || null,
      // A handover's message is for the school it goes to, so the region may read it.
      visibility: input.kind === "overdracht" ? "regio" : input.visibility,
      toOrganisationId: toOrganisation?.id ?? null,
      createdAt: now,
    });
    await touchContact(tx, entry.id, input.happenedOn, now);
    if (entry.status === "slapend") await tx.update(entries).set({ status: "actief" }).where(eq(entries.id, entry.id));
    if (toOrganisation) {
      await queueEmail(tx, {
        template: "werkgever-doorgegeven",
        to: toOrganisation.contactEmail,
        idempotencyKey: `register/${entry.id}/overdracht/${crypto.randomUUID()}`,
        props: {
          fromOrganisation: staff.organisation.name,
          companyName: entry.companyName,
          message: input.note?.trim() || null,
          registerUrl: `${env().APP_URL}/backoffice/werkgevers/${entry.id}`,
        },
      });
    }
  });
  return { ok: true };
}

export interface NewEntryInput {
  companyName: string;
  kvkNumber: string | null;
  postcode: string;
  sectors: string[];
  offers: RegisterOffer[];
  contactName: string;
  email: string | null;
  phone: string | null;
}

/**
 * A school or the WSP adds an employer it knows. The employer gets an email that they are in the
 * register, with a one-click way out (they did not fill in our form, so nobody asked them yet).
 */
export async function addEntry(db: Database, staff: RegisterViewer, input: NewEntryInput, now: Date = new Date()): Promise<Result<{ id: string }>> {
  if (!mayWorkRegister(staff)) return refuse("Alleen mensen van een school of werkgeversservicepunt voegen werkgevers toe.");
  const [place] = await placesForPostcode(db, input.postcode.slice(0, 4));
  if (!place) return refuse("Deze postcode kennen we niet.", "postcode");
  if (place.regionSlug !== staff.organisation.regionSlug) return refuse(`Deze postcode ligt in ${place.regionName}, niet in uw regio.`, "postcode");
  const id = await db.transaction(async (tx) => {
    const entryId = await insertEntry(
      tx,
      {
        regionSlug: place.regionSlug,
        companyName: input.companyName,
        kvkNumber: input.kvkNumber,
        sectors: input.sectors,
        offers: input.offers,
        source: "toegevoegd",
        addedByOrganisationId: staff.organisation.id,
        locations: [{ postcode: place.pc4, municipalityCode: place.municipalityCode }],
        contacts: [{ name: input.contactName, email: input.email, phone: input.phone }],
        lastContactAt: null,
      },
      now,
    );
    if (input.email) await queueRegisterNotice(tx, { entryId, email: input.email, contactName: input.contactName, companyName: input.companyName, organisationName: staff.organisation.name }, now);
    await logAudit(tx, staff, "gewijzigd", `Werkgever toegevoegd aan het register van ${place.regionName} (${input.email ? "met bericht aan de werkgever" : "zonder e-mailadres"}).`, null, now);
    return entryId;
  });
  return { ok: true, id };
}

/** Places offered this school year (or another), per kind of offer; 0 removes the line. */
export async function setCapacity(
  db: Database,
  staff: RegisterViewer,
  entryId: string,
  input: { schoolYear: number; offer: RegisterOffer; places: number },
  now: Date = new Date(),
): Promise<Result> {
  if (!mayWorkRegister(staff)) return refuse("Alleen mensen van een school of werkgeversservicepunt passen dit aan.");
  const entry = await findVisibleEntry(db, staff, entryId);
  if (!entry) return refuse("Deze werkgever bestaat niet (meer).");
  await writeCapacity(db, entry.id, input, now);
  return { ok: true };
}

export async function writeCapacity(q: Queryable, entryId: string, input: { schoolYear: number; offer: RegisterOffer; places: number }, now: Date) {
  if (input.places <= 0) {
    await q.delete(cap).where(and(eq(cap.registerEmployerId, entryId), eq(cap.schoolYear, input.schoolYear), eq(cap.offer, input.offer)));
    return;
  }
  await q
    .insert(cap)
    .values({ registerEmployerId: entryId, ...input, updatedAt: now })
    .onConflictDoUpdate({ target: [cap.registerEmployerId, cap.schoolYear, cap.offer], set: { places: input.places, updatedAt: now } });
  const [entry] = await q.select({ offers: entries.offers }).from(entries).where(eq(entries.id, entryId));
  if (entry && !entry.offers.includes(input.offer)) await q.update(entries).set({ offers: [...entry.offers, input.offer] }).where(eq(entries.id, entryId));
}

export async function setStatus(db: Database, staff: RegisterViewer, entryId: string, status: RegisterStatus, now: Date = new Date()): Promise<Result> {
  if (!mayWorkRegister(staff)) return refuse("Alleen mensen van een school of werkgeversservicepunt passen dit aan.");
  const entry = await findVisibleEntry(db, staff, entryId);
  if (!entry) return refuse("Deze werkgever bestaat niet (meer).");
  await db.update(entries).set({ status, updatedAt: now }).where(eq(entries.id, entry.id));
  return { ok: true };
}

/** Staff dealt with a check-in answer: it leaves the list of answers waiting. */
export async function markCheckInFollowedUp(db: Database, staff: RegisterViewer, entryId: string, checkInId: string, now: Date = new Date()): Promise<Result> {
  if (!mayWorkRegister(staff)) return refuse("Alleen mensen van een school of werkgeversservicepunt passen dit aan.");
  const entry = await findVisibleEntry(db, staff, entryId);
  if (!entry) return refuse("Deze werkgever bestaat niet (meer).");
  await db
    .update(checks)
    .set({ followedUpAt: now })
    .where(and(eq(checks.id, checkInId), eq(checks.registerEmployerId, entry.id), isNotNull(checks.answeredAt)));
  return { ok: true };
}

/** For the figures: entries of the viewer's scope (kept small: counts only). */
export async function registerFigures(q: Queryable, staff: RegisterViewer, now: Date = new Date()) {
  const year = schoolYearOf(now);
  const scope = registerScope(staff);
  const rows = await q
    .select({
      regionName: schema.regions.name,
      active: sql<number>`count(*) filter (where ${entries.status} = 'actief')::int`,
      dormant: sql<number>`count(*) filter (where ${isDormant(now)})::int`,
      returning: sql<number>`count(*) filter (where exists (select 1 from ${cap} c1 where c1.register_employer_id = ${entries.id} and c1.school_year = ${year})
        and exists (select 1 from ${cap} c0 where c0.register_employer_id = ${entries.id} and c0.school_year = ${year - 1}))::int`,
      offered: sql<number>`coalesce(sum((select sum(c.places) from ${cap} c where c.register_employer_id = ${entries.id} and c.school_year = ${year})), 0)::int`,
      placed: sql<number>`coalesce(sum((select count(*) from ${log} l where l.register_employer_id = ${entries.id} and l.kind = 'plaatsing' and l.happened_on >= ${`${year}-08-01`}::date)), 0)::int`,
      medianDaysSinceContact: sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from (${now.toISOString()}::timestamptz - coalesce(${entries.lastContactAt}, ${entries.createdAt}))) / 86400)`,
    })
    .from(entries)
    .innerJoin(schema.regions, eq(schema.regions.slug, entries.regionSlug))
    .where(scope)
    .groupBy(schema.regions.name)
    .orderBy(asc(schema.regions.name));
  const perSchool = await queryRows<{ name: string; employers: number; placements: number; last_contact: string | null }>(q, sql`select o.name, count(distinct l.register_employer_id)::int as employers,
      count(*) filter (where l.kind = 'plaatsing' and l.happened_on >= ${`${year}-08-01`}::date)::int as placements,
      max(l.happened_on) as last_contact
    from ${log} l join ${org} o on o.id = l.organisation_id join ${entries} on ${entries.id} = l.register_employer_id
    where ${scope} group by o.name order by o.name`);
  return {
    schoolYear: year,
    regions: rows.map((r) => ({ ...r, medianDaysSinceContact: r.medianDaysSinceContact === null ? null : Math.round(Number(r.medianDaysSinceContact)) })),
    schools: perSchool.map((s) => ({
      name: s.name,
      employers: Number(s.employers),
      placements: Number(s.placements),
      lastContact: s.last_contact ? String(s.last_contact).slice(0, 10) : null,
    })),
  };
}

/**
 * A school's (or the WSP's) own employer contacts from a CSV, all or nothing: the file is read by
 * `parseRegisterCsv` (every problem reported, nothing stored), then every row is stored in one
 * transaction. A company already in the region's register (same KvK number, or same name and
 * postcode) gets the contact person and the contact; a new one is added and, with an address,
 * told that it is in the register with a one-click way out.
 */
export async function importRegisterCsv(db: Database, staff: RegisterViewer, csvText: string, now: Date = new Date()) {
  if (!mayWorkRegister(staff)) return { ok: false as const, errors: [{ row: 0, message: "Alleen mensen van een school of werkgeversservicepunt importeren contacten." }] };
  const region = staff.organisation.regionSlug;
  const areas = await db
    .select({ pc4: schema.postcodeAreas.pc4, code: schema.municipalities.code, regionSlug: schema.municipalities.regionSlug, pc6: schema.postcodeAreas.pc6Count })
    .from(schema.postcodeAreas)
    .innerJoin(schema.municipalities, eq(schema.municipalities.code, schema.postcodeAreas.municipalityCode));
  const byPc4 = new Map<string, { code: string; regionSlug: string; pc6: number }>();
  for (const a of areas) {
    const known = byPc4.get(a.pc4);
    if (!known || a.pc6 > known.pc6) byPc4.set(a.pc4, { code: a.code, regionSlug: a.regionSlug, pc6: a.pc6 });
  }
  const parsed = parseRegisterCsv(csvText, (pc4) => (!byPc4.has(pc4) ? "onbekend" : byPc4.get(pc4)!.regionSlug === region ? "regio" : "elders"), amsterdamDate(now), normaliseDutchPhone);
  if (!parsed.ok) return parsed;
  const [regionRow] = await db.select({ name: schema.regions.name }).from(schema.regions).where(eq(schema.regions.slug, region));
  let added = 0;
  let joined = 0;
  await db.transaction(async (tx) => {
    for (const row of parsed.rows) {
      const place = byPc4.get(row.pc4)!;
      const [existing] = await tx
        .select({ id: entries.id })
        .from(entries)
        .where(
          and(
            eq(entries.regionSlug, region),
            isNull(entries.erasedAt),
            or(
              row.kvkNumber ? eq(entries.kvkNumber, row.kvkNumber) : sql`false`,
              and(
                eq(entries.normalisedName, normaliseCompanyName(row.companyName)),
                sql`exists (select 1 from ${loc} where ${loc.registerEmployerId} = ${entries.id} and ${loc.postcode} = ${row.pc4})`,
              ),
            ),
          ),
        )
        .limit(1);
      let entryId: string;
      if (existing) {
        entryId = existing.id;
        joined++;
        const [sameContact] = row.email
          ? await tx.select({ id: con.id }).from(con).where(and(eq(con.registerEmployerId, entryId), eq(sql`lower(${con.email})`, row.email.toLowerCase())))
          : [];
        if (!sameContact) await tx.insert(con).values({ registerEmployerId: entryId, name: row.contactName, email: row.email, phone: row.phone, createdAt: now });
      } else {
        added++;
        entryId = await insertEntry(
          tx,
          {
            regionSlug: region,
            companyName: row.companyName,
            kvkNumber: row.kvkNumber,
            sectors: row.sectors,
            offers: row.offers,
            source: "import",
            addedByOrganisationId: staff.organisation.id,
            locations: [{ postcode: row.pc4, municipalityCode: place.code }],
            contacts: [{ name: row.contactName, email: row.email, phone: row.phone }],
            lastContactAt: null,
          },
          now,
        );
        if (row.email) {
          await queueRegisterNotice(tx, { entryId, email: row.email, contactName: row.contactName, companyName: row.companyName, organisationName: staff.organisation.name }, now);
        }
      }
      if (row.lastContactOn) {
        await tx.insert(log).values({
          registerEmployerId: entryId,
          organisationId: staff.organisation.id,
          staffMemberId: staff.id,
          kind: "gesprek",
          happenedOn: row.lastContactOn,
          visibility: "eigen",
          createdAt: now,
        });
        await touchContact(tx, entryId, row.lastContactOn, now);
      }
    }
    await logAudit(tx, staff, "gewijzigd", `Werkgeversregister van ${regionRow?.name ?? region}: ${parsed.rows.length} contacten geïmporteerd (${added} nieuw, ${joined} al bekend).`, null, now);
  });
  return { ok: true as const, added, joined };
}
