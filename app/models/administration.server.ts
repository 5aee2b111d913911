/**
 * What administrators manage: organisations (with their service area and pause), people and
 * invites, the email outbox and the audit log. Every function takes the signed-in administrator;
 * organisation and request queries take their conditions from `staff-scope.server`, and every
 * change is written to the audit log in the same transaction.
 */
import { and, asc, count, desc, eq, gt, inArray, isNull, lt, ne, type SQL, sql } from "drizzle-orm";
import { LOAD_STATUSES } from "~/domain/assignments";
import { EMAIL_STATUSES, type EmailStatus } from "~/domain/email-outbox";
import { municipalitiesOutsideRegion, ORGANISATION_KIND_LABELS } from "~/domain/organisation-rules";
import type { OrganisationKind } from "~/domain/organisations";
import { OPEN_STATUSES } from "~/domain/request-workflow";
import { roleOrganisationProblem, STAFF_ROLE_LABELS, type StaffRole } from "~/domain/staff";
import { isUuid } from "~/domain/uuid";
import { importOutcome, type NewOrganisation, type OrganisationDetails } from "~/domain/organisation-rules";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { createInvite, signOutEverywhere } from "./staff-auth.server";
import { importOrganisationsCsv, knownPlaces } from "./organisations.server";
import { findVisibleOrganisation, logAudit, organisationScope, requestScope, type StaffMember } from "./staff-scope.server";

const o = schema.organisations;
const r = schema.requests;
const a = schema.requestAssignments;
const m = schema.staffMembers;
const inv = schema.staffInvites;
const outbox = schema.emailOutbox;
const log = schema.auditLog;

/** The signed-in administrator (requireAdmin has checked the role). */
type Admin = StaffMember;

// ---------------------------------------------------------------------------------------------
// Organisations

export interface OrganisationFilter {
  regionSlug?: string | null;
  kind?: OrganisationKind | null;
}

/**
 * Organisations with their open requests: for a school the open requests it has or took on, for
 * a WSP every open request of its region (it follows them all).
 */
export async function listOrganisations(db: Queryable, staff: Admin, filter: OrganisationFilter = {}) {
  const openForSchool = sql<number>`(
    select count(distinct ${a.requestId})::int from ${a} inner join ${r} on ${r.id} = ${a.requestId}
    where ${a.organisationId} = ${o.id} and ${inArray(a.status, [...LOAD_STATUSES])}
      and ${inArray(r.status, [...OPEN_STATUSES])} and ${requestScope(staff)})`;
  const openForWsp = sql<number>`(
    select count(*)::int from ${r}
    where ${r.regionSlug} = ${o.regionSlug} and ${inArray(r.status, [...OPEN_STATUSES])} and ${requestScope(staff)})`;
  const conditions: SQL[] = [organisationScope(staff)];
  if (filter.regionSlug) conditions.push(eq(o.regionSlug, filter.regionSlug));
  if (filter.kind) conditions.push(eq(o.kind, filter.kind));
  return db
    .select({
      id: o.id,
      name: o.name,
      kind: o.kind,
      schoolType: o.schoolType,
      regionSlug: o.regionSlug,
      regionName: schema.regions.name,
      active: o.active,
      capacityPerSchoolYear: o.capacityPerSchoolYear,
      openRequests: sql<number>`case when ${o.kind} = 'wsp' then ${openForWsp} else ${openForSchool} end`,
    })
    .from(o)
    .innerJoin(schema.regions, eq(schema.regions.slug, o.regionSlug))
    .where(and(...conditions))
    .orderBy(asc(schema.regions.name), desc(o.kind), asc(o.name));
}

export async function regionChoices(db: Queryable) {
  return db.select().from(schema.regions).orderBy(asc(schema.regions.name));
}

