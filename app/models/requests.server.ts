/**
 * Employer requests. Everything a submission causes (employer, request, timeline, emails) is
 * written in one transaction: either it was all accepted, or nothing was.
 */
import { eq, sql } from "drizzle-orm";
import { formatReference } from "~/domain/reference";
import { routeRequest } from "~/domain/routing";
import { type Database, type Queryable, queryRows, schema } from "~/lib/db.server";
import { queueEmail } from "~/lib/mailer.server";
import type { ProefplaatsingInput } from "~/forms/proefplaatsing";
import type { Place } from "./places.server";
import { assignRequest, routingOrganisations } from "./routing.server";

export type SubmitResult = { reference: string; duplicate: boolean };

/** The calendar year in the Netherlands, which starts an hour before UTC's. */
function dutchYear(now: Date): number {
  return Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Amsterdam" }).format(now));
}

async function nextReference(tx: Queryable, now: Date): Promise<string> {
  const [row] = await queryRows<{ n: string | number }>(tx, sql`select nextval('request_reference_seq') as n`);
  return formatReference(dutchYear(now), Number(row?.n));
}

/** The employer with this address (in any case), created on first contact. */
async function employerFor(
  tx: Queryable,
  contact: { companyName: string; contactName: string; email: string; phone: string | null },
): Promise<string> {
  const [created] = await tx
    .insert(schema.employers)
    .values(contact)
    .onConflictDoNothing()
    .returning({ id: schema.employers.id });
  if (created) return created.id;
  const [existing] = await tx
    .select({ id: schema.employers.id })
    .from(schema.employers)
    .where(eq(sql`lower(${schema.employers.email})`, contact.email.toLowerCase()));
  if (!existing) throw new Error("Werkgever niet gevonden na conflict");
  return existing.id;
}

async function findBySubmissionKey(q: Queryable, submissionKey: string) {
  const [row] = await q
    .select({ reference: schema.requests.reference })
    .from(schema.requests)
    .where(eq(schema.requests.submissionKey, submissionKey));
  return row ?? null;
}

export async function submitProefplaatsing(
  db: Database,
  input: ProefplaatsingInput,
  place: Place,
  now: Date = new Date(),
): Promise<SubmitResult> {
  const earlier = await findBySubmissionKey(db, input.submissionKey);
  if (earlier) return { reference: earlier.reference, duplicate: true };

  try {
    return await db.transaction(async (tx) => {
      const contact = {
        companyName: input.companyName,
        contactName: input.contactName,
        email: input.email,
        phone: input.phone ?? null,
      };
      const employerId = await employerFor(tx, contact);
      const routing = routeRequest(
        { kind: "proefplaatsing", sector: input.sector, tieBreakKey: input.submissionKey },
        place,
        await routingOrganisations(tx, place, now),
      );
      const reference = await nextReference(tx, now);
      const details = { ...contact, work: input.work };

      const [request] = await tx
        .insert(schema.requests)
        .values({
          reference,
          kind: "proefplaatsing",
          status: "nieuw",
          employerId,
          postcode: place.pc4,
          municipalityCode: place.municipalityCode,
          regionSlug: place.regionSlug,
          sector: input.sector,
          // The contact details as given on this request; the employer record may change later.
          details,
          routing,
          consentAt: now,
          submissionKey: input.submissionKey,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: schema.requests.id });
      if (!request) throw new Error("Aanvraag niet opgeslagen");

      await tx.insert(schema.requestEvents).values([
        { requestId: request.id, type: "ontvangen", actor: "werkgever", data: {}, createdAt: now },
        { requestId: request.id, type: routing.school ? "doorgestuurd" : "naar_wsp", actor: "systeem", data: { routing }, createdAt: now },
      ]);
      await assignRequest(
        tx,
        { id: request.id, reference, kind: "proefplaatsing", sector: input.sector, postcode: place.pc4, details },
        routing,
        now,
      );
      await queueEmail(tx, {
        template: "proefplaatsing-ontvangen",
        to: input.email,
        requestId: request.id,
        idempotencyKey: `${reference}/proefplaatsing-ontvangen`,
        props: {
          contactName: input.contactName,
          companyName: input.companyName,
          reference,
          municipalityName: place.municipalityName,
          regionName: place.regionName,
          wspName: routing.wsp?.name ?? null,
          schoolName: routing.school?.name ?? null,
          reasons: routing.reasons.map((r) => r.text),
        },
      });
      return { reference, duplicate: false };
    });
  } catch (error) {
    // Two copies of the same form raced: the other one won, and its request is the answer.
    const winner = await findBySubmissionKey(db, input.submissionKey);
    if (winner) return { reference: winner.reference, duplicate: true };
    throw error;
  }
}

export async function requestByReference(db: Queryable, reference: string) {
  const [row] = await db.select().from(schema.requests).where(eq(schema.requests.reference, reference));
  return row ?? null;
}
