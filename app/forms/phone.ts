/**
 * The exact check of a Dutch phone number, for the server: the shape check of `phoneShapeField`,
 * then the Dutch numbering plan (libphonenumber-js, `~/domain/phone`), and the number stored in
 * one written form ("06 12345678"). Kept out of `./fields` so only code that imports it carries
 * the library (decision 025); routes reach it through `.server` modules, because a route's
 * browser bundle keeps the imports of its action's modules.
 */
import * as z from "zod/mini";
import { normaliseDutchPhone } from "~/domain/phone";
import { PHONE_MESSAGE, phoneField } from "./fields";

export const exactDutchPhone = (shape: typeof phoneField, message: string) =>
  z.pipe(
    shape,
    z.transform((value, ctx) => {
      if (value === undefined) return undefined;
      const normalised = normaliseDutchPhone(value);
      if (normalised === null) ctx.issues.push({ code: "custom", message, input: value });
      return normalised ?? value;
    }),
  );

export const dutchPhoneField = exactDutchPhone(phoneField, PHONE_MESSAGE);
