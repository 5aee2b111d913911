/**
 * Check-ins that keep employers warm (decision 028): the scheduled job that emails each employer
 * at the moments that matter, and the private page where they answer with one click, without an
 * account. A check-in link is a random token, emailed once; only an HMAC of it is stored (as for
 * the employer's own links, decision 017). A link opens one entry's four answers for 60 days and
 * nothing else: no requests, no notes, no other employer.
 */
import { createHmac, randomBytes } from "node:crypto";
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, max, sql } from "drizzle-orm";
import { amsterdamDate, formatDate } from "~/domain/dates";
import type { CheckInAnswer, CheckInReason, RegisterOffer } from "~/domain/register";
import {
  CHECK_IN_LINK_DAYS,
  type CheckInSettings,
  DEFAULT_CHECK_IN_SETTINGS,
  dueCheckIn,
  schoolYearLabel,
  schoolYearOf,
} from "~/domain/register-check-ins";
import { type Database, type Queryable, type Transaction, schema } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { queueEmail } from "~/lib/mailer.server";
import { placesForPostcode } from "./places.server";
import { backfillRegister, eraseEntry } from "./register-entries.server";
import { logAudit } from "./audit-log.server";
import { submitRequest } from "./requests.server";
import type { StaffMember } from "./staff-scope.server";

const entries = schema.registerEmployers;
const con = schema.registerContacts;
const checks = schema.registerCheckIns;
const log = schema.registerContactLog;
const links = schema.registerRequests;
const requests = schema.requests;
const DAY = 86_400_000;

function checkInHash(token: string): string {
  return createHmac("sha256", env().SESSION_SECRET).update(`werkgever-check-in:${token}`).digest("hex");
}

export function checkInUrl(token: string): string {
  return `${env().APP_URL}/werkgever/${token}`;
}

/** Looks like one of our tokens (32 random bytes, base64url): anything else is not looked up. */
export function looksLikeCheckInToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** A check-in row with a fresh link; null when this entry already had one for this period. */
async function newCheckIn(
  tx: Queryable,
  input: { entryId: string; contactId: string | null; reason: CheckInReason; periodKey: string },
  now: Date,
): Promise<{ token: string; expiresAt: Date } | null> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + CHECK_IN_LINK_DAYS * DAY);
  const [row] = await tx
    .insert(checks)
    .values({ registerEmployerId: input.entryId, contactId: input.contactId, reason: input.reason, periodKey: input.periodKey, tokenHash: checkInHash(token), expiresAt, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: checks.id });
  return row ? { token, expiresAt } : null;
}

/** The email to an employer staff added: they are in the register, and how to get out. */
export async function queueRegisterNotice(
  tx: Queryable,
  input: { entryId: string; email: string; contactName: string; companyName: string; organisationName: string },
  now: Date,
) {
  const link = await newCheckIn(tx, { entryId: input.entryId, contactId: null, reason: "opgenomen", periodKey: "opgenomen" }, now);
  if (!link) return;
  await queueEmail(tx, {
    template: "werkgever-in-register",
    to: input.email,
    idempotencyKey: `register/${input.entryId}/opgenomen`,
    props: {
      contactName: input.contactName,
      companyName: input.companyName,
      organisationName: input.organisationName,
      answerUrl: checkInUrl(link.token),
      privacyUrl: `${env().APP_URL}/privacy`,
      validUntil: formatDate(amsterdamDate(link.expiresAt)),
    },
  });
}

/** Each region's check-in settings, the defaults where a region has none. */
async function regionSettings(q: Queryable): Promise<Map<string, CheckInSettings>> {
  const rows = await q.select().from(schema.registerRegionSettings);
  return new Map(rows.map((r) => [r.regionSlug, { checkInMonth: r.checkInMonth, quietMonths: r.quietMonths, weeksAfterPlacement: r.weeksAfterPlacement }]));
}

