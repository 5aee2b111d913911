import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS } from "~/domain/email-outbox";
import { database, schema } from "~/lib/db.server";
import { queueEmail } from "~/lib/mailer.server";
import { deliverDueEmails, devMailboxTransport, type EmailTransport, resendTransport } from "~/lib/outbox-worker.server";
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

    expect(resend.emails).toHaveLength(1);
    const email = resend.emails[0]!;
    expect(email).toMatchObject({
      to: ["sanne@example.org"],
      from: "Opstap <noreply@example.org>",
      idempotencyKey: "OP-2026-000042/bevestiging",
      apiKey: "re_test_key",
    });
    expect(email.subject).toContain("OP-2026-000042");
    // What the employer typed is escaped in the HTML, never markup.
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;");
    expect(email.text).toContain("Bakkerij & Zn");

    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "sent", attempts: 1, transport: "resend", providerMessageId: email.id });
    const attempts = await attemptsOf(id);
    expect(attempts.map((a) => a.succeeded)).toEqual([true]);
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
    expect(resend.emails.at(-1)?.subject).toContain("482913");
    const row = await outboxRow(id);
    expect(row.status).toBe("sent");
    expect(JSON.stringify([row.subject, row.html, row.text])).not.toMatch(/482913|geheim/);
  });

  it("stay readable in the dev mailbox, where the outbox is the mailbox", async () => {
    const id = await queueSignInCode();
    await deliverDueEmails(db, devMailboxTransport);
    expect((await outboxRow(id)).text).toContain("482913");
  });
});
