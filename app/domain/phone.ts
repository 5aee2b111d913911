/**
 * Dutch phone numbers: checked against the Dutch numbering plan with libphonenumber-js (decision
 * 025), stored in one written form, and turned into a `tel:` link.
 *
 * Only the Dutch slice of the library's metadata is loaded (`phone-metadata.ts`), so the forms can
 * check a number in the browser without shipping every country's rules.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/core";
import { DUTCH_PHONE_METADATA } from "./phone-metadata";

/** Digits, spaces, +, and the separators people type: ( ) - . and /. No letters, no extensions. */
const PHONE_CHARACTERS = /^[+\d\s()./-]+$/;

function parseDutch(input: string) {
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > 30 || !PHONE_CHARACTERS.test(trimmed)) return null;
  const number = parsePhoneNumberFromString(trimmed, "NL", DUTCH_PHONE_METADATA);
  if (!number || number.country !== "NL" || !number.isValid()) return null;
  return number;
}

/**
 * A Dutch phone number written the way the Netherlands writes it ("06 12345678",
 * "020 123 4567"), or null when it is not a complete Dutch number ("06 1234 567" is a digit
 * short). Accepts +31 and 0031 as well as a leading 0.
 */
export function normaliseDutchPhone(input: string): string | null {
  return parseDutch(input)?.formatNational() ?? null;
}

/**
 * The `tel:` link for a phone number as stored. A Dutch number gets its international form
 * (`tel:+31612345678`), so it dials from abroad and from any phone; a number stored before numbers
 * were checked keeps only its digits and a leading +.
 */
export function telHref(phone: string): string {
  const number = parseDutch(phone);
  if (number) return `tel:${number.number}`;
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${digits}`;
}
