/**
 * Jobs that run on a timer inside the worker (and inside `npm start`): moving requests on whose
 * school did not answer within its response window, reminders, the daily digest, and the retention
 * job (personal data past its period, old sessions, links and rate-limit windows). The job itself is safe to run on
 * several instances at once (it claims rows with SKIP LOCKED), so no leader election is needed.
 */
import { applyRetention } from "~/models/retention.server";
import { runRegisterJobs } from "~/models/register-check-ins.server";
import { sendDailyDigests, sendDueReminders } from "~/models/reminders.server";
import { sendIntroductionReminders } from "~/models/introductions.server";
import { expireOverdueAssignments } from "~/models/routing.server";
import type { Database } from "~/lib/db.server";
import { retentionPeriods } from "~/lib/env.server";
import { type PollingJob, startPolling } from "./polling.server";

const BATCH_SIZE = 20;
/** Retention needs no minute precision; once an hour per process is plenty. */
const RETENTION_EVERY_MS = 3600 * 1000;

export function startScheduledJobs(
  db: Database,
  intervalMs = 60_000,
  log: (message: string) => void = console.log,
): PollingJob {
  let retentionDueAt = 0;
  return startPolling(
    "routering",
    async () => {
      const now = new Date();
      const moved = await expireOverdueAssignments(db, now, BATCH_SIZE);
      const reminded = await sendDueReminders(db, now);
      const introductionReminders = await sendIntroductionReminders(db, now);
      const digests = await sendDailyDigests(db, now);
      await runRegisterJobs(db, now, log);
      if (now.getTime() >= retentionDueAt) {
        retentionDueAt = now.getTime() + RETENTION_EVERY_MS;
        const kept = await applyRetention(db, retentionPeriods(), now);
        if (kept.requestsAnonymised + kept.employersErased > 0) {
          log(`bewaartermijnen: ${kept.requestsAnonymised} aanvragen en ${kept.employersErased} werkgevers zonder persoonsgegevens`);
        }
      }
      if (moved > 0) log(`routering: ${moved} aanvragen zonder antwoord doorgestuurd`);
      if (reminded > 0) log(`herinneringen: ${reminded} verstuurd`);
      if (introductionReminders > 0) log(`kennismakingen: ${introductionReminders} herinneringen verstuurd`);
      if (digests > 0) log(`dagoverzicht: ${digests} verstuurd`);
      return moved >= BATCH_SIZE;
    },
    intervalMs,
    log,
  );
}