/**
 * Emails every employer that is due a check-in now, through the outbox. The period key is unique
 * per entry, and the row and its email are written in one transaction, so two runs (or two
 * workers) never ask one employer twice for one period. Opted-out, stopped and erased entries,
 * and entries without an email address, are never asked. Returns how many were emailed.
 */
export async function sendDueCheckIns(db: Database, now: Date = new Date(), limit = 500, regionSlug: string | null = null): Promise<number> {
  const settings = await regionSettings(db);
  const today = amsterdamDate(now);
  let sent = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    // Keyset over the entries that may be emailed at all; the rules decide per entry.
    const batch = await db
      .select({
        id: entries.id,
        regionSlug: entries.regionSlug,
        companyName: entries.companyName,
        status: entries.status,
        createdAt: entries.createdAt,
        lastContactAt: entries.lastContactAt,
      })
      .from(entries)
      .where(
        and(
          gt(entries.id, after),
          regionSlug ? eq(entries.regionSlug, regionSlug) : undefined,
          isNull(entries.erasedAt),
          isNull(entries.optedOutAt),
          sql`${entries.status} <> 'gestopt'`,
          sql`exists (select 1 from ${con} where ${con.registerEmployerId} = ${entries.id} and ${con.email} is not null)`,
        ),
      )
      .orderBy(asc(entries.id))
      .limit(200);
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    const ids = batch.map((b) => b.id);
    // Placements end where staff log them: in the register's contact log, or when they close a
    // request of this employer as placed.
    const [done, loggedPlacements, placedRequests] = await Promise.all([
      db.select({ entryId: checks.registerEmployerId, periodKey: checks.periodKey, createdAt: checks.createdAt }).from(checks).where(inArray(checks.registerEmployerId, ids)),
      db
        .select({ entryId: log.registerEmployerId, endsOn: max(log.endsOn) })
        .from(log)
        .where(and(inArray(log.registerEmployerId, ids), eq(log.kind, "plaatsing"), isNotNull(log.endsOn), lte(log.endsOn, today)))
        .groupBy(log.registerEmployerId),
      db
        .select({ entryId: links.registerEmployerId, endsOn: max(requests.placementEndsOn) })
        .from(links)
        .innerJoin(requests, eq(requests.id, links.requestId))
        .where(and(inArray(links.registerEmployerId, ids), eq(requests.outcome, "geplaatst"), isNotNull(requests.placementEndsOn), lte(requests.placementEndsOn, today)))
        .groupBy(links.registerEmployerId),
    ]);
    const lastPlacementEnd = (entryId: string): string | null => {
      const ends = [...loggedPlacements, ...placedRequests].filter((p) => p.entryId === entryId && p.endsOn).map((p) => p.endsOn!);
      return ends.length > 0 ? ends.reduce((a, b) => (a > b ? a : b)) : null;
    };
    for (const entry of batch) {
      const mine = done.filter((d) => d.entryId === entry.id);
      const due = dueCheckIn(
        {
          status: entry.status,
          optedOut: false,
          erased: false,
          hasEmail: true,
          createdAt: entry.createdAt,
          lastContactAt: entry.lastContactAt,
          lastPlacementEndedOn: lastPlacementEnd(entry.id),
          lastCheckInAt: mine.reduce<Date | null>((latest, d) => (!latest || d.createdAt > latest ? d.createdAt : latest), null),
          periodsDone: new Set(mine.map((d) => d.periodKey)),
        },
        settings.get(entry.regionSlug) ?? DEFAULT_CHECK_IN_SETTINGS,
        now,
      );
      if (!due) continue;
      const emailed = await db.transaction(async (tx) => {
        // Checked again under a lock: an answer "Stop" or an erasure may have come in since.
        const [current] = await tx.select().from(entries).where(eq(entries.id, entry.id)).for("update");
        if (!current || current.erasedAt || current.optedOutAt || current.status === "gestopt") return false;
        const [contact] = await tx
          .select()
          .from(con)
          .where(and(eq(con.registerEmployerId, entry.id), isNotNull(con.email)))
          .orderBy(desc(con.createdAt))
          .limit(1);
        if (!contact?.email) return false;
        const link = await newCheckIn(tx, { entryId: entry.id, contactId: contact.id, reason: due.reason, periodKey: due.periodKey }, now);
        if (!link) return false;
        const year = due.reason === "schooljaar" ? Number(due.periodKey.split(":")[1]) : schoolYearOf(now);
        await queueEmail(tx, {
          template: "werkgever-check-in",
          to: contact.email,
          idempotencyKey: `register/${entry.id}/${due.periodKey}`,
          props: {
            contactName: contact.name,
            companyName: current.companyName,
            reason: due.reason as "schooljaar" | "na_plaatsing" | "stil",
            schoolYear: schoolYearLabel(year),
            answerUrl: checkInUrl(link.token),
            validUntil: formatDate(amsterdamDate(link.expiresAt)),
          },
        });
        return true;
      });
      if (emailed) sent++;
      if (sent >= limit) return sent;
    }
  }
  return sent;
}

