/**
 * The parts the three employer forms share: the place (postcode, and the municipality question
 * for a border postcode), the contact details, consent and the send button.
 */
import { type FieldMetadata, type FormMetadata, type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { SECTORS } from "~/domain/sectors";
import type { RequestFormActionData } from "~/forms/request-form-reply";
import { CheckboxField, ErrorSummary, FieldError, HoneypotField, SelectField, TextField } from "./forms";

type Field = FieldMetadata<string | undefined>;

/**
 * conform's form state for one of the employer forms, set up the same way for all three. Errors
 * appear when the employer sends the form, not when a field loses focus: a message appearing on
 * blur shifts the page under the pointer and can make a click miss the button.
 */
export function useRequestForm<Schema extends z.ZodObject<z.ZodRawShape>>(
  id: string,
  schema: Schema,
  actionData: RequestFormActionData | undefined,
  defaultValue?: Partial<z.input<Schema>>,
) {
  return useForm<z.input<Schema>>({
    id,
    lastResult: actionData?.result as SubmissionResult<string[]> | undefined,
    // conform's types cannot follow a generic zod schema; the concrete forms check them.
    defaultValue: defaultValue as never,
    constraint: getZodConstraint(schema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }) as never,
  });
}

/**
 * The frame of an employer form: the error summary (every labelled field, in form order), the
 * form itself with its one-time submission key and the honeypot, and the form's own fieldsets.
 */
export function RequestFormFrame<Schema extends Record<string, unknown>>({
  form,
  fields,
  labels,
  submissionKey,
  children,
}: {
  form: FormMetadata<Schema, string[]>;
  fields: object;
  labels: Record<string, string>;
  submissionKey: string;
  children: ReactNode;
}) {
  const byName = fields as Record<string, Field>;
  const key = byName.submissionKey as Field;
  return (
    <>
      <ErrorSummary
        form={form}
        fields={Object.entries(labels).map(([name, label]) => ({ field: byName[name] as Field, label }))}
      />
      <Form method="post" {...getFormProps(form)} noValidate className="form">
        <input type="hidden" name={key.name} value={key.initialValue ?? submissionKey} />
        <HoneypotField />
        {children}
      </Form>
    </>
  );
}

/** The company: name, optional KvK number, sector (optional for a question) and where it is. */
export function CompanyFields({
  fields,
  municipalityOptions,
  sectorOptional = false,
}: {
  fields: { companyName: Field; kvkNumber: Field; sector: Field; postcode: Field; municipality: Field };
  municipalityOptions: ReadonlyArray<{ code: string; name: string }>;
  sectorOptional?: boolean;
}) {
  return (
    <fieldset className="fieldset">
      <legend>Uw bedrijf</legend>
      <TextField field={fields.companyName} label={SHARED_LABELS.companyName} autoComplete="organization" />
      <TextField
        field={fields.kvkNumber}
        label={SHARED_LABELS.kvkNumber}
        optional
        inputMode="numeric"
        hint="8 cijfers. Hiermee herkennen we uw bedrijf als u vaker iets aanvraagt."
        className="input input--short"
      />
      <SelectField field={fields.sector} label="Sector" options={SECTORS} optional={sectorOptional} />
      <PlaceFields postcode={fields.postcode} municipality={fields.municipality} municipalityOptions={municipalityOptions} />
    </fieldset>
  );
}

export function PlaceFields({
  postcode,
  municipality,
  municipalityOptions,
}: {
  postcode: Field;
  municipality: Field;
  municipalityOptions: ReadonlyArray<{ code: string; name: string }>;
}) {
  return (
    <>
      <TextField
        field={postcode}
        label="Postcode van de werkplek"
        hint="Bijvoorbeeld 3511 AB. Zo weten we welke school en welk werkgeversservicepunt bij u in de buurt zitten."
        autoComplete="postal-code"
        className="input input--short"
      />
      {municipalityOptions.length > 0 ? (
        <fieldset
          className={`field fieldset--inner ${municipality.errors?.length ? "field--invalid" : ""}`}
          aria-describedby={municipality.errors?.length ? municipality.errorId : undefined}
        >
          <legend className="field__label">In welke gemeente is uw bedrijf?</legend>
          <FieldError field={municipality} />
          {municipalityOptions.map((option) => (
            <div className="radio" key={option.code}>
              <input
                type="radio"
                id={`${municipality.id}-${option.code}`}
                name={municipality.name}
                value={option.code}
                defaultChecked={municipality.initialValue === option.code}
              />
              <label htmlFor={`${municipality.id}-${option.code}`}>{option.name}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}

export function ContactFields({ contactName, email, phone }: { contactName: Field; email: Field; phone: Field }) {
  return (
    <fieldset className="fieldset">
      <legend>Contactgegevens</legend>
      <TextField field={contactName} label="Uw naam" autoComplete="name" />
      <TextField field={email} label="Uw e-mailadres" type="email" autoComplete="email" inputMode="email" />
      <TextField
        field={phone}
        label="Uw telefoonnummer"
        optional
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        hint="Dan kunnen we u ook bellen."
      />
    </fieldset>
  );
}

export function ConsentAndSend({ consent, label }: { consent: Field; label: string }) {
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <CheckboxField
        field={consent}
        label="Ik geef toestemming om mijn gegevens door te geven aan een school en het werkgeversservicepunt in mijn regio."
        hint={
          <>
            Zij gebruiken uw gegevens alleen om contact met u op te nemen over deze aanvraag. Lees wat we met uw gegevens doen
            en hoe lang we ze bewaren in de <Link to="/privacy">privacyverklaring</Link>.
          </>
        }
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? "Bezig met versturen…" : label}
      </button>
    </>
  );
}

/** Labels of the shared fields, for the error summary. */
export const SHARED_LABELS = {
  companyName: "Naam van uw bedrijf",
  kvkNumber: "KvK-nummer",
  postcode: "Postcode van de werkplek",
  municipality: "Gemeente",
  contactName: "Uw naam",
  email: "Uw e-mailadres",
  phone: "Uw telefoonnummer",
  consent: "Toestemming",
} as const;