/** Every region with its municipalities, for the region select and the service-area boxes. */
export async function regionsWithMunicipalities(db: Queryable) {
  const [regions, municipalities] = await Promise.all([
    db.select().from(schema.regions).orderBy(asc(schema.regions.name)),
    db.select().from(schema.municipalities).orderBy(asc(schema.municipalities.name)),
  ]);
  return regions.map((region) => ({
    slug: region.slug,
    name: region.name,
    municipalities: municipalities.filter((mu) => mu.regionSlug === region.slug).map((mu) => ({ code: mu.code, name: mu.name })),
  }));
}

/** One organisation with its service area, for the edit form; null when it does not exist. */
export async function organisationForEdit(db: Queryable, staff: Admin, id: string) {
  const organisation = await findVisibleOrganisation(db, staff, id);
  if (!organisation) return null;
  const area = await db
    .select({ code: schema.organisationServiceAreas.municipalityCode })
    .from(schema.organisationServiceAreas)
    .where(eq(schema.organisationServiceAreas.organisationId, id))
    .orderBy(asc(schema.organisationServiceAreas.municipalityCode));
  return { organisation, serviceArea: area.map((x) => x.code) };
}

export type OrganisationSaveResult =
  { ok: true; id: string } | { ok: false; errors: Partial<Record<"slug" | "kind" | "regionSlug" | "serviceArea", string>> };

/**
 * Routing hands a region's requests to its one WSP, so a region gets no second one. The kind of
 * an organisation with people stays what it is: their roles were given for that kind.
 */
async function organisationConflicts(q: Queryable, values: OrganisationDetails, current: { id: string; kind: string } | null) {
  if (values.kind === "wsp") {
    const [other] = await q
      .select({ name: o.name })
      .from(o)
      .where(and(eq(o.kind, "wsp"), eq(o.regionSlug, values.regionSlug), current ? ne(o.id, current.id) : undefined))
      .limit(1);
    if (other) return { regionSlug: `Deze regio heeft al een werkgeversservicepunt: ${other.name}.` };
  }
  if (current && current.kind !== values.kind) {
    const [member] = await q.select({ id: m.id }).from(m).where(eq(m.organisationId, current.id)).limit(1);
    if (member) return { kind: "Er werken mensen bij deze organisatie. Geef hen eerst een andere organisatie." };
  }
  return null;
}

/**
 * The form checks the service area against the region too; this check keeps any other caller
 * from giving an organisation municipalities outside its region.
 */
async function serviceAreaErrors(q: Queryable, values: OrganisationDetails) {
  const places = await knownPlaces(q);
  if (!places.regionSlugs.has(values.regionSlug)) return { regionSlug: "Kies de arbeidsmarktregio." };
  if (values.serviceArea.length === 0) return { serviceArea: "Kies minstens één gemeente voor het werkgebied." };
  if (municipalitiesOutsideRegion(values.serviceArea, values.regionSlug, places).length > 0) {
    return { serviceArea: "Het werkgebied past niet bij de gekozen regio. Kies de gemeenten van de nieuwe regio." };
  }
  return null;
}

async function replaceServiceArea(tx: Queryable, organisationId: string, codes: readonly string[]) {
  await tx.delete(schema.organisationServiceAreas).where(eq(schema.organisationServiceAreas.organisationId, organisationId));
  if (codes.length > 0) {
    await tx
      .insert(schema.organisationServiceAreas)
      .values(codes.map((municipalityCode) => ({ organisationId, municipalityCode })));
  }
}

export async function createOrganisation(db: Database, staff: Admin, input: NewOrganisation): Promise<OrganisationSaveResult> {
  const errors = (await serviceAreaErrors(db, input)) ?? (await organisationConflicts(db, input, null));
  if (errors) return { ok: false, errors };
  return db.transaction(async (tx) => {
    const { serviceArea, ...values } = input;
    const [created] = await tx.insert(o).values(values).onConflictDoNothing({ target: o.slug }).returning({ id: o.id });
    if (!created) return { ok: false, errors: { slug: "Deze korte naam is al in gebruik. Kies een andere." } } as const;
    await replaceServiceArea(tx, created.id, serviceArea);
    const [region] = await tx.select({ name: schema.regions.name }).from(schema.regions).where(eq(schema.regions.slug, input.regionSlug));
    const what = `${ORGANISATION_KIND_LABELS[input.kind]} in ${region?.name ?? input.regionSlug}`;
    await logAudit(tx, staff, "beheer", `Organisatie ${input.name} toegevoegd (${what})`);
    return { ok: true, id: created.id } as const;
  });
}

