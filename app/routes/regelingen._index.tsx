import type { HeadersFunction, LinksFunction, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { overviewGroups } from "~/content/regelingen";
import { formatDate } from "~/domain/regelingen/format";
import { regelingPath } from "~/domain/regelingen/slugs";
import { todayInNetherlands } from "~/domain/regelingen/figures";
import { staticPageHeaders } from "~/http/http-cache.server";
import regelingenStyles from "~/styles/regelingen.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: regelingenStyles }];

export const meta: MetaFunction = () => [
  { title: "Regelingen voor werkgevers – Opstap" },
  {
    name: "description",
    content: "Subsidies en regelingen voor werkgevers die een jongere uit het praktijkonderwijs of vso een kans geven, in gewone woorden.",
  },
];

export function loader() {
  const view = { date: formatDate(todayInNetherlands()), groups: overviewGroups() };
  return data(view, { headers: staticPageHeaders(view) });
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export default function RegelingenOverzicht() {
  const { date, groups } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page regelingen">
      <h1>Regelingen voor werkgevers</h1>
      <p className="lead">
        Geeft u een jongere van het praktijkonderwijs of het vso een kans? Dan zijn er regelingen die u helpen. Ze maken
        het risico kleiner, of u krijgt geld voor de begeleiding of het loon.
      </p>
      <p>
        Op deze pagina's leest u per regeling wat het is, voor wie, wat het oplevert en waar u het aanvraagt. De bedragen
        zijn de bedragen die gelden op {date}. Bij elk bedrag staat tot wanneer het geldt.
      </p>

      <div className="card check-teaser">
        <h2>Welke regelingen passen bij u?</h2>
        <p>Beantwoord een paar vragen. Dan ziet u welke regelingen passen, en ongeveer wat ze opleveren.</p>
        <p>
          <Link to="/regelingencheck" className="button button--primary">
            Doe de regelingencheck
          </Link>
        </p>
      </div>

      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`groep-${group.id}`}>
          <h2 id={`groep-${group.id}`}>{group.title}</h2>
          <ul className="regeling-cards">
            {group.pages.map((page) => (
              <li key={page.slug} className="card">
                <h3>
                  <Link to={regelingPath(page.slug)} prefetch="intent">
                    {page.title}
                  </Link>
                </h3>
                <p>{page.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}

      <section aria-labelledby="begrippen">
        <h2 id="begrippen">Moeilijke woorden</h2>
        <p>
          Wat is een loonwaarde? En wat doet het WSP? In de <Link to="/regelingen/begrippen">begrippenlijst</Link> leggen we
          de woorden uit.
        </p>
      </section>
    </div>
  );
}
