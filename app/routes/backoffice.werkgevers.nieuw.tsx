/**
 * A school or the WSP adds an employer it already knows to the register of its region. The
 * employer gets an email that says so, with a one-click way out (decision 028).
 */
import type { SubmissionResult } from "@conform-to/react";

import { getCollectionProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useZodForm } from "~/components/forms";
import { REGISTER_OFFERS } from "~/domain/register";
import { SECTORS } from "~/domain/sectors";
import { NewEntrySchema } from "~/forms/register";
import { NewEntryServerSchema } from "~/forms/register.server";
import { doneLocation } from "~/http/done-message.server";
import { refusalReply } from "~/http/form-reply.server";
import { notFound, requireStaff } from "~/http/staff-session.server";
import { database } from "~/lib/db.server";
import { addEntry } from "~/models/register.server";
import { mayWorkRegister } from "~/models/register-scope.server";
import registerStyles from "~/styles/backoffice-register.css";
import { parseFormSubmission } from "~/forms/submission";

export const links = () => [{ rel: "stylesheet", href: registerStyles }];

export const meta: MetaFunction = () => [{ title: "Werkgever toevoegen – Werkgevers – Opstap backoffice" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  if (!mayWorkRegister(staff)) throw notFound();
  return { organisationName: staff.organisation.name };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  if (!mayWorkRegister(staff)) throw notFound();
  const submission = parseFormSubmission(await request.formData(), { schema: NewEntryServerSchema });
  if (submission.status !== "success") return data<SubmissionResult<string[]>>(submission.reply(), { status: 400 });
  const v = submission.value;
  const result = await addEntry(database(), staff, {
    companyName: v.companyName,
    kvkNumber: v.kvkNumber ?? null,
    postcode: v.postcode.replace(/\s/g, "").slice(0, 4),
    sectors: v.sectors,
    offers: v.offers,
    contactName: v.contactName,
    email: v.email ?? null,
    phone: v.phone ?? null,
  });
  if (!result.ok) return data<SubmissionResult<string[]>>(refusalReply(submission, result), { status: 400 });
  return redirect(doneLocation(`/backoffice/werkgevers/${result.id}`, "toegevoegd", { hash: "gedaan" }));
}

function Checkboxes({ field, legend, options }: { field: Parameters<typeof getCollectionProps>[0]; legend: string; options: ReadonlyArray<{ value: string; label: string }> }) {
  const invalid = Boolean(field.errors?.length);
  return (
    <fieldset className={`field fieldset--inner ${invalid ? "field--invalid" : ""}`}>
      <legend className="field__label">
        {legend}
        <span className="field__optional"> (niet verplicht)</span>
      </legend>
      {getCollectionProps(field, { type: "checkbox", options: options.map((o) => o.value), ariaAttributes: false }).map(({ key, ...props }, index) => (
        <div className="checkbox" key={key}>
          <input {...props} />
          <label htmlFor={props.id}>{options[index]?.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export default function NieuweWerkgever() {
  const { organisationName } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useZodForm("werkgever", NewEntrySchema, lastResult);
  return (
    <div className="wrap page page--form">
      <p className="eyebrow">
        <Link to="/backoffice/werkgevers">Werkgevers</Link>
      </p>
      <h1>Werkgever toevoegen</h1>
      <p className="lead">
        Kent {organisationName} een werkgever die nog niet in het register staat? Voeg hem toe. Heeft u een e-mailadres, dan krijgt de
        werkgever een bericht dat hij in het register staat. Met één klik kan hij eruit.
      </p>
      <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="form">
        <ErrorSummary
          form={form}
          fields={[
            { field: fields.companyName, label: "Naam van het bedrijf" },
            { field: fields.kvkNumber, label: "KvK-nummer" },
            { field: fields.postcode, label: "Postcode" },
            { field: fields.contactName, label: "Contactpersoon" },
            { field: fields.email, label: "E-mailadres" },
            { field: fields.phone, label: "Telefoonnummer" },
          ]}
        />
        <TextField field={fields.companyName} label="Naam van het bedrijf" autoComplete="off" />
        <TextField field={fields.kvkNumber} label="KvK-nummer" optional inputMode="numeric" className="input input--short" />
        <TextField field={fields.postcode} label="Postcode van de vestiging" hint="Bijvoorbeeld 3511 AB." className="input input--short" />
        <Checkboxes field={fields.offers} legend="Wat biedt de werkgever?" options={REGISTER_OFFERS} />
        <Checkboxes field={fields.sectors} legend="Sector" options={SECTORS} />
        <TextField field={fields.contactName} label="Contactpersoon" autoComplete="off" />
        <TextField field={fields.email} label="E-mailadres" type="email" optional autoComplete="off" />
        <TextField field={fields.phone} label="Telefoonnummer" type="tel" optional autoComplete="off" />
        <button type="submit" className="button button--primary" disabled={busy}>
          Toevoegen
        </button>
      </Form>
    </div>
  );
}
