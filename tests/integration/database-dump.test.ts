/**
 * What a stolen copy of the database opens: nothing. Real flows make real links and codes (a
 * request with its confirmation, a school's answer link, "mijn aanvragen", a new address, staff
 * sign-in, an invite, a signed-in session); the emails go out through the real Resend SDK to the
 * local fake; then every row of every table is read back as a dump would have it, and none of
 * those secrets may be in it, before or after sending.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settleBackgroundWork } from "~/lib/background.server";
import { database, queryRows } from "~/lib/db.server";
import { deliverDueEmails, resendTransport } from "~/jobs/outbox-worker.server";
import { requestEmailChange, sendEmployerLink } from "~/models/employer-access.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { createInvite, startSignIn } from "~/models/staff-auth.server";
import { type FakeResend, startFakeResend } from "../support/fake-resend";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { createStaff } from "../support/staff";

const db = database();
let resend: FakeResend;

beforeAll(async () => {
  resend = await startFakeResend();
});
afterAll(() => resend.close());

/** Every row of every table of the app, as text. */
async function dump(): Promise<string> {
  const tables = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await queryRows<{ row: string }>(db, sql`select row_to_json(t)::text as row from ${sql.identifier(table_name)} t`);
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join("\n");
}

/** Links (their last path part) in what the provider received, and the codes of sign-in emails. */
function secretsIn(emails: { subject: string; text: string; html: string }[]): string[] {
  const secrets = new Set<string>();
  for (const email of emails) {
    for (const text of [email.text, email.html]) {
      for (const m of text.matchAll(/\/(?:volgen|volgen\/adres|reactie|inloggen\/link|uitnodiging)\/([A-Za-z0-9_-]{20,})/g)) secrets.add(m[1]!);
    }
    // Reference numbers have six digits too; only a sign-in email carries a code.
    if (email.subject.startsWith("Uw inlogcode")) {
      const code = /\b(\d{6})\b/.exec(email.text)?.[1];
      if (code) secrets.add(code);
    }
  }
  return [...secrets];
}

describe("a copy of the database", () => {
  it("holds no link, code or session that opens anything, before or after the emails are sent", async () => {
    const [place] = await placesForPostcode(db, "3511");
    const result = await submitRequest(db, proefplaatsingRequest({ email: "dump@example.org", kvkNumber: "99887766" }), place!);
    const request = (await requestByReference(db, result.reference))!;
    await sendEmployerLink(db, "dump@example.org");
    await requestEmailChange(db, request.employerId, "dump-nieuw@example.org");
    const admin = await createStaff(db, "admin", null, "dump-beheer@example.org");
    await startSignIn(db, "dump-beheer@example.org", "10.20.0.1");
    await settleBackgroundWork();
    await createInvite(db, { id: admin.member.id, name: "Beheer" }, { email: "dump-nieuw-lid@example.org", name: "Nieuw Lid", role: "admin", organisationId: null });
    const sessionToken = decodeURIComponent(admin.cookie.split("=")[1]!).split(".")[0]!;

    const waiting = await dump();
    const transport = resendTransport("re_test_key", resend.url);
    while ((await deliverDueEmails(db, transport, { from: "Opstap <noreply@opstap.example.org>" })).sent > 0) {
      // until the outbox is empty
    }
    const secrets = secretsIn(resend.emails);
    const kinds = new Set(resend.emails.map((e) => e.subject.split(" ")[0]));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
    // A request link, the school's link, mijn aanvragen, the new address, sign-in link and code, the invite.
    expect(secrets.length).toBeGreaterThanOrEqual(7);
    const sent = await dump();
    for (const secret of [...secrets, sessionToken]) {
      expect(waiting, `wachtend: ${secret}`).not.toContain(secret);
      expect(sent, `verstuurd: ${secret}`).not.toContain(secret);
    }
  });
});
