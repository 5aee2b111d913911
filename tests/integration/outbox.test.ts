import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, PURGED, REDACTED } from "~/domain/email-outbox";
import { database, schema } from "~/lib/db.server";
import { encryptText } from "~/lib/encryption.server";
import { purgeSentEmailBodies, queueEmail, readEmailBody, renderEmail } from "~/lib/mailer.server";
import {
  deliverDueEmails,
  devMailboxTransport,
  drainDueEmails,
  type EmailTransport,
  installationId,
  type OutgoingEmail,
  resendTransport,
  type SendResult,
} from "~/jobs/outbox-worker.server";
import { type FakeResend, startFakeResend } from "../support/fake-resend";

const db = database();
let resend: FakeResend;
let transport: EmailTransport;

beforeAll(async () => {
  resend = await startFakeResend();
  transport = resendTransport("re_test_key", resend.url);
});
afterAll(() => resend.close());

beforeEach(async () => {
  await db.delete(schema.emailOutbox);
  resend.emails.length = 0;
  resend.acceptedPerKey.clear();
  resend.setLatency(0);
  resend.setMode("up");
});

async function queueConfirmation(key: string = crypto.randomUUID()) {
  return db.transaction((tx) =>
    queueEmail(tx, {
      template: "aanvraag-ontvangen",
      to: "sanne@example.org",
      idempotencyKey: key,
      props: {
        kindLabel: "proefplaatsing",
        contactName: "Sanne <script>alert(1)</script>",
        companyName: "Bakkerij & Zn",
        reference: "OP-2026-000042",
        municipalityName: "Utrecht",
        wspName: "Werkgeversservicepunt Midden-Utrecht",
        schoolName: "Praktijkschool De Brug",
        respondBy: "woensdag 25 november om 10:00",
        reasons: ["Postcode 3511 ligt in de gemeente Utrecht."],
        trackingUrl: "http://localhost:3000/volgen/test",
      },
    }),
  );
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function outboxRow(id: string) {
  const [row] = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.id, id));
  return row!;
}

async function attemptsOf(id: string) {
  return db.select().from(schema.emailDeliveryAttempts).where(eq(schema.emailDeliveryAttempts.outboxId, id));
}

