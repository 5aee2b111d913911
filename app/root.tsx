import type { LinksFunction, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { type ReactNode, useEffect } from "react";
import { useNonce } from "./components/nonce";
import { ErrorReference } from "./components/reference";
import { telHref } from "./domain/installation";
import { database } from "./lib/db.server";
import { installationDetails } from "./models/installation.server";
import styles from "./styles/app.css";

// Single fetch (remix.config.js) changes what loaders and actions return; this tells the types.
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/**
 * Only for the error pages: the root's error boundary shows them, and Remix then renders the meta
 * of the routes up to that boundary, so without this a 404 or 500 has an empty <title>. Every
 * normal page sets its own title.
 */
export const meta: MetaFunction = ({ error }) => {
  if (!error) return [];
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return [{ title: notFound ? "Pagina niet gevonden – Opstap" : "Er ging iets mis – Opstap" }];
};

/** Who runs Opstap, for the footer of every public page (cached; see installation.server). */
export async function loader() {
  try {
    const details = await installationDetails(database());
    return { footer: { organisationName: details.organisationName, phone: details.phone, phoneHours: details.phoneHours, email: details.email } };
  } catch {
    // Without a database the page still renders, with a footer without these details.
    return { footer: null };
  }
}

/** True on the staff pages under /backoffice (every route id there starts with "routes/backoffice"). */
function useIsBackOffice(): boolean {
  return useMatches().some((match) => match.id.startsWith("routes/backoffice"));
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const backOffice = useIsBackOffice();
  const footer = useRouteLoaderData<typeof loader>("root")?.footer ?? null;
  return (
    <html lang="nl">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        {backOffice ? (
          // Staff need their own menu (in the back-office bar), not the employer menu and footer.
          <header className="site-header site-header--compact">
            <div className="wrap site-header__inner">
              <Link to="/backoffice" className="brand">
                Opstap
              </Link>
            </div>
          </header>
        ) : (
          <header className="site-header">
            <div className="wrap site-header__inner">
              <Link to="/" className="brand">
                Opstap
              </Link>
              <nav aria-label="Hoofdmenu">
                <ul className="nav-list">
                  <li>
                    <NavLink to="/" end>
                      Home
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/proefplaatsing">Proefplaatsing</NavLink>
                  </li>
                  <li>
                    <NavLink to="/groepsstage">Groepsstage</NavLink>
                  </li>
                  <li>
                    <NavLink to="/vraag">Vraag stellen</NavLink>
                  </li>
                  <li>
                    <NavLink to="/regelingen">Regelingen</NavLink>
                  </li>
                </ul>
              </nav>
            </div>
          </header>
        )}
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        {backOffice ? null : (
          <footer className="site-footer">
            <div className="wrap">
              <p>
                Opstap helpt werkgevers om jongeren uit het praktijkonderwijs en het voortgezet speciaal onderwijs een
                kans te geven.
              </p>
              {footer ? (
                <p>
                  Vragen? Bel {footer.organisationName}:{" "}
                  <a href={telHref(footer.phone)} className="nowrap">
                    {footer.phone}
                  </a>{" "}
                  ({footer.phoneHours}) of mail naar <a href={`mailto:${footer.email}`}>{footer.email}</a>.
                </p>
              ) : null}
              <nav aria-label="Over deze website">
                <ul className="footer-links">
                  <li>
                    <Link to="/volgen">Uw aanvraag volgen? Vraag uw link opnieuw aan</Link>
                  </li>
                  <li>
                    <Link to="/over">Over Opstap</Link>
                  </li>
                  <li>
                    <Link to="/contact">Contact</Link>
                  </li>
                  <li>
                    <Link to="/privacy">Privacyverklaring</Link>
                  </li>
                  <li>
                    <Link to="/toegankelijkheid">Toegankelijkheid</Link>
                  </li>
                </ul>
              </nav>
            </div>
          </footer>
        )}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  // Marks the page as enhanced once React has taken over (CSS and browser tests can tell).
  useEffect(() => {
    document.documentElement.dataset.enhanced = "true";
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const backOffice = useIsBackOffice();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // The server logs its own errors with their reference (entry.server.tsx handleError).
  if (status >= 500 && typeof document !== "undefined") console.error(error);
  const [title, message] =
    status === 404
      ? ["Deze pagina bestaat niet", "Misschien is de link niet goed overgenomen."]
      : status < 500
        ? ["Dat lukt zo niet", "Ga terug naar de vorige pagina en probeer het opnieuw."]
        : ["Er ging iets mis", "Dat ligt niet aan u. Probeer het over een paar minuten opnieuw."];
  return (
    <div className="wrap page">
      <h1>{title}</h1>
      <p>{message}</p>
      {status >= 500 ? <ErrorReference /> : null}
      {/* npm run dev shows the whole error; a production build never has it (Remix sends none). */}
      {process.env.NODE_ENV === "development" && error instanceof Error ? <pre>{error.stack}</pre> : null}
      <p>
        {backOffice ? <Link to="/backoffice">Naar de aanvragen</Link> : <Link to="/">Naar de startpagina</Link>}
      </p>
    </div>
  );
}
