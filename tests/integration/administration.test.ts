/**
 * Administration against the demo data: organisations (form rules, service area, pause), people
 * and invites, the CSV upload, the outbox retry and the audit log's pages.
 */

import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ORGANISATION_CSV_COLUMNS, parseOrganisationCsv } from "~/domain/organisation-csv";
import { csvUploadProblem, decodeCsvUpload, editOrganisationSchema, newOrganisationSchema } from "~/forms/administration";
import { database, schema } from "~/lib/db.server";
import { deliverDueEmails, devMailboxTransport } from "~/jobs/outbox-worker.server";
import { auditLogPage, logAudit } from "~/models/audit-log.server";
import {
  changeStaffRole,
  inviteStaff,
  openInvites,
  revokeInvite,
  setStaffActive,
} from "~/models/admin-people.server";
import {
  createOrganisation,
  importOrganisationsUpload,
  listOrganisations,
  organisationForEdit,
  setOrganisationActive,
  updateOrganisation,
} from "~/models/admin-organisations.server";
import { outboxOverview, retryAllFailedEmails, retryEmail } from "~/models/admin-outbox.server";
import { knownPlaces } from "~/models/organisations.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { keyedHash, staffForSession } from "~/models/staff-auth.server";
import { type StaffMember } from "~/models/staff-scope.server";
import { loader as overviewLoader } from "~/routes/backoffice.beheer._index";
import { action as importAction, loader as importLoader } from "~/routes/backoffice.beheer.import";
import { loader as exampleLoader } from "~/routes/backoffice.beheer.import.voorbeeld";
import { loader as logLoader } from "~/routes/backoffice.beheer.logboek";
import { action as peopleAction, loader as peopleLoader } from "~/routes/backoffice.beheer.mensen";
import { action as editAction, loader as editLoader } from "~/routes/backoffice.beheer.organisaties.$id";
import { loader as listLoader } from "~/routes/backoffice.beheer.organisaties._index";
import { action as newAction, loader as newLoader } from "~/routes/backoffice.beheer.organisaties.nieuw";
import { action as outboxAction, loader as outboxLoader } from "~/routes/backoffice.beheer.outbox";
import { loader as schoolsLoader } from "~/routes/backoffice.scholen";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { createStaff, getRequest, postRequest, type TestStaff } from "../support/staff";
import { readable } from "../support/outbox";
import { parseFormSubmission } from "~/forms/submission";

const db = database();

async function demoAdmin(): Promise<StaffMember> {
  const [row] = await db.select().from(schema.staffMembers).where(eq(schema.staffMembers.role, "admin")).limit(1);
  return {
    id: row!.id,
    name: row!.name,
    email: row!.email,
    role: "admin",
    digestEnabled: true,
    sessionId: "test",
    organisation: null,
  };
}

async function organisationBySlug(slug: string) {
  const [row] = await db.select().from(schema.organisations).where(eq(schema.organisations.slug, slug));
  return row!;
}

/** The form as the browser posts it; arrays become repeated fields, like check boxes. */
function formData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

const schoolForm = {
  name: "Praktijkschool De Test",
  slug: "pro-de-test-utrecht",
  kind: "school",
  regionSlug: "midden-utrecht",
  schoolType: "pro",
  contactEmail: "stage@de-test.example.org",
  contactPhone: "030 1234567",
  website: "https://de-test.example.org",
  sectors: ["horeca", "groen"],
  takesProefplaatsing: "on",
  offersGroepsstage: "on",
  groepsstageMinSize: "4",
  groepsstageMaxSize: "8",
  capacityPerSchoolYear: "30",
  serviceArea: ["GM0344", "GM0356"],
  active: "on",
};

async function parseNew(values: Record<string, string | string[]>) {
  return parseFormSubmission(formData(values), { schema: newOrganisationSchema(await knownPlaces(db)) });
}

async function staffMember(email: string, role: "wsp" | "school" = "school") {
  const brug = await organisationBySlug(role === "school" ? "pro-de-brug-utrecht" : "wsp-midden-utrecht");
  const [member] = await db
    .insert(schema.staffMembers)
    .values({ email, name: `Test ${email}`, role, organisationId: brug.id })
    .returning();
  return member!;
}

