/**
 * The email outbox as administrators see it: what is waiting or failed, and sending failed
 * emails again. Sent emails are in the request timelines.
 */
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { EMAIL_STATUSES, type EmailStatus } from "~/domain/email-outbox";
import { isUuid } from "~/domain/uuid";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { type StaffMember } from "./staff-scope.server";
import { logAudit } from "./audit-log.server";

const outbox = schema.emailOutbox;

/** The signed-in administrator (requireAdmin has checked the role). */
type Admin = StaffMember;

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
 * (the worker compares with the database's now()), not held by a lease, and with a fresh retry
 * schedule (attempts back to 0). Only failed rows change, so an email a worker is sending right
 * now is left alone. Every earlier attempt stays in email_delivery_attempts: no history is lost.
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
    const [single] = retried;
    if (single && retried.length === 1) {
      await logAudit(tx, staff, "beheer", `E-mail "${single.subject}" aan ${single.to} opnieuw in de wachtrij gezet`);
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
