/**
 * An employer may change the answers of a request while nobody has picked it up yet: it is still
 * new and nobody owns it. After that a person is working from the answers, and a change should be
 * a conversation (a message), not an edit under their hands.
 *
 * Only answers that do not decide where the request goes can change. The place, the sector and a
 * group's size chose the school (routing); changing them means a different request.
 */
import type { RequestDetails } from "./request-details";
import type { RequestKind, RequestStatus } from "./request-status";

export const CHANGEABLE_ANSWERS = {
  proefplaatsing: ["work", "daysAndHours", "supervisor", "startPeriod"],
  groepsstage: ["work", "daysAndWeeks", "startPeriod", "supervisorSpace", "canteen"],
  vraag: ["question"],
} as const satisfies Record<RequestKind, readonly (keyof RequestDetails)[]>;

export type ChangeableAnswer = (typeof CHANGEABLE_ANSWERS)[RequestKind][number];

export type AnswerChangeChance =
  | { kind: "open" }
  /** Somebody works from the answers now; say who, so the employer knows whom to tell. */
  | { kind: "opgepakt" }
  | { kind: "gesloten" };

export function answerChangeChance(request: { status: RequestStatus; ownerId: string | null }): AnswerChangeChance {
  if (request.status === "nieuw") return request.ownerId === null ? { kind: "open" } : { kind: "opgepakt" };
  if (request.status === "in_behandeling" || request.status === "kennismaking_gepland") return { kind: "opgepakt" };
  return { kind: "gesloten" };
}

/** The answers that differ, in the kind's order; an empty text and a missing answer are the same. */
export function changedAnswers(
  kind: RequestKind,
  before: RequestDetails,
  after: Partial<Record<ChangeableAnswer, unknown>>,
): ChangeableAnswer[] {
  const same = (a: unknown, b: unknown) => normalise(a) === normalise(b);
  return (CHANGEABLE_ANSWERS[kind] as readonly ChangeableAnswer[]).filter((key) => key in after && !same(before[key], after[key]));
}

function normalise(value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  if (value === true) return "ja";
  return String(value).trim();
}
