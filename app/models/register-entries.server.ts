/**
 * How entries come into the employer register without staff: every request puts its employer in
 * the register of the request's region, in the same transaction as the request (the employer
 * agreed to this on the form). `backfillRegister` does the same for requests sent before the
 * register existed. The system acts here, for one request at a time; staff reads are scoped in
 * register.server.ts.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import { normaliseCompanyName } from "~/domain/register-duplicates";
import type { RegisterOffer, RegisterSource } from "~/domain/register";
import type { RequestKind } from "~/domain/request-status";
import { type Database, type Queryable, schema, together, type Transaction } from "~/lib/db.server";

const entries = schema.registerEmployers;
const contacts = schema.registerContacts;

/** What a kind of request says the employer offers. A question offers nothing yet. */
export function offerOfRequest(kind: RequestKind): RegisterOffer | null {
  return kind === "proefplaatsing" ? "proefplaatsing" : kind === "groepsstage" ? "groepsstage" : null;
}

export interface RequestPlace {
  requestId: string;
  employerId: string;
  regionSlug: string;
  postcode: string;
  municipalityCode: string;
}

export interface RequestForRegister {
  kind: RequestKind;
  sector: string | null;
  contact: { companyName: string; kvkNumber: string | null; contactName: string; email: string; phone: string | null };
}

export interface NewEntry {
  regionSlug: string;
  companyName: string;
  kvkNumber: string | null;
  sectors: string[];
  offers: RegisterOffer[];
  source: RegisterSource;
  addedByOrganisationId: string | null;
  locations: Array<{ postcode: string; municipalityCode: string }>;
  contacts: Array<{ name: string; email: string | null; phone: string | null; employerId?: string | null }>;
  lastContactAt: Date | null;
}

/** Writes one entry with its locations and contact persons; returns its id. */
export async function insertEntry(q: Transaction, entry: NewEntry, now: Date): Promise<string> {
  // The id is made here, so the places and contact persons need not wait for the entry's insert:
  // on the transaction's one connection the three are sent together (pipelined) and run in this
  // order. Outside a transaction they could run on three connections at once: hence `Transaction`.
  const id = randomUUID();
  const [row] = await together([
    insertEntryRow(q, id, entry, now),
    entry.locations.length > 0
      ? q
          .insert(schema.registerLocations)
          .values(entry.locations.map((l) => ({ registerEmployerId: id, ...l })))
          .onConflictDoNothing()
      : null,
    entry.contacts.length > 0
      ? q.insert(contacts).values(entry.contacts.map((c) => ({ registerEmployerId: id, ...c, employerId: c.employerId ?? null, createdAt: now })))
      : null,
  ]);
  return row;
}

async function insertEntryRow(q: Queryable, id: string, entry: NewEntry, now: Date): Promise<string> {
  const [row] = await q
    .insert(entries)
    .values({
      id,
      regionSlug: entry.regionSlug,
      companyName: entry.companyName,
      normalisedName: normaliseCompanyName(entry.companyName),
      kvkNumber: entry.kvkNumber,
      sectors: entry.sectors,
      offers: entry.offers,
      source: entry.source,
      addedByOrganisationId: entry.addedByOrganisationId,
      lastContactAt: entry.lastContactAt,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: entries.id });
  if (!row) throw new Error("Registerregel niet opgeslagen");
  return row.id;
}

/**
 * Puts the employer of a new request in the register of its region: the entry that already has
 * this employer (this email address) as a contact person, or a new one. A KvK number alone never
 * joins an existing entry, because anyone can type one (decision 016); the register shows such
 * entries as possible duplicates for staff to merge.
 */
export async function registerRequest(q: Transaction, place: RequestPlace, what: RequestForRegister, now: Date): Promise<string> {
  const request = { ...place, ...what };
  // The same mailbox: the employer, or a contact person staff added with this address (the
  // request goes to that mailbox, so this joins nothing the sender could not read anyway).
  const [known] = await q
    .select({ id: entries.id, offers: entries.offers, sectors: entries.sectors, contactId: contacts.id, contactEmployerId: contacts.employerId })
    .from(contacts)
    .innerJoin(entries, eq(entries.id, contacts.registerEmployerId))
    .where(
      and(
        or(eq(contacts.employerId, request.employerId), eq(sql`lower(${contacts.email})`, request.contact.email.toLowerCase())),
        eq(entries.regionSlug, request.regionSlug),
        isNull(entries.erasedAt),
      ),
    )
    .orderBy(asc(entries.createdAt))
    .limit(1);
  if (known && !known.contactEmployerId) await q.update(contacts).set({ employerId: request.employerId }).where(eq(contacts.id, known.contactId));
  const offer = offerOfRequest(request.kind);
  let entryId: string;
  if (known) {
    entryId = known.id;
    const offers = offer && !known.offers.includes(offer) ? [...known.offers, offer] : known.offers;
    const sectors = request.sector && !known.sectors.includes(request.sector) ? [...known.sectors, request.sector] : known.sectors;
    await q.update(entries).set({ offers, sectors, lastContactAt: now, updatedAt: now, status: "actief" }).where(eq(entries.id, entryId));
    await q
      .insert(schema.registerLocations)
      .values({ registerEmployerId: entryId, postcode: request.postcode, municipalityCode: request.municipalityCode })
      .onConflictDoNothing();
  } else {
    entryId = await insertEntry(
      q,
      {
        regionSlug: request.regionSlug,
        companyName: request.contact.companyName,
        kvkNumber: request.contact.kvkNumber,
        sectors: request.sector ? [request.sector] : [],
        offers: offer ? [offer] : [],
        source: "aanvraag",
        addedByOrganisationId: null,
        locations: [{ postcode: request.postcode, municipalityCode: request.municipalityCode }],
        contacts: [{ name: request.contact.contactName, email: request.contact.email, phone: request.contact.phone, employerId: request.employerId }],
        lastContactAt: now,
      },
      now,
    );
  }
  await q.insert(schema.registerRequests).values({ requestId: request.requestId, registerEmployerId: entryId }).onConflictDoNothing();
  return entryId;
}

