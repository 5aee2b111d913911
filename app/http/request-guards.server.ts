/**
 * Checks every request passes before it reaches a loader or an action (scripts/server.ts runs
 * them as Express middleware): input no form of ours sends is refused here with a 4xx and a Dutch
 * message, so no route has to defend itself against it, and none can answer it with a 500.
 * See docs/decisions/021.
 */
import type { IncomingHttpHeaders } from "node:http";

export interface Refusal {
  status: 400 | 403 | 415;
  title: string;
  message: string;
  /** What the server log says; only refusals worth a line (a cross-site post) have one. */
  log?: string;
}

const UNREADABLE_FORM = "Dit formulier kunnen we niet lezen";
const RESEND = "Ga terug naar de pagina, laad hem opnieuw en verstuur het formulier nog eens.";

/**
 * True when the path cannot be decoded (`/%c0`, a lone `%`) or holds a NUL: Express would throw a
 * URIError deep in its router, and no page of ours has such an address.
 */
export function isMalformedPath(rawPath: string): boolean {
  try {
    return decodeURIComponent(rawPath).includes("\u0000");
  } catch {
    return true;
  }
}

export const MALFORMED_PATH: Refusal = {
  status: 400,
  title: "Dit adres klopt niet",
  message: "Het adres van deze pagina bevat tekens die we niet kunnen lezen. Misschien is de link niet goed overgenomen.",
};

function isSubmission(method: string): boolean {
  return method !== "GET" && method !== "HEAD";
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A form post from another site (cross-site request forgery), told by the Origin header browsers
 * send with every post, or else by Sec-Fetch-Site. The host compared is the one Remix's own check
 * compares (X-Forwarded-Host before Host), so everything Remix would refuse with an empty 500 is
 * refused here first. Requests without either header (curl, servers) carry no visitor's cookies.
 */
export function crossSiteRefusal(method: string, path: string, headers: IncomingHttpHeaders): Refusal | null {
  // Remix treats anything but GET on single-fetch data (`….data`), HEAD included, as an action.
  const action = isSubmission(method) || (method === "HEAD" && path.endsWith(".data"));
  if (!action) return null;
  const origin = first(headers.origin);
  const forwardedHost = first(headers["x-forwarded-host"])?.split(",")[0]?.trim();
  const host = forwardedHost || first(headers.host);
  let reason: string | null = null;
  if (origin !== undefined) {
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!originHost || !host || originHost !== host) reason = `Origin ${JSON.stringify(origin.slice(0, 100))} is niet ${host ?? "(geen Host)"}`;
  } else {
    const site = first(headers["sec-fetch-site"]);
    if (site && site !== "same-origin" && site !== "none") reason = `Sec-Fetch-Site ${JSON.stringify(site.slice(0, 30))}`;
  }
  if (!reason) return null;
  return {
    status: 403,
    title: "Dit formulier kwam niet van Opstap",
    message:
      "Om u te beschermen nemen we alleen formulieren aan die op de website van Opstap zijn ingevuld. Ga naar de pagina en verstuur het formulier daar opnieuw.",
    log: `cross-site ${method} geweigerd: ${reason}`,
  };
}

/** Our forms send exactly these two; anything else (JSON, XML, text, bytes) is not a form. */
export function unsupportedBodyRefusal(method: string, contentType: string | undefined): Refusal | null {
  if (!isSubmission(method)) return null;
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return null;
  if (type === "multipart/form-data") {
    return /;\s*boundary=/i.test(contentType ?? "") ? null : { status: 400, title: UNREADABLE_FORM, message: RESEND };
  }
  return {
    status: 415,
    title: UNREADABLE_FORM,
    message: `We kregen gegevens in een vorm die een formulier van Opstap niet verstuurt. ${RESEND}`,
  };
}

/** Far above any form of ours (the largest has a few dozen fields), far below what hurts a parser. */
export const FORM_LIMITS = { fields: 500, sameName: 100, nameLength: 100, nesting: 4 } as const;

/** A body that the form parser could not read (broken multipart, a bad boundary). */
export const UNREADABLE_BODY: Refusal = { status: 400, title: UNREADABLE_FORM, message: RESEND };

/**
 * Too many fields, one name repeated too often, or names nested too deep: conform turns
 * `a.b[0].c` into nested objects recursively, so 2,000 levels would overflow the stack.
 */
export function formFieldsRefusal(names: Iterable<string>): Refusal | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const name of names) {
    total++;
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    const nesting = (name.match(/[.[]/g) ?? []).length;
    if (
      total > FORM_LIMITS.fields ||
      count > FORM_LIMITS.sameName ||
      name.length > FORM_LIMITS.nameLength ||
      nesting > FORM_LIMITS.nesting
    ) {
      return {
        status: 400,
        title: UNREADABLE_FORM,
        message: `Het formulier had te veel of vreemde velden. ${RESEND}`,
      };
    }
  }
  return null;
}

/**
 * Pages that show one person's data: no browser or proxy may keep a copy. A plain prefix, so the
 * single-fetch data of these pages (`/volgen/….data`) is covered too.
 */
const PRIVATE_PREFIXES = [
  "/volgen",
  "/werkgever/",
  "/reactie",
  "/backoffice",
  "/inloggen",
  "/uitnodiging",
  "/aanvraag",
  "/mijn-gegevens",
  "/dev/mailbox",
];

export function isPrivatePath(path: string): boolean {
  // Remix matches routes in any case: /VOLGEN/<token> is the same private page.
  const lower = path.toLowerCase();
  return PRIVATE_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
