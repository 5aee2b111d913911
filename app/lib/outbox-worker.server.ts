/**
 * Delivers the email outbox. Rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so several
 * workers (or a worker and the web process) can run at once without sending an email twice, and
 * a worker that dies mid-send leaves its rows to be picked up when the lease runs out.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { Resend } from "resend";
import { CREDENTIAL_TEMPLATES, REDACTED, retryDelayMs, statusAfterFailure } from "~/domain/email-outbox";
import { type Database, schema } from "./db.server";
import { env, usesDevMailbox } from "./env.server";
import { type PollingJob, startPolling } from "./polling.server";

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string;
}

export type SendResult = { ok: true; messageId: string } | { ok: false; error: string; retryable: boolean };

export interface EmailTransport {
  name: string;
  send(email: OutgoingEmail): Promise<SendResult>;
}

export function resendTransport(apiKey: string, baseUrl?: string): EmailTransport {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: "resend",
    async send(email) {
      try {
        const { data, error } = await resend.emails.send(
          { from: email.from, to: [email.to], subject: email.subject, html: email.html, text: email.text },
          { idempotencyKey: email.idempotencyKey },
        );
        if (data) return { ok: true, messageId: data.id };
        const status = (error as { statusCode?: number | null } | null)?.statusCode ?? null;
        // Rate limits, server errors and network trouble pass; a rejected message will not.
        const retryable = status === null || status === 429 || status >= 500;
        return { ok: false, error: `${status ?? "netwerk"}: ${error?.message ?? "onbekende fout"}`, retryable };
      } catch (error) {
        return { ok: false, error: (error as Error).message, retryable: true };
      }
    },
  };
}

/** Without a Resend key, email "arrives" in the dev mailbox: the outbox rows themselves. */
export const devMailboxTransport: EmailTransport = {
  name: "dev-mailbox",
  async send() {
    return { ok: true, messageId: `dev-${randomUUID()}` };
  },
};

export function transportFromEnv(): EmailTransport {
  const e = env();
  if (usesDevMailbox(e) || !e.RESEND_API_KEY) return devMailboxTransport;
  return resendTransport(e.RESEND_API_KEY, e.RESEND_BASE_URL);
}

const LEASE = sql`interval '2 minutes'`;
const BATCH_SIZE = 20;

async function claimDueEmails(db: Database, batchSize: number) {
  const o = schema.emailOutbox;
  const due = db
    .select({ id: o.id })
    .from(o)
    .where(
      or(
        and(eq(o.status, "pending"), lte(o.nextAttemptAt, sql`now()`)),
        and(eq(o.status, "sending"), lte(o.lockedUntil, sql`now()`)),
      ),
    )
    .orderBy(asc(o.nextAttemptAt))
    .limit(batchSize)
    .for("update", { skipLocked: true });
  return db
    .update(o)
    .set({ status: "sending", lockedUntil: sql`now() + ${LEASE}` })
    .where(inArray(o.id, due))
    .returning();
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

export async function deliverDueEmails(
  db: Database,
  transport: EmailTransport,
  options: { batchSize?: number; from?: string } = {},
): Promise<DeliveryReport> {
  const from = options.from ?? env().MAIL_FROM;
  const claimed = await claimDueEmails(db, options.batchSize ?? BATCH_SIZE);
  const report: DeliveryReport = { sent: 0, failed: 0 };
  for (const email of claimed) {
    const started = performance.now();
    const result = await transport.send({
      from,
      to: email.toAddress,
      subject: email.subject,
      html: email.html,
      text: email.text,
      idempotencyKey: email.idempotencyKey,
    });
    const durationMs = Math.round(performance.now() - started);
    const attempts = email.attempts + 1;
    await db.transaction(async (tx) => {
      await tx.insert(schema.emailDeliveryAttempts).values({
        outboxId: email.id,
        transport: transport.name,
        succeeded: result.ok,
        providerMessageId: result.ok ? result.messageId : null,
        error: result.ok ? null : result.error,
        durationMs,
      });
      if (result.ok) {
        const redact = CREDENTIAL_TEMPLATES.includes(email.template) && transport.name !== devMailboxTransport.name;
        await tx
          .update(schema.emailOutbox)
          .set({
            ...(redact ? { subject: REDACTED, html: REDACTED, text: REDACTED } : {}),
            status: "sent",
            attempts,
            transport: transport.name,
            providerMessageId: result.messageId,
            sentAt: new Date(),
            lockedUntil: null,
            lastError: null,
          })
          .where(eq(schema.emailOutbox.id, email.id));
      } else {
        await tx
          .update(schema.emailOutbox)
          .set({
            status: result.retryable ? statusAfterFailure(attempts) : "failed",
            attempts,
            transport: transport.name,
            nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
            lockedUntil: null,
            lastError: result.error,
          })
          .where(eq(schema.emailOutbox.id, email.id));
      }
    });
    if (result.ok) report.sent += 1;
    else report.failed += 1;
  }
  return report;
}

/** Delivers the outbox until stopped. */
export function startOutboxWorker(
  db: Database,
  transport: EmailTransport = transportFromEnv(),
  pollMs: number = env().OUTBOX_POLL_MS,
  log: (message: string) => void = console.log,
): PollingJob {
  return startPolling(
    "outbox",
    async () => {
      const report = await deliverDueEmails(db, transport, { batchSize: BATCH_SIZE });
      const handled = report.sent + report.failed;
      if (handled > 0) log(`outbox: ${report.sent} verzonden, ${report.failed} mislukt (${transport.name})`);
      // A full batch means there may be more waiting: go on without waiting.
      return handled >= BATCH_SIZE;
    },
    pollMs,
    log,
  );
}
