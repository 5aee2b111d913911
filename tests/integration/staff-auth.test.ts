/**
 * Staff sign-in without passwords: codes and links that work once and for 15 minutes, the same
 * answer for unknown addresses, rate limits, revocable sessions and invites.
 */
import { settleBackgroundWork } from "~/lib/background.server";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { currentStaff, requireStaff } from "~/http/staff-session.server";
import {
  acceptInvite,
  createInvite,
  sendSignInCode,
  signInWithCode,
  signInWithLink,
  signOut,
  signOutEverywhere,
  staffForSession,
  staffMemberByEmail,
  startSignIn,
} from "~/models/staff-auth.server";
import { action as codeAction } from "~/routes/inloggen.code";
import { action as signInAction } from "~/routes/inloggen._index";
import { createStaff, getRequest, latestSignInCode, postRequest } from "../support/staff";
import { readable } from "../support/outbox";

const db = database();

async function member(email: string, active = true) {
  const [row] = await db.insert(schema.staffMembers).values({ email, name: "Fatima", role: "admin", active }).returning();
  return row!;
}

async function mails(to: string, template: string) {
  await settleBackgroundWork();
  return db
    .select()
    .from(schema.emailOutbox)
    .where(and(eq(schema.emailOutbox.toAddress, to), eq(schema.emailOutbox.template, template)))
    .then(readable);
}

function linkToken(html: string): string {
  const match = /\/inloggen\/link\/([A-Za-z0-9_-]+)/.exec(html);
  if (!match?.[1]) throw new Error("geen inloglink");
  return match[1];
}

