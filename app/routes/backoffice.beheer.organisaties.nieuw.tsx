/** A new school or WSP, with its service area. */
import type { SubmissionResult } from "@conform-to/react";

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { OrganisationForm } from "~/components/organisation-form";
import { formValuesFromQuery, newOrganisationSchema } from "~/forms/administration";
import { refusalReply } from "~/http/form-reply.server";
import { doneLocation } from "~/http/done-message.server";
import { database } from "~/lib/db.server";
import { requireAdmin } from "~/http/staff-session.server";
import { createOrganisation, regionsWithMunicipalities } from "~/models/admin-organisations.server";
import { knownPlaces } from "~/models/organisations.server";
import adminStyles from "~/styles/backoffice-admin.css";
import { parseFormSubmission } from "~/forms/submission";

export const links = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "Nieuwe organisatie – Beheer – Opstap" }];

const LIST_FIELDS = ["sectors", "serviceArea"];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request, context);
  const url = new URL(request.url);
  // "Toon de gemeenten" without JavaScript sends the form here as GET: show it again as typed.
  const typed = url.searchParams.has("toon") ? formValuesFromQuery(url.searchParams, LIST_FIELDS) : null;
  return {
    regions: await regionsWithMunicipalities(database()),
    defaultValue: typed ?? { kind: "school", takesProefplaatsing: "on", active: "on" },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireAdmin(request);
  const db = database();
  const submission = parseFormSubmission(await request.formData(), { schema: newOrganisationSchema(await knownPlaces(db)) });
  if (submission.status !== "success") return data<SubmissionResult<string[]>>(submission.reply(), { status: 400 });
  const result = await createOrganisation(db, staff, submission.value);
  if (!result.ok) return data<SubmissionResult<string[]>>(refusalReply(submission, result), { status: 400 });
  return redirect(doneLocation("/backoffice/beheer/organisaties", "aangemaakt"));
}

export default function NieuweOrganisatie() {
  const { regions, defaultValue } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="wrap page page--form">
      <p className="eyebrow">
        <Link to="/backoffice/beheer/organisaties">Organisaties</Link>
      </p>
      <h1>Nieuwe organisatie</h1>
      <p className="lead">Voeg een school of werkgeversservicepunt toe. Daarna kunt u er mensen voor uitnodigen.</p>
      <OrganisationForm mode="nieuw" regions={regions} lastResult={lastResult} defaultValue={defaultValue} busy={busy} />
    </div>
  );
}
