/**
 * The parts every regelingen page shows: copy with its figures and links, the list of figures
 * with the period each holds for, and the sources with the date they were last checked.
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Source } from "~/domain/regelingen/figure";
import type { ViewBlock, ViewFigure, ViewSources, ViewToken } from "~/content/regelingen/resolve";

export function RichText({ tokens }: { tokens: ViewToken[] }) {
  return (
    <>
      {tokens.map((token, index) => {
        if (token.type === "text") return token.text;
        if (token.type === "link") {
          return token.href.startsWith("/") ? (
            <Link key={index} to={token.href} prefetch="intent">
              {token.text}
            </Link>
          ) : (
            <a key={index} href={token.href}>
              {token.text}
            </a>
          );
        }
        return (
          <span key={index} className="figure">
            <span className="figure__value">{token.text}</span>
            {token.note ? <span className="figure__note"> ({token.note})</span> : null}
          </span>
        );
      })}
    </>
  );
}

export function ContentBlocks({ blocks }: { blocks: ViewBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.kind === "p") {
          return (
            <p key={index}>
              <RichText tokens={block.tokens} />
            </p>
          );
        }
        const items = block.items.map((tokens, i) => (
          <li key={i}>
            <RichText tokens={tokens} />
          </li>
        ));
        return block.kind === "steps" ? (
          <ol key={index} className="steps">
            {items}
          </ol>
        ) : (
          <ul key={index} className="bullets">
            {items}
          </ul>
        );
      })}
    </>
  );
}

function yearOf(source: Source) {
  return source.year === null ? "zonder datum" : String(source.year);
}

function SourceItem({ source }: { source: Source }) {
  return (
    <li>
      <a href={source.url}>{source.title}</a>
      <span className="source__meta">
        {" "}
        — {source.publisher} ({yearOf(source)})
      </span>
    </li>
  );
}

/** Official sources first; the others explain a rule in other words. */
export function SourceList({ sources, checked, headingId = "bronnen" }: { sources: ViewSources; checked: string; headingId?: string }) {
  return (
    <section aria-labelledby={headingId} className="sources">
      <h2 id={headingId}>Bronnen</h2>
      <p>We schreven deze pagina zelf, in gewone woorden. De regels staan op deze websites.</p>
      {sources.official.length > 0 ? (
        <>
          <h3>Officiële bronnen</h3>
          <ul>
            {sources.official.map((source) => (
              <SourceItem key={source.url} source={source} />
            ))}
          </ul>
        </>
      ) : null}
      {sources.other.length > 0 ? (
        <>
          <h3>Andere bronnen</h3>
          <ul>
            {sources.other.map((source) => (
              <SourceItem key={source.url} source={source} />
            ))}
          </ul>
        </>
      ) : null}
      <p className="checked">
        Laatst gecontroleerd: <strong>{checked}</strong>
      </p>
    </section>
  );
}

/** Every figure on the page with the period it holds for, where it comes from and when we checked it. */
export function FigureList({ figures, date, headingId = "bedragen" }: { figures: ViewFigure[]; date: string; headingId?: string }) {
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="figures">
      <h2 id={headingId}>Bedragen en grenzen op deze pagina</h2>
      <p>
        Dit zijn de cijfers die gelden op {date}. Bij elk cijfer staat tot wanneer het geldt. Staat er &lsquo;laatst
        bekend&rsquo; bij? Dan is de periode voorbij en hebben we het nieuwe cijfer nog niet.
      </p>
      <ul className="figure-list">
        {figures.map((figure) => (
          <li key={figure.id}>
            <span className="figure-list__label">{figure.label}</span>
            <span className="figure-list__value">{figure.value}</span>
            <span className="figure-list__meta">
              Geldt: {figure.validity} · Bron: <a href={figure.source.url}>{figure.source.publisher}</a>
              {figure.source.kind === "anders" ? " (geen officiële bron)" : null} · Gecontroleerd op {figure.checked}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The two ways on from every page: the check, and a person at the WSP. */
export function NextSteps({ children }: { children?: ReactNode }) {
  return (
    <aside className="card next-steps" aria-label="Verder">
      <h2>Wat past bij u?</h2>
      <p>
        Beantwoord een paar vragen in de <Link to="/regelingencheck">regelingencheck</Link>. Dan ziet u welke regelingen
        passen en ongeveer wat ze opleveren.
      </p>
      {children}
    </aside>
  );
}
