/**
 * The parts the three employer forms share: the place (postcode, and the municipality question
 * for a border postcode), the contact details, consent and the send button.
 */
import type { FieldMetadata } from "@conform-to/react";
import { useNavigation } from "@remix-run/react";
import { CheckboxField, FieldError, TextField } from "./forms";

type Field = FieldMetadata<string | undefined>;

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
        hint="Zij gebruiken uw gegevens alleen om contact met u op te nemen over deze aanvraag."
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
