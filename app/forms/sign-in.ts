/** Staff sign-in: the address to send a code to, and the code itself. */
import * as z from "zod/mini";
import { emailField } from "./fields";

export const SignInEmailSchema = z.object({ email: emailField, terug: z.optional(z.string()) });

export const SignInCodeSchema = z.object({
  email: emailField,
  code: z.pipe(
    z.pipe(
      z.string("Vul de code uit de e-mail in.").check(z.trim()),
      z.transform((v) => v.replace(/\s+/g, "")),
    ),
    z.string().check(z.regex(/^\d{6}$/, "De code bestaat uit 6 cijfers.")),
  ),
  terug: z.optional(z.string()),
});