describe("organisations", () => {
  it("creates a school from the form, with its service area and an audit entry", async () => {
    const admin = await demoAdmin();
    const submission = await parseNew(schoolForm);
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    const result = await createOrganisation(db, admin, submission.value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const found = await organisationForEdit(db, admin, result.id);
    expect(found?.organisation).toMatchObject({
      slug: "pro-de-test-utrecht",
      schoolType: "pro",
      sectors: ["horeca", "groen"],
      groepsstageMinSize: 4,
      groepsstageMaxSize: 8,
      capacityPerSchoolYear: 30,
      active: true,
    });
    expect(found?.serviceArea).toEqual(["GM0344", "GM0356"]);
    const [entry] = await auditLogPage(db, { staffMemberId: admin.id }, 1).then((p) => p.entries);
    // Words, not codes: the kind and the region's name.
    expect(entry).toMatchObject({
      action: "beheer",
      summary: "Organisatie Praktijkschool De Test toegevoegd (school in Midden-Utrecht)",
    });

    // The same slug again is refused, beside the slug field.
    expect(await createOrganisation(db, admin, submission.value)).toEqual({
      ok: false,
      field: "slug",
      message: "Deze korte naam is al in gebruik. Kies een andere.",
    });
  });

  it("refuses a bad email, a service area outside the region and a smallest group above the largest", async () => {
    const submission = await parseNew({
      ...schoolForm,
      slug: "pro-fout",
      contactEmail: "geen-email",
      serviceArea: ["GM0344", "GM0363"],
      groepsstageMinSize: "10",
      groepsstageMaxSize: "5",
    });
    expect(submission.status).toBe("error");
    expect(submission.reply().error).toMatchObject({
      contactEmail: ["Vul een e-mailadres in zoals naam@school.nl."],
      serviceArea: ["Het werkgebied past niet bij de gekozen regio. Kies de gemeenten van de nieuwe regio."],
      groepsstageMaxSize: ["De grootste groep is kleiner dan de kleinste."],
    });
  });

  it("takes the same websites as the CSV import: https with a real host name", async () => {
    const places = await knownPlaces(db);
    const csvRow = (website: string) =>
      `${ORGANISATION_CSV_COLUMNS.join(",")}\npro-website,school,Website school,midden-utrecht,pro,,ja,nee,,,10,GM0344,w@example.org,,${website},ja`;
    const cases: Array<[string, boolean]> = [
      ["http://x", false],
      ["http://www.school.nl", false],
      ["https://x", false],
      ["https://www.school.nl", true],
      ["https://school.nl/stages", true],
    ];
    for (const [website, good] of cases) {
      const submission = await parseNew({ ...schoolForm, slug: "pro-website", website });
      expect(submission.status, website).toBe(good ? "success" : "error");
      expect(parseOrganisationCsv(csvRow(website), places).ok, website).toBe(good);
      if (!good) {
        expect(submission.reply().error).toEqual({
          website: ["Vul een webadres in dat begint met https://, zoals https://www.school.nl."],
        });
      }
    }
  });

  it("refuses group sizes and a capacity beyond what the database holds with a message, never a database error", async () => {
    const submission = await parseNew({
      ...schoolForm,
      slug: "pro-te-groot",
      groepsstageMinSize: "2147483648",
      groepsstageMaxSize: "1e400",
      capacityPerSchoolYear: "99999999999999999999",
    });
    expect(submission.status).toBe("error");
    expect(submission.reply().error).toMatchObject({
      groepsstageMinSize: ["Vul een getal tot en met 100 in."],
      groepsstageMaxSize: ["Vul een heel getal in."],
      capacityPerSchoolYear: expect.arrayContaining(["Vul een getal tot en met 9999 in."]),
    });
    const negative = await parseNew({ ...schoolForm, slug: "pro-negatief", capacityPerSchoolYear: "-1" });
    expect(negative.reply().error).toMatchObject({ capacityPerSchoolYear: ["Vul een getal van 0 of meer in."] });
  });

  it("applies the import's rules: a school needs its type, group sizes when it does groepsstages, and a service area", async () => {
    const submission = await parseNew({
      ...schoolForm,
      slug: "Niet Goed",
      schoolType: [],
      groepsstageMinSize: "",
      serviceArea: [],
    });
    expect(Object.keys(submission.reply().error ?? {}).sort()).toEqual([
      "groepsstageMinSize",
      "schoolType",
      "serviceArea",
      "slug",
    ]);
  });

  it("ignores a school type and group sizes that do not apply", async () => {
    const submission = await parseNew({ ...schoolForm, kind: "wsp", offersGroepsstage: [] });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toMatchObject({ schoolType: null, groepsstageMinSize: null, groepsstageMaxSize: null });
  });

  it("edits an organisation, and refuses municipalities of the old region after the region changed", async () => {
    const admin = await demoAdmin();
    const anker = await organisationBySlug("vso-het-anker-zeist");
    const edit = editOrganisationSchema(await knownPlaces(db));
    const moved = parseFormSubmission(
      formData({ ...schoolForm, name: anker.name, schoolType: "vso", regionSlug: "groot-amsterdam", serviceArea: ["GM0355"] }),
      { schema: edit },
    );
    expect(moved.reply().error?.serviceArea).toBeDefined();

    // The model checks it too, whoever calls it.
    const values = parseFormSubmission(
      formData({ ...schoolForm, name: "VSO Het Anker (nieuw)", schoolType: "vso", serviceArea: ["GM0355"] }),
      {
        schema: edit,
      },
    );
    if (values.status !== "success") throw new Error("form should be valid");
    expect(await updateOrganisation(db, admin, anker.id, { ...values.value, regionSlug: "groot-amsterdam" })).toMatchObject({
      ok: false,
      field: "serviceArea",
      message: expect.any(String),
    });

    expect(await updateOrganisation(db, admin, anker.id, values.value)).toEqual({ ok: true, id: anker.id });
    const saved = await organisationForEdit(db, admin, anker.id);
    expect(saved?.organisation.name).toBe("VSO Het Anker (nieuw)");
    expect(saved?.serviceArea).toEqual(["GM0355"]);
    expect(await updateOrganisation(db, admin, crypto.randomUUID(), values.value)).toBeNull();
  });

  it("gives a WSP without ticked municipalities its whole region, and a region only one WSP", async () => {
    const admin = await demoAdmin();
    const places = await knownPlaces(db);
    const submission = await parseNew({ ...schoolForm, kind: "wsp", slug: "wsp-tweede-utrecht", serviceArea: [] });
    if (submission.status !== "success") throw new Error("form should be valid");
    expect([...submission.value.serviceArea].sort()).toEqual([...places.municipalitiesByRegion.get("midden-utrecht")!].sort());
    expect(await createOrganisation(db, admin, submission.value)).toEqual({
      ok: false,
      field: "regionSlug",
      message: "Deze regio heeft al een werkgeversservicepunt: Werkgeversservicepunt Midden-Utrecht (demo).",
    });
  });

  it("keeps the kind of an organisation that people work for", async () => {
    const admin = await demoAdmin();
    await staffMember("soort@wsp.example.org", "wsp");
    const wsp = await organisationBySlug("wsp-midden-utrecht");
    const values = parseFormSubmission(formData({ ...schoolForm, name: wsp.name, serviceArea: ["GM0344"] }), {
      schema: editOrganisationSchema(await knownPlaces(db)),
    });
    if (values.status !== "success") throw new Error("form should be valid");
    expect(await updateOrganisation(db, admin, wsp.id, values.value)).toEqual({
      ok: false,
      field: "kind",
      message: "Er werken mensen bij deze organisatie. Geef hen eerst een andere organisatie.",
    });
    expect((await organisationBySlug("wsp-midden-utrecht")).kind).toBe("wsp");
  });

  it("pauses an organisation and makes it active again", async () => {
    const admin = await demoAdmin();
    const brug = await organisationBySlug("pro-de-brug-utrecht");
    expect(await setOrganisationActive(db, admin, brug.id, false)).toBe(true);
    expect((await organisationBySlug("pro-de-brug-utrecht")).active).toBe(false);
    const listed = await listOrganisations(db, admin, { regionSlug: "midden-utrecht", kind: "school" });
    expect(listed.find((x) => x.id === brug.id)).toMatchObject({ active: false, openRequests: expect.any(Number) });
    expect(listed.every((x) => x.kind === "school" && x.regionSlug === "midden-utrecht")).toBe(true);
    expect(await setOrganisationActive(db, admin, brug.id, true)).toBe(true);
    expect((await organisationBySlug("pro-de-brug-utrecht")).active).toBe(true);
    const logged = (await auditLogPage(db, { staffMemberId: admin.id }, 2)).entries.map((e) => e.summary);
    expect(logged).toEqual([`Organisatie ${brug.name} weer actief gemaakt`, `Organisatie ${brug.name} gepauzeerd`]);
    expect(await setOrganisationActive(db, admin, "geen-id", false)).toBe(false);
  });

  it("counts a school's open requests and the region's for its WSP", async () => {
    const admin = await demoAdmin();
    const [place] = await placesForPostcode(db, "3511");
    await submitRequest(db, proefplaatsingRequest({ email: "telling@example.org" }), place!);
    const listed = await listOrganisations(db, admin, { regionSlug: "midden-utrecht" });
    const wsp = listed.find((x) => x.kind === "wsp");
    const schools = listed.filter((x) => x.kind === "school");
    expect(wsp?.openRequests).toBeGreaterThanOrEqual(1);
    expect(schools.reduce((sum, s) => sum + s.openRequests, 0)).toBeGreaterThanOrEqual(1);
  });
});

describe("people and invites", () => {
  it("invites someone: the email with its link is queued, and the invite is listed as open", async () => {
    const admin = await demoAdmin();
    const brug = await organisationBySlug("pro-de-brug-utrecht");
    const result = await inviteStaff(db, admin, {
      name: "Fatima Bakker",
      email: "fatima@brug.example.org",
      role: "school",
      organisationId: brug.id,
    });
    expect(result).toEqual({ ok: true });
    const [logged] = (await auditLogPage(db, { staffMemberId: admin.id }, 1)).entries;
    expect(logged?.summary).toBe(`Fatima Bakker (fatima@brug.example.org) uitgenodigd als Coördinator school bij ${brug.name}`);
    const [email] = await readable(await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, "fatima@brug.example.org")));
    expect(email).toMatchObject({ template: "uitnodiging", status: "pending" });
    expect(email!.text).toMatch(/\/uitnodiging\/[\w-]{20,}/);
    expect((await openInvites(db)).find((i) => i.email === "fatima@brug.example.org")).toMatchObject({
      organisationName: brug.name,
      expired: false,
    });

    // A second open invite for the same address, and an invite for someone already here, are refused.
    expect(
      await inviteStaff(db, admin, { name: "Fatima", email: "FATIMA@brug.example.org", role: "school", organisationId: brug.id }),
    ).toMatchObject({
      ok: false,
      field: "email",
    });
    expect(await inviteStaff(db, admin, { name: "Beheer", email: admin.email, role: "admin" })).toMatchObject({
      ok: false,
      field: "email",
    });
  });

  it("refuses a role that does not fit the organisation", async () => {
    const admin = await demoAdmin();
    const wsp = await organisationBySlug("wsp-midden-utrecht");
    expect(
      await inviteStaff(db, admin, { name: "Piet", email: "piet@example.org", role: "school", organisationId: wsp.id }),
    ).toEqual({
      ok: false,
      field: "organisationId",
      message: "Een coördinator hoort bij een school.",
    });
    expect(await inviteStaff(db, admin, { name: "Piet", email: "piet@example.org", role: "wsp" })).toMatchObject({
      ok: false,
      field: "organisationId",
    });
    expect(
      await inviteStaff(db, admin, { name: "Piet", email: "piet@example.org", role: "wsp", organisationId: crypto.randomUUID() }),
    ).toMatchObject({
      ok: false,
      message: "Kies een organisatie uit de lijst.",
    });
  });

  it("revokes an invite, after which it is no longer open", async () => {
    const admin = await demoAdmin();
    const wsp = await organisationBySlug("wsp-midden-utrecht");
    await inviteStaff(db, admin, { name: "Jan de Wit", email: "jan@wsp.example.org", role: "wsp", organisationId: wsp.id });
    const invite = (await openInvites(db)).find((i) => i.email === "jan@wsp.example.org")!;
    expect(await revokeInvite(db, admin, invite.id)).toBe(true);
    expect((await openInvites(db)).some((i) => i.id === invite.id)).toBe(false);
    expect(await revokeInvite(db, admin, invite.id)).toBe(false);
    const [row] = await db.select().from(schema.staffInvites).where(eq(schema.staffInvites.id, invite.id));
    expect(row?.revokedAt).toBeInstanceOf(Date);
  });

  it("shows an invite past its date as expired", async () => {
    const admin = await demoAdmin();
    const longAgo = new Date(Date.now() - 30 * 86400_000);
    await inviteStaff(db, admin, { name: "Oud", email: "oud@example.org", role: "admin" }, longAgo);
    expect((await openInvites(db)).find((i) => i.email === "oud@example.org")?.expired).toBe(true);
  });

  it("blocking a person ends all their sessions; unblocking lets them sign in again", async () => {
    const admin = await demoAdmin();
    const member = await staffMember("blok@brug.example.org");
    const tokens = ["sessie-een", "sessie-twee"];
    for (const token of tokens) {
      await db.insert(schema.staffSessions).values({ staffMemberId: member.id, tokenHash: keyedHash("sessie", token) });
    }
    expect(await staffForSession(db, tokens[0]!)).not.toBeNull();

    expect(await setStaffActive(db, admin, member.id, false)).toEqual({ ok: true });
    const sessions = await db.select().from(schema.staffSessions).where(eq(schema.staffSessions.staffMemberId, member.id));
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);
    expect(await staffForSession(db, tokens[1]!)).toBeNull();

    expect(await setStaffActive(db, admin, member.id, true)).toEqual({ ok: true });
    const [after] = await db.select().from(schema.staffMembers).where(eq(schema.staffMembers.id, member.id));
    expect(after?.active).toBe(true);
    expect(await setStaffActive(db, admin, admin.id, false)).toMatchObject({ ok: false });
  });

  it("changes a person's role only together with a fitting organisation", async () => {
    const admin = await demoAdmin();
    const member = await staffMember("wissel@brug.example.org");
    const wsp = await organisationBySlug("wsp-midden-utrecht");
    expect(await changeStaffRole(db, admin, member.id, { role: "wsp", organisationId: null })).toMatchObject({
      ok: false,
      field: "organisationId",
    });
    expect(await changeStaffRole(db, admin, member.id, { role: "wsp", organisationId: wsp.id })).toEqual({ ok: true });
    const [after] = await db.select().from(schema.staffMembers).where(eq(schema.staffMembers.id, member.id));
    expect(after).toMatchObject({ role: "wsp", organisationId: wsp.id });
    const [logged] = (await auditLogPage(db, { staffMemberId: admin.id }, 1)).entries;
    expect(logged?.summary).toBe(
      `Rol van ${member.name} gewijzigd in Accountmanager werkgeversservicepunt bij Werkgeversservicepunt Midden-Utrecht (demo)`,
    );
    expect(await changeStaffRole(db, admin, member.id, { role: "admin", organisationId: null })).toEqual({ ok: true });
    const [toAdmin] = (await auditLogPage(db, { staffMemberId: admin.id }, 1)).entries;
    expect(toAdmin?.summary).toBe(`Rol van ${member.name} gewijzigd in Beheerder`);
    expect(await changeStaffRole(db, admin, admin.id, { role: "wsp", organisationId: wsp.id })).toMatchObject({ ok: false });
  });
});

