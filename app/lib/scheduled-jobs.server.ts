/**
 * Jobs that run on a timer inside the worker (and inside `npm start`): moving requests on whose
 * school did not answer within its response window, reminders, the daily digest, and clearing old
 * rate-limit windows. The job itself is safe to run on
 * several instances at once (it claims rows with SKIP LOCKED), so no leader election is needed.
 */
import { clearOldRateLimitWindows } from "~/models/rate-limit.server";
import { sendDailyDigests, sendDueReminders } from "~/models/reminders.server";
import { expireOverdueAssignments } from "~/models/routing.server";
import type { Database } from "./db.server";
import { type PollingJob, startPolling } from "./polling.server";

const BATCH_SIZE = 20;

export function startScheduledJobs(
  db: Database,
  intervalMs = 60_000,
  log: (message: string) => void = console.log,
): PollingJob {
  return startPolling(
    "routering",
    async () => {
      const now = new Date();
      const moved = await expireOverdueAssignments(db, now, BATCH_SIZE);
      const reminded = await sendDueReminders(db, now);
      const digests = await sendDailyDigests(db, now);
      // The longest rate-limit window is a day; older windows can no longer refuse anything.
      await clearOldRateLimitWindows(db, new Date(now.getTime() - 25 * 3600 * 1000));
      if (moved > 0) log(`routering: ${moved} aanvragen zonder antwoord doorgestuurd`);
      if (reminded > 0) log(`herinneringen: ${reminded} verstuurd`);
      if (digests > 0) log(`dagoverzicht: ${digests} verstuurd`);
      return moved >= BATCH_SIZE;
    },
    intervalMs,
    log,
  );
}
