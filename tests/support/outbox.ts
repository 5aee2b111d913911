/**
 * Outbox rows as their recipient reads them. Bodies are stored encrypted; tests that look into
 * an email they caused decrypt it the way the worker and the dev mailbox do.
 */
import { readEmailBody } from "~/lib/mailer.server";

export function readable<T extends { idempotencyKey: string; html: string; text: string }>(rows: T[]): T[] {
  return rows.map((row) => ({ ...row, ...readEmailBody(row) }));
}
