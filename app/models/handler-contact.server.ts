/**
 * Who the employer can talk to about their request now (`~/domain/handler-contact` decides): for
 * the employer's tracking page and for every status email once a school or WSP holds the request.
 * Not a staff read: the employer's side and the system's emails ask it about one request they
 * already have.
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import { LOAD_STATUSES } from "~/domain/assignments";
import { type HandlerContact, handlerContact, holdsRequest } from "~/domain/handler-contact";
import { type Queryable, schema } from "~/lib/db.server";

export type { HandlerContact };

/**
 * The contact for a request, or null while no organisation holds it (a school is still deciding,
 * or the request is closed with nobody holding it). The person is the request's owner when they
 * still work at the organisation that holds it.
 */
export async function loadHandlerContact(db: Queryable, requestId: string): Promise<HandlerContact | null> {
  const [held] = await db
    .select({ organisation: schema.organisations, status: schema.requestAssignments.status, ownerId: schema.requests.ownerId })
    .from(schema.requestAssignments)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.requestAssignments.organisationId))
    .innerJoin(schema.requests, eq(schema.requests.id, schema.requestAssignments.requestId))
    .where(and(eq(schema.requestAssignments.requestId, requestId), inArray(schema.requestAssignments.status, [...LOAD_STATUSES])))
    .orderBy(desc(schema.requestAssignments.createdAt))
    .limit(1);
  if (!held || !holdsRequest(held.organisation, held.status)) return null;
  const [person] = held.ownerId
    ? await db
        .select({ name: schema.staffMembers.name, contactPhone: schema.staffMembers.contactPhone, contactEmail: schema.staffMembers.contactEmail })
        .from(schema.staffMembers)
        .where(
          and(
            eq(schema.staffMembers.id, held.ownerId),
            eq(schema.staffMembers.active, true),
            eq(schema.staffMembers.organisationId, held.organisation.id),
          ),
        )
    : [];
  return handlerContact(held.organisation, person ?? null);
}