describe("outbox delivery through the Resend SDK", () => {
  it("sends a queued email with its idempotency key and records the attempt", async () => {
    const id = await queueConfirmation("OP-2026-000042/bevestiging");
    expect(await deliverDueEmails(db, transport, { from: "Opstap <noreply@example.org>" })).toEqual({ sent: 1, failed: 0 });
    const installation = await installationId(db);
    expect(installation).toMatch(/^[0-9a-f-]{36}$/);

    expect(resend.emails).toHaveLength(1);
    const email = resend.emails[0]!;
    expect(email).toMatchObject({
      to: ["sanne@example.org"],
      from: "Opstap <noreply@example.org>",
      // References are unique within one database; the installation's id makes the key unique anywhere.
      idempotencyKey: `${installation}/OP-2026-000042/bevestiging`,
      apiKey: "re_test_key",
    });
    expect(email.subject).toContain("OP-2026-000042");
    // What the employer typed is escaped in the HTML, never markup.
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;");
    expect(email.text).toContain("Bakkerij & Zn");
    expect(email.text).toContain("http://localhost:3000/volgen/test");

    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "sent", attempts: 1, transport: "resend", providerMessageId: email.id, claimToken: null });
    // It carried a tracking link: once the provider has it, no body is kept.
    expect([row.html, row.text, row.props]).toEqual([REDACTED, REDACTED, null]);
    const attempts = await attemptsOf(id);
    expect(attempts.map((a) => [a.succeeded, a.providerMessageId])).toEqual([[true, email.id]]);
  });

  it("stores the props encrypted until it is sent, and renders them only with DATA_KEY", async () => {
    const id = await queueConfirmation("OP-2026-000042/versleuteld");
    const row = await outboxRow(id);
    // Nothing is rendered in the request (decision 033): the worker renders the props.
    expect([row.html, row.text]).toEqual([null, null]);
    expect(row.props).toMatch(/^enc:v1:/);
    expect(row.props).not.toContain("volgen");
    expect(row.props).not.toContain("Bakkerij");
    expect((await readEmailBody(row)).text).toContain("http://localhost:3000/volgen/test");
    // Props copied into another row do not open there.
    await expect(readEmailBody({ ...row, idempotencyKey: "een-andere-e-mail" })).rejects.toThrow(/DATA_KEY/);
  });

  it("still sends a row queued before decision 033, with its body already rendered", async () => {
    const key = "OP-2026-000042/oud";
    const { subject, html, text } = await renderEmail("volglink", { contactName: "Sanne", trackingUrl: "http://localhost:3000/volgen/oud" });
    const [row] = await db
      .insert(schema.emailOutbox)
      .values({
        idempotencyKey: key,
        template: "volglink",
        toAddress: "sanne@example.org",
        subject,
        // As the mailer wrote it then: each part under its own scope.
        html: encryptText(html, { purpose: "email-body", context: `email_outbox/${key}/html` }),
        text: encryptText(text, { purpose: "email-body", context: `email_outbox/${key}/text` }),
      })
      .returning({ id: schema.emailOutbox.id });
    expect(await deliverDueEmails(db, transport)).toEqual({ sent: 1, failed: 0 });
    expect(resend.emails[0]!.text).toContain("http://localhost:3000/volgen/oud");
    expect(await outboxRow(row!.id)).toMatchObject({ status: "sent", html: REDACTED, text: REDACTED, props: null });
  });

  it("keeps an email whose template fails to render, with the error, and sends it once it renders", async () => {
    const id = await queueConfirmation();
    // A deploy that lost the template (or a template that throws) is a failed attempt, not a lost email.
    await db.update(schema.emailOutbox).set({ template: "verdwenen-sjabloon" }).where(eq(schema.emailOutbox.id, id));
    expect(await deliverDueEmails(db, transport)).toEqual({ sent: 0, failed: 1 });
    expect(resend.emails).toHaveLength(0);
    const failed = await outboxRow(id);
    expect(failed).toMatchObject({ status: "pending", attempts: 1, claimToken: null });
    expect(failed.lastError).toMatch(/opmaken mislukt \(verdwenen-sjabloon\)/);
    expect(failed.props).toMatch(/^enc:v1:/);
    expect((await attemptsOf(id)).map((a) => a.succeeded)).toEqual([false]);

    await db
      .update(schema.emailOutbox)
      .set({ template: "aanvraag-ontvangen", nextAttemptAt: sql`now()` })
      .where(eq(schema.emailOutbox.id, id));
    expect(await deliverDueEmails(db, transport)).toEqual({ sent: 1, failed: 0 });
    expect(resend.emails[0]!.text).toContain("http://localhost:3000/volgen/test");
  });

  it("does not send an email again once it is sent", async () => {
    await queueConfirmation();
    await deliverDueEmails(db, transport);
    expect(await deliverDueEmails(db, transport)).toEqual({ sent: 0, failed: 0 });
    expect(resend.emails).toHaveLength(1);
  });

  it("retries later after a server error, then delivers", async () => {
    const id = await queueConfirmation();
    resend.failNext(1, 500);
    expect(await deliverDueEmails(db, transport)).toEqual({ sent: 0, failed: 1 });

    let row = await outboxRow(id);
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("500");
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 10_000);

    // Not due yet: nothing happens.
    expect(await deliverDueEmails(db, transport)).toEqual({ sent: 0, failed: 0 });

    await db.update(schema.emailOutbox).set({ nextAttemptAt: sql`now()` }).where(eq(schema.emailOutbox.id, id));
    expect(await deliverDueEmails(db, transport)).toEqual({ sent: 1, failed: 0 });
    row = await outboxRow(id);
    expect(row).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect((await attemptsOf(id)).map((a) => a.succeeded).sort()).toEqual([false, true]);
  });

  it("retries when the provider is still handling an earlier send with the same key (409)", async () => {
    const id = await queueConfirmation();
    resend.failNext(1, 409, "Same idempotency key used while original request is still in progress.", "concurrent_idempotent_requests");
    await deliverDueEmails(db, transport);
    expect(await outboxRow(id)).toMatchObject({ status: "pending", attempts: 1 });
    expect((await outboxRow(id)).lastError).toContain("concurrent_idempotent_requests");

    resend.failNext(1, 409, "Same idempotency key used with a different request payload.", "invalid_idempotent_request");
    await db.update(schema.emailOutbox).set({ nextAttemptAt: sql`now()` }).where(eq(schema.emailOutbox.id, id));
    await deliverDueEmails(db, transport);
    expect(await outboxRow(id)).toMatchObject({ status: "failed", attempts: 2 });
  });

  it("gives up on one send after the time-out, and tries again later with the same key", async () => {
    const id = await queueConfirmation();
    resend.setMode("hang");
    const started = Date.now();
    expect(await deliverDueEmails(db, transport, { sendTimeoutMs: 300 })).toEqual({ sent: 0, failed: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, claimToken: null });
    expect(row.lastError).toContain("time-out");

    // The provider had taken it before it hung: the retry gets the same email back, not a second one.
    resend.setMode("up");
    await db.update(schema.emailOutbox).set({ nextAttemptAt: sql`now()` }).where(eq(schema.emailOutbox.id, id));
    const retry = await deliverDueEmails(db, transport);
    expect({ retry, error: (await outboxRow(id)).lastError }).toEqual({ retry: { sent: 1, failed: 0 }, error: null });
    expect(resend.emails).toHaveLength(1);
    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 2, providerMessageId: resend.emails[0]!.id });
  });

  it("sends in parallel, so one slow send does not hold up the rest", async () => {
    for (let i = 0; i < 12; i++) await queueConfirmation();
    resend.setLatency(150);
    const started = Date.now();
    expect(await deliverDueEmails(db, transport, { batchSize: 12, concurrency: 6 })).toEqual({ sent: 12, failed: 0 });
    expect(resend.maxInFlight).toBeGreaterThanOrEqual(4);
    // One by one this takes 12 × 150 ms; six at a time about 2 × 150 ms.
    expect(Date.now() - started).toBeLessThan(12 * 150);
  });

  it("drains the whole backlog, a hanging send holding up only its own slot", async () => {
    const stuck = await queueConfirmation("OP-2026-000050/hangt");
    for (let i = 0; i < 30; i++) await queueConfirmation();
    const hangsOnOne: EmailTransport = {
      name: "resend",
      send: (email, signal) =>
        email.idempotencyKey.endsWith("/hangt")
          ? new Promise((resolve) => signal?.addEventListener("abort", () => resolve({ ok: false, error: "time-out", retryable: true })))
          : transport.send(email, signal),
    };
    const started = Date.now();
    expect(await drainDueEmails(db, hangsOnOne, { concurrency: 4, sendTimeoutMs: 1_500 })).toEqual({ sent: 30, failed: 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(resend.emails).toHaveLength(30);
    expect(await outboxRow(stuck)).toMatchObject({ status: "pending", attempts: 1 });
  });

  it("gives up on an email the provider refuses, without retrying", async () => {
    const id = await queueConfirmation();
    resend.failNext(1, 422, "Invalid `to` field");
    await deliverDueEmails(db, transport);
    expect(await outboxRow(id)).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("marks an email failed after the last allowed attempt", async () => {
    const id = await queueConfirmation();
    await db
      .update(schema.emailOutbox)
      .set({ attempts: MAX_DELIVERY_ATTEMPTS - 1 })
      .where(eq(schema.emailOutbox.id, id));
    resend.failNext(1, 503);
    await deliverDueEmails(db, transport);
    expect(await outboxRow(id)).toMatchObject({ status: "failed", attempts: MAX_DELIVERY_ATTEMPTS });
  });

  it("picks up an email whose worker died mid-send once the lease has run out", async () => {
    const id = await queueConfirmation();
    await db
      .update(schema.emailOutbox)
      .set({ status: "sending", lockedUntil: sql`now() + interval '1 minute'` })
      .where(eq(schema.emailOutbox.id, id));
    expect(await deliverDueEmails(db, transport)).toEqual({ sent: 0, failed: 0 });

    await db
      .update(schema.emailOutbox)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(schema.emailOutbox.id, id));
    expect(await deliverDueEmails(db, transport)).toEqual({ sent: 1, failed: 0 });
  });

  it("sends each email once when two workers run at the same time", async () => {
    for (let i = 0; i < 10; i++) await queueConfirmation();
    const reports = await Promise.all([
      deliverDueEmails(db, transport, { batchSize: 5 }),
      deliverDueEmails(db, transport, { batchSize: 5 }),
      deliverDueEmails(db, transport, { batchSize: 5 }),
    ]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(10);
    expect(new Set(resend.emails.map((e) => e.idempotencyKey)).size).toBe(10);
    expect(resend.emails).toHaveLength(10);
  });

  it("writes a row only while it holds the claim: a stalled worker cannot undo a newer worker's result", async () => {
    const id = await queueConfirmation();
    // Worker A takes the row and stalls inside the send.
    let release!: (result: SendResult) => void;
    const sendStarted = deferred();
    const stalled: EmailTransport = {
      name: "resend",
      send: () => {
        sendStarted.resolve();
        return new Promise((resolve) => (release = resolve));
      },
    };
    const workerA = deliverDueEmails(db, stalled);
    await sendStarted.promise;
    const claimA = (await outboxRow(id)).claimToken;
    expect(claimA).toMatch(/^[0-9a-f-]{36}$/);

    // Its lease runs out; worker B takes the row over, the provider refuses for now.
    await db.update(schema.emailOutbox).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(schema.emailOutbox.id, id));
    resend.failNext(1, 503);
    expect(await deliverDueEmails(db, transport)).toEqual({ sent: 0, failed: 1 });
    expect(await outboxRow(id)).toMatchObject({ status: "pending", attempts: 1 });

    // A's late failure is recorded as an attempt, but does not touch the row B wrote.
    release({ ok: false, error: "500: te laat", retryable: true });
    expect(await workerA).toEqual({ sent: 0, failed: 0 });
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toContain("503");
    expect((await attemptsOf(id)).map((a) => a.error?.slice(0, 3)).sort()).toEqual(["500", "503"]);
  });

  it("records a send the provider accepted even after the worker lost its claim", async () => {
    const id = await queueConfirmation();
    let release!: (result: SendResult) => void;
    const sendStarted = deferred();
    const stalled: EmailTransport = {
      name: "resend",
      send: (_email: OutgoingEmail) => {
        sendStarted.resolve();
        return new Promise((resolve) => (release = resolve));
      },
    };
    const workerA = deliverDueEmails(db, stalled);
    await sendStarted.promise;
    // The lease runs out and another worker claims the row (and is still busy with it).
    await db.update(schema.emailOutbox).set({ lockedUntil: sql`now() - interval '1 second'`, claimToken: crypto.randomUUID() }).where(eq(schema.emailOutbox.id, id));

    release({ ok: true, messageId: "msg-van-a" });
    expect(await workerA).toEqual({ sent: 1, failed: 0 });
    expect(await outboxRow(id)).toMatchObject({ status: "sent", providerMessageId: "msg-van-a", attempts: 1, claimToken: null });
    expect((await attemptsOf(id)).map((a) => a.providerMessageId)).toEqual(["msg-van-a"]);
  });

  it("delivers to the dev mailbox without a provider", async () => {
    const id = await queueConfirmation();
    const requestsBefore = resend.requests;
    await deliverDueEmails(db, devMailboxTransport);
    expect(await outboxRow(id)).toMatchObject({ status: "sent", transport: "dev-mailbox" });
    expect(resend.requests).toBe(requestsBefore);
  });

  it("queues nothing when the transaction that caused the email rolls back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await queueEmail(tx, {
          template: "aanvraag-ontvangen",
          to: "x@example.org",
          idempotencyKey: "rolled-back",
          props: {
            kindLabel: "vraag",
            contactName: "X",
            companyName: "X",
            reference: "OP-2026-000001",
            municipalityName: "Utrecht",
            wspName: null,
            schoolName: null,
            respondBy: null,
            reasons: [],
            trackingUrl: "http://localhost:3000/volgen/test",
          },
        });
        throw new Error("de wijziging mislukt");
      }),
    ).rejects.toThrow("de wijziging mislukt");
    const rows = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.idempotencyKey, "rolled-back"));
    expect(rows).toEqual([]);
  });
});

