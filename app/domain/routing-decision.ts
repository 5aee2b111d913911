/**
 * Who handles a request and why, stored with the request so staff and the employer see the same
 * decision later even when the routing data has changed since.
 */
export interface RoutingDecision {
  regionSlug: string;
  regionName: string;
  municipalityCode: string;
  municipalityName: string;
  wsp: { organisationId: string; name: string } | null;
  reasons: Array<{ code: string; text: string }>;
}
