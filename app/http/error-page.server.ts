/**
 * The pages the Express server answers itself, without Remix: refused input (4xx), the database
 * being away (503) and the last-resort 500. They look like the site (its stylesheet and header),
 * say in Dutch what happened, and carry a reference that is also in the server log, so a visitor
 * who calls can be matched to the log line. They never hold an error message, stack or path.
 */
import { randomBytes } from "node:crypto";

/** Short enough to read out on the phone; unique enough to find one line in a day's log. */
export function newReference(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ErrorPage {
  title: string;
  message: string;
  reference?: string;
}

export const SERVER_ERROR: Omit<ErrorPage, "reference"> = {
  title: "Er ging iets mis",
  message: "Dat ligt niet aan u. Probeer het over een paar minuten opnieuw.",
};

export const DATABASE_AWAY: Omit<ErrorPage, "reference"> = {
  title: "Opstap is even niet bereikbaar",
  message: "We kunnen er nu even niet bij: niets is opgeslagen. Probeer het over een minuut opnieuw.",
};

/** Seconds a client (or a load balancer) should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 60;

export function renderErrorPage(page: ErrorPage, stylesheets: readonly string[]): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join("");
  const reference = page.reference
    ? `<p>Belt of mailt u ons hierover? Noem dan deze code: <strong class="reference">${escapeHtml(page.reference)}</strong></p>`
    : "";
  return `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} – Opstap</title>${links}</head>
<body><header class="site-header"><div class="wrap site-header__inner"><a href="/" class="brand">Opstap</a></div></header>
<main id="inhoud"><div class="wrap page"><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.message)}</p>${reference}
<p><a href="/">Naar de startpagina</a></p></div></main></body></html>`;
}
