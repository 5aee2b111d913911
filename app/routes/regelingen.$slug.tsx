import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ContentBlocks, FigureList, NextSteps, SourceList } from "~/components/regelingen";
import { regelingPage } from "~/content/regelingen";
import { regelingView } from "~/content/regelingen/resolve";
import { FIGURES, todayInNetherlands } from "~/domain/regelingen/figures";
import { isRegelingSlug } from "~/domain/regelingen/slugs";
import { staticPageHeaders } from "~/http/http-cache.server";
import regelingenStyles from "~/styles/regelingen.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: regelingenStyles }];

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) =>
  loaderData
    ? [
        { title: `${loaderData.view.title} – Regelingen – Opstap` },
        { name: "description", content: loaderData.view.summary },
      ]
    : [{ title: "Deze pagina bestaat niet – Opstap" }];

export function loader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const page = isRegelingSlug(slug) ? regelingPage(slug) : undefined;
  if (!page) throw new Response("Deze regeling bestaat niet.", { status: 404 });
  const view = regelingView(page, FIGURES, todayInNetherlands());
  return data({ view }, { headers: staticPageHeaders(view) });
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export default function Regeling() {
  const { view } = useLoaderData<typeof loader>();
  return (
    <article className="wrap page regelingen regeling">
      <nav aria-label="Kruimelpad" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/regelingen">Regelingen</Link>
          </li>
          <li aria-current="page">{view.title}</li>
        </ol>
      </nav>
      <h1>{view.title}</h1>
      <p className="lead">{view.summary}</p>

      <nav aria-labelledby="op-deze-pagina" className="toc">
        <h2 id="op-deze-pagina">Op deze pagina</h2>
        <ul>
          {view.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
          <li>
            <a href="#bronnen">Bronnen</a>
          </li>
        </ul>
      </nav>

      {view.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="regeling__section">
          <h2 id={section.id}>{section.title}</h2>
          <ContentBlocks blocks={section.blocks} />
        </section>
      ))}

      <NextSteps />
      <FigureList figures={view.figures} date={view.date} />
      <SourceList sources={view.sources} checked={view.checked} />
    </article>
  );
}
