/**
 * The AVG side of Opstap on a real database: an employer's export, erasure (by the employer and by
 * an administrator) that keeps the figures and leaves no personal data in the audit log, and the
 * retention job.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEFAULT_RETENTION } from "~/domain/retention";
import { database, schema } from "~/lib/db.server";
import { employerAccess, newEmployerLink } from "~/models/employer-access.server";
import { sendEmployerMessage } from "~/models/employer-requests.server";
import { eraseEmployer, exportEmployerData, mergePossibleDuplicate } from "~/models/employer-privacy.server";
import { staffFigures } from "~/models/figures.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { applyRetention, isAnonymised } from "~/models/retention.server";
import { withdrawRequest } from "~/models/employer-requests.server";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { createStaff } from "../support/staff";
import { readable } from "../support/outbox";

const db = database();
const DAY = 24 * 3600 * 1000;

async function send(email: string, kvkNumber: string | null = null) {
  const [place] = await placesForPostcode(db, "3511");
  const result = await submitRequest(db, proefplaatsingRequest({ email, kvkNumber, companyName: `Bedrijf ${email}` }), place!);
  const request = (await requestByReference(db, result.reference))!;
  return { request, employerId: request.employerId };
}

/** Every text in the tables that could hold personal data, as one string to search. */
async function everything(): Promise<string> {
  const tables = await Promise.all([
    db.select().from(schema.employers),
    db.select().from(schema.requests),
    db.select().from(schema.requestEvents),
    db.select().from(schema.emailOutbox).then(readable),
    db.select().from(schema.auditLog),
  ]);
  return JSON.stringify(tables);
}

describe("export", () => {
  it("gives the employer everything held about them, in words", async () => {
    const { request, employerId } = await send("inzage@example.org", "87654321");
    await sendEmployerMessage(db, employerId, request.id, "Wij hebben ook plek op vrijdag.");
    const exported = (await exportEmployerData(db, employerId))!;
    expect(exported.werkgever).toMatchObject({ email: "inzage@example.org", kvkNummer: "87654321", contactpersoon: "Sanne de Vries" });
    expect(exported.aanvragen).toHaveLength(1);
    expect(exported.aanvragen[0]).toMatchObject({ nummer: request.reference, soort: "proefplaatsing", postcode: "3511" });
    expect(exported.aanvragen[0]!.doorgestuurdNaar).toEqual(["Praktijkschool De Brug (demo)"]);
    expect(exported.aanvragen[0]!.tijdlijn.map((t) => t.wat).join(" ")).toContain("Wij hebben ook plek op vrijdag.");
    expect(exported.emails.map((e) => e.onderwerp)).toContain(`Uw aanvraag is ontvangen (${request.reference})`);
  });
});

