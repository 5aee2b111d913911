/**
 * Possible duplicates in the register and merging them (decision 028). Staff see pairs found by
 * KvK number, company mail domain, or normalised name and postcode, and decide: merge (everything
 * moves to the entry they keep; the other goes, and the audit log says what moved and why) or keep
 * apart (the pair is not shown again). Scoped like every register read.
 */
import { eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { DUPLICATE_REASON_LABELS, type DuplicateReason, duplicateReasons, PUBLIC_MAIL_DOMAINS } from "~/domain/register-duplicates";
import { refuse, type Refusal } from "~/domain/refusal";
import { type Database, type Queryable, queryRows, schema } from "~/lib/db.server";
import { logAudit } from "./audit-log.server";
import { findVisibleEntry, type RegisterViewer, registerScope } from "./register-scope.server";

const entries = schema.registerEmployers;

async function candidates(q: Queryable, condition: ReturnType<typeof registerScope>) {
  const rows = await queryRows<{ id: string; kvk_number: string | null; normalised_name: string; company_name: string; postcodes: string[] | null; emails: string[] | null }>(
    q,
    sql`select ${entries.id} as id, ${entries.kvkNumber} as kvk_number, ${entries.normalisedName} as normalised_name, ${entries.companyName} as company_name,
        (select array_agg(l.postcode::text) from ${schema.registerLocations} l where l.register_employer_id = ${entries.id}) as postcodes,
        (select array_agg(c.email) from ${schema.registerContacts} c where c.register_employer_id = ${entries.id} and c.email is not null) as emails
      from ${entries} where ${condition}`,
  );
  return rows.map((r) => ({
    id: r.id,
    kvkNumber: r.kvk_number?.trim() || null,
    normalisedName: r.normalised_name,
    companyName: r.company_name,
    postcodes: (r.postcodes ?? []).map((p) => p.trim()),
    emails: r.emails ?? [],
  }));
}

const REASON_ORDER: DuplicateReason[] = ["kvk", "domein", "naam_postcode"];

/** The mail domain of an address as `companyMailDomain` reads it, in SQL (and in the index on it). */
const mailDomain = (email: SQL) => sql`lower(split_part(${email}, '@', 2))`;

/**
 * Pairs in this person's register that may be one company, with the reasons in words: the rules of
 * `duplicateReasons`, run in the database so a region's register is never loaded into the app to
 * compare it. The entries in scope (one region's, read by its index; an administrator's: every
 * region) are joined with themselves on each rule (KvK number; normalised name with a shared
 * postcode; the contact persons' company mail domain), always within one region and with the
 * larger id second, so every pair comes once with the smaller id first, as kept-apart pairs are
 * stored. Pairs staff kept apart are left out; the first `limit` by name are shown.
 */
export async function registerDuplicates(q: Queryable, staff: RegisterViewer, limit = 50) {
  const e = entries;
  const publicDomains = sql.join(
    PUBLIC_MAIL_DOMAINS.map((domain) => sql`${domain}`),
    sql`, `,
  );
  const rows = await queryRows<{ first_id: string; second_id: string; reasons: DuplicateReason[] }>(
    q,
    sql`with scoped as (select ${e.id} as id, ${e.regionSlug} as region_slug, ${e.kvkNumber} as kvk_number, ${e.normalisedName} as normalised_name
          from ${e} where ${registerScope(staff)}),
        -- Per entry by its index on the contacts, rather than every contact of the country.
        domains as (select s.id, s.region_slug, d.domain
          from scoped s, unnest((select array_agg(distinct ${mailDomain(sql`c.email`)}) from register_contacts c where c.register_employer_id = s.id)) as d(domain)
         where d.domain <> '' and d.domain not in (${publicDomains})),
        found as (
          select a.id as first_id, b.id as second_id, 'kvk' as reason
            from scoped a join scoped b on b.kvk_number = a.kvk_number and b.region_slug = a.region_slug and b.id > a.id
          union all
          select a.id, b.id, 'naam_postcode'
            from scoped a join scoped b on b.normalised_name = a.normalised_name and b.region_slug = a.region_slug and b.id > a.id
           where a.normalised_name <> ''
             and exists (select 1 from register_locations la join register_locations lb on lb.postcode = la.postcode
                          where la.register_employer_id = a.id and lb.register_employer_id = b.id)
          union all
          select a.id, b.id, 'domein'
            from domains a join domains b on b.domain = a.domain and b.region_slug = a.region_slug and b.id > a.id
        )
        select f.first_id, f.second_id, array_agg(distinct f.reason) as reasons
          from found f
          join register_employers fe on fe.id = f.first_id
         where not exists (select 1 from register_distinct_pairs d where d.first_id = f.first_id and d.second_id = f.second_id)
         group by f.first_id, f.second_id, fe.normalised_name
         order by fe.normalised_name, f.first_id, f.second_id
         limit ${limit}`,
  );
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.flatMap((r) => [r.first_id, r.second_id]))];
  const named = await q.select({ id: e.id, companyName: e.companyName, kvkNumber: e.kvkNumber }).from(e).where(inArray(e.id, ids));
  const byId = new Map(named.map((x) => [x.id, { id: x.id, companyName: x.companyName, kvkNumber: x.kvkNumber?.trim() || null }]));
  return rows.map((r) => ({
    first: byId.get(r.first_id)!,
    second: byId.get(r.second_id)!,
    reasons: REASON_ORDER.filter((reason) => r.reasons.includes(reason)).map((reason) => DUPLICATE_REASON_LABELS[reason]),
  }));
}