describe("sign-in codes", () => {
  it("emails a 6-digit code and a link to a known address, and nothing to an unknown one", async () => {
    await member("bekend@example.org");
    expect(await startSignIn(db, "Bekend@Example.org ", "10.0.0.1")).toEqual({ ok: true });
    expect(await startSignIn(db, "onbekend@example.org", "10.0.0.1")).toEqual({ ok: true });
    const [mail] = await mails("bekend@example.org", "inlogcode");
    // Lock screens show subjects: the code is only in the body.
    expect(mail?.subject).toBe("Uw inlogcode voor Opstap");
    expect(mail?.html).toContain("/inloggen/link/");
    expect(await mails("onbekend@example.org", "inlogcode")).toEqual([]);
    // Only hashes are stored: the code is nowhere in the challenge row.
    const code = await latestSignInCode(db, "bekend@example.org");
    const challenges = await db.select().from(schema.signInChallenges);
    expect(JSON.stringify(challenges)).not.toContain(code);
  });

  it("lets a code sign in once, and not after 15 minutes", async () => {
    await member("eenmalig@example.org");
    const start = new Date("2026-11-26T09:00:00Z");
    await startSignIn(db, "eenmalig@example.org", "10.0.0.2", start);
    const code = await latestSignInCode(db, "eenmalig@example.org");
    const late = await signInWithCode(db, "eenmalig@example.org", code, null, "10.0.0.2", new Date(start.getTime() + 16 * 60_000));
    expect(late).toEqual({ ok: false, reason: "ongeldig" });
    const first = await signInWithCode(db, "eenmalig@example.org", code, null, "10.0.0.2", new Date(start.getTime() + 60_000));
    expect(first.ok).toBe(true);
    const again = await signInWithCode(db, "eenmalig@example.org", code, null, "10.0.0.2", new Date(start.getTime() + 120_000));
    expect(again).toEqual({ ok: false, reason: "ongeldig" });
  });

  it("spends the code after five wrong tries, even if the right one comes next", async () => {
    await member("raden@example.org");
    await startSignIn(db, "raden@example.org", "10.0.0.3");
    const code = await latestSignInCode(db, "raden@example.org");
    const wrong = code === "000000" ? "111111" : "000000";
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await signInWithCode(db, "raden@example.org", wrong, null, "10.0.0.3"));
    // Worded like any wrong code, so an unknown address reads the same after five tries.
    expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["ongeldig", "ongeldig", "ongeldig", "ongeldig", "ongeldig"]);
    expect(await signInWithCode(db, "raden@example.org", code, null, "10.0.0.3")).toEqual({ ok: false, reason: "ongeldig" });
    expect(await signInWithCode(db, "niemand-bekend@example.org", wrong, null, "10.0.0.3")).toEqual({ ok: false, reason: "ongeldig" });
  });

  it("lets the emailed link sign in once", async () => {
    await member("link@example.org");
    await startSignIn(db, "link@example.org", "10.0.0.4");
    const [mail] = await mails("link@example.org", "inlogcode");
    const token = linkToken(mail!.html);
    expect((await signInWithLink(db, token, "Firefox")).ok).toBe(true);
    expect(await signInWithLink(db, token, "Firefox")).toEqual({ ok: false, reason: "ongeldig" });
    expect(await signInWithLink(db, "verzonnen", "Firefox")).toEqual({ ok: false, reason: "ongeldig" });
  });

  it("limits sign-ins per address, for known and unknown addresses alike", async () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await startSignIn(db, "wie@example.org", `10.1.0.${i}`, now));
    expect(outcomes.slice(0, 5).every((o) => o.ok)).toBe(true);
    expect(outcomes[5]).toEqual({ ok: false, reason: "te_vaak" });
  });

  it("limits sign-ins per IP address across addresses", async () => {
    const now = new Date("2026-11-26T11:00:00Z");
    const outcomes = [];
    for (let i = 0; i < 21; i++) outcomes.push(await startSignIn(db, `iemand${i}@example.org`, "10.2.0.1", now));
    expect(outcomes.filter((o) => !o.ok)).toHaveLength(1);
    expect(outcomes[20]).toEqual({ ok: false, reason: "te_vaak" });
  });

  it("gives the same answer page for a known and an unknown address", async () => {
    await member("zelfde@example.org");
    const answers = [];
    for (const email of ["zelfde@example.org", "niemand@example.org"]) {
      const response = (await signInAction({ request: postRequest("/inloggen", { email }), params: {}, context: { clientIp: "10.3.0.1", cspNonce: "" } })) as Response;
      answers.push({ status: response.status, location: response.headers.get("Location") });
    }
    expect(answers[0]).toEqual({ status: 302, location: "/inloggen/code?terug=%2Fbackoffice" });
    expect(answers[1]).toEqual(answers[0]);
  });

  it("limits typed codes per address across new codes and IP addresses", async () => {
    await member("doelwit@example.org");
    const now = new Date("2026-11-26T13:00:00Z");
    const results = [];
    for (let i = 0; i < 11; i++) {
      // A fresh code every few tries, from ever new IP addresses: still at most 10 tries per quarter.
      if (i % 4 === 0) await sendSignInCode(db, (await staffMemberByEmail(db, "doelwit@example.org"))!, now);
      results.push(await signInWithCode(db, "doelwit@example.org", "000000", null, `10.9.0.${i}`, now));
    }
    expect(results.at(-1)).toEqual({ ok: false, reason: "te_vaak" });
    const code = await latestSignInCode(db, "doelwit@example.org");
    expect(await signInWithCode(db, "doelwit@example.org", code, null, "10.9.1.1", now)).toEqual({ ok: false, reason: "te_vaak" });
  });

  it("ends the session this browser had when someone signs in again", async () => {
    const first = await createStaff(db, "admin", null);
    const second = await createStaff(db, "admin", null);
    const { staffSessionCookie } = await import("~/http/staff-session.server");
    const firstToken = (await staffSessionCookie().parse(first.cookie)) as string;
    await startSignIn(db, second.member.email, "10.0.0.7");
    const code = await latestSignInCode(db, second.member.email);
    const request = new Request("http://localhost:3000/inloggen/code", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost:3000", Cookie: first.cookie },
      body: new URLSearchParams({ email: second.member.email, code }),
    });
    const response = (await codeAction({ request, params: {}, context: { clientIp: "10.0.0.7", cspNonce: "" } })) as Response;
    expect(response.status).toBe(302);
    expect(await staffForSession(db, firstToken)).toBeNull();
  });

  it("does not send a code to a blocked person", async () => {
    await member("geblokkeerd@example.org", false);
    await startSignIn(db, "geblokkeerd@example.org", "10.0.0.5");
    expect(await mails("geblokkeerd@example.org", "inlogcode")).toEqual([]);
  });
});

