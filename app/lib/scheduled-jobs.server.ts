/**
 * Jobs that run on a timer inside the worker (and inside `npm start`): today, moving requests on
 * whose school did not answer within its response window. The job itself is safe to run on
 * several instances at once (it claims rows with SKIP LOCKED), so no leader election is needed.
 */
import { expireOverdueAssignments } from "~/models/routing.server";
import type { Database } from "./db.server";

export interface ScheduledJobs {
  stop(): Promise<void>;
}

export function startScheduledJobs(
  db: Database,
  intervalMs = 60_000,
  log: (message: string) => void = console.log,
): ScheduledJobs {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      let moved: number;
      do {
        moved = await expireOverdueAssignments(db);
        if (moved > 0) log(`routering: ${moved} aanvragen zonder antwoord doorgestuurd`);
      } while (!stopped && moved >= 20);
    } catch (error) {
      log(`routering: controle mislukt: ${(error as Error).message}`);
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), intervalMs);
  };
  running = tick();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
