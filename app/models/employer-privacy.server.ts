/**
 * An employer's rights under the AVG: see everything Opstap holds about them (export) and have it
 * erased. The employer does both from their own page after proving their mailbox; an administrator
 * can do both from the back office. Erasing keeps the counts behind the figures (decision 018).
 */
import { and, asc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { anonymisedEventData, anonymisedRequestDetails, erasedEmployer } from "~/domain/anonymise";
import { isClosedStatus } from "~/domain/request-status";
import { isUuid } from "~/domain/uuid";
import { REQUEST_KIND_LABELS, STATUS_FOR_EMPLOYER, describeEventForEmployer } from "~/domain/request-words";
import { type Database, type Queryable, type Transaction, schema } from "~/lib/db.server";
import { queueEmail } from "~/lib/mailer.server";
import { employerAccess, mergeEmployers, revokeEmployerLinks } from "./employer-access.server";
import { closeAsWithdrawn, currentHandler } from "./employer-requests.server";
import { logAudit } from "./audit-log.server";
import { eraseFromRegister } from "./register-entries.server";
import { type StaffMember } from "./staff-scope.server";

// ---------------------------------------------------------------------------------------------
// Export

export interface EmployerExport {
  gemaaktOp: string;
  uitleg: string;
  werkgever: {
    bedrijfsnaam: string;
    kvkNummer: string | null;
    contactpersoon: string;
    email: string;
    telefoon: string | null;
    eersteContact: string;
  };
  aanvragen: {
    nummer: string;
    soort: string;
    status: string;
    verstuurdOp: string;
    toestemmingGegevenOp: string;
    postcode: string | null;
    gemeente: string | null;
    sector: string | null;
    antwoorden: Record<string, unknown>;
    doorgestuurdNaar: string[];
    tijdlijn: { op: string; wat: string }[];
  }[];
  emails: { verstuurdOp: string | null; aan: string; onderwerp: string; status: string }[];
}

/**
 * Everything Opstap holds about one employer, in plain words: the employer record, each request
 * with its answers and timeline, who it was sent to, and the emails sent to them.
 */
export async function exportEmployerData(db: Database, employerId: string, now: Date = new Date()): Promise<EmployerExport | null> {
  const [employer] = await db.select().from(schema.employers).where(eq(schema.employers.id, employerId));
  if (!employer || employer.erasedAt) return null;
  const requests = await db
    .select()
    .from(schema.requests)
    .where(eq(schema.requests.employerId, employerId))
    .orderBy(asc(schema.requests.createdAt));
  const ids = requests.map((r) => r.id);
  const [events, assignments, organisations, emails] = await Promise.all([
    ids.length ? db.select().from(schema.requestEvents).where(inArray(schema.requestEvents.requestId, ids)).orderBy(asc(schema.requestEvents.id)) : [],
    ids.length ? db.select().from(schema.requestAssignments).where(inArray(schema.requestAssignments.requestId, ids)) : [],
    db.select({ id: schema.organisations.id, name: schema.organisations.name }).from(schema.organisations),
    db
      .select({
        sentAt: schema.emailOutbox.sentAt,
        to: schema.emailOutbox.toAddress,
        subject: schema.emailOutbox.subject,
        status: schema.emailOutbox.status,
        createdAt: schema.emailOutbox.createdAt,
      })
      .from(schema.emailOutbox)
      .where(sql`lower(${schema.emailOutbox.toAddress}) = lower(${employer.email})`)
      .orderBy(asc(schema.emailOutbox.createdAt)),
  ]);
  const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
  return {
    gemaaktOp: now.toISOString(),
    uitleg:
      "Dit zijn alle gegevens die Opstap over u bewaart. Scholen en het werkgeversservicepunt aan wie uw aanvraag is doorgestuurd, hebben uw contactgegevens en antwoorden ook gezien.",
    werkgever: {
      bedrijfsnaam: employer.companyName,
      kvkNummer: employer.kvkNumber,
      contactpersoon: employer.contactName,
      email: employer.email,
      telefoon: employer.phone,
      eersteContact: employer.createdAt.toISOString(),
    },
    aanvragen: requests.map((r) => ({
      nummer: r.reference,
      soort: REQUEST_KIND_LABELS[r.kind],
      status: STATUS_FOR_EMPLOYER[r.status],
      verstuurdOp: r.createdAt.toISOString(),
      toestemmingGegevenOp: r.consentAt.toISOString(),
      postcode: r.postcode,
      gemeente: r.routing.municipalityName,
      sector: r.sector,
      antwoorden: r.details,
      doorgestuurdNaar: [
        ...new Set(assignments.filter((a) => a.requestId === r.id).map((a) => nameOf.get(a.organisationId) ?? "Onbekende organisatie")),
      ],
      tijdlijn: events
        .filter((e) => e.requestId === r.id)
        .map((e) => {
          const organisationId = e.actor.startsWith("organisatie:") ? e.actor.slice("organisatie:".length) : (e.data.organisationId as string | undefined);
          const text = describeEventForEmployer({ type: e.type, data: e.data, organisationName: organisationId ? nameOf.get(organisationId) : null });
          return text ? { op: e.createdAt.toISOString(), wat: text } : null;
        })
        .filter((e): e is { op: string; wat: string } => e !== null),
    })),
    emails: emails.map((e) => ({ verstuurdOp: e.sentAt?.toISOString() ?? null, aan: e.to, onderwerp: e.subject, status: e.status })),
  };
}

/** The export behind a "mijn aanvragen" link; a link to one request does not open it. */
export async function exportForEmployerLink(db: Database, token: string): Promise<EmployerExport | null> {
  const access = await employerAccess(db, token);
  return access?.scope.kind === "employer" ? exportEmployerData(db, access.employer.id) : null;
}

// ---------------------------------------------------------------------------------------------
// Erasure

/**
 * Removes the personal data of these requests: answers and contact details, free text in their
 * timelines, and the text and subject of their emails. The rows stay, so the figures still count
 * them.
 */
export async function anonymiseRequests(tx: Queryable, requestIds: string[]): Promise<void> {
  if (requestIds.length === 0) return;
  const requests = await tx
    .select({ id: schema.requests.id, details: schema.requests.details })
    .from(schema.requests)
    .where(inArray(schema.requests.id, requestIds));
  for (const r of requests) {
    await tx.update(schema.requests).set({ details: anonymisedRequestDetails(r.details) }).where(eq(schema.requests.id, r.id));
  }
  const events = await tx
    .select({ id: schema.requestEvents.id, data: schema.requestEvents.data })
    .from(schema.requestEvents)
    .where(inArray(schema.requestEvents.requestId, requestIds));
  for (const e of events) {
    const data = anonymisedEventData(e.data);
    if (JSON.stringify(data) !== JSON.stringify(e.data)) {
      await tx.update(schema.requestEvents).set({ data }).where(eq(schema.requestEvents.id, e.id));
    }
  }
  await tx
    .update(schema.emailOutbox)
    .set({ subject: "(gewist)", html: "", text: "", props: null })
    .where(and(inArray(schema.emailOutbox.requestId, requestIds), eq(schema.emailOutbox.status, "sent")));
  // An email about these requests that was not sent yet would carry what is being erased.
  await tx
    .delete(schema.emailOutbox)
    .where(and(inArray(schema.emailOutbox.requestId, requestIds), inArray(schema.emailOutbox.status, ["pending", "failed"])));
}

/** The employer row keeps its id and nothing else; links, pending changes and emails to them go. */
export async function anonymiseEmployer(tx: Queryable, employer: { id: string; email: string }, now: Date): Promise<void> {
  await eraseFromRegister(tx, employer, now);
  await tx.delete(schema.employerAccessTokens).where(eq(schema.employerAccessTokens.employerId, employer.id));
  await tx.delete(schema.employerEmailChanges).where(eq(schema.employerEmailChanges.employerId, employer.id));
  const toEmployer = sql`lower(${schema.emailOutbox.toAddress}) = lower(${employer.email})`;
  await tx.delete(schema.emailOutbox).where(and(toEmployer, inArray(schema.emailOutbox.status, ["pending", "failed"])));
  await tx.update(schema.emailOutbox).set({ toAddress: "(gewist)", subject: "(gewist)", html: "", text: "", props: null }).where(toEmployer);
  await tx.update(schema.employers).set({ possibleDuplicateOfId: null }).where(eq(schema.employers.possibleDuplicateOfId, employer.id));
  // Rate-limit counters are keyed by address ("link:…", "email:…"); they go too.
  await tx.delete(schema.rateLimitHits).where(sql`${schema.rateLimitHits.key} like ${`%:${employer.email.toLowerCase()}`}`);
  await tx.update(schema.employers).set(erasedEmployer(employer.id, now)).where(eq(schema.employers.id, employer.id));
}

export type Eraser = { kind: "werkgever" } | { kind: "beheerder"; staffMemberId: string };

/**
 * Erases an employer: open requests are withdrawn (whoever had one hears so, without the
 * employer's details), then everything personal goes. The audit log says that it happened and how
 * many requests it touched, not who the employer was.
 */
export async function eraseEmployer(db: Database, employerId: string, by: Eraser, now: Date = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, employerId)).for("update");
    if (!employer || employer.erasedAt) return false;
    const requests = await tx.select().from(schema.requests).where(eq(schema.requests.employerId, employerId));
    const ids = requests.map((r) => r.id);
    await anonymiseRequests(tx, ids);
    await anonymiseEmployer(tx, employer, now);
    const open = requests.filter((r) => !isClosedStatus(r.status));
    for (const request of open) await withdrawForErasure(tx, request, now);
    await logAudit(
      tx,
      by.kind === "beheerder" ? { id: by.staffMemberId } : null,
      "privacy",
      `Gegevens van een werkgever gewist ${by.kind === "werkgever" ? "op hun eigen verzoek" : "door een beheerder"}: ${requests.length} ${
        requests.length === 1 ? "aanvraag" : "aanvragen"
      } zonder persoonsgegevens bewaard, ${open.length} ingetrokken.`,
      null,
      now,
    );
    return true;
  });
}

