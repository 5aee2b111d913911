/** The dev mailbox: outbox emails read back, for machines without a Resend key. */
import { desc, eq } from "drizzle-orm";
import { type Queryable, schema } from "~/lib/db.server";
import { readEmailBody } from "~/lib/mailer.server";

export async function listMailbox(db: Queryable, limit = 100) {
  const outbox = schema.emailOutbox;
  return db
    .select({ id: outbox.id, to: outbox.toAddress, subject: outbox.subject, status: outbox.status, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
    .from(outbox)
    .orderBy(desc(outbox.createdAt))
    .limit(limit);
}

/** One email with its body decrypted: the dev mailbox is one of the two places that read it. */
export async function mailboxEmail(db: Queryable, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.id, id));
  return row ? { ...row, ...(await readEmailBody(row)) } : null;
}

/** One file sent with an email, by its place in the list (0, 1, …), or null. */
export async function mailboxAttachment(db: Queryable, id: string, index: string) {
  if (!/^\d{1,3}$/.test(index)) return null;
  const email = await mailboxEmail(db, id);
  return email?.attachments[Number(index)] ?? null;
}