describe("routing-data upload", () => {
  const header = ORGANISATION_CSV_COLUMNS.join(",");

  it("checks the file before reading it", () => {
    expect(csvUploadProblem(null)).toMatch(/Kies eerst/);
    expect(csvUploadProblem({ name: "", type: "application/octet-stream", size: 0 })).toMatch(/Kies eerst/);
    expect(csvUploadProblem({ name: "lijst.xlsx", type: "application/vnd.openxmlformats", size: 10 })).toMatch(/geen CSV/);
    expect(csvUploadProblem({ name: "lijst.csv", type: "text/csv", size: 0 })).toBe("Het bestand is leeg.");
    expect(csvUploadProblem({ name: "LIJST.CSV", type: "application/vnd.ms-excel", size: 3_000_000 })).toMatch(/2 MB/);
    expect(csvUploadProblem({ name: "lijst.csv", type: "application/vnd.ms-excel", size: 300 })).toBeNull();
    expect(decodeCsvUpload(new Uint8Array([0xef, 0xbb, 0xbf, 0x20]).buffer)).toEqual({
      ok: false,
      message: "Het bestand is leeg.",
    });
    expect(decodeCsvUpload(new Uint8Array([0x53, 0x63, 0x68, 0xe9]).buffer)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/UTF-8/),
    });
  });

  it("reports row errors and imports nothing, or imports every row and logs it", async () => {
    const admin = await demoAdmin();
    const bad = [header, "pro-upload,school,Upload school,nergens,pro,,ja,nee,,,10,GM0344,geen-email,,,ja"].join("\n");
    const failed = await importOrganisationsUpload(db, admin, bad);
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.errors.map((e) => `${e.row}:${e.column}`).sort()).toEqual(["2:email", "2:regio"]);

    const good = [
      header,
      "pro-upload,school,Upload school,midden-utrecht,pro,,ja,nee,,,10,GM0344,upload@example.org,,,ja",
      "pro-de-brug-utrecht,school,Praktijkschool De Brug (demo),midden-utrecht,pro,detailhandel|logistiek|groen,ja,ja,5,10,40,GM0344|GM0356,pro-de-brug-utrecht@example.org,,,ja",
    ].join("\n");
    expect(await importOrganisationsUpload(db, admin, good)).toEqual({ ok: true, created: 1, updated: 1 });
    const [entry] = (await auditLogPage(db, { staffMemberId: admin.id }, 1)).entries;
    expect(entry?.summary).toBe("Import van organisaties: 1 organisatie toegevoegd, 1 bijgewerkt");
  });

  it("refuses a school whose service area lies in another region, as the form does", async () => {
    const admin = await demoAdmin();
    const csv = [header, "pro-grens,school,Grensschool,midden-utrecht,pro,,ja,nee,,,10,GM0344|GM0363,grens@example.org,,,ja"].join("\n");
    expect(await importOrganisationsUpload(db, admin, csv)).toEqual({
      ok: false,
      errors: [
        {
          row: 2,
          column: "werkgebied",
          message: "gemeente GM0363 hoort bij regio groot-amsterdam, niet bij midden-utrecht; kies alleen gemeenten uit de eigen regio",
        },
      ],
    });
    expect(await db.select().from(schema.organisations).where(eq(schema.organisations.slug, "pro-grens"))).toEqual([]);
  });
});

