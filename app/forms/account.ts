/**
 * "Mijn account": what a person fills in about themselves: the daily email on or off, and how
 * employers reach them about the requests they follow.
 */
import type { SubmissionResult } from "@conform-to/react";
import * as z from "zod/mini";
import { phoneShapeField } from "./fields";

export const DIGEST_CHOICES = [
  { value: "aan", label: "Ja, stuur mij de dagelijkse e-mail" },
  { value: "uit", label: "Nee, liever niet" },
] as const;

export const DigestSchema = z.object({
  intent: z.literal("dagoverzicht"),
  digest: z.enum(["aan", "uit"], "Kies of u de dagelijkse e-mail wilt."),
});

export const ACCOUNT_PHONE_MESSAGE = "Vul een Nederlands telefoonnummer in, zoals 030 123 4567 of 06 12345678.";

/**
 * The phone and email employers see. Both may be left empty: then employers see the
 * organisation's general number and address. The browser checks the phone number's shape; the
 * server also checks it against the Dutch numbering plan and stores it in one written form
 * (`ContactDetailsServerSchema` in `./account.server`).
 */
export const ContactDetailsSchema = z.object({
  intent: z.literal("contactgegevens"),
  contactPhone: phoneShapeField(ACCOUNT_PHONE_MESSAGE),
  contactEmail: z.optional(
    z.pipe(
      z.string().check(z.trim(), z.maxLength(254, "Dit e-mailadres is te lang.")),
      z.email("Vul een e-mailadres in zoals naam@school.nl."),
    ),
  ),
});

export const ACCOUNT_INTENTS = ["dagoverzicht", "contactgegevens"] as const;
export type AccountIntent = (typeof ACCOUNT_INTENTS)[number];

/** The account page's answer when a form comes back: which form, and conform's reply for it. */
export interface AccountReply {
  intent: AccountIntent;
  result: SubmissionResult<string[]>;
}
