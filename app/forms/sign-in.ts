/** Staff sign-in: the address to send a code to, and the code itself. */
import * as z from "zod";
import { emailField } from "./fields";

export const SignInEmailSchema = z.object({ email: emailField, terug: z.string().optional() });

export const SignInCodeSchema = z.object({
  email: emailField,
  code: z
    .string("Vul de code uit de e-mail in.")
    .trim()
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "De code bestaat uit 6 cijfers.")),
  terug: z.string().optional(),
});
