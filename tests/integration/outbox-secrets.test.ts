/**
 * A copy of the database opens nothing: every kind of email Opstap sends is queued with sign-in
 * codes and links that would open a page, delivered through the fake Resend, and then every
 * column of every table is read back the way a dump would have it. No code or link may be there:
 * not while the email waits, not after it failed, not after it was sent. The admin outbox page
 * shows none either.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMAIL_TEMPLATES, type EmailTemplateName } from "../../emails";
import { carriesAWayIn, REDACTED } from "~/domain/email-outbox";
import { database, queryRows, schema } from "~/lib/db.server";
import { queueEmail } from "~/lib/mailer.server";
import { deliverDueEmails, resendTransport } from "~/jobs/outbox-worker.server";
import { outboxOverview } from "~/models/admin-outbox.server";
import { type FakeResend, startFakeResend } from "../support/fake-resend";

const db = database();
let resend: FakeResend;

beforeAll(async () => {
  resend = await startFakeResend();
});
afterAll(() => resend.close());

const randomSecret = () => crypto.randomUUID().replaceAll("-", "");
const randomCode = () => String(100_000 + Math.floor(Math.random() * 900_000));

/**
 * The template's preview props with every link and code replaced by a fresh secret. Links keep
 * their path and end in the secret, as a real token would.
 */
function propsWithSecrets(template: EmailTemplateName, secrets: string[]) {
  const element = EMAIL_TEMPLATES[template].element({} as never) as { type: { PreviewProps?: Record<string, unknown> } };
  const preview = element.type.PreviewProps;
  if (!preview) throw new Error(`${template} heeft geen PreviewProps om mee te testen`);
  const replace = (value: unknown, key: string): unknown => {
    if (typeof value === "string" && /^https?:\/\//.test(value)) {
      const secret = randomSecret();
      secrets.push(secret);
      return `${value.replace(/\/[^/]*$/, "")}/${secret}`;
    }
    if (key === "code" && typeof value === "string") {
      const code = randomCode();
      secrets.push(code);
      return code;
    }
    if (Array.isArray(value)) return value.map((v) => replace(v, key));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, k)]));
    }
    return value;
  };
  return replace(preview, "") as never;
}

/** Every row of every table as text, as a dump holds it. */
async function dumpDatabase(): Promise<string> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await queryRows<{ row: string }>(db, sql`select row_to_json(t)::text as row from ${sql.identifier(name)} t`);
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join("\n");
}

/**
 * Where a secret shows in the text. A six-digit code is looked for as a word of its own, not as
 * six digits that happen to be inside base64 ciphertext.
 */
function leaks(dump: string, secrets: string[]): string[] {
  return secrets.filter((secret) =>
    /^\d{6}$/.test(secret) ? new RegExp(`(?<![A-Za-z0-9_-])${secret}(?![A-Za-z0-9_-])`).test(dump) : dump.includes(secret),
  );
}

describe("a copy of the database", () => {
  it("holds no sign-in code or link of any email, waiting, failed or sent", async () => {
    const templates = Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[];
    const secretsOf = new Map<string, string[]>();
    for (const template of templates) {
      const own: string[] = [];
      await db.transaction((tx) =>
        queueEmail(tx, {
          template,
          to: `${template}@example.org`,
          idempotencyKey: `geheimen/${template}`,
          props: propsWithSecrets(template, own),
        }),
      );
      secretsOf.set(`${template}@example.org`, own);
    }
    const secrets = [...secretsOf.values()].flat();
    expect(secrets.length).toBeGreaterThanOrEqual(templates.length / 2);

    expect(leaks(await dumpDatabase(), secrets)).toEqual([]);
    const waiting = JSON.stringify(await outboxOverview(db));
    expect(leaks(waiting, secrets)).toEqual([]);

    // The provider refuses the first email for good; the rest arrive.
    resend.failNext(1, 422, "Invalid `to` field", "validation_error");
    const transport = resendTransport("re_test_key", resend.url);
    const report = await deliverDueEmails(db, transport, { batchSize: 100, concurrency: 1 });
    expect(report).toEqual({ sent: templates.length - 1, failed: 1 });

    // The secrets did go out, to the people they were meant for.
    for (const email of resend.emails) {
      const own = secretsOf.get(email.to[0]!) ?? [];
      expect(leaks(`${email.subject}\n${email.html}\n${email.text}`, own)).toEqual(own);
    }

    const dump = await dumpDatabase();
    expect(leaks(dump, secrets)).toEqual([]);
    expect(leaks(JSON.stringify(await outboxOverview(db)), secrets)).toEqual([]);

    // Sent emails that carried a way in keep no body at all, not even encrypted.
    const rows = await db.select().from(schema.emailOutbox);
    for (const row of rows.filter((r) => r.status === "sent" && carriesAWayIn(r.template))) {
      expect([row.template, row.html, row.text]).toEqual([row.template, REDACTED, REDACTED]);
    }
    expect(rows.filter((r) => r.status === "failed")).toHaveLength(1);
  });
});
