/**
 * A job that runs every `intervalMs` until stopped. Each round drains its backlog (the round
 * returns true while there is more to do) before waiting; a failing round is logged and the next
 * one tries again. `stop()` waits for a round in progress, so shutdown never cuts a job in half.
 */
export interface PollingJob {
  stop(): Promise<void>;
}

export function startPolling(
  name: string,
  round: () => Promise<boolean>,
  intervalMs: number,
  log: (message: string) => void = console.log,
): PollingJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      while (!stopped && (await round()));
    } catch (error) {
      log(`${name}: ronde mislukt: ${(error as Error).message}`);
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
