/**
 * "Cijfers": new requests per week, how long employers wait for a first response, how many
 * closed requests led to a placement, and how old the open requests are; for the region (or the
 * country, or the school) and per school. Only over what the person may see.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { type Bar, BarChart } from "~/components/bar-chart";
import {
  AGE_BUCKETS,
  type AgeCounts,
  FIGURES_WEEKS,
  formatPlacedShare,
  formatWaitingTime,
  placedPercentage,
  placedSentence,
  weekName,
} from "~/domain/figures";
import { database } from "~/lib/db.server";
import { requireStaff } from "~/http/staff-session.server";
import { type Measures, staffFigures } from "~/models/figures.server";
import figuresStyles from "~/styles/backoffice-figures.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: figuresStyles }];

export const meta: MetaFunction = () => [{ title: "Cijfers – Opstap" }];

function ageBars(counts: AgeCounts): Bar[] {
  return AGE_BUCKETS.map((bucket) => ({ label: bucket.label, name: bucket.name, value: counts[bucket.key] }));
}

function openCount(counts: AgeCounts): number {
  return AGE_BUCKETS.reduce((sum, bucket) => sum + counts[bucket.key], 0);
}

/** The numbers as the page shows them; the wording lives in ~/domain/figures. */
function shown(measures: Measures) {
  return {
    newCount: measures.newCount,
    responded: measures.responded,
    waitingTime: measures.medianWaitHours === null ? null : formatWaitingTime(measures.medianWaitHours),
    placedPercentage: placedPercentage(measures),
    placedShare: formatPlacedShare(measures),
    placed: measures.placed,
    closed: measures.closed,
    open: openCount(measures.openByAge),
    openByAge: AGE_BUCKETS.map((bucket) => ({ key: bucket.key, label: bucket.label, value: measures.openByAge[bucket.key] })),
  };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  const chosen = new URL(request.url).searchParams.get("regio");
  const figures = await staffFigures(database(), staff, { regionSlug: chosen });
  const { view, overall } = figures;
  return {
    canChooseRegion: staff.role === "admin",
    regions: figures.regions,
    chosenRegion: view.kind === "regio" ? view.slug : "",
    heading: view.kind === "land" ? "Heel Nederland" : view.kind === "regio" ? `Regio ${view.name}` : view.name,
    overall: {
      ...shown(overall),
      perWeek: overall.perWeek.map((week) => ({ label: String(week.week), name: weekName(week), value: week.count })),
      ageBars: ageBars(overall.openByAge),
    },
    schools: figures.schools?.map((school) => ({ id: school.id, name: school.name, ...shown(school) })) ?? null,
  };
}