let nextRegisterRunAt = 0;

/**
 * The register's part of the scheduled jobs: requests from before the register get their entry,
 * and check-ins go out. Once an hour per process is plenty (the period keys keep it to once).
 */
export async function runRegisterJobs(db: Database, now: Date = new Date(), log: (message: string) => void = console.log): Promise<void> {
  if (now.getTime() < nextRegisterRunAt) return;
  nextRegisterRunAt = now.getTime() + 3600 * 1000;
  const linked = await backfillRegister(db);
  const sent = await sendDueCheckIns(db, now);
  if (linked > 0) log(`werkgeversregister: ${linked} aanvragen toegevoegd`);
  if (sent > 0) log(`werkgeversregister: ${sent} check-ins verstuurd`);
}

// ---------------------------------------------------------------------------------------------
// The employer's answer

export type CheckInPage = NonNullable<Awaited<ReturnType<typeof checkInByToken>>>;

/** What a check-in link opens, or null (unknown, run out, or the entry was erased). */
export async function checkInByToken(q: Queryable, token: string, now: Date = new Date()) {
  if (!looksLikeCheckInToken(token)) return null;
  const [row] = await q
    .select({ checkIn: checks, entry: entries })
    .from(checks)
    .innerJoin(entries, eq(entries.id, checks.registerEmployerId))
    .where(eq(checks.tokenHash, checkInHash(token)));
  if (!row || row.entry.erasedAt || row.checkIn.expiresAt <= now) return null;
  const [contact] = row.checkIn.contactId
    ? await q.select().from(con).where(eq(con.id, row.checkIn.contactId))
    : await q.select().from(con).where(eq(con.registerEmployerId, row.entry.id)).orderBy(asc(con.createdAt)).limit(1);
  const [location] = await q
    .select()
    .from(schema.registerLocations)
    .where(eq(schema.registerLocations.registerEmployerId, row.entry.id))
    .orderBy(asc(schema.registerLocations.postcode))
    .limit(1);
  return { checkIn: row.checkIn, entry: row.entry, contact: contact ?? null, location: location ?? null };
}

export type CheckInReply =
  | { answer: "plek"; places: number; offer: RegisterOffer; startPeriod: string }
  | { answer: "niet_nu" }
  | { answer: "gegevens"; companyName: string; contactName: string; phone: string | null; remark: string | null }
  | { answer: "stop" };

export type CheckInResult = { ok: true; answer: CheckInAnswer; reference?: string } | { ok: false; message: string };