describe("outbox", () => {
  async function outboxRow(values: Partial<typeof schema.emailOutbox.$inferInsert>) {
    const [row] = await db
      .insert(schema.emailOutbox)
      .values({
        idempotencyKey: crypto.randomUUID(),
        template: "inlogcode",
        toAddress: "iemand@example.org",
        subject: "Uw code",
        html: "<p>code</p>",
        text: "code",
        ...values,
      })
      .returning();
    return row!;
  }

  it("puts a failed email back in the queue so the worker sends it, and leaves others alone", async () => {
    const admin = await demoAdmin();
    const later = new Date(Date.now() + 3600_000);
    const failed = await outboxRow({
      status: "failed",
      attempts: 8,
      lastError: "500: stuk",
      nextAttemptAt: later,
      lockedUntil: later,
    });
    const sending = await outboxRow({ status: "sending", attempts: 1, lockedUntil: later });

    const overview = await outboxOverview(db);
    expect(overview.perStatus.failed).toBeGreaterThanOrEqual(1);
    expect(overview.emails.find((e) => e.id === failed.id)).toMatchObject({ status: "failed", lastError: "500: stuk" });

    expect(await retryEmail(db, admin, sending.id)).toBe(false);
    expect(await retryEmail(db, admin, failed.id)).toBe(true);
    const [retried] = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.id, failed.id));
    expect(retried).toMatchObject({ status: "pending", lockedUntil: null, attempts: 0 });
    expect(retried!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);

    await deliverDueEmails(db, devMailboxTransport, { batchSize: 500 });
    const [sent] = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.id, failed.id));
    expect(sent?.status).toBe("sent");
    const [untouched] = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.id, sending.id));
    expect(untouched?.status).toBe("sending");
  });

  it("retries every failed email at once", async () => {
    const admin = await demoAdmin();
    await outboxRow({ status: "failed", attempts: 8 });
    await outboxRow({ status: "failed", attempts: 3 });
    expect(await retryAllFailedEmails(db, admin)).toBeGreaterThanOrEqual(2);
    const stillFailed = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.status, "failed"));
    expect(stillFailed).toEqual([]);
    expect(await retryAllFailedEmails(db, admin)).toBe(0);
  });
});