/**
 * Requests that are in no register entry yet (sent before the register existed) get one, oldest
 * first, in batches. Erased requests are skipped: there is nobody left to register. Safe to run
 * again and on several instances (each request is linked once; a race loses on the primary key).
 */
export async function backfillRegister(db: Database, batch = 200): Promise<number> {
  const requests = schema.requests;
  const waiting = await db
    .select({
      id: requests.id,
      employerId: requests.employerId,
      regionSlug: requests.regionSlug,
      postcode: requests.postcode,
      municipalityCode: requests.municipalityCode,
      kind: requests.kind,
      sector: requests.sector,
      details: requests.details,
      createdAt: requests.createdAt,
    })
    .from(requests)
    .where(
      and(
        sql`not exists (select 1 from ${schema.registerRequests} where ${schema.registerRequests.requestId} = ${requests.id})`,
        sql`not (${requests.details} ? 'gewist')`,
        // A question without a place belongs to no region's register (decision 032).
        isNotNull(requests.regionSlug),
      ),
    )
    .orderBy(asc(requests.createdAt))
    .limit(batch);
  for (const request of waiting) {
    const { regionSlug, postcode, municipalityCode } = request;
    const d = request.details;
    if (!d.companyName || !d.email || !regionSlug || !postcode || !municipalityCode) continue;
    await db.transaction((tx) =>
      registerRequest(
        tx,
        {
          requestId: request.id,
          employerId: request.employerId,
          regionSlug,
          postcode,
          municipalityCode,
        },
        {
          kind: request.kind,
          sector: request.sector,
          contact: { companyName: d.companyName!, kvkNumber: d.kvkNumber ?? null, contactName: d.contactName ?? "", email: d.email!, phone: d.phone ?? null },
        },
        request.createdAt,
      ),
    );
  }
  return waiting.length;
}

/**
 * An employer (one email address) is erased: they leave every register entry as a contact person,
 * their private-link check-ins go, and an entry left without anyone is erased too (name and KvK
 * number gone, notes emptied); its counts stay for the figures. In the erasure's transaction.
 */
export async function eraseFromRegister(q: Queryable, employer: { id: string; email: string }, now: Date): Promise<void> {
  const mine = await q
    .select({ entryId: contacts.registerEmployerId })
    .from(contacts)
    .where(or(eq(contacts.employerId, employer.id), eq(sql`lower(${contacts.email})`, employer.email.toLowerCase())));
  await q.delete(contacts).where(or(eq(contacts.employerId, employer.id), eq(sql`lower(${contacts.email})`, employer.email.toLowerCase())));
  for (const entryId of new Set(mine.map((m) => m.entryId))) {
    const [left] = await q.select({ id: contacts.id }).from(contacts).where(eq(contacts.registerEmployerId, entryId)).limit(1);
    if (!left) await eraseEntry(q, entryId, now);
  }
}

/** Everything that could name a person goes; the row, its places and counts stay. */
export async function eraseEntry(q: Queryable, entryId: string, now: Date): Promise<void> {
  await q.delete(contacts).where(eq(contacts.registerEmployerId, entryId));
  await q.update(schema.registerContactLog).set({ note: null }).where(eq(schema.registerContactLog.registerEmployerId, entryId));
  await q.delete(schema.registerCheckIns).where(eq(schema.registerCheckIns.registerEmployerId, entryId));
  await q
    .update(entries)
    .set({ companyName: "(gewist)", normalisedName: "", kvkNumber: null, erasedAt: now, updatedAt: now })
    .where(eq(entries.id, entryId));
}

/**
 * Retention: an entry without requests that nobody had contact with since `before` (added by
 * staff or imported, then forgotten) is erased like an employer past its period. Entries with
 * requests follow their employer's erasure instead.
 */
export async function eraseStaleRegisterEntries(q: Queryable, before: Date, now: Date, batch = 200): Promise<number> {
  const stale = await q
    .select({ id: entries.id })
    .from(entries)
    .where(
      and(
        isNull(entries.erasedAt),
        sql`coalesce(${entries.lastContactAt}, ${entries.createdAt}) < ${before.toISOString()}::timestamptz`,
        sql`not exists (select 1 from ${schema.registerRequests} where ${schema.registerRequests.registerEmployerId} = ${entries.id})`,
      ),
    )
    .limit(batch);
  for (const entry of stale) await eraseEntry(q, entry.id, now);
  return stale.length;
}
