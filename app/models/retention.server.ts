/**
 * The retention job: personal data is kept no longer than the periods in `~/domain/retention`
 * (documented in docs/privacy.md). It runs with the scheduled jobs; every run that removed
 * something leaves one line in the audit log saying what, in numbers. Safe to run on several
 * instances at once: every step is a set-based update or delete that a second run finds done.
 */
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { type RetentionPeriods, type RetentionReport, describeRetention, retentionCutoffs } from "~/domain/retention";
import { CLOSED_REQUEST_STATUSES } from "~/domain/request-status";
import { type Database, schema } from "~/lib/db.server";
import { purgeSentEmailBodies } from "~/lib/mailer.server";
import { anonymiseEmployer, anonymiseRequests } from "./employer-privacy.server";
import { eraseStaleRegisterEntries } from "./register-entries.server";
import { logAudit } from "./audit-log.server";

const BATCH = 200;

export async function applyRetention(db: Database, periods: RetentionPeriods, now: Date = new Date()): Promise<RetentionReport> {
  const cut = retentionCutoffs(periods, now);
  const requests = schema.requests;
  const report: RetentionReport = {
    requestsAnonymised: 0,
    employersErased: 0,
    emailBodiesPurged: 0,
    linksRemoved: 0,
    sessionsRemoved: 0,
    signInsRemoved: 0,
    invitesRemoved: 0,
    auditEntriesRemoved: 0,
    rateLimitWindowsRemoved: 0,
  };

  await db.transaction(async (tx) => {
    // Closed requests past their period, not yet anonymised (anonymised details say so).
    const due = await tx
      .select({ id: requests.id })
      .from(requests)
      .where(
        and(
          inArray(requests.status, [...CLOSED_REQUEST_STATUSES]),
          // A raw fragment gets no column type: the date goes in as text with an explicit cast.
          sql`coalesce(${requests.closedAt}, ${requests.updatedAt}) < ${cut.closedRequestsBefore.toISOString()}::timestamptz`,
          sql`not (${requests.details} ? 'gewist')`,
        ),
      )
      .limit(BATCH)
      .for("update", { skipLocked: true });
    await anonymiseRequests(
      tx,
      due.map((d) => d.id),
    );
    report.requestsAnonymised = due.length;

    // Employers with nothing left but anonymised requests (or none at all) are erased too.
    const employersTable = schema.employers;
    const employers = await tx
      .select({ id: employersTable.id, email: employersTable.email })
      .from(employersTable)
      .where(
        and(
          isNull(employersTable.erasedAt),
          lt(employersTable.createdAt, cut.closedRequestsBefore),
          sql`not exists (select 1 from ${requests} where ${requests.employerId} = ${employersTable.id} and not (${requests.details} ? 'gewist'))`,
        ),
      )
      .limit(BATCH);
    for (const employer of employers) await anonymiseEmployer(tx, employer, now);
    report.employersErased = employers.length;
    // Register entries without requests and without contact for the same period (decision 028).
    await eraseStaleRegisterEntries(tx, cut.closedRequestsBefore, now);
  });

  report.emailBodiesPurged = await purgeSentEmailBodies(db, { olderThan: cut.sentEmailBodiesBefore });

  const tokens = schema.employerAccessTokens;
  report.linksRemoved = (
    await db
      .delete(tokens)
      .where(or(lt(tokens.revokedAt, cut.sessionsBefore), lt(tokens.expiresAt, cut.sessionsBefore)))
      .returning({ id: tokens.id })
  ).length;
  const changes = schema.employerEmailChanges;
  await db.delete(changes).where(lt(changes.expiresAt, cut.sessionsBefore));

  const sessions = schema.staffSessions;
  report.sessionsRemoved = (
    await db
      .delete(sessions)
      .where(or(lt(sessions.revokedAt, cut.sessionsBefore), lt(sessions.lastSeenAt, cut.sessionsBefore)))
      .returning({ id: sessions.id })
  ).length;
  const ch = schema.signInChallenges;
  report.signInsRemoved = (await db.delete(ch).where(lt(ch.expiresAt, cut.sessionsBefore)).returning({ id: ch.id })).length;
  const inv = schema.staffInvites;
  report.invitesRemoved = (
    await db
      .delete(inv)
      .where(or(lt(inv.expiresAt, cut.sessionsBefore), and(isNotNull(inv.revokedAt), lt(inv.revokedAt, cut.sessionsBefore))))
      .returning({ id: inv.id })
  ).length;

  const auditLog = schema.auditLog;
  report.auditEntriesRemoved = (await db.delete(auditLog).where(lt(auditLog.createdAt, cut.auditLogBefore)).returning({ id: auditLog.id })).length;
  const rl = schema.rateLimitHits;
  report.rateLimitWindowsRemoved = (
    await db.delete(rl).where(lt(rl.windowStart, cut.rateLimitWindowsBefore)).returning({ key: rl.key })
  ).length;

  const summary = describeRetention(report);
  if (summary) await logAudit(db, null, "privacy", summary, null, now);
  return report;
}

/** Whether a request's personal data is gone (the marker `anonymisedRequestDetails` leaves). */
export async function isAnonymised(db: Database, requestId: string): Promise<boolean> {
  const [row] = await db.select({ details: schema.requests.details }).from(schema.requests).where(eq(schema.requests.id, requestId));
  return row?.details.gewist === true;
}
