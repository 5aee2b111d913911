/**
 * The exact check of a Dutch phone number, for the server: the shape check of `phoneField`, then
 * the Dutch numbering plan (libphonenumber-js, `~/domain/phone`), and the number stored in one
 * written form ("06 12345678"). Kept out of `./fields` so only code that imports it carries the
 * library (decision 025).
 */
import { normaliseDutchPhone } from "~/domain/phone";
import { PHONE_MESSAGE, phoneField } from "./fields";

export const dutchPhoneField = phoneField.transform((value, ctx) => {
  if (value === undefined) return undefined;
  const normalised = normaliseDutchPhone(value);
  if (normalised === null) ctx.addIssue({ code: "custom", message: PHONE_MESSAGE });
  return normalised ?? value;
});
