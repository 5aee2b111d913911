import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import {
  CheckboxField,
  ErrorSummary,
  FieldError,
  HoneypotField,
  SelectField,
  TextareaField,
  TextField,
} from "~/components/forms";
import { resolvePlace } from "~/domain/places";
import { toPc4 } from "~/domain/postcode";
import { SECTORS } from "~/domain/sectors";
import { postcodeField } from "~/forms/fields";
import { type ProefplaatsingFormValues, ProefplaatsingSchema } from "~/forms/proefplaatsing";
import { database } from "~/lib/db.server";
import { getSession, sessionStorage } from "~/lib/session.server";
import { type Place, placesForPostcode } from "~/models/places.server";
import { submitProefplaatsing } from "~/models/requests.server";

export const meta: MetaFunction = () => [
  { title: "Proefplaatsing aanmelden – Opstap" },
  { name: "description", content: "Meld uw bedrijf aan voor een proefplaatsing van een leerling uit het praktijkonderwijs of vso." },
];

const ASK_MUNICIPALITY = "Uw postcode ligt in twee gemeenten. Kies de gemeente waar uw bedrijf is.";
const UNKNOWN_POSTCODE = "We kennen deze postcode niet. Kijk of u hem goed heeft getypt, bijvoorbeeld 3511 AB.";

export function loader() {
  // A fresh key per form: posting the same form twice finds the first request.
  return { submissionKey: crypto.randomUUID() };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const db = database();
  let places: Place[] = [];
  // The postcode is checked against the reference data in the same pass as the other fields,
  // so the employer sees every problem at once.
  const schema = ProefplaatsingSchema.extend({
    postcode: postcodeField.superRefine(async (postcode, ctx) => {
      const pc4 = toPc4(postcode);
      places = pc4 ? await placesForPostcode(db, pc4) : [];
      if (places.length === 0) ctx.addIssue({ code: "custom", message: UNKNOWN_POSTCODE });
    }),
  });
  const submission = await parseWithZod(formData, { schema, async: true });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), municipalityOptions: [] }, { status: 400 });
  }
  if (submission.value.website) {
    return data(
      {
        result: submission.reply({ formErrors: ["We konden uw aanmelding niet versturen. Probeer het later nog eens."] }),
        municipalityOptions: [],
      },
      { status: 400 },
    );
  }
  const resolution = resolvePlace(places, submission.value.municipality);
  if (resolution.kind !== "resolved") {
    const options = resolution.kind === "ask" ? resolution.options : [];
    return data(
      {
        result: submission.reply({ fieldErrors: { municipality: [ASK_MUNICIPALITY] } }),
        municipalityOptions: options.map((o) => ({ code: o.municipalityCode, name: o.municipalityName })),
      },
      { status: 400 },
    );
  }

  const { reference } = await submitProefplaatsing(db, submission.value, resolution.place);
  const session = await getSession(request);
  session.set("lastReference", reference);
  return redirect("/proefplaatsing/ontvangen", {
    headers: { "Set-Cookie": await sessionStorage().commitSession(session) },
  });
}

const LABELS = {
  companyName: "Naam van uw bedrijf",
  sector: "Sector",
  postcode: "Postcode van de werkplek",
  municipality: "Gemeente",
  work: "Welk werk kan een leerling bij u doen?",
  contactName: "Uw naam",
  email: "Uw e-mailadres",
  phone: "Uw telefoonnummer",
  consent: "Toestemming",
} as const;

export default function ProefplaatsingAanmelden() {
  const { submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.result as SubmissionResult<string[]> | undefined;
  const municipalityOptions = actionData?.municipalityOptions ?? [];
  const navigation = useNavigation();
  const [form, fields] = useForm<ProefplaatsingFormValues>({
    id: "proefplaatsing",
    lastResult,
    constraint: getZodConstraint(ProefplaatsingSchema),
    // Errors appear when the employer sends the form, not when a field loses focus: a message
    // appearing on blur shifts the page under the pointer and can make a click miss the button.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProefplaatsingSchema }),
  });
  const busy = navigation.state !== "idle";

  return (
    <div className="wrap page page--form">
      <h1>Proefplaatsing aanmelden</h1>
      <p className="lead">
        Bij een proefplaatsing komt één leerling een tijdje bij u werken. De school kiest een leerling die bij uw
        werk past en blijft de leerling begeleiden. U zit nergens aan vast.
      </p>
      <p>Het invullen duurt ongeveer 3 minuten.</p>

      <ErrorSummary
        form={form}
        fields={(Object.keys(LABELS) as Array<keyof typeof LABELS>).map((name) => ({
          field: fields[name],
          label: LABELS[name],
        }))}
      />

      <Form method="post" {...getFormProps(form)} noValidate className="form">
        <input
          type="hidden"
          name={fields.submissionKey.name}
          value={fields.submissionKey.initialValue ?? submissionKey}
        />
        <HoneypotField />

        <fieldset className="fieldset">
          <legend>Uw bedrijf</legend>
          <TextField field={fields.companyName} label={LABELS.companyName} autoComplete="organization" />
          <SelectField field={fields.sector} label={LABELS.sector} options={SECTORS} />
          <TextField
            field={fields.postcode}
            label={LABELS.postcode}
            hint="Bijvoorbeeld 3511 AB. Zo weten we welke school en welk werkgeversservicepunt bij u in de buurt zitten."
            autoComplete="postal-code"
            className="input input--short"
          />
          {municipalityOptions.length > 0 ? (
            <fieldset
              className={`field fieldset--inner ${fields.municipality.errors?.length ? "field--invalid" : ""}`}
              aria-describedby={fields.municipality.errors?.length ? fields.municipality.errorId : undefined}
            >
              <legend className="field__label">In welke gemeente is uw bedrijf?</legend>
              <FieldError field={fields.municipality} />
              {municipalityOptions.map((option) => (
                <div className="radio" key={option.code}>
                  <input
                    type="radio"
                    id={`${fields.municipality.id}-${option.code}`}
                    name={fields.municipality.name}
                    value={option.code}
                    defaultChecked={fields.municipality.initialValue === option.code}
                  />
                  <label htmlFor={`${fields.municipality.id}-${option.code}`}>{option.name}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
        </fieldset>

        <fieldset className="fieldset">
          <legend>Het werk</legend>
          <TextareaField
            field={fields.work}
            label={LABELS.work}
            hint="Een paar zinnen is genoeg. Bijvoorbeeld: vakken vullen, helpen in de keuken, dozen inpakken."
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Contactgegevens</legend>
          <TextField field={fields.contactName} label={LABELS.contactName} autoComplete="name" />
          <TextField field={fields.email} label={LABELS.email} type="email" autoComplete="email" inputMode="email" />
          <TextField
            field={fields.phone}
            label={LABELS.phone}
            optional
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            hint="Dan kunnen we u ook bellen."
          />
        </fieldset>

        <CheckboxField
          field={fields.consent}
          label="Ik geef toestemming om mijn gegevens door te geven aan een school en het werkgeversservicepunt in mijn regio."
          hint="Zij gebruiken uw gegevens alleen om contact met u op te nemen over deze aanmelding."
        />

        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? "Bezig met versturen…" : "Aanmelding versturen"}
        </button>
      </Form>
    </div>
  );
}
