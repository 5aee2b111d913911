/** One organisation: change its details and service area, or pause it. */
import type { SubmissionResult } from "@conform-to/react";

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { DoneMessage } from "~/components/forms";
import { OrganisationForm, type RegionChoice } from "~/components/organisation-form";
import { formatDateTime } from "~/domain/dates";
import { editOrganisationSchema, formValuesFromQuery } from "~/forms/administration";
import { refusalReply } from "~/http/form-reply.server";
import { doneLocation, doneMessage } from "~/http/done-message.server";
import { database } from "~/lib/db.server";
import { notFound, requireAdmin } from "~/http/staff-session.server";
import {
  organisationForEdit,
  regionsWithMunicipalities,
  setOrganisationActive,
  updateOrganisation,
} from "~/models/admin-organisations.server";
import { knownPlaces } from "~/models/organisations.server";
import adminStyles from "~/styles/backoffice-admin.css";
import { parseFormSubmission } from "~/forms/submission";

export const links = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.organisation.name ?? "Organisatie"} – Beheer – Opstap` },
];

const LIST_FIELDS = ["sectors", "serviceArea"];

const DONE_MESSAGES = {
  gepauzeerd: "De organisatie is gepauzeerd. Ze krijgt geen nieuwe aanvragen meer.",
  geactiveerd: "De organisatie is weer actief. Ze kan weer nieuwe aanvragen krijgen.",
} as const satisfies Record<string, string>;

const onOff = (value: boolean) => (value ? "on" : "");

/**
 * Municipalities of the service area that lie in another region, each with its region. The form
 * and the import keep a service area inside its region; one saved before they did can still hold
 * such a municipality. The form has no box for it, so saving drops it: the page says so first.
 */
function municipalitiesElsewhere(serviceArea: readonly string[], regionSlug: string, regions: RegionChoice[]) {
  return regions
    .filter((region) => region.slug !== regionSlug)
    .flatMap((region) =>
      region.municipalities
        .filter((mu) => serviceArea.includes(mu.code))
        .map((mu) => ({ code: mu.code, name: mu.name, regionName: region.name })),
    );
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const staff = await requireAdmin(request, context);
  const db = database();
  const found = await organisationForEdit(db, staff, params.id ?? "");
  if (!found) throw notFound();
  const { organisation: o, serviceArea } = found;
  const url = new URL(request.url);
  const typed = url.searchParams.has("toon") ? formValuesFromQuery(url.searchParams, LIST_FIELDS) : null;
  const regions = await regionsWithMunicipalities(db);
  return {
    organisation: { id: o.id, name: o.name, slug: o.slug, active: o.active, updatedAt: formatDateTime(o.updatedAt) },
    regions,
    outsideRegion: municipalitiesElsewhere(serviceArea, o.regionSlug, regions),
    done: doneMessage(request, DONE_MESSAGES),
    defaultValue: typed ?? {
      name: o.name,
      kind: o.kind,
      schoolType: o.schoolType ?? "",
      regionSlug: o.regionSlug,
      contactEmail: o.contactEmail,
      contactPhone: o.contactPhone ?? "",
      website: o.website ?? "",
      sectors: o.sectors,
      takesProefplaatsing: onOff(o.takesProefplaatsing),
      offersGroepsstage: onOff(o.offersGroepsstage),
      groepsstageMinSize: o.groepsstageMinSize?.toString() ?? "",
      groepsstageMaxSize: o.groepsstageMaxSize?.toString() ?? "",
      capacityPerSchoolYear: o.capacityPerSchoolYear?.toString() ?? "",
      serviceArea,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireAdmin(request);
  const db = database();
  const id = params.id ?? "";
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "pauzeren" || intent === "activeren") {
    const active = intent === "activeren";
    if (!(await setOrganisationActive(db, staff, id, active))) throw notFound();
    return redirect(doneLocation(`/backoffice/beheer/organisaties/${id}`, active ? "geactiveerd" : "gepauzeerd"));
  }
  const submission = parseFormSubmission(formData, { schema: editOrganisationSchema(await knownPlaces(db)) });
  if (submission.status !== "success") return data<SubmissionResult<string[]>>(submission.reply(), { status: 400 });
  const result = await updateOrganisation(db, staff, id, submission.value);
  if (!result) throw notFound();
  if (!result.ok) return data<SubmissionResult<string[]>>(refusalReply(submission, result), { status: 400 });
  return redirect(doneLocation("/backoffice/beheer/organisaties", "gewijzigd"));
}

export default function Organisatie() {
  const { organisation, regions, outsideRegion, defaultValue, done } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="wrap page page--form">
      <p className="eyebrow">
        <Link to="/backoffice/beheer/organisaties">Organisaties</Link>
      </p>
      <h1>{organisation.name}</h1>
      <DoneMessage message={done} />

      <section className="panel" aria-labelledby="status-kop">
        <h2 id="status-kop" className="admin-panel-title">
          {organisation.active ? "Actief" : "Gepauzeerd"}
        </h2>
        <p>
          {organisation.active
            ? "Deze organisatie kan nieuwe aanvragen krijgen. Pauzeer haar als ze tijdelijk geen aanvragen aankan, bijvoorbeeld in de zomervakantie."
            : "Deze organisatie krijgt geen nieuwe aanvragen. Aanvragen die ze al heeft, blijven bij haar."}
        </p>
        <Form method="post" className="admin-panel-action">
          <input type="hidden" name="intent" value={organisation.active ? "pauzeren" : "activeren"} />
          <button type="submit" className="button" disabled={busy}>
            {organisation.active ? "Pauzeren" : "Weer actief maken"}
          </button>
        </Form>
      </section>

      <h2>Gegevens wijzigen</h2>
      <p className="field__hint">
        Korte naam: <code>{organisation.slug}</code>. Laatst gewijzigd op {organisation.updatedAt}.
      </p>
      {outsideRegion.length > 0 ? (
        <section className="panel admin-notice" aria-labelledby="buiten-regio-kop">
          <h3 id="buiten-regio-kop" className="admin-panel-title">
            Gemeenten buiten de regio
          </h3>
          <p>Het werkgebied heeft ook gemeenten die in een andere regio liggen:</p>
          <ul>
            {outsideRegion.map((mu) => (
              <li key={mu.code}>
                {mu.name} ({mu.code}), regio {mu.regionName}
              </li>
            ))}
          </ul>
          <p>
            Een werkgebied ligt in de eigen regio. Daarom staan deze gemeenten niet in de lijst hieronder. Slaat u de gegevens op, dan
            haalt Opstap ze uit het werkgebied.
          </p>
        </section>
      ) : null}
      <OrganisationForm mode="wijzigen" regions={regions} lastResult={lastResult} defaultValue={defaultValue} busy={busy} />
    </div>
  );
}
