/**
 * Work that must not decide how long an answer takes. "Link kwijt?" and staff sign-in answer the
 * same for known and unknown addresses; if the known address also waited for a token, a render and
 * an outbox insert, the answer's timing would tell who is known. So the answer goes out first and
 * the work runs right after, in the same process.
 *
 * Such work is not durable: a crash in between loses it, and the person asks again. That is fine
 * for a link or a code someone is waiting for, and never used for anything an employer submitted
 * (those are stored before the answer, decision 002).
 */
const pending = new Set<Promise<void>>();

export function runAfterAnswer(name: string, work: () => Promise<unknown>): void {
  const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(work)
    .then(
      () => undefined,
      (error: unknown) => console.error(`${name}: mislukt na het antwoord`, error),
    )
    .finally(() => pending.delete(task));
  pending.add(task);
}

/** Waits for work started so far: for a clean shutdown, and for tests. */
export async function settleBackgroundWork(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
