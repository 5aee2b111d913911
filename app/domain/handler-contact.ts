/**
 * Who the employer can talk to about a request: the organisation that holds it now and, when a
 * person there follows the request, that person. Pure: the model reads the rows, this decides.
 */
import type { AssignmentStatus } from "./assignments";
import type { OrganisationKind } from "./organisations";

export interface HandlerContact {
  organisationName: string;
  /** The staff member who follows the request, when there is one at this organisation. */
  personName: string | null;
  phone: string | null;
  email: string | null;
}

/**
 * Whether an organisation "holds" the request through this assignment: a school once it said yes
 * (while it is only asked, the employer waits for its answer), the WSP as soon as it has it.
 */
export function holdsRequest(organisation: { kind: OrganisationKind }, status: AssignmentStatus): boolean {
  if (status === "accepted") return true;
  return status === "open" && organisation.kind === "wsp";
}

/**
 * The contact block's details. The person's own phone and email (set in *Mijn account*) go
 * first; what they left empty falls back to the organisation's general number and address, so the
 * employer always reaches someone there. A person's sign-in address is never shown: it may be
 * private, and they chose what employers see.
 */
export function handlerContact(
  organisation: { name: string; contactEmail: string; contactPhone: string | null },
  person: { name: string; contactPhone: string | null; contactEmail: string | null } | null,
): HandlerContact {
  return {
    organisationName: organisation.name,
    personName: person?.name ?? null,
    phone: person?.contactPhone || organisation.contactPhone || null,
    email: person?.contactEmail || organisation.contactEmail || null,
  };
}
