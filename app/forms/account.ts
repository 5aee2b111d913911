/** "Mijn account": the one form a person fills in about themselves, the daily email on or off. */
import type { SubmissionResult } from "@conform-to/react";
import { z } from "zod";

export const DIGEST_CHOICES = [
  { value: "aan", label: "Ja, stuur mij de dagelijkse e-mail" },
  { value: "uit", label: "Nee, liever niet" },
] as const;

export const DigestSchema = z.object({
  intent: z.literal("dagoverzicht"),
  digest: z.enum(["aan", "uit"], "Kies of u de dagelijkse e-mail wilt."),
});

/** The account page's answer when the form comes back. */
export interface AccountReply {
  result: SubmissionResult<string[]>;
}
