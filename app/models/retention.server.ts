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
  const r = schema.requests;
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
      .select({ id: r.id })
      .from(r)
      .where(
        and(
          inArray(r.status, [...CLOSED_REQUEST_STATUSES]),
          // A raw fragment gets no column type: the date goes in as text with an explicit cast.
          sql`coalesce(${r.closedAt}, ${r.updatedAt}) < ${cut.closedRequestsBefore.toISOString()}::timestamptz`,
          sql`not (${r.details} ? 'gewist')`,
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
    const e = schema.employers;
    const employers = await tx
      .select({ id: e.id, email: e.email })
      .from(e)
      .where(
        and(
          isNull(e.erasedAt),
          lt(e.createdAt, cut.closedRequestsBefore),
          sql`not exists (select 1 from ${r} where ${r.employerId} = ${e.id} and not (${r.details} ? 'gewist'))`,
        ),
      )
      .limit(BATCH);
    for (const employer of employers) await anonymiseEmployer(tx, employer, now);
    report.employersErased = employers.length;
    // Register entries without requests and without contact for the same period (decision 028).
    await eraseStaleRegisterEntries(tx, cut.closedRequestsBefore, now);
  });

  report.emailBodiesPurged = await purgeSentEmailBodies(db, { olderThan: cut.sentEmailBodiesBefore });

  const t = schema.employerAccessTokens;
  report.linksRemoved = (
    await db
      .delete(t)
      .where(or(lt(t.revokedAt, cut.sessionsBefore), lt(t.expiresAt, cut.sessionsBefore)))
      .returning({ id: t.id })
  ).length;
  const c = schema.employerEmailChanges;
  await db.delete(c).where(lt(c.expiresAt, cut.sessionsBefore));

  const s = schema.staffSessions;
  report.sessionsRemoved = (
    await db
      .delete(s)
      .where(or(lt(s.revokedAt, cut.sessionsBefore), lt(s.lastSeenAt, cut.sessionsBefore)))
      .returning({ id: s.id })
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

  const a = schema.auditLog;
  report.auditEntriesRemoved = (await db.delete(a).where(lt(a.createdAt, cut.auditLogBefore)).returning({ id: a.id })).length;
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
