/**
 * Who runs Opstap: the organisation responsible for the personal data, its address, phone and
 * hours, and its privacy officer. The footer, the privacy statement and the contact page show it.
 */
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useZodForm } from "~/components/forms";
import { InstallationSchema } from "~/forms/installation";
import { database } from "~/lib/db.server";
import { requireAdmin } from "~/http/staff-session.server";
import { installationDetails, updateInstallationDetails } from "~/models/installation.server";
import adminStyles from "~/styles/backoffice-admin.css";
import { parseFormSubmission } from "~/forms/submission";

export const links = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "Beheerder van Opstap – Beheer – Opstap" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request, context);
  const details = await installationDetails(database(), 0);
  return { details, saved: new URL(request.url).searchParams.has("opgeslagen") };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireAdmin(request);
  const submission = parseFormSubmission(await request.formData(), { schema: InstallationSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await updateInstallationDetails(database(), staff, submission.value);
  return redirect("/backoffice/beheer/installatie?opgeslagen");
}

const FIELDS = [
  ["organisationName", "Naam van de organisatie", "organization"],
  ["street", "Straat en huisnummer", "street-address"],
  ["postcodeAndCity", "Postcode en plaats", "off"],
  ["phone", "Telefoonnummer", "tel"],
  ["phoneHours", "Wanneer wordt de telefoon opgenomen?", "off"],
  ["email", "E-mailadres voor vragen", "email"],
  ["kvkNumber", "KvK-nummer", "off"],
  ["privacyOfficerName", "Functionaris gegevensbescherming (naam of functie)", "off"],
  ["privacyOfficerEmail", "E-mailadres van de functionaris gegevensbescherming", "email"],
] as const;

export default function Installatie() {
  const { details, saved } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useZodForm("installatie", InstallationSchema, lastResult, { ...details, kvkNumber: details.kvkNumber ?? "" });
  return (
    <div className="wrap page page--form">
      <p className="eyebrow">
        <Link to="/backoffice/beheer">Beheer</Link>
      </p>
      <h1>Wie beheert Opstap?</h1>
      {saved ? (
        <div className="panel panel--success" role="status">
          <p>De gegevens zijn opgeslagen. Ze staan nu in de voettekst, de privacyverklaring en op de contactpagina.</p>
        </div>
      ) : null}
      {details.demo ? (
        <div className="panel" role="status">
          <p>Dit zijn nog voorbeeldgegevens. Vul de echte gegevens in voordat werkgevers Opstap gebruiken.</p>
        </div>
      ) : null}
      <p className="lead">
        Deze organisatie is verantwoordelijk voor de persoonsgegevens in Opstap. Werkgevers zien deze gegevens in de voettekst,
        de privacyverklaring en op de contactpagina.
      </p>
      <ErrorSummary form={form} fields={FIELDS.map(([name, label]) => ({ field: fields[name], label }))} />
      <Form method="post" {...getFormProps(form)} noValidate className="form">
        {FIELDS.map(([name, label, autoComplete]) => (
          <TextField
            key={name}
            field={fields[name]}
            label={label}
            optional={name === "kvkNumber"}
            autoComplete={autoComplete}
            type={name === "phone" ? "tel" : name.toLowerCase().includes("email") ? "email" : "text"}
          />
        ))}
        <button type="submit" className="button button--primary" disabled={busy}>
          Opslaan
        </button>
      </Form>
    </div>
  );
}
