import type { HeadersFunction, LinksFunction, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RichText } from "~/components/regelingen";
import { GLOSSARY_CHECKED } from "~/content/regelingen";
import { GLOSSARY } from "~/content/regelingen/begrippen";
import { glossaryView } from "~/content/regelingen/resolve";
import { FIGURES, todayInNetherlands } from "~/domain/regelingen/figures";
import { staticPageHeaders } from "~/http/http-cache.server";
import regelingenStyles from "~/styles/regelingen.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: regelingenStyles }];

export const meta: MetaFunction = () => [
  { title: "Begrippenlijst – Regelingen – Opstap" },
  { name: "description", content: "De woorden die u tegenkomt bij regelingen en stages, uitgelegd in gewone taal." },
];

export function loader() {
  const view = glossaryView(GLOSSARY, GLOSSARY_CHECKED, FIGURES, todayInNetherlands());
  return data(view, { headers: staticPageHeaders(view) });
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export default function Begrippen() {
  const { terms, checked } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page regelingen">
      <nav aria-label="Kruimelpad" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/regelingen">Regelingen</Link>
          </li>
          <li aria-current="page">Begrippenlijst</li>
        </ol>
      </nav>
      <h1>Begrippenlijst</h1>
      <p className="lead">Bij regelingen en stages komt u woorden tegen die niet iedereen kent. Hier leggen we ze uit.</p>
      <dl className="glossary">
        {terms.map((term) => (
          <div key={term.id} className="glossary__item">
            <dt id={term.id}>{term.term}</dt>
            <dd>
              <RichText tokens={term.definition} />
            </dd>
          </div>
        ))}
      </dl>
      <p>Deze uitleg hoort bij de pagina's over de regelingen. Daar vindt u ook de bronnen.</p>
      <p className="checked">
        Laatst gecontroleerd: <strong>{checked}</strong>
      </p>
    </div>
  );
}
