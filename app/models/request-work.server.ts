/**
 * Everything staff do on the back-office request page, one module per concern (what the page
 * shows: `request-page.server.ts`; who may take which step: `~/domain/work-actions`):
 *
 * - `request-steps.server.ts`: how every step runs: lock, look up again through the access
 *   layer, check the step, write; the event and audit helpers.
 * - `request-notes.server.ts`: notes, the contact log, a message to the employer.
 * - `request-owner.server.ts`: who follows the request.
 * - `request-status.server.ts`: the status (closing needs an outcome; reopening).
 * - `request-introduction.server.ts`: the kennismaking as an appointment (plan, move, cancel).
 * - `request-handover.server.ts`: accept, decline, hand back to the WSP, forward to a school.
 *
 * This module gathers them, so the route and the tests import the steps from one place.
 */
export { actionsOn, type WorkResult } from "./request-steps.server";
export { addNote, logContact, replyToEmployer } from "./request-notes.server";
export { ownerCandidates, type OwnerOption, setOwner } from "./request-owner.server";
export { changeStatus, type StatusFormChange } from "./request-status.server";
export { cancelIntroduction, type IntroductionInput, planIntroduction } from "./request-introduction.server";
export { acceptRequest, declineRequest, forwardCandidates, forwardToSchool, handBackToWsp } from "./request-handover.server";
