/**
 * Jobs that run on a timer inside the worker (and inside `npm start`): today, moving requests on
 * whose school did not answer within its response window. The job itself is safe to run on
 * several instances at once (it claims rows with SKIP LOCKED), so no leader election is needed.
 */
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
      const moved = await expireOverdueAssignments(db, new Date(), BATCH_SIZE);
      if (moved > 0) log(`routering: ${moved} aanvragen zonder antwoord doorgestuurd`);
      return moved >= BATCH_SIZE;
    },
    intervalMs,
    log,
  );
}
