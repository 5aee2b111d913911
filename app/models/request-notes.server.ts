/**
 * What staff write on a request: an internal note, a line in the contact log, and a message to
 * the employer (an email with a fresh link to their page; an answer goes to the organisation that
 * handles the request, not to the noreply sender).
 */
import { eq } from "drizzle-orm";
import { refuse } from "~/domain/refusal";
import { CONTACT_CHANNELS, type ContactChannel } from "~/domain/timeline";
import { type Database, schema } from "~/lib/db.server";
import { queueEmail } from "~/lib/mailer.server";
import { logAudit } from "./audit-log.server";
import { newRequestLink, trackingUrl } from "./employer-access.server";
import { loadHandlerContact } from "./handler-contact.server";
import { addEvent, signedBy, withRequest } from "./request-steps.server";
import type { StaffMember } from "./staff-scope.server";

export async function addNote(db: Database, staff: StaffMember, reference: string, input: { text: string }, now: Date = new Date()) {
  return withRequest(db, staff, reference, "note", async (tx, { request }) => {
    await addEvent(tx, request, staff, "notitie", { text: input.text }, now);
    await logAudit(tx, staff, "gewijzigd", `Notitie bij ${request.reference}`, request.id, now);
  });
}

export async function logContact(
  db: Database,
  staff: StaffMember,
  reference: string,
  input: { channel: ContactChannel; text: string },
  now: Date = new Date(),
) {
  return withRequest(db, staff, reference, "contact", async (tx, { request }) => {
    await addEvent(tx, request, staff, "contact", { channel: input.channel, text: input.text }, now);
    const channel = CONTACT_CHANNELS.find((c) => c.value === input.channel)?.label.toLowerCase() ?? input.channel;
    await logAudit(tx, staff, "gewijzigd", `Contact (${channel}) bij ${request.reference}`, request.id, now);
  });
}

export async function replyToEmployer(
  db: Database,
  staff: StaffMember,
  reference: string,
  input: { message: string },
  now: Date = new Date(),
) {
  return withRequest(db, staff, reference, "reply", async (tx, { request }) => {
    const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, request.employerId));
    if (!employer) return refuse("We kennen het e-mailadres van deze werkgever niet.");
    const { organisationName } = signedBy(staff);
    // organisationId lets the employer's own timeline name who wrote.
    const eventId = await addEvent(tx, request, staff, "antwoord_medewerker", { message: input.message, organisationId: staff.organisation?.id ?? null }, now);
    const token = await newRequestLink(tx, { employerId: employer.id, requestId: request.id }, now);
    const handler = await loadHandlerContact(tx, request.id);
    await queueEmail(tx, {
      template: "antwoord-van-medewerker",
      to: employer.email,
      requestId: request.id,
      idempotencyKey: `${request.reference}/antwoord/${eventId}`,
      replyTo: handler?.email ?? null,
      props: {
        contactName: employer.contactName,
        reference: request.reference,
        staffName: staff.name,
        organisationName,
        message: input.message,
        trackingUrl: trackingUrl(token),
      },
    });
    await logAudit(tx, staff, "gewijzigd", `Bericht aan de werkgever van ${request.reference}`, request.id, now);
  });
}