describe("audit log", () => {
  it("pages newest first, 50 at a time, without gaps or overlaps", async () => {
    const member = await staffMember("logboek@brug.example.org");
    const start = Date.now() - 200_000;
    for (let i = 0; i < 120; i += 1) {
      await logAudit(db, member, "bekeken", `Regel ${i}`, null, new Date(start + i * 1000));
    }
    const seen: string[] = [];
    let before: number | null = null;
    const sizes: number[] = [];
    do {
      const page: Awaited<ReturnType<typeof auditLogPage>> = await auditLogPage(db, { staffMemberId: member.id, before });
      sizes.push(page.entries.length);
      seen.push(...page.entries.map((e) => e.summary));
      before = page.nextBefore;
    } while (before !== null);
    expect(sizes).toEqual([50, 50, 20]);
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => `Regel ${119 - i}`));
  });

  it("filters by request reference and shows the reference", async () => {
    const admin = await demoAdmin();
    const [place] = await placesForPostcode(db, "3511");
    const { reference } = await submitRequest(db, proefplaatsingRequest({ email: "logboek@example.org" }), place!);
    const request = await requestByReference(db, reference);
    await logAudit(db, admin, "bekeken", "Aanvraag bekeken", request!.id);
    const page = await auditLogPage(db, { reference: reference.toLowerCase() });
    expect(page.entries).toEqual([expect.objectContaining({ reference, summary: "Aanvraag bekeken", staffName: admin.name })]);
    expect(await auditLogPage(db, { staffMemberId: "geen-id" })).toEqual({ entries: [], nextBefore: null });
    // Ids, references and positions the database would refuse find nothing instead of throwing.
    const nothing = { entries: [], nextBefore: null };
    expect(await auditLogPage(db, { staffMemberId: "-".repeat(36) })).toEqual(nothing);
    expect(await auditLogPage(db, { staffMemberId: `${"0".repeat(32)}----` })).toEqual(nothing);
    expect(await auditLogPage(db, { reference: "OP-\u0000" })).toEqual(nothing);
    expect(await auditLogPage(db, { before: Number.MAX_SAFE_INTEGER + 2 })).toEqual(nothing);
    expect(await auditLogPage(db, { before: 0.5 })).toEqual(nothing);
    // Entries of one request are found by its reference only.
    const rows = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.requestId, request!.id)))
      .orderBy(asc(schema.auditLog.id));
    expect(rows).toHaveLength(1);
  });
});

