/**
 * Delivers the email outbox. Rows are claimed with FOR UPDATE SKIP LOCKED, a lease and a claim
 * token, so several workers (or a worker and the web process) can run at once: a worker writes
 * a row only while it still holds that row's claim token, and a worker that dies or stalls
 * mid-send leaves its rows to be picked up when the lease runs out. The provider gets the same
 * idempotency key on every try (prefixed with this installation's id), so an email sent again
 * after a lost claim is not delivered twice. See docs/decisions/022-outbox-in-production.md.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, lte, ne, or, sql } from "drizzle-orm";
import { Resend } from "resend";
import {
  carriesAWayIn,
  isRetryableSendError,
  REDACTED,
  retryDelayMs,
  statusAfterFailure,
  SUBJECT_REDACTED_TEMPLATES,
} from "~/domain/email-outbox";
import { type Database, schema } from "~/lib/db.server";
import { DecryptionError } from "~/lib/encryption.server";
import { env, usesDevMailbox } from "~/lib/env.server";
import { type EmailAttachment, readEmailBody } from "~/lib/mailer.server";
import { type PollingJob, startPolling } from "./polling.server";

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string;
  replyTo?: string | null;
  attachments?: EmailAttachment[];
}

export type SendResult = { ok: true; messageId: string } | { ok: false; error: string; retryable: boolean };

export interface EmailTransport {
  name: string;
  /** Gives up when `signal` aborts (the send time-out); never throws. */
  send(email: OutgoingEmail, signal?: AbortSignal): Promise<SendResult>;
}

