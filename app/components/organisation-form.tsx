/**
 * The organisation form of the administrators, for a new organisation and for changes. The
 * browser checks the fields with the form's schema (`~/forms/administration`); the server adds
 * the checks that need the reference data. The service area shows the municipalities of the
 * chosen region, at once with JavaScript, after "Toon de gemeenten" without.
 */
import { type FieldMetadata, getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type * as z from "zod/v4/core";
import { CheckboxField, ErrorSummary, FieldError, RadioGroupField, SelectField, TextField, useZodForm } from "~/components/forms";
import { EditOrganisationFormSchema, NewOrganisationFormSchema } from "~/forms/administration";
import { SCHOOL_TYPE_LABELS, SCHOOL_TYPES } from "~/domain/organisations";
import { SECTORS } from "~/domain/sectors";

export interface RegionChoice {
  slug: string;
  name: string;
  municipalities: Array<{ code: string; name: string }>;
}

/** A list field (check boxes with one name) or a single value: the group reads its initial values. */
type Field = FieldMetadata<string[] | string | undefined>;

const KIND_OPTIONS = [
  { value: "school", label: "School (praktijkonderwijs of voortgezet speciaal onderwijs)" },
  { value: "wsp", label: "Werkgeversservicepunt" },
];

const SCHOOL_TYPE_OPTIONS = SCHOOL_TYPES.map((value) => ({
  value,
  label: `${SCHOOL_TYPE_LABELS[value].charAt(0).toUpperCase()}${SCHOOL_TYPE_LABELS[value].slice(1)} (${value})`,
}));

function selectedValues(field: Field): string[] {
  const initial = field.initialValue as unknown;
  if (Array.isArray(initial)) return initial.filter((v): v is string => typeof v === "string");
  return typeof initial === "string" && initial !== "" ? [initial] : [];
}

/** Several check boxes with one name; the first carries the field's id for the error summary. */
function CheckboxGroup({
  field,
  legend,
  hint,
  options,
  keyPrefix = "",
}: {
  field: Field;
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  keyPrefix?: string;
}) {
  const selected = selectedValues(field);
  const invalid = Boolean(field.errors?.length);
  return (
    <fieldset
      className={`field fieldset--inner ${invalid ? "field--invalid" : ""}`}
      aria-describedby={
        [hint ? field.descriptionId : null, invalid ? field.errorId : null].filter(Boolean).join(" ") || undefined
      }
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={field.descriptionId}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} />
      <div className="checkbox-grid">
        {options.map((option, index) => {
          const id = index === 0 ? field.id : `${field.id}-${option.value}`;
          return (
            <div className="checkbox" key={`${keyPrefix}${option.value}`}>
              <input
                type="checkbox"
                id={id}
                name={field.name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                aria-invalid={invalid ? true : undefined}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function OrganisationForm({
  mode,
  regions,
  lastResult,
  defaultValue,
  busy,
}: {
  mode: "nieuw" | "wijzigen";
  regions: RegionChoice[];
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: Record<string, string | string[] | null>;
  busy: boolean;
}) {
  const [form, fields] = useZodForm(
    mode === "nieuw" ? "nieuwe-organisatie" : "organisatie",
    mode === "nieuw" ? NewOrganisationFormSchema : EditOrganisationFormSchema,
    lastResult,
    // The loader gives the form's values as the browser sends them (text, lists of text).
    defaultValue as Partial<z.input<typeof NewOrganisationFormSchema>>,
  );
  const regionSlug = fields.regionSlug.value;
  const region = regions.find((r) => r.slug === regionSlug);

  // In the order the form shows them, for the error summary.
  const summary = [
    fields.name,
    ...(mode === "nieuw" ? [fields.slug] : []),
    fields.kind,
    fields.schoolType,
    fields.regionSlug,
    fields.contactEmail,
    fields.contactPhone,
    fields.website,
    fields.sectors,
    fields.groepsstageMinSize,
    fields.groepsstageMaxSize,
    fields.capacityPerSchoolYear,
    fields.serviceArea,
  ].map((field) => ({ field }));

  return (
    <>
      <ErrorSummary form={form} fields={summary} />
      <Form method="post" {...getFormProps(form)} noValidate className="form">
        <input type="hidden" name="intent" value="opslaan" />
        <fieldset className="fieldset">
          <legend>Gegevens</legend>
          <TextField field={fields.name} label="Naam" />
          {mode === "nieuw" ? (
            <TextField
              field={fields.slug}
              label="Korte naam"
              hint="Voor de import. Alleen kleine letters, cijfers en streepjes, zoals pro-de-brug-utrecht. U kunt dit later niet meer wijzigen."
            />
          ) : null}
          <RadioGroupField field={fields.kind} legend="Soort organisatie" options={KIND_OPTIONS} />
          <RadioGroupField field={fields.schoolType} legend="Schooltype" hint="Alleen voor scholen." options={SCHOOL_TYPE_OPTIONS} />
          <SelectField
            field={fields.regionSlug}
            label="Arbeidsmarktregio"
            options={regions.map((r) => ({ value: r.slug, label: r.name }))}
            placeholder="Kies een regio"
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Contact</legend>
          <TextField field={fields.contactEmail} label="E-mailadres" type="email" hint="Hier komen nieuwe aanvragen binnen." />
          <TextField field={fields.contactPhone} label="Telefoonnummer" type="tel" optional />
          <TextField field={fields.website} label="Website" optional hint="Begint met https://, zoals https://www.school.nl" />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Wat de organisatie doet</legend>
          <CheckboxGroup
            field={fields.sectors}
            legend="Sectoren"
            hint="Geen vinkje: de organisatie krijgt aanvragen uit alle sectoren."
            options={SECTORS}
          />
          <CheckboxField field={fields.takesProefplaatsing} label="Neemt proefplaatsingen aan" />
          <CheckboxField field={fields.offersGroepsstage} label="Doet groepsstages" />
          <div className="admin-inline-fields">
            <TextField
              field={fields.groepsstageMinSize}
              label="Kleinste groep"
              hint="Aantal leerlingen"
              inputMode="numeric"
              className="input input--short"
              optional
            />
            <TextField
              field={fields.groepsstageMaxSize}
              label="Grootste groep"
              hint="Aantal leerlingen"
              inputMode="numeric"
              className="input input--short"
              optional
            />
          </div>
          <TextField
            field={fields.capacityPerSchoolYear}
            label="Leerlingen per schooljaar"
            hint="Hoeveel leerlingen de school per schooljaar kan plaatsen. Leeg: geen grens."
            inputMode="numeric"
            className="input input--short"
            optional
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Werkgebied</legend>
          {region ? (
            <CheckboxGroup
              field={fields.serviceArea}
              legend={`Gemeenten in ${region.name}`}
              hint="Aanvragen van werkgevers in deze gemeenten kunnen naar deze school gaan. Voor een werkgeversservicepunt: geen vinkje is de hele regio."
              options={region.municipalities.map((mu) => ({ value: mu.code, label: mu.name }))}
              keyPrefix={`${region.slug}-`}
            />
          ) : (
            <div className={`field ${fields.serviceArea.errors?.length ? "field--invalid" : ""}`}>
              <FieldError field={fields.serviceArea} />
              <p id={fields.serviceArea.id} tabIndex={-1}>
                Kies eerst de arbeidsmarktregio. Daarna ziet u hier de gemeenten.
              </p>
            </div>
          )}
          <noscript>
            <p>Heeft u een andere regio gekozen? Laat dan eerst de gemeenten van die regio zien.</p>
            <button type="submit" formMethod="get" formNoValidate name="toon" value="gemeenten" className="button button--small">
              Toon de gemeenten van de regio
            </button>
          </noscript>
        </fieldset>

        {mode === "nieuw" ? (
          <CheckboxField
            field={fields.active}
            label="Direct actief"
            hint="Zonder vinkje is de organisatie gepauzeerd en krijgt ze nog geen aanvragen."
          />
        ) : null}

        <button type="submit" className="button button--primary" disabled={busy}>
          {mode === "nieuw" ? "Organisatie toevoegen" : "Wijzigingen opslaan"}
        </button>
      </Form>
    </>
  );
}
