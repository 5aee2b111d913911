/**
 * The register in numbers, per region and per school: active employers, employers who return
 * (places this school year and last), places offered against places used, and time since the
 * last contact. Tables only: every number is readable as text.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDate } from "~/domain/dates";
import { schoolYearLabel } from "~/domain/register-check-ins";
import { requireStaff } from "~/http/staff-session.server";
import { database } from "~/lib/db.server";
import { registerFigures } from "~/models/register.server";
import registerStyles from "~/styles/backoffice-register.css";

export const links = () => [{ rel: "stylesheet", href: registerStyles }];

export const meta: MetaFunction = () => [{ title: "Cijfers – Werkgevers – Opstap backoffice" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  const figures = await registerFigures(database(), staff);
  return {
    schoolYear: schoolYearLabel(figures.schoolYear),
    regions: figures.regions,
    schools: figures.schools.map((s) => ({ ...s, lastContact: s.lastContact ? formatDate(s.lastContact) : "Nog niet" })),
  };
}

export default function Cijfers() {
  const d = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <p className="eyebrow">
        <Link to="/backoffice/werkgevers">Werkgevers</Link>
      </p>
      <h1>Werkgevers in cijfers</h1>
      <p className="lead">Schooljaar {d.schoolYear}. Een terugkerende werkgever bood vorig schooljaar plekken en dit schooljaar weer.</p>
      <section className="register-section" aria-labelledby="per-regio">
        <h2 id="per-regio">Per regio</h2>
        {d.regions.length === 0 ? (
          <p>Nog geen werkgevers in het register.</p>
        ) : (
          <div className="table-scroll" role="region" aria-label="Werkgevers per regio" tabIndex={0}>
            <table className="table table--stack">
              <caption className="visually-hidden">Werkgevers per regio, schooljaar {d.schoolYear}</caption>
              <thead>
                <tr>
                  <th scope="col">Regio</th>
                  <th scope="col">Actief</th>
                  <th scope="col">Slapend</th>
                  <th scope="col">Terugkerend</th>
                  <th scope="col">Plekken aangeboden</th>
                  <th scope="col">Plekken gebruikt</th>
                  <th scope="col">Dagen sinds contact (mediaan)</th>
                </tr>
              </thead>
              <tbody>
                {d.regions.map((r) => (
                  <tr key={r.regionName}>
                    <th scope="row" data-label="Regio">
                      {r.regionName}
                    </th>
                    <td data-label="Actief">{r.active}</td>
                    <td data-label="Slapend">{r.dormant}</td>
                    <td data-label="Terugkerend">{r.returning}</td>
                    <td data-label="Plekken aangeboden">{r.offered}</td>
                    <td data-label="Plekken gebruikt">{r.placed}</td>
                    <td data-label="Dagen sinds contact (mediaan)">{r.medianDaysSinceContact ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="register-section" aria-labelledby="per-school">
        <h2 id="per-school">Per school en werkgeversservicepunt</h2>
        {d.schools.length === 0 ? (
          <p>Nog geen contact vastgelegd.</p>
        ) : (
          <div className="table-scroll" role="region" aria-label="Contact per organisatie" tabIndex={0}>
            <table className="table table--stack">
              <caption className="visually-hidden">Contact met werkgevers per organisatie</caption>
              <thead>
                <tr>
                  <th scope="col">Organisatie</th>
                  <th scope="col">Werkgevers met contact</th>
                  <th scope="col">Plaatsingen dit schooljaar</th>
                  <th scope="col">Laatste contact</th>
                </tr>
              </thead>
              <tbody>
                {d.schools.map((s) => (
                  <tr key={s.name}>
                    <th scope="row" data-label="Organisatie">
                      {s.name}
                    </th>
                    <td data-label="Werkgevers met contact">{s.employers}</td>
                    <td data-label="Plaatsingen dit schooljaar">{s.placements}</td>
                    <td data-label="Laatste contact">{s.lastContact}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