describe("emails that carry a way in", () => {
  async function queueSignInCode() {
    return db.transaction((tx) =>
      queueEmail(tx, {
        template: "inlogcode",
        to: "fatima@example.org",
        idempotencyKey: crypto.randomUUID(),
        props: { name: "Fatima", code: "482913", signInUrl: "http://localhost:3000/inloggen/link/geheim", validMinutes: 15 },
      }),
    );
  }

  it("are not kept in the outbox once the provider has them", async () => {
    const id = await queueSignInCode();
    await deliverDueEmails(db, transport);
    expect(resend.emails.at(-1)?.text).toContain("482913");
    const row = await outboxRow(id);
    expect(row.status).toBe("sent");
    expect(JSON.stringify([row.subject, row.html, row.text, row.props])).not.toMatch(/482913|geheim/);
  });

  it("stay readable in the dev mailbox, where the outbox is the mailbox", async () => {
    const id = await queueSignInCode();
    await deliverDueEmails(db, devMailboxTransport);
    const row = await outboxRow(id);
    expect(JSON.stringify([row.html, row.text, row.props])).not.toContain("482913");
    expect((await readEmailBody(row)).text).toContain("482913");
  });
});

describe("purging sent bodies after the retention period", () => {
  async function queueReminder() {
    return db.transaction((tx) =>
      queueEmail(tx, {
        template: "herinnering",
        to: "school@example.org",
        idempotencyKey: crypto.randomUUID(),
        props: {
          organisationName: "Praktijkschool De Brug",
          reference: "OP-2026-000077",
          companyName: "Herinnering BV",
          requestUrl: "http://localhost:3000/backoffice/aanvragen/OP-2026-000077",
          audience: "school",
          dueText: "vandaag",
        },
      }),
    );
  }

  it("empties old sent bodies and keeps the rest of the row for the timeline", async () => {
    const old = await queueReminder();
    const recent = await queueReminder();
    const waiting = await queueReminder();
    await db.update(schema.emailOutbox).set({ nextAttemptAt: sql`now() + interval '1 hour'` }).where(eq(schema.emailOutbox.id, waiting));
    await deliverDueEmails(db, transport);
    // A reminder carries no way in: its (encrypted) body stays until the retention period ends.
    expect((await readEmailBody(await outboxRow(old))).text).toContain("Herinnering BV");
    await db.update(schema.emailOutbox).set({ sentAt: sql`now() - interval '40 days'` }).where(eq(schema.emailOutbox.id, old));

    expect(await purgeSentEmailBodies(db, { olderThan: new Date(Date.now() - 30 * 86_400_000) })).toBe(1);
    const purged = await outboxRow(old);
    // Nothing personal is left: not the body, not the props it was rendered from.
    expect(purged).toMatchObject({ html: PURGED, text: PURGED, props: null, attachments: null, status: "sent", toAddress: "school@example.org" });
    expect(purged.subject).toContain("OP-2026-000077");
    expect(purged.sentAt).not.toBeNull();
    expect((await readEmailBody(await outboxRow(recent))).text).toContain("Herinnering BV");
    expect((await outboxRow(waiting)).props).toMatch(/^enc:v1:/);
    // A second run finds nothing left to do.
    expect(await purgeSentEmailBodies(db, { olderThan: new Date() })).toBe(1);
    expect(await purgeSentEmailBodies(db, { olderThan: new Date() })).toBe(0);
  });
});
