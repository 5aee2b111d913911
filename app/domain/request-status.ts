/** What an employer can ask for. */
export const REQUEST_KINDS = ["proefplaatsing", "groepsstage", "vraag"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/**
 * Where a request is in its life. Today a request is `nieuw` until a school accepts it
 * (`in_behandeling`); the rest of the workflow arrives with the back office.
 */
export const REQUEST_STATUSES = [
  "nieuw",
  "in_behandeling",
  "kennismaking_gepland",
  "geplaatst",
  "geen_match",
  "ingetrokken",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  nieuw: "Nieuw",
  in_behandeling: "In behandeling",
  kennismaking_gepland: "Kennismaking gepland",
  geplaatst: "Geplaatst",
  geen_match: "Geen match",
  ingetrokken: "Ingetrokken",
};

/** A request in one of these is finished: nothing more happens to it. */
export const CLOSED_REQUEST_STATUSES = ["ingetrokken", "geplaatst", "geen_match"] as const satisfies readonly RequestStatus[];

export function isClosedStatus(status: RequestStatus): boolean {
  return (CLOSED_REQUEST_STATUSES as readonly RequestStatus[]).includes(status);
}