describe("erasure", () => {
  it("by the employer: open requests withdrawn, personal data gone, figures and counts unchanged", async () => {
    const admin = (await createStaff(db, "admin", null)).member;
    const { request, employerId } = await send("wissen@example.org", "11223344");
    await sendEmployerMessage(db, employerId, request.id, "Bel mij op 06 98765432, vraag naar Henk.");
    const link = await newEmployerLink(db, employerId);
    const before = await staffFigures(db, admin);

    expect(await eraseEmployer(db, employerId, { kind: "werkgever" })).toBe(true);

    const after = await staffFigures(db, admin);
    // Withdrawn, the request is no longer open; everything counted about what came in stays.
    const counted = ({ overall: o }: typeof before) => ({ newCount: o.newCount, responded: o.responded, placed: o.placed, closed: o.closed, perWeek: o.perWeek });
    expect(before.overall.newCount).toBeGreaterThan(0);
    expect(counted(after)).toEqual(counted(before));
    const stored = (await requestByReference(db, request.reference))!;
    expect(stored.status).toBe("ingetrokken");
    expect(stored.details).toEqual({ gewist: true });
    const dump = await everything();
    for (const personal of ["wissen@example.org", "11223344", "Henk", "06 98765432", "Bedrijf wissen@"]) {
      expect(dump).not.toContain(personal);
    }
    expect(await employerAccess(db, link)).toBeNull();
    // The school that had it heard, without the employer's details; the log says what, not who.
    const [notice] = await readable(
      await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.idempotencyKey, `${request.reference}/gewist`)),
    );
    expect(notice?.toAddress).toBe("pro-de-brug-utrecht@example.org");
    expect(notice?.text).toContain("ingetrokken");
    const [entry] = await db.select().from(schema.auditLog).where(eq(schema.auditLog.action, "privacy"));
    expect(entry?.summary).toMatch(/werkgever gewist op hun eigen verzoek: 1 aanvraag/);
    expect(await eraseEmployer(db, employerId, { kind: "werkgever" })).toBe(false);
  });

  it("by an administrator, recorded with who did it", async () => {
    const admin = await createStaff(db, "admin", null, "privacy-beheer@example.org");
    const { employerId } = await send("door-beheer@example.org");
    expect(await eraseEmployer(db, employerId, { kind: "beheerder", staffMemberId: admin.member.id })).toBe(true);
    const entries = await db.select().from(schema.auditLog).where(eq(schema.auditLog.staffMemberId, admin.member.id));
    expect(entries.map((e) => e.summary).join(" ")).toContain("door een beheerder");
    expect(JSON.stringify(entries)).not.toContain("door-beheer@example.org");
  });
});

describe("possible duplicates", () => {
  it("merges only when staff decide, and the kept mailbox alone opens the requests", async () => {
    const admin = (await createStaff(db, "admin", null)).member;
    const first = await send("kantoor@dubbel.example.org", "55667788");
    const second = await send("filiaal@dubbel.example.org", "55667788");
    expect(second.employerId).not.toBe(first.employerId);
    const oldLink = await newEmployerLink(db, first.employerId);
    expect(await mergePossibleDuplicate(db, admin, second.employerId)).toBe(true);
    const moved = await db.select().from(schema.requests).where(eq(schema.requests.employerId, first.employerId));
    expect(moved).toHaveLength(2);
    expect(await employerAccess(db, oldLink)).toBeNull();
  });
});

describe("retention", () => {
  it("removes personal data of requests closed longer ago than the period, and says so in the log", async () => {
    const { request, employerId } = await send("bewaren@example.org");
    await withdrawRequest(db, employerId, request.id);
    const closedAt = (await requestByReference(db, request.reference))!.closedAt!;

    const early = await applyRetention(db, DEFAULT_RETENTION, new Date(closedAt.getTime() + 10 * DAY));
    expect(await isAnonymised(db, request.id)).toBe(false);
    expect(early.requestsAnonymised).toBe(0);

    const late = new Date(closedAt.getTime() + (DEFAULT_RETENTION.closedRequestDays + 1) * DAY);
    const report = await applyRetention(db, DEFAULT_RETENTION, late);
    expect(report.requestsAnonymised).toBeGreaterThanOrEqual(1);
    expect(report.employersErased).toBeGreaterThanOrEqual(1);
    expect(await isAnonymised(db, request.id)).toBe(true);
    const [employer] = await db.select().from(schema.employers).where(eq(schema.employers.id, employerId));
    expect(employer?.erasedAt).not.toBeNull();
    expect(await everything()).not.toContain("bewaren@example.org");
    const log = await db.select().from(schema.auditLog).where(eq(schema.auditLog.action, "privacy"));
    expect(log.map((l) => l.summary).join(" ")).toMatch(/Bewaartermijnen: \d+ afgesloten aanvragen zonder persoonsgegevens gemaakt/);
    // A second run finds nothing more to do for this request.
    const again = await applyRetention(db, DEFAULT_RETENTION, late);
    expect(again.requestsAnonymised).toBe(0);
  });

  it("keeps open requests, however old", async () => {
    const { request } = await send("lang-open@example.org");
    await applyRetention(db, DEFAULT_RETENTION, new Date(Date.now() + 5 * 365 * DAY));
    expect(await isAnonymised(db, request.id)).toBe(false);
  });
});
