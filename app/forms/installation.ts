/** The administrator's form for who runs this installation (see ~/domain/installation). */
import * as z from "zod/mini";
import { kvkField, requiredText } from "./fields";

const email = (missing: string) =>
  z.pipe(
    z.string(missing).check(z.trim(), z.maxLength(254, "Dit e-mailadres is te lang.")),
    z.email("Vul een e-mailadres in zoals naam@organisatie.nl."),
  );

export const InstallationSchema = z.object({
  organisationName: requiredText("Vul de naam van de organisatie in.", 200),
  street: requiredText("Vul de straat en het huisnummer in.", 200),
  postcodeAndCity: requiredText("Vul de postcode en de plaats in.", 200),
  phone: z
    .string("Vul een telefoonnummer in.")
    .check(
      z.trim(),
      z.maxLength(20, "Vul een telefoonnummer in zoals 030 123 45 67."),
      z.regex(/^\+?[0-9][0-9 ()-]{8,}$/, "Vul een telefoonnummer in zoals 030 123 45 67."),
    ),
  phoneHours: requiredText("Schrijf wanneer de telefoon wordt opgenomen.", 200),
  email: email("Vul het e-mailadres voor vragen in."),
  kvkNumber: kvkField,
  privacyOfficerName: requiredText("Vul de naam van de functionaris gegevensbescherming in.", 200),
  privacyOfficerEmail: email("Vul het e-mailadres van de functionaris gegevensbescherming in."),
});

export type InstallationForm = z.infer<typeof InstallationSchema>;