describe("sessions", () => {
  it("end after 12 hours without use, and can be ended on this or every device", async () => {
    const admin = await createStaff(db, "admin", null);
    const token = decodeURIComponent(admin.cookie.split("=")[1]!);
    expect(token.length).toBeGreaterThan(0);
    const [session] = await db.select().from(schema.staffSessions).where(eq(schema.staffSessions.staffMemberId, admin.member.id));
    const later = new Date(session!.lastSeenAt.getTime() + 13 * 3600_000);
    const { staffSessionCookie } = await import("~/http/staff-session.server");
    const raw = (await staffSessionCookie().parse(admin.cookie)) as string;
    expect(await staffForSession(db, raw, later)).toBeNull();
    expect(await staffForSession(db, raw)).not.toBeNull();

    await signOut(db, raw);
    expect(await staffForSession(db, raw)).toBeNull();

    const second = await createStaff(db, "admin", null);
    const raw2 = (await staffSessionCookie().parse(second.cookie)) as string;
    await signOutEverywhere(db, second.member.id);
    expect(await staffForSession(db, raw2)).toBeNull();
  });

  it("sends anonymous visitors to sign in and brings them back", async () => {
    const thrown = await requireStaff(getRequest("/backoffice/aanvragen/OP-2026-000001?x=1")).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get("Location")).toBe("/inloggen?terug=%2Fbackoffice%2Faanvragen%2FOP-2026-000001%3Fx%3D1");
  });

  it("says so when the session ran out", async () => {
    const ended = await createStaff(db, "admin", null);
    await signOutEverywhere(db, ended.member.id);
    const thrown = await requireStaff(getRequest("/backoffice", ended)).catch((e: unknown) => e);
    expect((thrown as Response).headers.get("Location")).toBe("/inloggen?terug=%2Fbackoffice&verlopen");
  });

  it("lets the loaders of one page share one session lookup, never another person's, never an old one", async () => {
    const first = await createStaff(db, "admin", null);
    const other = await createStaff(db, "admin", null);
    const context = { cspNonce: "", clientIp: "127.0.0.1" };
    // The frame's loader and the page's loader ask at the same moment, each with its own Request.
    const frame = currentStaff(getRequest("/backoffice", first), context);
    const page = currentStaff(getRequest("/backoffice?status=alle", first), context);
    const someoneElse = currentStaff(getRequest("/backoffice", other), context);
    expect(page).toBe(frame);
    expect(someoneElse).not.toBe(frame);
    expect((await frame)?.id).toBe(first.member.id);
    expect((await someoneElse)?.id).toBe(other.member.id);
    // Once answered, the next lookup in the same context asks again: an ended session is seen.
    await signOutEverywhere(db, first.member.id);
    expect(await currentStaff(getRequest("/backoffice", first), context)).toBeNull();
  });

  it("refuses a POST from another site, even with a valid session", async () => {
    const admin = await createStaff(db, "admin", null);
    const thrown = await requireStaff(postRequest("/backoffice", {}, admin, "https://kwaadwillend.example")).catch((e: unknown) => e);
    expect((thrown as Response).status).toBe(403);
    await expect(requireStaff(postRequest("/backoffice", {}, admin))).resolves.toMatchObject({ id: admin.member.id });
  });
});

describe("invites", () => {
  it("invites a person to an organisation; accepting creates them and emails a code", async () => {
    const admin = await createStaff(db, "admin", null);
    const [school] = await db.select().from(schema.organisations).where(eq(schema.organisations.slug, "pro-de-brug-utrecht"));
    const invite = await createInvite(db, admin.member, { email: "coordinator@example.org", name: "Kees", role: "school", organisationId: school!.id });
    expect(invite.ok).toBe(true);
    const [mail] = await mails("coordinator@example.org", "uitnodiging");
    expect(mail?.text).toContain("Praktijkschool De Brug (demo)");
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail!.html)![1]!;

    expect(await acceptInvite(db, token)).toEqual({ ok: true, email: "coordinator@example.org" });
    expect(await acceptInvite(db, token)).toEqual({ ok: false });
    const code = await latestSignInCode(db, "coordinator@example.org");
    const signedIn = await signInWithCode(db, "coordinator@example.org", code, null, "10.0.0.6");
    expect(signedIn.ok).toBe(true);

    expect(await createInvite(db, admin.member, { email: "Coordinator@example.org", name: "Kees", role: "school", organisationId: school!.id })).toEqual({
      ok: false,
      reason: "bestaat_al",
    });
  });

  it("cannot be accepted once the organisation no longer fits the role", async () => {
    const admin = await createStaff(db, "admin", null);
    const [school] = await db.select().from(schema.organisations).where(eq(schema.organisations.slug, "pro-noorderlicht-amsterdam"));
    await createInvite(db, admin.member, { email: "verkeerd@example.org", name: "Vera", role: "school", organisationId: school!.id });
    await db.update(schema.organisations).set({ kind: "wsp" }).where(eq(schema.organisations.id, school!.id));
    const [mail] = await mails("verkeerd@example.org", "uitnodiging");
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail!.html)![1]!;
    expect(await acceptInvite(db, token)).toEqual({ ok: false });
    expect(await staffMemberByEmail(db, "verkeerd@example.org")).toBeNull();
    await db.update(schema.organisations).set({ kind: "school" }).where(eq(schema.organisations.id, school!.id));
  });

  it("expire after seven days", async () => {
    const admin = await createStaff(db, "admin", null);
    const start = new Date("2026-11-01T09:00:00Z");
    await createInvite(db, admin.member, { email: "te-laat@example.org", name: "Lotte", role: "admin", organisationId: null }, start);
    const [mail] = await mails("te-laat@example.org", "uitnodiging");
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail!.html)![1]!;
    expect(await acceptInvite(db, token, new Date(start.getTime() + 8 * 86400_000))).toEqual({ ok: false });
  });
});
