/**
 * Delivers the email outbox. Rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so several
 * workers (or a worker and the web process) can run at once without sending an email twice, and
 * a worker that dies mid-send leaves its rows to be picked up when the lease runs out.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { Resend } from "resend";
import { retryDelayMs, statusAfterFailure } from "~/domain/email-outbox";
import { type Database, schema } from "./db.server";
import { env, usesDevMailbox } from "./env.server";

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
  const claimed = await claimDueEmails(db, options.batchSize ?? 20);
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
        await tx
          .update(schema.emailOutbox)
          .set({
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

export interface OutboxWorker {
  stop(): Promise<void>;
}

/** Polls the outbox until stopped. One failing round is logged and the next one tries again. */
export function startOutboxWorker(
  db: Database,
  transport: EmailTransport = transportFromEnv(),
  pollMs: number = env().OUTBOX_POLL_MS,
  log: (message: string) => void = console.log,
): OutboxWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      let report: DeliveryReport;
      // Keep going while full batches come back, so a backlog drains without waiting.
      do {
        report = await deliverDueEmails(db, transport);
        if (report.sent + report.failed > 0) {
          log(`outbox: ${report.sent} verzonden, ${report.failed} mislukt (${transport.name})`);
        }
      } while (!stopped && report.sent + report.failed >= 20);
    } catch (error) {
      log(`outbox: ronde mislukt: ${(error as Error).message}`);
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), pollMs);
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
