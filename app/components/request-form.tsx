/**
 * The parts the three employer forms share: the frame with the error summary, the place
 * (postcode, and the municipality question for a border postcode), the contact details, consent
 * and the send button. Form state comes from `useZodForm` in `./forms`, as on every other form.
 */
import { type FieldMetadata, type FormMetadata, getFormProps } from "@conform-to/react";
import { Form, Link, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { SECTORS } from "~/domain/sectors";
import { MUNICIPALITY_ASKED } from "~/forms/request-form-reply";
import { CheckboxField, ErrorSummary, FieldError, HoneypotField, SelectField, TextField } from "./forms";

type Field = FieldMetadata<string | undefined>;

/**
 * The frame of an employer form: the error summary, the form itself with its one-time submission
 * key and the honeypot, and the form's own fieldsets. `order` names the fields in the order the
 * page shows them, so the summary lists the problems top to bottom.
 */
export function RequestFormFrame<
  FormSchema extends Record<string, unknown>,
  Fields extends { submissionKey: FieldMetadata<string | undefined> },
>({
  form,
  fields,
  order,
  submissionKey,
  children,
}: {
  form: FormMetadata<FormSchema, string[]>;
  fields: Fields;
  order: ReadonlyArray<keyof Fields & string>;
  submissionKey: string;
  children: ReactNode;
}) {
  const key = fields.submissionKey;
  // Every field in `order` is a field of this form (the type says so); the summary reads only
  // its id and errors, which every field has whatever its value type.
  const summary = order.map((name) => ({ field: fields[name] as Field }));
  return (
    <>
      <ErrorSummary form={form} fields={summary} />
      <Form method="post" {...getFormProps(form)} noValidate className="form">
        <input type="hidden" name={key.name} value={key.initialValue ?? submissionKey} />
        <HoneypotField />
        {children}
      </Form>
    </>
  );
}

/** The order of the shared fields as `CompanyFields` shows them. */
export const COMPANY_FIELD_ORDER = ["companyName", "kvkNumber", "sector", "postcode", "municipality"] as const;
/** The order of the shared fields as `ContactFields` and `ConsentAndSend` show them. */
export const CONTACT_FIELD_ORDER = ["contactName", "email", "phone", "consent"] as const;

/** The company: name, optional KvK number, sector and where it is. */
export function CompanyFields({
  fields,
  municipalityOptions,
}: {
  fields: { companyName: Field; kvkNumber: Field; sector: Field; postcode: Field; municipality: Field };
  municipalityOptions: ReadonlyArray<{ code: string; name: string }>;
}) {
  return (
    <fieldset className="fieldset">
      <legend>Uw bedrijf</legend>
      <TextField field={fields.companyName} label="Naam van uw bedrijf" autoComplete="organization" />
      <TextField
        field={fields.kvkNumber}
        label="KvK-nummer"
        optional
        inputMode="numeric"
        hint="8 cijfers. Hiermee herkennen we uw bedrijf als u vaker iets aanvraagt."
        className="input input--short"
      />
      <SelectField field={fields.sector} label="Sector" options={SECTORS} />
      <PlaceFields postcode={fields.postcode} municipality={fields.municipality} municipalityOptions={municipalityOptions} />
    </fieldset>
  );
}

/**
 * The postcode, and for a postcode that lies in two municipalities the question which one. That
 * question is an ordinary question, not an error: the employer did nothing wrong. Its first
 * radio carries the field's id, so a "choose one" error in the summary links to it.
 */
export function PlaceFields({
  postcode,
  municipality,
  municipalityOptions,
  postcodeHint = "Bijvoorbeeld 3511 AB. Zo weten we welke school en welk werkgeversservicepunt bij u in de buurt zitten.",
}: {
  postcode: Field;
  municipality: Field;
  municipalityOptions: ReadonlyArray<{ code: string; name: string }>;
  postcodeHint?: ReactNode;
}) {
  const invalid = Boolean(municipality.errors?.length);
  return (
    <>
      <TextField
        field={postcode}
        label="Postcode van de werkplek"
        hint={postcodeHint}
        autoComplete="postal-code"
        className="input input--short"
      />
      {municipalityOptions.length > 0 ? (
        <fieldset
          className={`field fieldset--inner ${invalid ? "field--invalid" : ""}`}
          aria-describedby={[municipality.descriptionId, invalid ? municipality.errorId : null].filter(Boolean).join(" ")}
        >
          <legend className="field__label">In welke gemeente is uw bedrijf?</legend>
          <p className="field__hint" id={municipality.descriptionId}>
            Uw postcode ligt in twee gemeenten. Kies de gemeente waar uw bedrijf is.
          </p>
          <FieldError field={municipality} />
          <input type="hidden" name={MUNICIPALITY_ASKED} value="ja" />
          {municipalityOptions.map((option, index) => {
            const id = index === 0 ? municipality.id : `${municipality.id}-${option.code}`;
            return (
              <div className="radio" key={option.code}>
                <input
                  type="radio"
                  id={id}
                  name={municipality.name}
                  value={option.code}
                  defaultChecked={municipality.initialValue === option.code}
                  aria-invalid={invalid ? true : undefined}
                />
                <label htmlFor={id}>{option.name}</label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
    </>
  );
}

/**
 * Shown above the form when the server asks which municipality: a note, not an error, that takes
 * focus and links to the question.
 */
export function MunicipalityQuestionNote({ municipality, show }: { municipality: Field; show: boolean }) {
  if (!show) return null;
  return (
    <div className="panel panel--question" role="status">
      <p>
        Nog één vraag: uw postcode ligt in twee gemeenten.{" "}
        <a href={`#${municipality.id}`}>Kies de gemeente van uw bedrijf</a> en verstuur de aanvraag opnieuw.
      </p>
    </div>
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
        hint="Een Nederlands nummer, zoals 06 12345678 of 020 123 4567. Dan kunnen we u ook bellen."
      />
    </fieldset>
  );
}

export function ConsentAndSend({
  consent,
  label = "Ik geef toestemming om mijn gegevens door te geven aan een school en het werkgeversservicepunt in mijn regio.",
}: {
  consent: Field;
  /** Who gets the details; the quick question adds the team behind Opstap (decision 032). */
  label?: string;
}) {
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <CheckboxField
        field={consent}
        label={label}
        hint={
          <>
            Zij gebruiken uw gegevens alleen om contact met u op te nemen over deze aanvraag. De scholen en het
            werkgeversservicepunt in uw regio zien ook dat u al contact met hen heeft. Zo benaderen ze u niet twee keer.
            Lees wat we met uw gegevens doen en hoe lang we ze bewaren in de <Link to="/privacy">privacyverklaring</Link>.
          </>
        }
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? "Bezig met versturen…" : "Aanvraag versturen"}
      </button>
    </>
  );
}