/** Saves the edit form; null when the organisation does not exist. */
export async function updateOrganisation(
  db: Database,
  staff: Admin,
  id: string,
  input: OrganisationDetails,
): Promise<OrganisationSaveResult | null> {
  const current = await findVisibleOrganisation(db, staff, id);
  if (!current) return null;
  const errors = (await serviceAreaErrors(db, input)) ?? (await organisationConflicts(db, input, current));
  if (errors) return { ok: false, errors };
  return db.transaction(async (tx) => {
    const { serviceArea, ...values } = input;
    await tx
      .update(o)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(o.id, id), organisationScope(staff)));
    await replaceServiceArea(tx, id, serviceArea);
    await logAudit(tx, staff, "beheer", `Organisatie ${input.name} gewijzigd`);
    return { ok: true, id } as const;
  });
}

/** Pauses an organisation (it gets no new requests) or makes it active again. */
export async function setOrganisationActive(db: Database, staff: Admin, id: string, active: boolean): Promise<boolean> {
  const organisation = await findVisibleOrganisation(db, staff, id);
  if (!organisation) return false;
  await db.transaction(async (tx) => {
    await tx
      .update(o)
      .set({ active, updatedAt: new Date() })
      .where(and(eq(o.id, id), organisationScope(staff)));
    await logAudit(tx, staff, "beheer", `Organisatie ${organisation.name} ${active ? "weer actief gemaakt" : "gepauzeerd"}`);
  });
  return true;
}

/** The organisation choices of the people forms, with their kind to check against the role. */
export async function organisationChoices(db: Queryable, staff: Admin) {
  return db
    .select({ id: o.id, name: o.name, kind: o.kind, active: o.active })
    .from(o)
    .where(organisationScope(staff))
    .orderBy(asc(o.name));
}

