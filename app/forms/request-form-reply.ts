/** What the three employer forms' action answers with when it shows the form again. */
import type { SubmissionResult } from "@conform-to/react";

export interface RequestFormActionData {
  result: SubmissionResult<string[]>;
  /** The gemeenten of a border postcode, for the employer to choose from. */
  municipalityOptions: Array<{ code: string; name: string }>;
}

/**
 * A hidden field sent with the form once the municipality question was shown: the first time the
 * question is a question, a second send without an answer is an error.
 */
export const MUNICIPALITY_ASKED = "municipalityAsked";
