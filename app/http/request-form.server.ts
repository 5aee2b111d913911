/**
 * The one way a public request form is handled on the server: rate limits, validation with the
 * postcode checked against the reference data, the honeypot, the municipality question for a
 * border postcode, then the request is stored and the employer goes to the confirmation page.
 * Every "no" comes back as the form again with Dutch messages and what was typed.
 */
import type { SubmissionResult } from "@conform-to/react";
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import * as z from "zod/mini";
import { resolvePlace } from "~/domain/places";
import { toPc4 } from "~/domain/postcode";
import { postcodeField } from "~/forms/fields";
import { dutchPhoneField } from "~/forms/phone";
import { parseFormSubmission } from "~/forms/submission";
import { type Place, placesForPostcode } from "~/models/places.server";
import { allowHit } from "~/models/rate-limit.server";
import { type NewRequest, submitRequest } from "~/models/requests.server";
import { database } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { getSession, sessionStorage } from "./session.server";
import { MUNICIPALITY_ASKED, type RequestFormActionData } from "~/forms/request-form-reply";
import { markFormRejected } from "./form-reply.server";

export type { RequestFormActionData };

const UNKNOWN_POSTCODE = "We kennen deze postcode niet. Kijk of u hem goed heeft getypt, bijvoorbeeld 3511 AB.";
const CHOOSE_MUNICIPALITY = "Kies de gemeente waar uw bedrijf is.";

const REFUSED = "We konden uw aanvraag niet versturen. Probeer het later nog eens.";
const TOO_MANY = "U heeft het afgelopen uur al veel aanvragen verstuurd. Probeer het over een uur opnieuw, of bel ons.";

interface BaseValues {
  /** Only missing where the form allows it (`placeOptional`). */
  postcode?: string;
  municipality?: string;
  email: string;
  website?: string;
}

export async function handleRequestForm<Schema extends z.ZodMiniObject>(
  request: Request,
  context: AppLoadContext,
  schema: Schema,
  toNewRequest: (value: z.infer<Schema>) => NewRequest,
  options: {
    /**
     * The form may come without a postcode (a question about "iets anders"); its own schema says
     * when one is needed. Without one the request has no place (decision 032).
     */
    placeOptional?: boolean;
  } = {},
) {
  const db = database();
  const config = env();
  const formData = await request.formData();
  const reply = (result: SubmissionResult<string[]>, municipalityOptions: RequestFormActionData["municipalityOptions"] = []) => {
    if (result.status === "error") markFormRejected(context);
    return data<RequestFormActionData>({ result, municipalityOptions }, { status: 400 });
  };

  const limited = config.RATE_LIMIT === "on";
  const ip = typeof context.clientIp === "string" ? context.clientIp : null;
  if (limited && ip && !(await allowHit(db, `ip:${ip}`, { max: config.RATE_LIMIT_POSTS_PER_IP_PER_HOUR, windowSeconds: 3600 }))) {
    const submission = parseFormSubmission(formData, { schema });
    return reply(submission.reply({ formErrors: [TOO_MANY] }));
  }

  let places: Place[] = [];
  // The postcode is checked against the reference data, and the phone number against the Dutch
  // numbering plan, in the same pass as the other fields, so the employer sees every problem at
  // once. (safeExtend keeps the schema's own refinements, such as the question's company rule.)
  const knownPostcode = postcodeField.check(
    z.refine(async (postcode) => {
      const pc4 = toPc4(postcode);
      places = pc4 ? await placesForPostcode(db, pc4) : [];
      return places.length > 0;
    }, UNKNOWN_POSTCODE),
  );
  // Widened: the extension's type cannot be followed through the generic schema; the value is typed below.
  const withPostcodeCheck = z.safeExtend(schema as z.ZodMiniObject, {
    phone: dutchPhoneField,
    postcode: options.placeOptional ? z.optional(knownPostcode) : knownPostcode,
  });
  const submission = await parseFormSubmission(formData, { schema: withPostcodeCheck, async: true });
  if (submission.status !== "success") return reply(submission.reply());

  const value = submission.value as z.infer<Schema> & BaseValues;
  if (value.website) return reply(submission.reply({ formErrors: [REFUSED] }));

  const resolution = value.postcode === undefined ? ({ kind: "resolved", place: null } as const) : resolvePlace(places, value.municipality);
  if (resolution.kind !== "resolved") {
    const options = resolution.kind === "ask" ? resolution.options : [];
    const municipalityOptions = options.map((o) => ({ code: o.municipalityCode, name: o.municipalityName }));
    // The first time this is a question, not a mistake; asked before and still no answer, it is.
    const askedBefore = formData.get(MUNICIPALITY_ASKED) === "ja";
    return reply(
      askedBefore ? submission.reply({ fieldErrors: { municipality: [CHOOSE_MUNICIPALITY] } }) : submission.reply(),
      municipalityOptions,
    );
  }

  const email = `email:${value.email.trim().toLowerCase()}`;
  if (limited && !(await allowHit(db, email, { max: config.RATE_LIMIT_REQUESTS_PER_EMAIL_PER_HOUR, windowSeconds: 3600 }))) {
    return reply(submission.reply({ formErrors: [TOO_MANY] }));
  }

  const result = await submitRequest(db, toNewRequest(value), resolution.place);
  const session = await getSession(request);
  session.set("lastReference", result.reference);
  return redirect("/aanvraag/ontvangen", {
    headers: { "Set-Cookie": await sessionStorage().commitSession(session) },
  });
}

/** The contact part every employer form asks, as a request stores it. */
export function employerContact(v: {
  companyName: string;
  kvkNumber?: string;
  contactName: string;
  email: string;
  phone?: string;
}): NewRequest["contact"] {
  return { companyName: v.companyName, kvkNumber: v.kvkNumber ?? null, contactName: v.contactName, email: v.email, phone: v.phone ?? null };
}

/** A fresh key per form: posting the same form twice finds the first request. */
export function newSubmissionKey() {
  return { submissionKey: crypto.randomUUID() };
}
