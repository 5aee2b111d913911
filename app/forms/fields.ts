/**
 * Field rules shared by the public forms, with their Dutch messages. Empty inputs arrive as
 * undefined (conform strips them), so every required field says what is missing.
 */
import { z } from "zod";
import { toPc4 } from "~/domain/postcode";

export const requiredText = (missing: string, max: number, tooLong = `Gebruik maximaal ${max} tekens.`) =>
  z.string(missing).trim().min(1, missing).max(max, tooLong);

export const optionalText = (max: number) =>
  z.string().trim().max(max, `Gebruik maximaal ${max} tekens.`).optional();

export const postcodeField = z
  .string("Vul de postcode van uw bedrijf in.")
  .trim()
  .max(12, "Vul een postcode in zoals 3511 AB.")
  .refine((v) => toPc4(v) !== null, "Vul een postcode in zoals 3511 AB.");

export const emailField = z
  .string("Vul uw e-mailadres in.")
  .trim()
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email("Vul een e-mailadres in zoals naam@bedrijf.nl."));

export const phoneField = z
  .string()
  .trim()
  .max(20, "Vul een telefoonnummer in zoals 06 12345678.")
  .regex(/^\+?[0-9][0-9 ()-]{8,}$/, "Vul een telefoonnummer in zoals 06 12345678.")
  .optional();

export const consentField = z.literal("on", "Geef toestemming, anders kunnen we uw gegevens niet doorgeven.");
