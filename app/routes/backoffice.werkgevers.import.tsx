/**
 * A school (or the WSP) brings its own employer contacts into the region's register: a CSV, all or
 * nothing. Every row is checked first; with one wrong row nothing is stored and the page lists each
 * problem by row and column. New employers with an address are told they are in the register.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { REGISTER_IMPORT_COLUMNS, REGISTER_IMPORT_EXAMPLE } from "~/domain/register-import-format";
import { type ImportFailure, readCsvUpload } from "~/http/csv-upload.server";
import { notFound, requireStaff } from "~/http/staff-session.server";
import { database } from "~/lib/db.server";
import { importRegisterCsv } from "~/models/register.server";
import { mayWorkRegister } from "~/models/register-scope.server";
import registerStyles from "~/styles/backoffice-register.css";

export const links = () => [{ rel: "stylesheet", href: registerStyles }];

export const meta: MetaFunction = () => [{ title: "Contacten importeren – Werkgevers – Opstap backoffice" }];

const PATH = "/backoffice/werkgevers/import";

const COLUMN_HELP: Record<(typeof REGISTER_IMPORT_COLUMNS)[number], string> = {
  bedrijfsnaam: "de naam van het bedrijf",
  kvk: "8 cijfers, of leeg",
  postcode: "de postcode van de vestiging, in uw regio",
  contactpersoon: "de naam van uw contactpersoon",
  email: "het e-mailadres, of leeg; de werkgever krijgt een bericht dat hij in het register staat",
  telefoon: "een Nederlands telefoonnummer, zoals 06 12345678, of leeg",
  biedt: "proefplaatsing, stage, groepsstage of baan, met | ertussen; of leeg",
  sectoren: "sectoren met | ertussen, zoals detailhandel|horeca; of leeg",
  laatste_contact: "wanneer u de werkgever het laatst sprak, zoals 15-03-2026; of leeg",
};


export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  if (!mayWorkRegister(staff)) throw notFound();
  const url = new URL(request.url);
  if (url.searchParams.has("voorbeeld")) {
    return new Response(`\uFEFF${REGISTER_IMPORT_EXAMPLE}\r\n`, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="opstap-werkgevers-voorbeeld.csv"' },
    });
  }
  const added = url.searchParams.get("nieuw");
  const joined = url.searchParams.get("bekend");
  const done = added && joined && /^\d+$/.test(added) && /^\d+$/.test(joined) ? `${added} nieuwe werkgevers, ${joined} werkgevers die al in het register stonden` : null;
  return { done, columns: REGISTER_IMPORT_COLUMNS.map((c) => ({ name: c, help: COLUMN_HELP[c] })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  if (!mayWorkRegister(staff)) throw notFound();
  const fail = (failure: ImportFailure) => data(failure, { status: 400 });
  const upload = await readCsvUpload(request);
  if (!upload.ok) return fail(upload.failure);
  const { fileName } = upload;
  const result = await importRegisterCsv(database(), staff, upload.text);
  if (!result.ok) return fail({ fileName, problem: null, errors: result.errors });
  return redirect(`${PATH}?nieuw=${result.added}&bekend=${result.joined}`);
}

export default function Import() {
  // The loader answers the example file itself; the page gets the object.
  const { done, columns } = useLoaderData<typeof loader>() as unknown as { done: string | null; columns: Array<{ name: string; help: string }> };
  const failure = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="wrap page page--form">
      <p className="eyebrow">
        <Link to="/backoffice/werkgevers">Werkgevers</Link>
      </p>
      <h1>Uw contacten importeren</h1>
      {done ? (
        <div className="panel panel--success" role="status">
          <h2>Import gelukt</h2>
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
            {failure.errors.length === 1 ? "klopt 1 ding niet" : `kloppen ${failure.errors.length} dingen niet`}. Verbeter het bestand en
            laad het opnieuw.
          </p>
          <ul>
            {failure.errors.slice(0, 200).map((e, i) => (
              <li key={i}>
                {e.row > 0 ? `Rij ${e.row}` : "Bestand"}
                {e.column ? `, kolom ${e.column}` : ""}: {e.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="lead">
        Heeft u een lijst met werkgevers? Zet die in het register van uw regio. Opstap controleert eerst alle regels. Klopt er één
        regel niet, dan wordt niets geïmporteerd.
      </p>
      <p>
        <a href={`${PATH}?voorbeeld`} download>
          Download een voorbeeldbestand (CSV)
        </a>
      </p>
      <details>
        <summary>Welke kolommen?</summary>
        <dl className="details">
          {columns.map((c) => (
            <div key={c.name}>
              <dt>{c.name}</dt>
              <dd>{c.help}</dd>
            </div>
          ))}
        </dl>
      </details>
      <Form method="post" encType="multipart/form-data" className="form" noValidate>
        <div className={`field ${failure?.problem ? "field--invalid" : ""}`}>
          <label className="field__label" htmlFor="bestand">
            CSV-bestand
          </label>
          <p className="field__hint" id="bestand-uitleg">
            Opgeslagen als ‘CSV UTF-8’. Hoogstens 2 MB.
          </p>
          {failure?.problem ? (
            <p className="field__error" id="bestand-fout">
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
            aria-describedby={failure?.problem ? "bestand-uitleg bestand-fout" : "bestand-uitleg"}
            aria-invalid={failure?.problem ? true : undefined}
          />
        </div>
        <p>Nieuwe werkgevers met een e-mailadres krijgen een bericht dat ze in het register staan. Met één klik kunnen ze eruit.</p>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? "Bezig met controleren…" : "Controleren en importeren"}
        </button>
      </Form>
    </div>
  );
}
