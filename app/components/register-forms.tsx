/**
 * The forms on an employer's page in the register: log contact (with a note for the own
 * organisation or the region, or a handover to another school), places per school year, status.
 * Plain forms that work without JavaScript; conform adds checks while typing when it runs.
 */
import type { FieldMetadata, SubmissionResult } from "@conform-to/react";
import { getInputProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, RadioGroupField, SelectField, TextareaField, TextField, useZodForm } from "~/components/forms";
import { CONTACT_KINDS, REGISTER_OFFERS, REGISTER_STATUSES, type RegisterStatus } from "~/domain/register";
import { CapacitySchema, ContactLogSchema, StatusSchema } from "~/forms/register";

type Reply = SubmissionResult<string[]> | null | undefined;

function DateField({ field, label, hint, optional }: { field: FieldMetadata<string | undefined>; label: string; hint?: string; optional?: boolean }) {
  const props = getInputProps(field, { type: "date", ariaAttributes: false });
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={`field ${invalid ? "field--invalid" : ""}`}>
      <label className="field__label" htmlFor={field.id}>
        {label}
        {optional ? <span className="field__optional"> (niet verplicht)</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={field.descriptionId}>
          {hint}
        </p>
      ) : null}
      <p className="field__error" id={field.errorId} hidden={!invalid}>
        {invalid ? (
          <>
            <span className="visually-hidden">Fout: </span>
            {field.errors![0]}
          </>
        ) : null}
      </p>
      <input
        {...props}
        key={props.key}
        className="input input--short"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[hint ? field.descriptionId : null, invalid ? field.errorId : null].filter(Boolean).join(" ") || undefined}
      />
    </div>
  );
}

export function ContactLogForm({
  lastResult,
  today,
  organisationName,
  schools,
  busy,
}: {
  lastResult: Reply;
  today: string;
  organisationName: string;
  schools: ReadonlyArray<{ id: string; name: string }>;
  busy: boolean;
}) {
  const [form, fields] = useZodForm("contact", ContactLogSchema, lastResult, { happenedOn: today, visibility: "eigen" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="form">
      <input type="hidden" name="intent" value="contact" />
      <ErrorSummary
        form={form}
        fields={[
          { field: fields.kind, label: "Soort contact" },
          { field: fields.happenedOn, label: "Datum" },
          { field: fields.endsOn, label: "Einde plaatsing" },
          { field: fields.toOrganisationId, label: "Aan welke school" },
          { field: fields.note, label: "Notitie" },
        ]}
      />
      <SelectField field={fields.kind} label="Soort contact" options={CONTACT_KINDS} />
      <DateField field={fields.happenedOn} label="Datum" />
      <DateField field={fields.endsOn} label="Einde plaatsing" hint="Alleen bij een plaatsing. Daarna vragen we de werkgever of er weer plek is." optional />
      {schools.length > 0 ? (
        <SelectField
          field={fields.toOrganisationId}
          label="Aan welke school geeft u de werkgever door?"
          hint="Alleen bij 'Doorgegeven aan een andere school'. De school krijgt uw notitie per e-mail."
          options={schools.map((s) => ({ value: s.id, label: s.name }))}
          optional
        />
      ) : null}
      <TextareaField field={fields.note} label="Notitie" optional rows={3} />
      <RadioGroupField
        field={fields.visibility}
        legend="Wie mag de notitie lezen?"
        options={[
          { value: "eigen", label: `Alleen ${organisationName}` },
          { value: "regio", label: "Voor de regio: alle scholen en het werkgeversservicepunt" },
        ]}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        Contact opslaan
      </button>
    </Form>
  );
}

export function CapacityForm({ lastResult, years, busy }: { lastResult: Reply; years: ReadonlyArray<{ value: string; label: string }>; busy: boolean }) {
  const [form, fields] = useZodForm("capaciteit", CapacitySchema, lastResult, { schoolYear: years[0]?.value });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="form">
      <input type="hidden" name="intent" value="capaciteit" />
      <ErrorSummary
        form={form}
        fields={[
          { field: fields.schoolYear, label: "Schooljaar" },
          { field: fields.offer, label: "Soort plek" },
          { field: fields.places, label: "Aantal plekken" },
        ]}
      />
      <SelectField field={fields.schoolYear} label="Schooljaar" options={years} />
      <SelectField field={fields.offer} label="Soort plek" options={REGISTER_OFFERS} />
      <TextField field={fields.places} label="Aantal plekken" hint="0 haalt de regel weg." inputMode="numeric" className="input input--short" />
      <button type="submit" className="button" disabled={busy}>
        Plekken opslaan
      </button>
    </Form>
  );
}

export function StatusForm({ lastResult, status, busy }: { lastResult: Reply; status: string; busy: boolean }) {
  const [form, fields] = useZodForm("status", StatusSchema, lastResult, { status: status as RegisterStatus });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="form">
      <input type="hidden" name="intent" value="status" />
      <RadioGroupField field={fields.status} legend="Status" options={REGISTER_STATUSES} />
      <button type="submit" className="button" disabled={busy}>
        Status opslaan
      </button>
    </Form>
  );
}
