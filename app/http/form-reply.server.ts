/**
 * How an action answers a model's refusal (`~/domain/refusal`): the form comes back with the
 * message beside its field, or at the top of the form when it belongs to no field.
 */
import type { Submission, SubmissionResult } from "@conform-to/react";
import type { Refusal } from "~/domain/refusal";

export function refusalReply(submission: Submission<unknown>, refusal: Refusal): SubmissionResult<string[]> {
  return submission.reply(refusal.field ? { fieldErrors: { [refusal.field]: [refusal.message] } } : { formErrors: [refusal.message] });
}
