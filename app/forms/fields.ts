/**
 * Field rules shared by the public forms, with their Dutch messages. Empty inputs arrive as
 * undefined (`parseFormSubmission` strips them), so every required field says what is missing.
 *
 * Written with zod's tree-shakable `zod/mini` API, like every schema the browser loads: the
 * page carries only the checks it uses (decision 029).
 */
import * as z from "zod/mini";
import { toPc4 } from "~/domain/postcode";
import { START_PERIODS } from "~/domain/start-periods";

export { START_PERIODS };

/** PostgreSQL cannot store the NUL character; only a crafted request sends one. */
const NUL_MESSAGE = "Er staat een teken in de tekst dat niet kan. Typ de tekst opnieuw.";
const storable = (value: string) => !value.includes("\u0000");

export const requiredText = (missing: string, max: number, tooLong = `Gebruik maximaal ${max} tekens.`) =>
  z.string(missing).check(z.trim(), z.minLength(1, missing), z.maxLength(max, tooLong), z.refine(storable, NUL_MESSAGE));

export const optionalText = (max: number) =>
  z.optional(z.string().check(z.trim(), z.maxLength(max, `Gebruik maximaal ${max} tekens.`), z.refine(storable, NUL_MESSAGE)));

export const postcodeField = z
  .string("Vul de postcode van uw bedrijf in.")
  .check(
    z.trim(),
    z.maxLength(12, "Vul een postcode in zoals 3511 AB."),
    z.refine((v) => toPc4(v) !== null, "Vul een postcode in zoals 3511 AB."),
  );

export const emailField = z.pipe(
  z.string("Vul uw e-mailadres in.").check(z.trim(), z.maxLength(254, "Dit e-mailadres is te lang.")),
  z.email("Vul een e-mailadres in zoals naam@bedrijf.nl."),
);

/** What every refused phone number hears: the form it should have. */
export const PHONE_MESSAGE = "Vul een volledig Nederlands telefoonnummer in, zoals 06 12345678 of 020 123 4567.";

/**
 * A phone number, optional. The browser checks only its shape (the characters people type, and
 * between 8 and 13 digits); the server checks it against the Dutch numbering plan and stores it in
 * one written form (`exactDutchPhone` in `./phone`), so the library's rules stay out of the
 * page's JavaScript (decision 025).
 */
export const phoneShapeField = (message: string) =>
  z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(30, message),
      z.regex(/^\+?[0-9][0-9 ()./-]*$/, message),
      z.refine((v) => {
        const digits = v.replace(/\D/g, "").length;
        return digits >= 8 && digits <= 13;
      }, message),
    ),
  );

export const phoneField = phoneShapeField(PHONE_MESSAGE);

/**
 * A check box: the form sends "on" when it is ticked and nothing when it is not. Not ticked is a
 * choice, not a missing answer, so the field is not required.
 */
export const checkboxField = (message: string) =>
  z._default(
    z.pipe(
      z.literal("on", message),
      z.transform(() => true),
    ),
    false,
  );

/**
 * A group of check boxes with one name: nothing ticked sends nothing, one ticked sends one value,
 * more send a list. Always a list after parsing; none ticked is an empty list, not a missing answer.
 */
export const listField = <Element extends z.ZodMiniType<unknown, string>>(element: Element) =>
  z._default(
    z.pipe(
      z.transform((value: string | string[]) => (Array.isArray(value) ? value : [value])),
      z.array(element),
    ),
    [],
  );

export const consentField = z.literal("on", "Geef toestemming, anders kunnen we uw gegevens niet doorgeven.");

export const kvkField = z.optional(z.string().check(z.trim(), z.regex(/^\d{8}$/, "Een KvK-nummer heeft 8 cijfers, zoals 12345678.")));

export const startPeriodField = z.enum(
  START_PERIODS.map((p) => p.value) as [string, ...string[]],
  "Kies wanneer u wilt beginnen.",
);

/**
 * What every employer request asks: who you are, where, how to reach you, consent, the form's
 * one-time key and the honeypot. Each form adds its own questions to this.
 */
export const requestBaseFields = {
  companyName: requiredText("Vul de naam van uw bedrijf in.", 150),
  kvkNumber: kvkField,
  postcode: postcodeField,
  // Only asked when the postcode lies in two municipalities.
  municipality: z.optional(z.string().check(z.regex(/^GM\d{4}$/, "Kies de gemeente van uw bedrijf."))),
  contactName: requiredText("Vul uw naam in.", 150),
  email: emailField,
  phone: phoneField,
  consent: consentField,
  submissionKey: z.string("Vernieuw de pagina en probeer het opnieuw.").check(z.uuid("Vernieuw de pagina en probeer het opnieuw.")),
  // Honeypot: people never see this field, so anything in it was typed by a bot.
  website: optionalText(500),
};
