/**
 * "Mijn account": what a person fills in about themselves: the daily email on or off, and how
 * employers reach them about the requests they follow.
 */
import type { SubmissionResult } from "@conform-to/react";
import * as z from "zod";
import { normaliseDutchPhone } from "~/domain/phone";

export const DIGEST_CHOICES = [
  { value: "aan", label: "Ja, stuur mij de dagelijkse e-mail" },
  { value: "uit", label: "Nee, liever niet" },
] as const;

export const DigestSchema = z.object({
  intent: z.literal("dagoverzicht"),
  digest: z.enum(["aan", "uit"], "Kies of u de dagelijkse e-mail wilt."),
});

const PHONE_MESSAGE = "Vul een Nederlands telefoonnummer in, zoals 030 123 4567 of 06 12345678.";

/**
 * The phone and email employers see. Both may be left empty: then employers see the
 * organisation's general number and address. A phone number is stored in one written form.
 */
export const ContactDetailsSchema = z.object({
  intent: z.literal("contactgegevens"),
  contactPhone: z
    .string()
    .trim()
    .max(30, PHONE_MESSAGE)
    .refine((value) => normaliseDutchPhone(value) !== null, PHONE_MESSAGE)
    .transform((value) => normaliseDutchPhone(value) ?? value)
    .optional(),
  contactEmail: z
    .string()
    .trim()
    .max(254, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een e-mailadres in zoals naam@school.nl."))
    .optional(),
});

export const ACCOUNT_INTENTS = ["dagoverzicht", "contactgegevens"] as const;
export type AccountIntent = (typeof ACCOUNT_INTENTS)[number];

/** The account page's answer when a form comes back: which form, and conform's reply for it. */
export interface AccountReply {
  intent: AccountIntent;
  result: SubmissionResult<string[]>;
}
