/**
 * How one step on a back-office request runs, whatever the step: the request is locked, looked up
 * again through the data-access layer (so a request the person may not see is "not found", also
 * when their access changed meanwhile), the step is checked against `~/domain/work-actions`, and
 * only then does the step write. The steps themselves live in the modules beside this one
 * (`request-work.server.ts` lists them); this module is the only one of them that names the
 * `requests` table, for the lock and the few columns a step changes.
 */
import { eq } from "drizzle-orm";
import { refuse, type Refusal } from "~/domain/refusal";
import { allowedActions, NOT_ALLOWED, type SchoolStep, schoolStepAssignment, type WorkActions, type WorkStep, type WorkSubject } from "~/domain/work-actions";
import { type Transaction, type Database, schema } from "~/lib/db.server";
import { findVisibleRequest, type StaffMember, type VisibleRequest } from "./staff-scope.server";

/** Not found is not a refusal: the route answers 404, so nobody learns the request exists. */
export type WorkResult = { ok: true } | { ok: false; reason: "niet_gevonden" } | Refusal;

const NOT_FOUND = { ok: false, reason: "niet_gevonden" } as const;
const OK = { ok: true } as const;

/** The school's assignment as a step uses it: the row and the organisation behind it. */
export type HeldAssignment = VisibleRequest["assignments"][number]["assignment"] & {
  organisation: VisibleRequest["assignments"][number]["organisation"];
};

function workSubject(staff: StaffMember, found: VisibleRequest): WorkSubject<HeldAssignment> {
  const held = found.assignments.find((x) => x.assignment.id === found.schoolAssignment?.id);
  return {
    role: staff.role,
    access: found.access,
    requestStatus: found.request.status,
    schoolAssignment: held ? { ...held.assignment, organisation: held.organisation } : null,
  };
}

/** The steps this person can take on the request as it is now. */
export function actionsOn(staff: StaffMember, found: VisibleRequest): WorkActions {
  return allowedActions(workSubject(staff, found));
}

export type Found = VisibleRequest & { actions: WorkActions };
export type RequestRow = VisibleRequest["request"];

/**
 * Runs one step: the request is locked, looked up again through the data-access layer, and the
 * step is checked; `work` writes the change and returns nothing, or a refusal before writing.
 */
export function withRequest(
  db: Database,
  staff: StaffMember,
  reference: string,
  needs: WorkStep,
  work: (tx: Transaction, found: Found) => Promise<WorkResult | void>,
): Promise<WorkResult> {
  return db.transaction(async (tx) => {
    // Lock first, so the checks below see the request as it is for the rest of the transaction.
    const [locked] = await tx
      .select({ id: schema.requests.id })
      .from(schema.requests)
      .where(eq(schema.requests.reference, reference))
      .for("update");
    if (!locked) return NOT_FOUND;
    const found = await findVisibleRequest(tx, staff, reference);
    if (!found) return NOT_FOUND;
    if (found.access !== "work") return refuse("U kunt deze aanvraag alleen bekijken.");
    const actions = actionsOn(staff, found);
    if (!actions[needs]) return refuse(NOT_ALLOWED[needs]);
    return (await work(tx, { ...found, actions })) ?? OK;
  });
}

/** A school's own step: `work` gets the assignment the school holds the request through. */
export function withSchoolStep(
  db: Database,
  staff: StaffMember,
  reference: string,
  step: SchoolStep,
  work: (tx: Transaction, found: Found, mine: HeldAssignment) => Promise<WorkResult | void>,
): Promise<WorkResult> {
  return withRequest(db, staff, reference, step, async (tx, found) => {
    const mine = schoolStepAssignment(workSubject(staff, found), step);
    if (!mine) return refuse(NOT_ALLOWED[step]);
    return work(tx, found, mine);
  });
}

/** The columns of a request a step may change, always with its `updatedAt`. */
type RequestChange = Partial<
  Pick<typeof schema.requests.$inferInsert, "status" | "outcome" | "outcomeReason" | "closedAt" | "introductionOn" | "placementEndsOn" | "ownerId" | "routing">
>;

/** Writes a step's change to the request it locked. */
export async function updateRequest(tx: Transaction, request: Pick<RequestRow, "id">, change: RequestChange, now: Date) {
  await tx.update(schema.requests).set({ ...change, updatedAt: now }).where(eq(schema.requests.id, request.id));
}

export function staffActor(staff: StaffMember): string {
  return `medewerker:${staff.id}`;
}

/** What staff write is signed with their name and organisation, so the timeline reads on its own. */
export function signedBy(staff: StaffMember) {
  // The organisation id decides who else may read the entry (see schoolSeesEvent).
  return { staffName: staff.name, organisationName: staff.organisation?.name ?? "Opstap", organisationId: staff.organisation?.id ?? null };
}

export async function addEvent(
  tx: Transaction,
  request: Pick<RequestRow, "id">,
  staff: StaffMember,
  type: (typeof schema.requestEvents.$inferInsert)["type"],
  data: Record<string, unknown>,
  now: Date,
): Promise<number> {
  const [event] = await tx
    .insert(schema.requestEvents)
    .values({ requestId: request.id, type, actor: staffActor(staff), data: { ...data, ...signedBy(staff) }, createdAt: now })
    .returning({ id: schema.requestEvents.id });
  if (!event) throw new Error("De gebeurtenis is niet opgeslagen");
  return event.id;
}

/** A person of an organisation that gives the request away stops being its owner. */
export async function releaseOwnerOf(tx: Transaction, request: Pick<RequestRow, "id" | "ownerId">, organisationIds: string[], now: Date) {
  if (!request.ownerId || organisationIds.length === 0) return;
  const [owner] = await tx
    .select({ organisationId: schema.staffMembers.organisationId })
    .from(schema.staffMembers)
    .where(eq(schema.staffMembers.id, request.ownerId));
  if (owner?.organisationId && organisationIds.includes(owner.organisationId)) {
    await updateRequest(tx, request, { ownerId: null }, now);
  }
}