export function resendTransport(apiKey: string, baseUrl?: string): EmailTransport {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: "resend",
    async send(email, signal) {
      try {
        const { data, error } = await resend.emails.send(
          {
            from: email.from,
            to: [email.to],
            subject: email.subject,
            html: email.html,
            text: email.text,
            ...(email.replyTo ? { replyTo: email.replyTo } : {}),
            ...(email.attachments?.length
              ? {
                  attachments: email.attachments.map((a) => ({
                    filename: a.filename,
                    content: Buffer.from(a.content, "utf8"),
                    contentType: a.contentType,
                  })),
                }
              : {}),
          },
          { idempotencyKey: email.idempotencyKey, signal },
        );
        if (data) return { ok: true, messageId: data.id };
        if (signal?.aborted) return { ok: false, error: "time-out: de provider antwoordde niet op tijd", retryable: true };
        const { statusCode, name, message } = (error ?? {}) as { statusCode?: number | null; name?: string; message?: string };
        const status = statusCode ?? null;
        return {
          ok: false,
          error: `${status ?? "netwerk"}${name ? ` ${name}` : ""}: ${message ?? "onbekende fout"}`,
          retryable: isRetryableSendError(status, name),
        };
      } catch (error) {
        const timedOut = signal?.aborted ?? false;
        return { ok: false, error: timedOut ? "time-out: de provider antwoordde niet op tijd" : (error as Error).message, retryable: true };
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

/**
 * How long one send may take. A claim holds a few rows that one slot sends in turn; the lease
 * covers all of them at their slowest with room to spare, so a claim never runs out while its
 * worker is still busy with it, and the rows of a worker that died return within a minute.
 */
export const SEND_TIMEOUT_MS = 15_000;
/** Rows one slot claims at a time. */
const PER_CLAIM = 2;
const LEASE_SECONDS = (PER_CLAIM * SEND_TIMEOUT_MS) / 1000 + 15;
/** For one call of deliverDueEmails (tests, the admin's retry): at most this many rows. */
const BATCH_SIZE = 24;
const CONCURRENCY = 8;

/** This installation's id, prefixed to every idempotency key sent to the provider. */
const installationIds = new WeakMap<Database, Promise<string>>();

export function installationId(db: Database): Promise<string> {
  let id = installationIds.get(db);
  if (!id) {
    id = (async () => {
      // Migration 0004 creates the row; a database emptied since gets a new one here.
      await db.insert(schema.installation).values({}).onConflictDoNothing();
      const [row] = await db.select({ id: schema.installation.id }).from(schema.installation);
      if (!row) throw new Error("Geen installatie-id in de database");
      return row.id;
    })();
    id.catch(() => installationIds.delete(db));
    installationIds.set(db, id);
  }
  return id;
}

async function claimDueEmails(db: Database, batchSize: number, claimToken: string, leaseSeconds: number) {
  const outbox = schema.emailOutbox;
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      or(
        and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, sql`now()`)),
        and(eq(outbox.status, "sending"), lte(outbox.lockedUntil, sql`now()`)),
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(batchSize)
    .for("update", { skipLocked: true });
  return db
    .update(outbox)
    .set({ status: "sending", claimToken, lockedUntil: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(inArray(outbox.id, due))
    .returning();
}

type ClaimedEmail = Awaited<ReturnType<typeof claimDueEmails>>[number];

export interface DeliveryReport {
  sent: number;
  failed: number;
}

export interface DeliveryOptions {
  batchSize?: number;
  /** Sends at the same time. */
  concurrency?: number;
  from?: string;
  sendTimeoutMs?: number;
  leaseSeconds?: number;
}

/**
 * Writes what the provider answered. The attempt is always recorded. The row changes only while
 * this worker still holds its claim, with one exception: an accepted email is marked sent even
 * after the claim was lost (its lease ran out mid-send), because that is a fact: the provider
 * has it, and a later send with the same key only gets this answer back. Returns whether the
 * row was written.
 *
 * Single statements, no transaction: the attempt is a log line, true whether or not the row
 * update after it lands, and a row left `sending` is sent again (same key) when its lease ends.
 * This keeps a send's bookkeeping to two round trips.
 */
async function recordResult(db: Database, transport: EmailTransport, email: ClaimedEmail, claimToken: string, result: SendResult, durationMs: number) {
  const outbox = schema.emailOutbox;
  await db.insert(schema.emailDeliveryAttempts).values({
    outboxId: email.id,
    transport: transport.name,
    succeeded: result.ok,
    providerMessageId: result.ok ? result.messageId : null,
    error: result.ok ? null : result.error,
    durationMs,
  });
  if (result.ok) {
    // The dev mailbox is the only place such an email can be read; it keeps its body.
    const redact = carriesAWayIn(email.template) && transport.name !== devMailboxTransport.name;
    const sent = {
      ...(redact ? { html: REDACTED, text: REDACTED, props: null, attachments: null } : {}),
      ...(redact && SUBJECT_REDACTED_TEMPLATES.includes(email.template) ? { subject: REDACTED } : {}),
      status: "sent" as const,
      attempts: sql`${outbox.attempts} + 1`,
      transport: transport.name,
      providerMessageId: result.messageId,
      sentAt: sql`clock_timestamp()`,
      lockedUntil: null,
      claimToken: null,
      lastError: null,
    };
    const held = await db.update(outbox).set(sent).where(and(eq(outbox.id, email.id), eq(outbox.claimToken, claimToken))).returning({ id: outbox.id });
    if (held.length > 0) return true;
    const rescued = await db.update(outbox).set(sent).where(and(eq(outbox.id, email.id), ne(outbox.status, "sent"))).returning({ id: outbox.id });
    return rescued.length > 0;
  }
  const attempts = email.attempts + 1;
  const written = await db
    .update(outbox)
    .set({
      status: result.retryable ? statusAfterFailure(attempts) : "failed",
      attempts,
      transport: transport.name,
      nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
      lockedUntil: null,
      claimToken: null,
      lastError: result.error,
    })
    .where(and(eq(outbox.id, email.id), eq(outbox.claimToken, claimToken)))
    .returning({ id: outbox.id });
  return written.length > 0;
}

async function sendOne(transport: EmailTransport, email: ClaimedEmail, from: string, keyPrefix: string, timeoutMs: number): Promise<SendResult> {
  let body;
  try {
    // Renders the body from the props (decision 033), unless the row holds one already.
    body = await readEmailBody(email);
  } catch (error) {
    if (error instanceof DecryptionError) return { ok: false, error: `${error.message} (DATA_KEY gewijzigd?)`, retryable: false };
    // A template that fails to render loses no email: it is recorded like a refused send and
    // tried again later, so a fixed template sends it; after the last try it waits as failed.
    return { ok: false, error: `opmaken mislukt (${email.template}): ${(error as Error).message}`, retryable: true };
  }
  return transport.send(
    { from, to: email.toAddress, subject: email.subject, replyTo: email.replyTo, ...body, idempotencyKey: `${keyPrefix}/${email.idempotencyKey}` },
    AbortSignal.timeout(timeoutMs),
  );
}

/** Runs `work` over `items`, at most `limit` at a time; every item is tried, the first error is thrown at the end. */
async function forEachBounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const errors: unknown[] = [];
  const slot = async () => {
    for (let i = next++; i < items.length; i = next++) {
      try {
        await work(items[i]!);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, slot));
  if (errors.length > 0) throw errors[0];
}

async function deliverClaimed(db: Database, transport: EmailTransport, options: DeliveryOptions & { batchSize: number }) {
  const from = options.from ?? env().MAIL_FROM;
  const timeoutMs = options.sendTimeoutMs ?? SEND_TIMEOUT_MS;
  const keyPrefix = await installationId(db);
  const claimToken = randomUUID();
  const claimed = await claimDueEmails(db, options.batchSize, claimToken, options.leaseSeconds ?? LEASE_SECONDS);
  const report: DeliveryReport = { sent: 0, failed: 0 };
  await forEachBounded(claimed, options.concurrency ?? CONCURRENCY, async (email) => {
    const started = performance.now();
    const result = await sendOne(transport, email, from, keyPrefix, timeoutMs);
    const written = await recordResult(db, transport, email, claimToken, result, Math.round(performance.now() - started));
    // A failure the worker no longer holds the row for is another worker's to count.
    if (result.ok) report.sent += 1;
    else if (written) report.failed += 1;
  });
  return { report, claimed: claimed.length };
}

/** Claims up to `batchSize` due emails at once and sends them, `concurrency` at a time. */
export async function deliverDueEmails(db: Database, transport: EmailTransport, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const { report } = await deliverClaimed(db, transport, { ...options, batchSize: options.batchSize ?? BATCH_SIZE });
  return report;
}

/**
 * Sends until nothing is due (or `stopping()` says so): `concurrency` slots, each claiming a
 * couple of rows, sending them and claiming again. A slow or hanging send holds up only its own
 * slot, and no claim waits for the slowest send of a big batch.
 */
export async function drainDueEmails(
  db: Database,
  transport: EmailTransport,
  options: Omit<DeliveryOptions, "batchSize"> & { stopping?: () => boolean } = {},
): Promise<DeliveryReport> {
  const total: DeliveryReport = { sent: 0, failed: 0 };
  const slot = async () => {
    while (!options.stopping?.()) {
      const { report, claimed } = await deliverClaimed(db, transport, { ...options, batchSize: PER_CLAIM, concurrency: 1 });
      total.sent += report.sent;
      total.failed += report.failed;
      if (claimed < PER_CLAIM) return;
    }
  };
  const slots = Array.from({ length: options.concurrency ?? CONCURRENCY }, slot);
  const results = await Promise.allSettled(slots);
  const failure = results.find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
  return total;
}

/** Delivers the outbox until stopped. */
export function startOutboxWorker(
  db: Database,
  transport: EmailTransport = transportFromEnv(),
  pollMs: number = env().OUTBOX_POLL_MS,
  log: (message: string) => void = console.log,
  concurrency: number = env().OUTBOX_CONCURRENCY,
): PollingJob {
  let stopping = false;
  const job = startPolling(
    "outbox",
    async () => {
      const report = await drainDueEmails(db, transport, { concurrency, stopping: () => stopping });
      if (report.sent + report.failed > 0) log(`outbox: ${report.sent} verzonden, ${report.failed} mislukt (${transport.name})`);
      return false;
    },
    pollMs,
    log,
  );
  return {
    async stop() {
      stopping = true;
      await job.stop();
    },
  };
}