/** Records an answer row and the contact it means; in the caller's transaction. */
async function recordAnswer(tx: Transaction, checkInId: string, entryId: string, answer: CheckInAnswer, data: Record<string, unknown>, now: Date) {
  await tx.update(checks).set({ answer, answerData: data, answeredAt: now, followedUpAt: null }).where(eq(checks.id, checkInId));
  await tx.update(entries).set({ lastContactAt: now, updatedAt: now }).where(eq(entries.id, entryId));
}

/**
 * The employer answers through the link. "Ja, ik heb weer plek" sends a request as if the
 * employer filled in the form (the same `submitRequest`, routed as usual; its submission key is
 * the check-in, so a second click makes no second request) and records the places for the school
 * year. "Stop" means no email ever again.
 */
export async function answerCheckIn(db: Database, token: string, reply: CheckInReply, now: Date = new Date()): Promise<CheckInResult> {
  const found = await checkInByToken(db, token, now);
  if (!found) return { ok: false, message: "Deze link werkt niet meer." };
  const { checkIn, entry, contact, location } = found;

  if (reply.answer === "plek") {
    if (entry.optedOutAt) return { ok: false, message: "U heeft gevraagd om geen e-mails meer. Neem contact op met een school als u weer plek heeft." };
    if (!contact?.email || !location) return { ok: false, message: "We missen uw adres of e-mailadres. Kies 'Mijn gegevens kloppen niet'." };
    const place = (await placesForPostcode(db, location.postcode)).find((p) => p.municipalityCode === location.municipalityCode);
    if (!place) return { ok: false, message: "We kunnen uw vestiging niet vinden. Kies 'Mijn gegevens kloppen niet'." };
    const kind = reply.offer === "groepsstage" ? "groepsstage" : reply.offer === "baan" ? "vraag" : "proefplaatsing";
    const placesText = `${reply.places} ${reply.places === 1 ? "plek" : "plekken"}`;
    const submitted = await submitRequest(
      db,
      {
        kind,
        submissionKey: `check-in:${checkIn.id}`,
        contact: { companyName: entry.companyName, kvkNumber: entry.kvkNumber, contactName: contact.name, email: contact.email, phone: contact.phone },
        sector: entry.sectors[0] ?? null,
        topic: kind === "vraag" ? "in-dienst-nemen" : undefined,
        groupSize: kind === "groepsstage" ? Math.min(12, Math.max(2, reply.places)) : undefined,
        answers: {
          work: `Via de check-in van Opstap: ${placesText} voor een ${reply.offer}.`,
          ...(kind === "vraag" ? { question: `Ik heb ${placesText} voor een baan voor een leerling.` } : {}),
          startPeriod: reply.startPeriod,
          places: reply.places,
          offer: reply.offer,
        },
      },
      place,
      now,
    );
    await db.transaction(async (tx) => {
      const [request] = await tx.select({ id: schema.requests.id }).from(schema.requests).where(eq(schema.requests.reference, submitted.reference));
      await recordAnswer(tx, checkIn.id, entry.id, "plek", { places: reply.places, offer: reply.offer, startPeriod: reply.startPeriod }, now);
      await tx.update(checks).set({ requestId: request?.id ?? null }).where(eq(checks.id, checkIn.id));
      // The places count for the school year asked about (or the one under way).
      const year = checkIn.reason === "schooljaar" ? Number(checkIn.periodKey.split(":")[1]) : schoolYearOf(now);
      await tx
        .insert(schema.registerCapacity)
        .values({ registerEmployerId: entry.id, schoolYear: year, offer: reply.offer, places: reply.places, updatedAt: now })
        .onConflictDoUpdate({
          target: [schema.registerCapacity.registerEmployerId, schema.registerCapacity.schoolYear, schema.registerCapacity.offer],
          set: { places: reply.places, updatedAt: now },
        });
      const offers = entry.offers.includes(reply.offer) ? entry.offers : [...entry.offers, reply.offer];
      await tx.update(entries).set({ offers, status: "actief" }).where(eq(entries.id, entry.id));
    });
    return { ok: true, answer: "plek", reference: submitted.reference };
  }

  await db.transaction(async (tx) => {
    if (reply.answer === "niet_nu") {
      await recordAnswer(tx, checkIn.id, entry.id, "niet_nu", {}, now);
    } else if (reply.answer === "gegevens") {
      await recordAnswer(tx, checkIn.id, entry.id, "gegevens", { remark: reply.remark }, now);
      await tx.update(entries).set({ companyName: reply.companyName }).where(eq(entries.id, entry.id));
      if (contact) await tx.update(con).set({ name: reply.contactName, phone: reply.phone }).where(eq(con.id, contact.id));
    } else {
      await tx.update(checks).set({ answer: "stop", answerData: {}, answeredAt: now, followedUpAt: null }).where(eq(checks.id, checkIn.id));
      await tx.update(entries).set({ optedOutAt: now, status: "gestopt", updatedAt: now }).where(and(eq(entries.id, entry.id), isNull(entries.optedOutAt)));
      // Emails not sent yet stop too.
      const addresses = (await tx.select({ email: con.email }).from(con).where(eq(con.registerEmployerId, entry.id))).map((c) => c.email?.toLowerCase()).filter((x): x is string => !!x);
      if (addresses.length > 0) {
        await tx
          .delete(schema.emailOutbox)
          .where(
            and(
              inArray(schema.emailOutbox.template, ["werkgever-check-in", "werkgever-in-register"]),
              inArray(sql`lower(${schema.emailOutbox.toAddress})`, addresses),
              eq(schema.emailOutbox.status, "pending"),
            ),
          );
      }
    }
  });
  // Added by staff without being asked, and "Ik wil niet in het register": they leave it.
  if (reply.answer === "stop" && checkIn.reason === "opgenomen") await db.transaction((tx) => eraseEntry(tx, entry.id, now));
  return { ok: true, answer: reply.answer };
}