export default function Figures() {
  const figures = useLoaderData<typeof loader>();
  const { overall } = figures;
  return (
    <div className="wrap page figures">
      <h1>Cijfers</h1>
      <p className="lead">
        Hoeveel aanvragen komen er binnen, hoe snel krijgen werkgevers een reactie, en hoe vaak leidt een aanvraag tot een
        plaats? U ziet alleen cijfers over aanvragen die u ook in de lijst ziet.
      </p>

      {figures.canChooseRegion ? (
        <Form method="get" className="figures-filter">
          <div className="field">
            <label className="field__label" htmlFor="regio">
              Regio
            </label>
            <select id="regio" name="regio" className="input" defaultValue={figures.chosenRegion}>
              <option value="">Heel Nederland</option>
              {figures.regions.map((region) => (
                <option key={region.slug} value={region.slug}>
                  {region.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            Toon cijfers
          </button>
        </Form>
      ) : null}

      <h2>{figures.heading}</h2>
      <div className="figures-grid">
        <section className="figures-card figures-card--wide" aria-labelledby="nieuw-per-week">
          <h3 id="nieuw-per-week">Nieuwe aanvragen per week</h3>
          <p>
            {overall.newCount === 1 ? "1 nieuwe aanvraag" : `${overall.newCount} nieuwe aanvragen`} in de laatste{" "}
            {FIGURES_WEEKS} weken.
          </p>
          <BarChart
            title={`Nieuwe aanvragen per week, laatste ${FIGURES_WEEKS} weken`}
            bars={overall.perWeek}
            categoryHeader="Week"
            valueHeader="Nieuwe aanvragen"
            axisLabel="Weeknummer"
          />
        </section>

        <section className="figures-card" aria-labelledby="eerste-reactie">
          <h3 id="eerste-reactie">Tijd tot eerste reactie</h3>
          {overall.waitingTime ? (
            <>
              <p className="figures-big">{overall.waitingTime}</p>
              <p>
                Dit is de middelste wachttijd (mediaan) van {overall.responded}{" "}
                {overall.responded === 1 ? "aanvraag" : "aanvragen"} uit de laatste {FIGURES_WEEKS} weken. De helft
                kreeg sneller een reactie, de andere helft later.
              </p>
            </>
          ) : (
            <p>Nog geen reacties in de laatste {FIGURES_WEEKS} weken.</p>
          )}
          <p className="figures-note">
            Een reactie is: een school zegt ja of nee, of een medewerker doet iets met de aanvraag. Wat het eerst komt,
            telt.
          </p>
        </section>

        <section className="figures-card" aria-labelledby="geplaatst">
          <h3 id="geplaatst">Geplaatst</h3>
          {overall.placedPercentage === null ? (
            <p>Nog geen afgesloten aanvragen.</p>
          ) : (
            <>
              <p className="figures-big">{overall.placedPercentage}%</p>
              <p>{placedSentence(overall)}</p>
            </>
          )}
          <p className="figures-note">Afgesloten is: geplaatst of geen match. Ingetrokken aanvragen tellen niet mee.</p>
        </section>

        <section className="figures-card figures-card--wide" aria-labelledby="open-naar-leeftijd">
          <h3 id="open-naar-leeftijd">Open aanvragen naar leeftijd</h3>
          <p>
            {overall.open === 1 ? "1 aanvraag is" : `${overall.open} aanvragen zijn`} nog open. Zo lang geleden kwamen
            ze binnen:
          </p>
          <BarChart
            title="Open aanvragen naar leeftijd"
            bars={overall.ageBars}
            categoryHeader="Binnengekomen"
            valueHeader="Open aanvragen"
          />
        </section>
      </div>

      <h2>Per school</h2>
      {figures.schools === null ? (
        <p>Kies hierboven een regio. Dan ziet u de cijfers per school.</p>
      ) : figures.schools.length === 0 ? (
        <p>Er zijn geen scholen in deze regio.</p>
      ) : (
        <>
          <p>
            Per school telt wat die school zelf deed. Nieuw: de aanvraag kwam in de laatste {FIGURES_WEEKS} weken bij de
            school binnen. Eerste reactie: vanaf dat moment tot de school zelf reageerde. Open: de school heeft de
            aanvraag nu. Geplaatst: van de afgesloten aanvragen die de school had opgepakt.
          </p>
          <div className="table-scroll" role="region" aria-labelledby="per-school-caption" tabIndex={0}>
            <table className="table table--stack figures-table">
              <caption id="per-school-caption" className="visually-hidden">
                Cijfers per school, {figures.heading}
              </caption>
              <thead>
                <tr>
                  <th scope="col">School</th>
                  <th scope="col" className="figures-number">
                    Nieuw ({FIGURES_WEEKS} weken)
                  </th>
                  <th scope="col">Eerste reactie (mediaan)</th>
                  <th scope="col">Geplaatst</th>
                  {AGE_BUCKETS.map((bucket) => (
                    <th scope="col" key={bucket.key} className="figures-number">
                      Open {bucket.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.schools.map((school) => (
                  <tr key={school.id}>
                    <th scope="row" className="break-words">
                      {school.name}
                    </th>
                    <td data-label={`Nieuw (${FIGURES_WEEKS} weken)`} className="figures-number">
                      {school.newCount}
                    </td>
                    <td data-label="Eerste reactie (mediaan)">{school.waitingTime ?? "nog geen reactie"}</td>
                    <td data-label="Geplaatst">{school.placedShare}</td>
                    {school.openByAge.map((bucket) => (
                      <td key={bucket.key} data-label={`Open ${bucket.label}`} className="figures-number">
                        {bucket.value}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
