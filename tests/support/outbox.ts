/**
 * Outbox rows as their recipient reads them. Bodies are stored encrypted; tests that look into
 * an email they caused decrypt it the way the worker and the dev mailbox do.
 */
import { type OutboxBodyRow, readEmailBody } from "~/lib/mailer.server";

export async function readable<T extends OutboxBodyRow>(rows: T[]): Promise<Array<T & { html: string; text: string }>> {
  return Promise.all(rows.map(async (row) => ({ ...row, ...(await readEmailBody(row)) })));
}
