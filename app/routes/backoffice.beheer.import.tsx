/**
 * The routing data as an upload: a CSV of schools and WSPs. Every row is checked first; with one
 * wrong row nothing is imported and the page lists every problem by row and column.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
// Types only: a value import would put the CSV reader (and its Node needs) in the browser bundle.
import type { ORGANISATION_CSV_COLUMNS } from "~/domain/organisation-csv";
import { importOutcome } from "~/forms/administration";
import { type ImportFailure, readCsvUpload } from "~/http/csv-upload.server";
import { database } from "~/lib/db.server";
import { requireAdmin } from "~/http/staff-session.server";
import { importOrganisationsUpload } from "~/models/admin-organisations.server";
import adminStyles from "~/styles/backoffice-admin.css";

export const links = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "Organisaties importeren – Beheer – Opstap" }];

const PATH = "/backoffice/beheer/import";

/** Every column, in the order of the header row. */
const COLUMN_HELP: Record<(typeof ORGANISATION_CSV_COLUMNS)[number], string> = {
  slug: "vaste korte naam, zoals pro-de-brug-utrecht; een bestaande korte naam wordt bijgewerkt",
  soort: "school of wsp",
  naam: "de naam van de organisatie",
  regio: "de arbeidsmarktregio, zoals midden-utrecht",
  schooltype: "pro of vso; leeg voor een wsp",
  sectoren: "sectoren met | ertussen; leeg is alle sectoren",
  proefplaatsing: "ja of nee",
  groepsstage: "ja of nee",
  groep_min: "kleinste groep bij een groepsstage",
  groep_max: "grootste groep bij een groepsstage",
  capaciteit: "leerlingen per schooljaar; leeg is geen grens",
  werkgebied: "gemeentecodes uit de eigen regio met | ertussen (GM0344|GM0356), of regio voor de hele regio",
  email: "e-mailadres voor nieuwe aanvragen",
  telefoon: "mag leeg",
  website: "begint met https://; mag leeg",
  actief: "ja of nee (nee is gepauzeerd)",
};

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request, context);
  const url = new URL(request.url);
  const created = Number(url.searchParams.get("toegevoegd"));
  const updated = Number(url.searchParams.get("bijgewerkt"));
  const done =
    url.searchParams.has("toegevoegd") && url.searchParams.has("bijgewerkt") && isCount(created) && isCount(updated);
  return { done: done ? importOutcome(created, updated) : null };
}


export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireAdmin(request);
  const fail = (failure: ImportFailure) => data(failure, { status: 400 });
  const upload = await readCsvUpload(request);
  if (!upload.ok) return fail(upload.failure);
  const { fileName } = upload;
  const result = await importOrganisationsUpload(database(), staff, upload.text);
  if (!result.ok) return fail({ fileName, problem: null, errors: result.errors });
  return redirect(`${PATH}?toegevoegd=${result.created}&bijgewerkt=${result.updated}`);
}

export default function Import() {
  const { done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const problemId = "bestand-fout";
  return (
    <div className="wrap page">
      <p className="eyebrow">
        <Link to="/backoffice/beheer">Beheer</Link>
      </p>
      <h1>Organisaties importeren</h1>
      <div className="admin-columns">
        <div>
          <p>
            Laad een CSV-bestand met scholen en werkgeversservicepunten. Opstap controleert eerst alle regels. Klopt er één regel
            niet, dan wordt niets geïmporteerd en ziet u wat u moet verbeteren.
          </p>
          <p>
            <Link to={`${PATH}/voorbeeld`} reloadDocument download>
              Download een voorbeeldbestand (CSV)
            </Link>
          </p>
          <Form method="post" encType="multipart/form-data" className="form" noValidate>
            <div className={`field ${failure?.problem ? "field--invalid" : ""}`}>
              <label className="field__label" htmlFor="bestand">
                CSV-bestand
              </label>
              <p className="field__hint" id="bestand-uitleg">
                Opgeslagen als ‘CSV UTF-8 (door komma’s gescheiden)’. Hoogstens 2 MB.
              </p>
              {failure?.problem ? (
                <p className="field__error" id={problemId}>
                  <span className="visually-hidden">Fout: </span>
                  {failure.problem}
                </p>
              ) : null}
              <input
                id="bestand"
                name="bestand"
                type="file"
                accept=".csv,text/csv"
                className="input"
                aria-describedby={failure?.problem ? `bestand-uitleg ${problemId}` : "bestand-uitleg"}
                aria-invalid={failure?.problem ? true : undefined}
              />
            </div>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? "Bezig met controleren…" : "Controleren en importeren"}
            </button>
          </Form>
        </div>

        <div>
          {done ? (
            <div className="panel panel--success" role="status">
              <h2 className="admin-panel-title">Import gelukt</h2>
              <p>{done}.</p>
            </div>
          ) : null}
          {failure && !failure.problem && failure.errors.length > 0 ? (
            <section className="error-summary" aria-labelledby="import-fouten" role="alert">
              <h2 id="import-fouten" className="error-summary__title">
                Er is niets geïmporteerd
              </h2>
              <p>
                {failure.fileName ? `In ${failure.fileName} ` : "In het bestand "}
                {failure.errors.length === 1 ? "klopt 1 ding niet" : `kloppen ${failure.errors.length} dingen niet`}. Verbeter het
                bestand en laad het opnieuw.
              </p>
              <div className="table-scroll admin-scroll" role="region" aria-label="Tabel met fouten" tabIndex={0}>
                <table className="table table--stack admin-table admin-errors-table">
                  <caption className="visually-hidden">Fouten per rij en kolom</caption>
                  <thead>
                    <tr>
                      <th scope="col">Rij</th>
                      <th scope="col">Kolom</th>
                      <th scope="col">Melding</th>
                    </tr>
                  </thead>
                  <tbody>
                    {failure.errors.map((e, index) => (
                      <tr key={`${e.row}-${e.column ?? ""}-${index}`}>
                        <td data-label="Rij">{e.row}</td>
                        <td data-label="Kolom" className="admin-break">
                          {e.column ?? "—"}
                        </td>
                        <td data-label="Melding" className="admin-break">
                          {e.message}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
        </div>
      </div>

      <h2>Welke kolommen?</h2>
      <p>De eerste regel noemt de kolommen, precies in deze volgorde:</p>
      <div className="table-scroll admin-scroll" role="region" aria-label="Tabel met kolommen" tabIndex={0}>
        <table className="table table--stack admin-table">
          <caption className="visually-hidden">Kolommen van het CSV-bestand</caption>
          <thead>
            <tr>
              <th scope="col">Kolom</th>
              <th scope="col">Wat vult u in?</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(COLUMN_HELP).map(([column, help]) => (
              <tr key={column}>
                <th scope="row">
                  <code>{column}</code>
                </th>
                <td className="break-words">{help}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
