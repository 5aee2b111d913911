/** The "proefplaatsing aanmelden" form: one schema for the server and the browser. */
import { z } from "zod";
import { SECTOR_VALUES } from "~/domain/sectors";
import { consentField, emailField, optionalText, phoneField, postcodeField, requiredText } from "./fields";

export const ProefplaatsingSchema = z.object({
  companyName: requiredText("Vul de naam van uw bedrijf in.", 150),
  sector: z.enum(SECTOR_VALUES, "Kies de sector van uw bedrijf."),
  postcode: postcodeField,
  // Only asked when the postcode lies in two municipalities.
  municipality: z
    .string()
    .regex(/^GM\d{4}$/, "Kies de gemeente van uw bedrijf.")
    .optional(),
  work: requiredText("Vertel kort welk werk een leerling bij u kan doen.", 2000),
  contactName: requiredText("Vul uw naam in.", 150),
  email: emailField,
  phone: phoneField,
  consent: consentField,
  submissionKey: z.string("Vernieuw de pagina en probeer het opnieuw.").uuid("Vernieuw de pagina en probeer het opnieuw."),
  // Honeypot: people never see this field, so anything in it was typed by a bot.
  website: optionalText(500),
});

export type ProefplaatsingInput = z.infer<typeof ProefplaatsingSchema>;
export type ProefplaatsingFormValues = z.input<typeof ProefplaatsingSchema>;
