/**
 * The audit log: who viewed or changed which request or setting, and when. `logAudit` writes a
 * line in the caller's transaction; administrators read it page by page (`auditLogPage`).
 */
import { and, asc, desc, eq, lt, type SQL } from "drizzle-orm";
import { isUuid } from "~/domain/uuid";
import { type Queryable, schema } from "~/lib/db.server";
import type { StaffMember } from "./staff-scope.server";

const requests = schema.requests;
const members = schema.staffMembers;
const log = schema.auditLog;

export const AUDIT_ACTIONS = ["bekeken", "gewijzigd", "geexporteerd", "beheer", "privacy"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Personal data access is logged: who viewed or changed which request, and what. */
export async function logAudit(
  q: Queryable,
  /** Null for what the system or the employer did themselves (the retention job, an erasure). */
  staff: Pick<StaffMember, "id"> | null,
  action: AuditAction,
  summary: string,
  requestId: string | null = null,
  now: Date = new Date(),
) {
  await q.insert(schema.auditLog).values({ staffMemberId: staff?.id ?? null, action, summary, requestId, createdAt: now });
}

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
    conditions.push(eq(requests.reference, query.reference.trim().toUpperCase()));
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
      staffName: members.name,
      reference: requests.reference,
    })
    .from(log)
    .leftJoin(members, eq(members.id, log.staffMemberId))
    .leftJoin(requests, eq(requests.id, log.requestId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(log.id))
    .limit(pageSize + 1);
  const entries = rows.slice(0, pageSize);
  return { entries, nextBefore: rows.length > pageSize ? (entries.at(-1)?.id ?? null) : null };
}

/** Everyone who can appear in the log, for the person filter (blocked people too). */
export async function staffChoices(db: Queryable) {
  return db.select({ id: members.id, name: members.name, email: members.email }).from(members).orderBy(asc(members.name));
}