async function withdrawForErasure(tx: Transaction, request: typeof schema.requests.$inferSelect, now: Date) {
  const handler = await currentHandler(tx, request.id);
  await closeAsWithdrawn(tx, request.id, now, { gewist: true });
  if (handler) {
    await queueEmail(tx, {
      template: "bericht-van-werkgever",
      to: handler.contactEmail,
      requestId: request.id,
      idempotencyKey: `${request.reference}/gewist`,
      props: {
        organisationName: handler.name,
        reference: request.reference,
        companyName: "een werkgever",
        contactName: "",
        email: "",
        erased: true,
        message:
          "De werkgever heeft gevraagd om al hun gegevens bij Opstap te wissen. Deze aanvraag is daarom ingetrokken. Wis ook de gegevens die u zelf van deze aanvraag bewaart, als u ze niet meer nodig heeft.",
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Finding an employer (administrators)

/** Employers whose name, address or KvK number matches, for an administrator; never erased ones. */
export async function findEmployers(db: Database, query: string, limit = 20) {
  const term = query.trim();
  if (term.length < 2) return [];
  const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const employers = schema.employers;
  return db
    .select({
      id: employers.id,
      companyName: employers.companyName,
      contactName: employers.contactName,
      email: employers.email,
      kvkNumber: employers.kvkNumber,
      possibleDuplicateOfId: employers.possibleDuplicateOfId,
      requests: sql<number>`(select count(*)::int from ${schema.requests} where ${schema.requests.employerId} = ${employers.id})`,
    })
    .from(employers)
    .where(and(isNull(employers.erasedAt), or(ilike(employers.companyName, like), ilike(employers.email, like), ilike(employers.contactName, like), eq(employers.kvkNumber, term))))
    .orderBy(asc(employers.companyName))
    .limit(limit);
}

/** Employers marked as possibly the same as another (same KvK number, other address). */
export async function possibleDuplicates(db: Database) {
  const employers = schema.employers;
  const rows = await db
    .select({ id: employers.id, companyName: employers.companyName, email: employers.email, kvkNumber: employers.kvkNumber, possibleDuplicateOfId: employers.possibleDuplicateOfId })
    .from(employers)
    .where(and(isNull(employers.erasedAt), sql`${employers.possibleDuplicateOfId} is not null`))
    .orderBy(asc(employers.createdAt));
  const otherIds = rows.map((r) => r.possibleDuplicateOfId!);
  const others = otherIds.length
    ? await db.select({ id: employers.id, companyName: employers.companyName, email: employers.email }).from(employers).where(inArray(employers.id, otherIds))
    : [];
  const byId = new Map(others.map((o) => [o.id, o]));
  return rows.flatMap((r) => {
    const other = byId.get(r.possibleDuplicateOfId!);
    return other ? [{ employer: r, sameAs: other }] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// What an administrator does for an employer; each step is in the audit log without personal data.

export async function exportEmployerForAdmin(db: Database, staff: StaffMember, employerId: string) {
  if (!isUuid(employerId)) return null;
  const exported = await exportEmployerData(db, employerId);
  if (exported) await logAudit(db, staff, "geexporteerd", `Alle gegevens van een werkgever meegegeven (${exported.aanvragen.length} aanvragen)`);
  return exported;
}

export async function revokeLinksForAdmin(db: Database, staff: StaffMember, employerId: string): Promise<boolean> {
  if (!isUuid(employerId)) return false;
  return db.transaction(async (tx) => {
    const [employer] = await tx.select({ id: schema.employers.id }).from(schema.employers).where(eq(schema.employers.id, employerId));
    if (!employer) return false;
    const revoked = await revokeEmployerLinks(tx, employerId);
    await logAudit(tx, staff, "privacy", `Links van een werkgever ingetrokken (${revoked})`);
    return true;
  });
}

/** Staff decided that a possible duplicate (same KvK number) is the same employer. */
export async function mergePossibleDuplicate(db: Database, staff: StaffMember, employerId: string, now: Date = new Date()): Promise<boolean> {
  if (!isUuid(employerId)) return false;
  return db.transaction(async (tx) => {
    const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, employerId)).for("update");
    if (!employer?.possibleDuplicateOfId || employer.erasedAt) return false;
    const keepId = employer.possibleDuplicateOfId;
    await mergeEmployers(tx, { keepId, mergeId: employerId }, now);
    // The merged record's address no longer exists: its links stop, so only the kept mailbox opens the requests.
    await revokeEmployerLinks(tx, keepId, now);
    await logAudit(tx, staff, "beheer", "Twee werkgevers met hetzelfde KvK-nummer samengevoegd", null, now);
    return true;
  });
}

/** Staff decided that a possible duplicate is another employer after all. */
export async function dismissPossibleDuplicate(db: Database, staff: StaffMember, employerId: string): Promise<boolean> {
  if (!isUuid(employerId)) return false;
  const updated = await db
    .update(schema.employers)
    .set({ possibleDuplicateOfId: null })
    .where(eq(schema.employers.id, employerId))
    .returning({ id: schema.employers.id });
  if (updated.length > 0) await logAudit(db, staff, "beheer", "Mogelijk dubbele werkgever: toch een andere werkgever");
  return updated.length > 0;
}
