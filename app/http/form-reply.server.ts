/**
 * How an action answers a model's refusal (`~/domain/refusal`): the form comes back with the
 * message beside its field, or at the top of the form when it belongs to no field.
 */
import type { Submission, SubmissionResult } from "@conform-to/react";
import type { AppLoadContext } from "@remix-run/node";
import type { Refusal } from "~/domain/refusal";

export function refusalReply(submission: Submission<unknown>, refusal: Refusal): SubmissionResult<string[]> {
  return submission.reply(refusal.field ? { fieldErrors: { [refusal.field]: [refusal.message] } } : { formErrors: [refusal.message] });
}

/**
 * Which requests' forms came back with errors. Remix's `meta` cannot see the action's answer, but
 * after a POST without JavaScript the page's loader runs in the same request, with the same load
 * context: the action marks the context, the loader reports it, and `meta` puts "Fout: " before
 * the title (`formPageTitle` in `~/components/forms`).
 */
const rejected = new WeakSet<AppLoadContext>();

export function markFormRejected(context: AppLoadContext): void {
  rejected.add(context);
}

export function formWasRejected(context: AppLoadContext): boolean {
  return rejected.has(context);
}