export async function importOrganisationsUpload(db: Database, staff: Admin, csvText: string) {
  const result = await importOrganisationsCsv(db, csvText);
  if (result.ok) {
    await logAudit(db, staff, "beheer", `Import van organisaties: ${importOutcome(result.created, result.updated)}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// People and invites

export async function listStaff(db: Queryable) {
  return db
    .select({
      id: m.id,
      name: m.name,
      email: m.email,
      role: m.role,
      active: m.active,
      lastSignInAt: m.lastSignInAt,
      organisationId: m.organisationId,
      organisationName: o.name,
    })
    .from(m)
    .leftJoin(o, eq(o.id, m.organisationId))
    .orderBy(desc(m.active), asc(m.name));
}

type PeopleResult = { ok: true } | { ok: false; field?: "email" | "organisationId" | "role"; message: string };

/**
 * Checks that the role and the chosen organisation go together. When they do, it gives the
 * organisation's name (null without one) for the audit log.
 */
async function checkRole(
  q: Queryable,
  staff: Admin,
  role: StaffRole,
  organisationId: string | null | undefined,
): Promise<{ ok: true; organisationName: string | null } | { ok: false; problem: string }> {
  const [chosen] = organisationId
    ? await q
        .select({ kind: o.kind, name: o.name })
        .from(o)
        .where(and(eq(o.id, organisationId), organisationScope(staff)))
    : [];
  if (organisationId && !chosen) return { ok: false, problem: "Kies een organisatie uit de lijst." };
  const problem = roleOrganisationProblem(role, chosen?.kind ?? null);
  return problem ? { ok: false, problem } : { ok: true, organisationName: chosen?.name ?? null };
}

/** A role as the audit log says it: "Coördinator school bij Praktijkschool De Brug". */
function roleInWords(role: StaffRole, organisationName: string | null): string {
  return organisationName ? `${STAFF_ROLE_LABELS[role]} bij ${organisationName}` : STAFF_ROLE_LABELS[role];
}

export interface InviteForm {
  name: string;
  email: string;
  role: StaffRole;
  organisationId?: string | null;
}

/** Invites someone with a role (and the organisation that role needs); the email is queued. */
export async function inviteStaff(db: Database, staff: Admin, input: InviteForm, now: Date = new Date()): Promise<PeopleResult> {
  const checked = await checkRole(db, staff, input.role, input.organisationId);
  if (!checked.ok) return { ok: false, field: "organisationId", message: checked.problem };
  const [open] = await db
    .select({ id: inv.id })
    .from(inv)
    .where(
      and(
        sql`lower(${inv.email}) = lower(${input.email.trim()})`,
        isNull(inv.acceptedAt),
        isNull(inv.revokedAt),
        gt(inv.expiresAt, now),
      ),
    )
    .limit(1);
  // One valid link per person: two could make two accounts' worth of confusion.
  if (open)
    return {
      ok: false,
      field: "email",
      message: "Dit adres heeft al een open uitnodiging. Trek die eerst in als u een nieuwe wilt sturen.",
    };
  const result = await createInvite(
    db,
    staff,
    { name: input.name, email: input.email, role: input.role, organisationId: input.organisationId ?? null },
    now,
  );
  if (!result.ok) return { ok: false, field: "email", message: "Er werkt al iemand met dit e-mailadres in Opstap." };
  const as = roleInWords(input.role, checked.organisationName);
  await logAudit(db, staff, "beheer", `${input.name} (${input.email}) uitgenodigd als ${as}`, null, now);
  return { ok: true };
}

/** Invites nobody accepted or revoked yet, newest first, with whether they still work. */
export async function openInvites(db: Queryable, now: Date = new Date()) {
  const invitedBy = sql<string | null>`(select ${m.name} from ${m} where ${m.id} = ${inv.invitedById})`;
  const rows = await db
    .select({
      id: inv.id,
      name: inv.name,
      email: inv.email,
      role: inv.role,
      organisationName: o.name,
      invitedBy,
      createdAt: inv.createdAt,
      expiresAt: inv.expiresAt,
    })
    .from(inv)
    .leftJoin(o, eq(o.id, inv.organisationId))
    .where(and(isNull(inv.acceptedAt), isNull(inv.revokedAt)))
    .orderBy(desc(inv.createdAt))
    .limit(200);
  return rows.map((row) => ({ ...row, expired: row.expiresAt <= now }));
}

/** Makes an invite's link stop working; false when there is no open invite with this id. */
export async function revokeInvite(db: Database, staff: Admin, inviteId: string, now: Date = new Date()): Promise<boolean> {
  if (!isUuid(inviteId)) return false;
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(inv)
      .set({ revokedAt: now })
      .where(and(eq(inv.id, inviteId), isNull(inv.acceptedAt), isNull(inv.revokedAt)))
      .returning({ name: inv.name, email: inv.email });
    if (!revoked) return false;
    await logAudit(tx, staff, "beheer", `Uitnodiging van ${revoked.name} (${revoked.email}) ingetrokken`, null, now);
    return true;
  });
}

/**
 * Blocks a person (they cannot sign in, and every session they have ends now) or lets them in
 * again. Nobody blocks themselves: the last administrator would lock everyone out.
 */
export async function setStaffActive(
  db: Database,
  staff: Admin,
  memberId: string,
  active: boolean,
  now: Date = new Date(),
): Promise<PeopleResult> {
  if (memberId === staff.id) return { ok: false, message: "U kunt uzelf niet blokkeren." };
  if (!isUuid(memberId)) return { ok: false, message: "Deze persoon bestaat niet." };
  return db.transaction(async (tx) => {
    const [member] = await tx.update(m).set({ active, updatedAt: now }).where(eq(m.id, memberId)).returning({ name: m.name });
    if (!member) return { ok: false, message: "Deze persoon bestaat niet." } as const;
    if (!active) await signOutEverywhere(tx, memberId, now);
    await logAudit(tx, staff, "beheer", `${member.name} ${active ? "gedeblokkeerd" : "geblokkeerd"}`, null, now);
    return { ok: true } as const;
  });
}

/** Gives a person another role or organisation; the two must go together. */
export async function changeStaffRole(
  db: Database,
  staff: Admin,
  memberId: string,
  input: { role: StaffRole; organisationId?: string | null },
  now: Date = new Date(),
): Promise<PeopleResult> {
  if (memberId === staff.id)
    return { ok: false, field: "role", message: "U kunt uw eigen rol niet wijzigen. Vraag een andere beheerder." };
  if (!isUuid(memberId)) return { ok: false, message: "Deze persoon bestaat niet." };
  const checked = await checkRole(db, staff, input.role, input.organisationId);
  if (!checked.ok) return { ok: false, field: "organisationId", message: checked.problem };
  return db.transaction(async (tx) => {
    const [member] = await tx
      .update(m)
      .set({ role: input.role, organisationId: input.organisationId ?? null, updatedAt: now })
      .where(eq(m.id, memberId))
      .returning({ name: m.name });
    if (!member) return { ok: false, message: "Deze persoon bestaat niet." } as const;
    const summary = `Rol van ${member.name} gewijzigd in ${roleInWords(input.role, checked.organisationName)}`;
    await logAudit(tx, staff, "beheer", summary, null, now);
    return { ok: true } as const;
  });
}

// ---------------------------------------------------------------------------------------------
// Email outbox

/** Emails still on their way or given up on; sent ones are in the request timelines. */
const WAITING_STATUSES: readonly EmailStatus[] = ["pending", "sending", "failed"];

export async function outboxOverview(db: Queryable, limit = 200) {
  const [counts, emails] = await Promise.all([
    db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status),
    db
      .select({
        id: outbox.id,
        to: outbox.toAddress,
        subject: outbox.subject,
        template: outbox.template,
        status: outbox.status,
        attempts: outbox.attempts,
        lastError: outbox.lastError,
        nextAttemptAt: outbox.nextAttemptAt,
        createdAt: outbox.createdAt,
      })
      .from(outbox)
      .where(inArray(outbox.status, [...WAITING_STATUSES]))
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(limit),
  ]);
  const perStatus = Object.fromEntries(EMAIL_STATUSES.map((s) => [s, 0])) as Record<EmailStatus, number>;
  for (const row of counts) perStatus[row.status] = row.n;
  return { perStatus, emails };
}

/**
 * Puts failed emails back in the queue for the worker: pending, due now by the database's clock
 * (the worker compares with the database's now()), and not held by a lease. Only failed rows
 * change, so an email a worker is sending right now is left alone. The attempt count stays: a
 * retry is one more attempt, and the worker gives up again if that one fails too.
 */
/**
 * Failed emails go back in the queue with a fresh retry schedule (attempts back to 0); every
 * earlier attempt stays in email_delivery_attempts, so nothing of the history is lost.
 */
async function retryFailed(db: Database, staff: Admin, only: string | null): Promise<number> {
  return db.transaction(async (tx) => {
    const conditions = [eq(outbox.status, "failed")];
    if (only) conditions.push(eq(outbox.id, only));
    const retried = await tx
      .update(outbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: sql`now()`, lockedUntil: null })
      .where(and(...conditions))
      .returning({ id: outbox.id, to: outbox.toAddress, subject: outbox.subject });
    if (retried.length === 1) {
      await logAudit(tx, staff, "beheer", `E-mail "${retried[0]!.subject}" aan ${retried[0]!.to} opnieuw in de wachtrij gezet`);
    } else if (retried.length > 1) {
      await logAudit(tx, staff, "beheer", `${retried.length} mislukte e-mails opnieuw in de wachtrij gezet`);
    }
    return retried.length;
  });
}

/** One failed email; false when it is not (or no longer) failed. */
export async function retryEmail(db: Database, staff: Admin, emailId: string): Promise<boolean> {
  if (!isUuid(emailId)) return false;
  return (await retryFailed(db, staff, emailId)) === 1;
}

export async function retryAllFailedEmails(db: Database, staff: Admin): Promise<number> {
  return retryFailed(db, staff, null);
}

// ---------------------------------------------------------------------------------------------
// Audit log

export const AUDIT_PAGE_SIZE = 50;

export interface AuditLogQuery {
  staffMemberId?: string | null;
  reference?: string | null;
  /** Keyset: only entries older than this id (the last one of the previous page). */
  before?: number | null;
}

/** One page of the audit log, newest first; `nextBefore` is set when there are older entries. */
export async function auditLogPage(db: Queryable, query: AuditLogQuery = {}, pageSize = AUDIT_PAGE_SIZE) {
  const conditions: SQL[] = [];
  if (query.staffMemberId) {
    if (!isUuid(query.staffMemberId)) return { entries: [], nextBefore: null };
    conditions.push(eq(log.staffMemberId, query.staffMemberId));
  }
  if (query.reference) {
    // PostgreSQL refuses NUL in text, and no reference has one: nothing to find.
    if (query.reference.includes("\u0000")) return { entries: [], nextBefore: null };
    conditions.push(eq(r.reference, query.reference.trim().toUpperCase()));
  }
  // The id is a bigint; a number beyond what JavaScript counts exactly is no id we handed out.
  if (query.before != null) {
    if (!Number.isSafeInteger(query.before) || query.before < 1) return { entries: [], nextBefore: null };
    conditions.push(lt(log.id, query.before));
  }
  const rows = await db
    .select({
      id: log.id,
      createdAt: log.createdAt,
      action: log.action,
      summary: log.summary,
      staffName: m.name,
      reference: r.reference,
    })
    .from(log)
    .leftJoin(m, eq(m.id, log.staffMemberId))
    .leftJoin(r, eq(r.id, log.requestId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(log.id))
    .limit(pageSize + 1);
  const entries = rows.slice(0, pageSize);
  return { entries, nextBefore: rows.length > pageSize ? (entries.at(-1)?.id ?? null) : null };
}

/** Everyone who can appear in the log, for the person filter (blocked people too). */
export async function staffChoices(db: Queryable) {
  return db.select({ id: m.id, name: m.name, email: m.email }).from(m).orderBy(asc(m.name));
}

// ---------------------------------------------------------------------------------------------
// The overview page

export async function administrationOverview(db: Queryable, staff: Admin, now: Date = new Date()) {
  const [organisations, people, invites, emails] = await Promise.all([
    db.select({ active: o.active, n: count() }).from(o).where(organisationScope(staff)).groupBy(o.active),
    db.select({ active: m.active, n: count() }).from(m).groupBy(m.active),
    db
      .select({ n: count() })
      .from(inv)
      .where(and(isNull(inv.acceptedAt), isNull(inv.revokedAt), gt(inv.expiresAt, now))),
    db.select({ status: outbox.status, n: count() }).from(outbox).where(ne(outbox.status, "sent")).groupBy(outbox.status),
  ]);
  const byActive = (rows: Array<{ active: boolean; n: number }>, active: boolean) =>
    rows.find((x) => x.active === active)?.n ?? 0;
  const byStatus = (status: EmailStatus) => emails.find((x) => x.status === status)?.n ?? 0;
  return {
    organisations: { active: byActive(organisations, true), paused: byActive(organisations, false) },
    people: { active: byActive(people, true), blocked: byActive(people, false) },
    openInvites: invites[0]?.n ?? 0,
    emails: { waiting: byStatus("pending") + byStatus("sending"), failed: byStatus("failed") },
  };
}
