/**
 * Who may take which step on a request in the back office, now. Pure: it takes the person's role,
 * their access to the request, the request's status and (for a school) the assignment it holds
 * the request through, and knows nothing of the database.
 */
import type { AssignmentStatus } from "./assignments";
import type { RequestAccess } from "./request-access";
import type { RequestStatus } from "./request-status";
import { isOpen, nextStatuses } from "./request-workflow";
import type { StaffRole } from "./staff";

export interface WorkActions {
  note: boolean;
  contact: boolean;
  owner: boolean;
  status: boolean;
  /** Plan, move or cancel the kennismaking: whoever may change the status, while the request is open. */
  introduction: boolean;
  accept: boolean;
  decline: boolean;
  handBack: boolean;
  forward: boolean;
  reply: boolean;
}

export type WorkStep = keyof WorkActions;

/** The steps a school takes through its own assignment. */
export type SchoolStep = "accept" | "decline" | "handBack";

export interface WorkSubject<Assignment extends { status: AssignmentStatus }> {
  role: StaffRole;
  access: RequestAccess;
  requestStatus: RequestStatus;
  /** For a school: the assignment it has the request through now (open or accepted), if any. */
  schoolAssignment: Assignment | null;
}

const NOTHING: WorkActions = {
  note: false,
  contact: false,
  owner: false,
  status: false,
  introduction: false,
  accept: false,
  decline: false,
  handBack: false,
  forward: false,
  reply: false,
};

/**
 * The steps this person can take on the request as it is now. People who may only read get none;
 * a school acts through the assignment it has now; steps that make no sense for a closed
 * request are left out.
 */
export function allowedActions(subject: WorkSubject<{ status: AssignmentStatus }>): WorkActions {
  if (subject.access !== "work") return NOTHING;
  const open = isOpen(subject.requestStatus);
  const canChangeStatus = nextStatuses(subject.requestStatus).length > 0;
  const common = { note: true, contact: true, reply: true, owner: open };
  if (subject.role === "school") {
    const mine = subject.schoolAssignment;
    // A school plans the introduction and closes the request once it took the request on.
    const status = mine?.status === "accepted" && canChangeStatus;
    return {
      ...common,
      owner: open && mine !== null,
      status,
      introduction: status && open,
      accept: open && mine?.status === "open",
      decline: open && mine?.status === "open",
      handBack: open && mine?.status === "accepted",
      forward: false,
    };
  }
  return { ...common, status: canChangeStatus, introduction: canChangeStatus && open, accept: false, decline: false, handBack: false, forward: open };
}

/** The school's assignment a school step goes through, when the step is allowed now; null otherwise. */
export function schoolStepAssignment<Assignment extends { status: AssignmentStatus }>(
  subject: WorkSubject<Assignment>,
  step: SchoolStep,
): Assignment | null {
  return allowedActions(subject)[step] ? subject.schoolAssignment : null;
}

/** Why a step is refused when the person may work the request but not take this step now. */
export const NOT_ALLOWED: Record<WorkStep, string> = {
  note: "U kunt bij deze aanvraag geen notitie maken.",
  contact: "U kunt bij deze aanvraag geen contact vastleggen.",
  owner: "U kunt de eigenaar van deze aanvraag niet veranderen.",
  status: "U kunt de status van deze aanvraag niet veranderen.",
  introduction: "U kunt bij deze aanvraag nu geen kennismaking plannen of afzeggen.",
  accept: "Uw school kan deze aanvraag nu niet oppakken. Misschien is hij al beantwoord.",
  decline: "Uw school kan deze aanvraag nu niet afwijzen. Misschien is hij al beantwoord.",
  handBack: "U kunt deze aanvraag nu niet teruggeven aan het werkgeversservicepunt.",
  forward: "Alleen het werkgeversservicepunt kan een open aanvraag naar een andere school sturen.",
  reply: "U kunt de werkgever bij deze aanvraag geen bericht sturen.",
};