type Result = { ok: true } | Refusal;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function visiblePair(q: Queryable, staff: RegisterViewer, keepId: string, dropId: string) {
  if (keepId === dropId) return null;
  const [keep, drop] = await Promise.all([findVisibleEntry(q, staff, keepId), findVisibleEntry(q, staff, dropId)]);
  if (!keep || !drop || keep.regionSlug !== drop.regionSlug) return null;
  return { keep, drop };
}

/**
 * Merges `dropId` into `keepId`: its requests, contact log, check-ins, capacity, locations and
 * contact persons move; offers and sectors are combined; an opt-out on either stays. The dropped
 * entry is deleted and the audit log holds what moved and on what grounds.
 */
export async function mergeEntries(db: Database, staff: RegisterViewer, keepId: string, dropId: string, now: Date = new Date()): Promise<Result> {
  const pair = await visiblePair(db, staff, keepId, dropId);
  if (!pair) return refuse("Deze werkgevers kunnen niet worden samengevoegd. Laad de pagina opnieuw.");
  return db.transaction(async (tx) => {
    // Locked in a fixed order, so two merges of the same pair cannot deadlock.
    const locked = await tx
      .select()
      .from(entries)
      .where(inArray(entries.id, [keepId, dropId].sort()))
      .orderBy(entries.id)
      .for("update");
    const keep = locked.find((x) => x.id === keepId);
    const drop = locked.find((x) => x.id === dropId);
    if (!keep || !drop) return refuse("Een van deze werkgevers is er niet meer.");
    const [before] = await candidates(tx, eq(entries.id, keepId));
    const [other] = await candidates(tx, eq(entries.id, dropId));
    const reasons: DuplicateReason[] = before && other ? duplicateReasons(before, other) : [];

    const moved = async (table: typeof schema.registerRequests | typeof schema.registerContactLog | typeof schema.registerContacts) =>
      (await tx.update(table).set({ registerEmployerId: keepId }).where(eq(table.registerEmployerId, dropId)).returning()).length;
    const requests = await moved(schema.registerRequests);
    const contactLog = await moved(schema.registerContactLog);
    const contacts = await moved(schema.registerContacts);
    // A period the kept entry already had a check-in for stays asked once: the other's goes.
    const ch = schema.registerCheckIns;
    await tx.execute(sql`delete from ${ch} d where d.register_employer_id = ${dropId}
      and exists (select 1 from ${ch} k where k.register_employer_id = ${keepId} and k.period_key = d.period_key)`);
    const checkIns = (await tx.update(ch).set({ registerEmployerId: keepId }).where(eq(ch.registerEmployerId, dropId)).returning()).length;
    await tx.execute(sql`insert into ${schema.registerCapacity} (register_employer_id, school_year, offer, places, updated_at)
      select ${keepId}, school_year, offer, places, updated_at from ${schema.registerCapacity} where register_employer_id = ${dropId}
      on conflict (register_employer_id, school_year, offer) do update set places = greatest(${schema.registerCapacity}.places, excluded.places)`);
    await tx.execute(sql`insert into ${schema.registerLocations} (register_employer_id, postcode, municipality_code)
      select ${keepId}, postcode, municipality_code from ${schema.registerLocations} where register_employer_id = ${dropId}
      on conflict do nothing`);
    await tx
      .update(entries)
      .set({
        kvkNumber: keep.kvkNumber ?? drop.kvkNumber,
        offers: [...new Set([...keep.offers, ...drop.offers])],
        sectors: [...new Set([...keep.sectors, ...drop.sectors])],
        optedOutAt: keep.optedOutAt ?? drop.optedOutAt,
        lastContactAt: [keep.lastContactAt, drop.lastContactAt].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null,
        createdAt: keep.createdAt < drop.createdAt ? keep.createdAt : drop.createdAt,
        updatedAt: now,
      })
      .where(eq(entries.id, keepId));
    await tx
      .delete(schema.registerDistinctPairs)
      .where(or(eq(schema.registerDistinctPairs.firstId, dropId), eq(schema.registerDistinctPairs.secondId, dropId)));
    await tx.delete(entries).where(eq(entries.id, dropId));
    await logAudit(
      tx,
      staff,
      "gewijzigd",
      `Werkgeversregister: "${drop.companyName}" (${drop.id}) samengevoegd met "${keep.companyName}" (${keep.id}), ` +
        `omdat: ${reasons.length > 0 ? reasons.map((r) => DUPLICATE_REASON_LABELS[r]).join(", ") : "de medewerker ze als dezelfde herkende"}. ` +
        `Verplaatst: ${count(requests, "aanvraag", "aanvragen")}, ${count(contactLog, "contactmoment", "contactmomenten")}, ` +
        `${count(contacts, "contactpersoon", "contactpersonen")}, ${count(checkIns, "check-in", "check-ins")}.`,
      null,
      now,
    );
    return { ok: true } as const;
  });
}

/** Staff say two entries are different companies: the pair is not shown again. */
export async function keepApart(db: Database, staff: RegisterViewer, firstId: string, secondId: string): Promise<Result> {
  const pair = await visiblePair(db, staff, firstId, secondId);
  if (!pair) return refuse("Deze werkgevers bestaan niet (meer).");
  const [a, b] = [firstId, secondId].sort() as [string, string];
  await db.insert(schema.registerDistinctPairs).values({ firstId: a, secondId: b }).onConflictDoNothing();
  await logAudit(db, staff, "gewijzigd", `Werkgeversregister: "${pair.keep.companyName}" en "${pair.drop.companyName}" blijven apart.`);
  return { ok: true };
}