// ---------------------------------------------------------------------------------------------
// The region's settings, kept by its WSP.

/** The check-in settings of one region (the defaults until its WSP changes them). */
export async function checkInSettingsFor(q: Queryable, regionSlug: string): Promise<CheckInSettings> {
  return (await regionSettings(q)).get(regionSlug) ?? DEFAULT_CHECK_IN_SETTINGS;
}

/** The WSP of a region sets when its check-ins go out; the audit log keeps who did. */
export async function saveCheckInSettings(
  db: Database,
  staff: Pick<StaffMember, "id" | "role" | "organisation">,
  settings: CheckInSettings,
  now: Date = new Date(),
): Promise<boolean> {
  if (staff.role !== "wsp" || staff.organisation?.kind !== "wsp") return false;
  const regionSlug = staff.organisation.regionSlug;
  await db
    .insert(schema.registerRegionSettings)
    .values({ regionSlug, ...settings, updatedAt: now })
    .onConflictDoUpdate({ target: schema.registerRegionSettings.regionSlug, set: { ...settings, updatedAt: now } });
  await logAudit(db, staff, "beheer", `Check-ins van het werkgeversregister: maand ${settings.checkInMonth}, na ${settings.quietMonths} maanden stilte, ${settings.weeksAfterPlacement} weken na een plaatsing.`, null, now);
  // This process runs the register job at its next round instead of within the hour.
  nextRegisterRunAt = 0;
  return true;
}

/** The WSP sends the check-ins of its region that are due now, without waiting for the job. */
export async function sendRegionCheckInsNow(db: Database, staff: Pick<StaffMember, "id" | "role" | "organisation">, now: Date = new Date()): Promise<number | null> {
  if (staff.role !== "wsp" || staff.organisation?.kind !== "wsp") return null;
  const sent = await sendDueCheckIns(db, now, 500, staff.organisation.regionSlug);
  await logAudit(db, staff, "beheer", `Check-ins van het werkgeversregister verstuurd: ${sent}.`, null, now);
  return sent;
}