describe("the administration routes", () => {
  type Handler = (args: {
    request: Request;
    params: Record<string, string>;
    context: Record<string, unknown>;
  }) => Promise<unknown>;

  /** What Remix would send: a thrown or returned Response, or data with its status. */
  async function call(handler: Handler, request: Request, params: Record<string, string> = {}) {
    try {
      const result = (await handler({ request, params, context: { cspNonce: "", clientIp: "127.0.0.1" } })) as unknown;
      if (result instanceof Response)
        return { status: result.status, location: result.headers.get("Location"), body: null as unknown, response: result };
      if (result && typeof result === "object" && "init" in result && "data" in result) {
        const { data, init } = result as { data: unknown; init: { status?: number } | null };
        return { status: init?.status ?? 200, location: null, body: data, response: null };
      }
      return { status: 200, location: null, body: result, response: null };
    } catch (thrown) {
      if (thrown instanceof Response)
        return { status: thrown.status, location: thrown.headers.get("Location"), body: null as unknown, response: thrown };
      throw thrown;
    }
  }

  function upload(who: TestStaff, file: File | null, extra: Record<string, string> = {}) {
    const body = new FormData();
    if (file) body.append("bestand", file);
    for (const [k, v] of Object.entries(extra)) body.append(k, v);
    return new Request("http://localhost:3000/backoffice/beheer/import", {
      method: "POST",
      headers: { Origin: "http://localhost:3000", Cookie: who.cookie },
      body,
    });
  }

  let admin: TestStaff;
  let school: TestStaff;

  it("answers 404 to staff who are not administrators, and sends visitors to sign in", async () => {
    admin = await createStaff(db, "admin", null);
    school = await createStaff(db, "school", "pro-de-brug-utrecht");
    const brug = await organisationBySlug("pro-de-brug-utrecht");
    const pages: Array<[Handler, string, Record<string, string>]> = [
      [overviewLoader as Handler, "/backoffice/beheer", {}],
      [listLoader as Handler, "/backoffice/beheer/organisaties", {}],
      [newLoader as Handler, "/backoffice/beheer/organisaties/nieuw", {}],
      [editLoader as Handler, `/backoffice/beheer/organisaties/${brug.id}`, { id: brug.id }],
      [peopleLoader as Handler, "/backoffice/beheer/mensen", {}],
      [importLoader as Handler, "/backoffice/beheer/import", {}],
      [exampleLoader as Handler, "/backoffice/beheer/import/voorbeeld", {}],
      [outboxLoader as Handler, "/backoffice/beheer/outbox", {}],
      [logLoader as Handler, "/backoffice/beheer/logboek", {}],
    ];
    for (const [loader, path, params] of pages) {
      expect((await call(loader, getRequest(path, admin), params)).status, path).toBe(200);
      expect((await call(loader, getRequest(path, school), params)).status, path).toBe(404);
      const anonymous = await call(loader, getRequest(path, null), params);
      expect(anonymous.status, path).toBe(302);
      expect(anonymous.location).toMatch(/^\/inloggen\?terug=/);
    }
    const actions: Array<[Handler, string, Record<string, string>]> = [
      [newAction as Handler, "/backoffice/beheer/organisaties/nieuw", {}],
      [editAction as Handler, `/backoffice/beheer/organisaties/${brug.id}`, { id: brug.id }],
      [peopleAction as Handler, "/backoffice/beheer/mensen", {}],
      [outboxAction as Handler, "/backoffice/beheer/outbox", {}],
    ];
    for (const [action, path, params] of actions) {
      expect((await call(action, postRequest(path, { intent: "pauzeren" }, school), params)).status, path).toBe(404);
    }
    expect((await call(importAction as Handler, upload(school, null))).status).toBe(404);
    expect(
      (
        await call(editLoader as Handler, getRequest(`/backoffice/beheer/organisaties/${crypto.randomUUID()}`, admin), {
          id: "x",
        })
      ).status,
    ).toBe(404);
  });

  it("answers 404 to an id that only looks like a uuid, and an empty log to a bad filter, never a database error", async () => {
    const dashes = "-".repeat(36);
    const path = `/backoffice/beheer/organisaties/${dashes}`;
    expect((await call(editLoader as Handler, getRequest(path, admin), { id: dashes })).status).toBe(404);
    expect((await call(editAction as Handler, postRequest(path, { intent: "pauzeren" }, admin), { id: dashes })).status).toBe(404);
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(schoolForm)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
    }
    const edit = new Request(`http://localhost:3000${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost:3000", Cookie: admin.cookie },
      body: form,
    });
    expect((await call(editAction as Handler, edit, { id: dashes })).status).toBe(404);

    await logAudit(db, admin.member, "beheer", "Regel voor het filter");
    for (const filter of [`persoon=${dashes}`, "persoon=%00", "aanvraag=OP-%00", `voor=${"9".repeat(15)}&persoon=${dashes}`]) {
      const log = await call(logLoader as Handler, getRequest(`/backoffice/beheer/logboek?${filter}`, admin));
      expect(log.status, filter).toBe(200);
      expect((log.body as { entries: unknown[] }).entries, filter).toEqual([]);
    }

    // People and outbox forms take only real uuids, so a crafted id is a form error.
    for (const [action, target, values] of [
      [peopleAction, "/backoffice/beheer/mensen", { intent: "blokkeren", memberId: dashes }],
      [peopleAction, "/backoffice/beheer/mensen", { intent: "intrekken", inviteId: dashes }],
      [outboxAction, "/backoffice/beheer/outbox", { intent: "opnieuw", emailId: dashes }],
    ] as const) {
      expect((await call(action as Handler, postRequest(target, values, admin))).status, values.intent).toBe(400);
    }
  });

  it("serves the example file with a byte order mark for Excel", async () => {
    const result = await call(exampleLoader as Handler, getRequest("/backoffice/beheer/import/voorbeeld", admin));
    expect(result.response?.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    // Read as bytes: decoding text would drop the byte order mark.
    const bytes = Buffer.from(await result.response!.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3).toString("utf8").startsWith("slug,soort,naam")).toBe(true);
  });

  it("answers every kind of bad upload with a Dutch message, never a 500", async () => {
    const header = ORGANISATION_CSV_COLUMNS.join(",");
    const cases: Array<[File | null, RegExp]> = [
      [null, /Kies eerst/],
      [new File([], "", { type: "application/octet-stream" }), /Kies eerst/],
      [
        new File(["PK\u0003\u0004"], "lijst.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
        /geen CSV/,
      ],
      [new File([], "leeg.csv", { type: "text/csv" }), /leeg/],
      [new File(["x".repeat(2_100_000)], "groot.csv", { type: "text/csv" }), /groter dan 2 MB/],
      [new File([new Uint8Array([0x53, 0x63, 0x68, 0xe9, 0x0a])], "latin.csv", { type: "text/csv" }), /UTF-8/],
    ];
    for (const [file, message] of cases) {
      const result = await call(importAction as Handler, upload(admin, file));
      expect(result.status, file?.name).toBe(400);
      expect((result.body as { problem: string }).problem).toMatch(message);
    }
    const notMultipart = await call(importAction as Handler, postRequest("/backoffice/beheer/import", { bestand: "x" }, admin));
    expect(notMultipart.status).toBe(400);

    const rows = await call(
      importAction as Handler,
      upload(admin, new File([`${header}\nkapot,school`], "fout.csv", { type: "text/csv" })),
    );
    expect(rows.status).toBe(400);
    expect(rows.body).toMatchObject({ fileName: "fout.csv", problem: null, errors: [{ row: 2 }] });

    const good = `${header}\nwsp-upload-test,wsp,WSP Upload (test),midden-utrecht,,,nee,nee,,,,regio,wsp-upload@example.org,,,ja\n`;
    const done = await call(
      importAction as Handler,
      upload(admin, new File([good], "goed.csv", { type: "application/vnd.ms-excel" })),
    );
    expect(done).toMatchObject({ status: 302, location: "/backoffice/beheer/import?toegevoegd=1&bijgewerkt=0" });
    const shown = await call(importLoader as Handler, getRequest(done.location!, admin));
    expect(shown.body).toEqual({ done: "1 organisatie toegevoegd, 0 bijgewerkt" });
    const more = await call(importLoader as Handler, getRequest("/backoffice/beheer/import?toegevoegd=2&bijgewerkt=0", admin));
    expect(more.body).toEqual({ done: "2 organisaties toegevoegd, 0 bijgewerkt" });
    const nonsense = await call(importLoader as Handler, getRequest("/backoffice/beheer/import?toegevoegd=-1&bijgewerkt=x", admin));
    expect(nonsense.body).toEqual({ done: null });
  });

  it("creates an organisation through the form, and shows the form again with messages when it is wrong", async () => {
    const wrong = await call(newAction as Handler, postRequest("/backoffice/beheer/organisaties/nieuw", { name: "X" }, admin));
    expect(wrong.status).toBe(400);
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...schoolForm, slug: "pro-via-formulier", name: "Via het formulier" })) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    const request = new Request("http://localhost:3000/backoffice/beheer/organisaties/nieuw", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost:3000", Cookie: admin.cookie },
      body,
    });
    expect(await call(newAction as Handler, request)).toMatchObject({
      status: 302,
      location: "/backoffice/beheer/organisaties?gedaan=aangemaakt",
    });

    // Without JavaScript, "Toon de gemeenten" sends the form as GET; the page shows what was typed.
    const shown = await call(
      newLoader as Handler,
      getRequest("/backoffice/beheer/organisaties/nieuw?toon=gemeenten&name=Typed&regionSlug=twente&sectors=groen", admin),
    );
    expect((shown.body as { defaultValue: Record<string, unknown> }).defaultValue).toMatchObject({
      name: "Typed",
      regionSlug: "twente",
      sectors: ["groen"],
    });
  });

  it("invites through the people page and pauses through the organisation page", async () => {
    const wsp = await organisationBySlug("wsp-midden-utrecht");
    const invite = await call(
      peopleAction as Handler,
      postRequest(
        "/backoffice/beheer/mensen",
        { intent: "uitnodigen", name: "Route Test", email: "route@example.org", role: "wsp", organisationId: wsp.id },
        admin,
      ),
    );
    expect(invite).toMatchObject({
      status: 302,
      location: "/backoffice/beheer/mensen?gedaan=uitgenodigd&aan=route%40example.org",
    });
    const mismatch = await call(
      peopleAction as Handler,
      postRequest(
        "/backoffice/beheer/mensen",
        { intent: "uitnodigen", name: "Route Test", email: "route2@example.org", role: "school", organisationId: wsp.id },
        admin,
      ),
    );
    expect(mismatch.status).toBe(400);
    const pause = await call(
      editAction as Handler,
      postRequest(`/backoffice/beheer/organisaties/${wsp.id}`, { intent: "pauzeren" }, admin),
      { id: wsp.id },
    );
    expect(pause.status).toBe(302);
    expect((await organisationBySlug("wsp-midden-utrecht")).active).toBe(false);
    await call(editAction as Handler, postRequest(`/backoffice/beheer/organisaties/${wsp.id}`, { intent: "activeren" }, admin), {
      id: wsp.id,
    });
    expect((await organisationBySlug("wsp-midden-utrecht")).active).toBe(true);
  });

  it("groups the organisations of the people forms by kind, named as they are", async () => {
    const page = await call(peopleLoader as Handler, getRequest("/backoffice/beheer/mensen", admin));
    const groups = (page.body as { organisations: Array<{ label: string; options: Array<{ value: string; label: string }> }> })
      .organisations;
    expect(groups.map((g) => g.label)).toEqual(["Werkgeversservicepunten", "Scholen"]);
    const all = await db
      .select({ id: schema.organisations.id, name: schema.organisations.name, kind: schema.organisations.kind })
      .from(schema.organisations)
      .orderBy(asc(schema.organisations.name));
    const of = (kind: string) => all.filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name }));
    expect(groups[0]!.options).toEqual(of("wsp"));
    expect(groups[1]!.options).toEqual(of("school"));
    expect(groups[1]!.options.map((o) => o.label)).toContain("Praktijkschool De Brug (demo)");
  });

  it("says on the schools page how many requests a school has and how many it can take", async () => {
    const wsp = await createStaff(db, "wsp", "wsp-midden-utrecht");
    const anker = await organisationBySlug("vso-het-anker-zeist");
    await db.update(schema.organisations).set({ capacityPerSchoolYear: null }).where(eq(schema.organisations.id, anker.id));
    try {
      const page = await call(schoolsLoader as Handler, getRequest("/backoffice/scholen", wsp));
      const schools = (page.body as { schools: Array<{ name: string; load: string }> }).schools;
      const load = (name: string) => schools.find((x) => x.name === name)?.load;
      expect(load("Praktijkschool De Brug (demo)")).toMatch(/^(1 aanvraag|\d+ aanvragen); plek voor 40 per schooljaar$/);
      expect(load(anker.name)).toMatch(/^(1 aanvraag|\d+ aanvragen); geen maximum$/);
    } finally {
      await db
        .update(schema.organisations)
        .set({ capacityPerSchoolYear: anker.capacityPerSchoolYear })
        .where(eq(schema.organisations.id, anker.id));
    }
  });

  it("names, with its region, a municipality of another region that an older service area still holds", async () => {
    const brug = await organisationBySlug("pro-de-brug-utrecht");
    const area = schema.organisationServiceAreas;
    const page = async () =>
      (await call(editLoader as Handler, getRequest(`/backoffice/beheer/organisaties/${brug.id}`, admin), { id: brug.id }))
        .body as { outsideRegion: unknown[] };
    expect((await page()).outsideRegion).toEqual([]);
    await db.insert(area).values({ organisationId: brug.id, municipalityCode: "GM0363" });
    try {
      expect((await page()).outsideRegion).toEqual([{ code: "GM0363", name: "Amsterdam", regionName: "Groot Amsterdam" }]);
    } finally {
      await db.delete(area).where(and(eq(area.organisationId, brug.id), eq(area.municipalityCode, "GM0363")));
    }
  });
});
