/**
 * The organisation form of the administrators, for a new organisation and for changes. The
 * server validates (the rules need the reference data); the service area shows the municipalities
 * of the chosen region, at once with JavaScript, after "Toon de gemeenten" without.
 */
import { type FieldMetadata, getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { CheckboxField, ErrorSummary, FieldError, RadioGroupField, SelectField, TextField } from "~/components/forms";
import { SCHOOL_TYPE_LABELS, SCHOOL_TYPES } from "~/domain/organisations";
import { SECTORS } from "~/domain/sectors";

export interface RegionChoice {
  slug: string;
  name: string;
  municipalities: Array<{ code: string; name: string }>;
}

type Field = FieldMetadata<string | undefined>;

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
  const [form, fields] = useForm<Record<string, string | string[]>>({
    id: mode === "nieuw" ? "nieuwe-organisatie" : "organisatie",
    lastResult,
    defaultValue,
    shouldValidate: "onSubmit",
  });
  const f = fields as unknown as Record<string, Field>;
  const field = (name: string) => f[name]!;
  const regionSlug = field("regionSlug").value;
  const region = regions.find((r) => r.slug === regionSlug);

  const labels: Array<[string, string]> = [
    ["name", "Naam"],
    ...(mode === "nieuw" ? ([["slug", "Korte naam"]] as Array<[string, string]>) : []),
    ["kind", "Soort organisatie"],
    ["schoolType", "Schooltype"],
    ["regionSlug", "Arbeidsmarktregio"],
    ["contactEmail", "E-mailadres"],
    ["contactPhone", "Telefoonnummer"],
    ["website", "Website"],
    ["sectors", "Sectoren"],
    ["groepsstageMinSize", "Kleinste groep"],
    ["groepsstageMaxSize", "Grootste groep"],
    ["capacityPerSchoolYear", "Leerlingen per schooljaar"],
    ["serviceArea", "Werkgebied"],
  ];

  return (
    <>
      <ErrorSummary form={form} fields={labels.map(([name, label]) => ({ field: field(name), label }))} />
      <Form method="post" {...getFormProps(form)} noValidate className="form">
        <input type="hidden" name="intent" value="opslaan" />
        <fieldset className="fieldset">
          <legend>Gegevens</legend>
          <TextField field={field("name")} label="Naam" />
          {mode === "nieuw" ? (
            <TextField
              field={field("slug")}
              label="Korte naam"
              hint="Voor de import. Alleen kleine letters, cijfers en streepjes, zoals pro-de-brug-utrecht. U kunt dit later niet meer wijzigen."
            />
          ) : null}
          <RadioGroupField field={field("kind")} legend="Soort organisatie" options={KIND_OPTIONS} />
          <RadioGroupField
            field={field("schoolType")}
            legend="Schooltype"
            hint="Alleen voor scholen."
            options={SCHOOL_TYPE_OPTIONS}
          />
          <SelectField
            field={field("regionSlug")}
            label="Arbeidsmarktregio"
            options={regions.map((r) => ({ value: r.slug, label: r.name }))}
            placeholder="Kies een regio"
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Contact</legend>
          <TextField field={field("contactEmail")} label="E-mailadres" type="email" hint="Hier komen nieuwe aanvragen binnen." />
          <TextField field={field("contactPhone")} label="Telefoonnummer" type="tel" optional />
          <TextField field={field("website")} label="Website" optional hint="Begint met https://, zoals https://www.school.nl" />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Wat de organisatie doet</legend>
          <CheckboxGroup
            field={field("sectors")}
            legend="Sectoren"
            hint="Geen vinkje: de organisatie krijgt aanvragen uit alle sectoren."
            options={SECTORS}
          />
          <CheckboxField field={field("takesProefplaatsing")} label="Neemt proefplaatsingen aan" />
          <CheckboxField field={field("offersGroepsstage")} label="Doet groepsstages" />
          <div className="admin-inline-fields">
            <TextField
              field={field("groepsstageMinSize")}
              label="Kleinste groep"
              hint="Aantal leerlingen"
              inputMode="numeric"
              className="input input--short"
              optional
            />
            <TextField
              field={field("groepsstageMaxSize")}
              label="Grootste groep"
              hint="Aantal leerlingen"
              inputMode="numeric"
              className="input input--short"
              optional
            />
          </div>
          <TextField
            field={field("capacityPerSchoolYear")}
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
              field={field("serviceArea")}
              legend={`Gemeenten in ${region.name}`}
              hint="Aanvragen van werkgevers in deze gemeenten kunnen naar deze school gaan. Voor een werkgeversservicepunt: geen vinkje is de hele regio."
              options={region.municipalities.map((mu) => ({ value: mu.code, label: mu.name }))}
              keyPrefix={`${region.slug}-`}
            />
          ) : (
            <div className={`field ${field("serviceArea").errors?.length ? "field--invalid" : ""}`}>
              <FieldError field={field("serviceArea")} />
              <p id={field("serviceArea").id} tabIndex={-1}>
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
            field={field("active")}
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
