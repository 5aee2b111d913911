/**
 * Rendered HTML of the pages that are the same for every visitor (the landing page, the
 * regelingen explainers, their index and the begrippenlijst), kept in memory so a visitor gets
 * them without Remix, React or gzip running again. See docs/decisions/027.
 *
 * Which pages: those whose route answers with `Cache-Control: public, max-age=3600`
 * (STATIC_PAGE_CACHE_CONTROL, set through `staticPageHeaders`), a 200, HTML and no cookie. A route
 * opts in with that header; nothing else is ever stored.
 *
 * What a page depends on, and so what the key holds: the build (scripts and HTML), the path, the
 * day in the Netherlands (the explainers show "de cijfers die gelden op <datum>" and pick the
 * figure versions valid that day) and who runs the installation (the footer, from
 * installationDetails). A change to any of them is a new key; old keys fall out (least recently
 * used first, at most MAX_PAGES).
 *
 * The CSP nonce: a stored page cannot carry a per-request nonce without being rewritten (and then
 * compressed again) on every request. So the stored copy has no nonce at all: its inline scripts
 * (Remix's context and route modules, all fixed for a fixed page) are allowed by their SHA-256
 * hashes in the page's Content-Security-Policy instead. A hash allows exactly that script text and
 * nothing an attacker could add, which is what the nonce did; the rest of the policy is helmet's,
 * unchanged. Because the bytes are the same for everyone, the gzip is made once, and the ETag is
 * the hash of the bytes: a browser that has them gets a 304 without any rendering.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { STATIC_PAGE_CACHE_CONTROL } from "./http-cache.server";

/** A handful of pages per day and footer version; this bounds what odd paths (/REGELINGEN/…) can fill. */
export const MAX_PAGES = 200;

export interface CachedPage {
  /** The HTML without any nonce, as UTF-8. */
  body: Buffer;
  /** The same, gzip-compressed once. */
  gzip: Buffer;
  /** Weak: the same page may go out gzipped or not. */
  etag: string;
  /** The page's Content-Security-Policy: helmet's, with script hashes where the nonce was. */
  csp: string;
  contentType: string;
  cacheControl: string;
}

/** Inline scripts: no src attribute. React escapes "</script" inside them, so the first close ends one. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** `'sha256-…'` sources for every inline script in the page, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const text = match[1] ?? "";
    if (text) hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The nonce attributes gone: Remix and React write them as ` nonce="<nonce>"`. */
export function withoutNonce(html: string, nonce: string): string {
  return html.split(` nonce="${nonce}"`).join("");
}

/** helmet's policy with the hashes in place of this request's nonce (script-src only names it). */
export function policyWithHashes(csp: string, nonce: string, hashes: string[]): string {
  return csp.split(`'nonce-${nonce}'`).join(hashes.join(" ") || "'none'");
}

/** Whether Remix's answer to a GET is a page for everyone, and may be stored. */
export function isStorable(status: number, headers: Headers): boolean {
  return (
    status === 200 &&
    headers.get("Cache-Control") === STATIC_PAGE_CACHE_CONTROL &&
    !headers.has("Set-Cookie") &&
    (headers.get("Content-Type") ?? "").startsWith("text/html")
  );
}

/** Makes the stored form of a page rendered with `nonce` under the policy `csp`. */
export function toCachedPage(html: string, nonce: string, csp: string, headers: Headers): CachedPage {
  const bare = withoutNonce(html, nonce);
  const body = Buffer.from(bare, "utf8");
  return {
    body,
    gzip: gzipSync(body, { level: 9 }),
    etag: `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
    csp: policyWithHashes(csp, nonce, inlineScriptHashes(bare)),
    contentType: headers.get("Content-Type") ?? "text/html; charset=utf-8",
    cacheControl: headers.get("Cache-Control") ?? STATIC_PAGE_CACHE_CONTROL,
  };
}

/** The key of a page: build, path, day and footer. Null when the request cannot use the cache. */
export function pageKey(request: { method: string; path: string; query: string }, buildVersion: string, day: string, footer: string): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  // A query string (?index, tracking parameters, single fetch's .data) goes to Remix as it is.
  if (request.query || request.path.endsWith(".data")) return null;
  return `${buildVersion}\u0000${request.path}\u0000${day}\u0000${footer}`;
}

/**
 * The form pages (proefplaatsing, groepsstage, vraag) are the same for everyone but for two
 * things: the CSP nonce and the submission key, a random id per page view that makes a form sent
 * twice one request. Rendering them was most of a form GET's time, so the server keeps them too,
 * as a template: the rendered page with both holes marked, filled with this request's nonce and a
 * new key on every request (`fillPageTemplate`). A template is not the same bytes for everyone, so
 * it keeps helmet's nonce policy, is compressed per answer and gets no ETag.
 *
 * A route opts in with `FORM_TEMPLATE_HEADERS` (its `headers` export); the server strips the header
 * from every answer. The same rules as for a kept page apply (200, HTML, no cookie, a GET without a
 * query string: `/vraag?onderwerp=…` from the regelingencheck renders as before).
 */
export const FORM_TEMPLATE_HEADER = "X-Opstap-Form-Template";
export const FORM_TEMPLATE_HEADERS = { [FORM_TEMPLATE_HEADER]: "submission-key" } as const;

export interface PageTemplate {
  /** The page split at its holes: text, hole, text, hole, … text. */
  parts: string[];
  /** Which hole follows each part but the last. */
  holes: Array<"nonce" | "submissionKey">;
  headers: Array<[string, string]>;
}

const SUBMISSION_KEY_FIELD = /<input type="hidden" name="submissionKey" value="([0-9a-f-]{36})"\/>/g;

/** Whether Remix's answer to a GET is a form page that may be kept as a template. */
export function isFormTemplate(status: number, headers: Headers): boolean {
  return (
    status === 200 &&
    headers.get(FORM_TEMPLATE_HEADER) === FORM_TEMPLATE_HEADERS[FORM_TEMPLATE_HEADER] &&
    !headers.has("Set-Cookie") &&
    (headers.get("Content-Type") ?? "").startsWith("text/html")
  );
}

/**
 * The template of a form page rendered with `nonce`. Null when the page does not hold exactly one
 * submission key in its hidden field: then it is not the page this was made for, and it is sent
 * as rendered.
 */
export function toPageTemplate(html: string, nonce: string, headers: Headers): PageTemplate | null {
  const keys = new Set([...html.matchAll(SUBMISSION_KEY_FIELD)].map((m) => m[1]!));
  const [submissionKey] = keys;
  if (keys.size !== 1 || !submissionKey || !nonce) return null;
  const parts: string[] = [];
  const holes: PageTemplate["holes"] = [];
  // Both are random (16 bytes, a UUID), so every occurrence is the hole: attributes, the policy
  // Remix repeats in its context script, the key in the loader's data.
  const pattern = new RegExp(`${escapeRegExp(nonce)}|${submissionKey}`, "g");
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    parts.push(html.slice(last, match.index));
    holes.push(match[0] === nonce ? "nonce" : "submissionKey");
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  const kept: Array<[string, string]> = [];
  headers.forEach((value, name) => {
    if (name !== FORM_TEMPLATE_HEADER.toLowerCase() && name !== "content-length") kept.push([name, value]);
  });
  return { parts, holes, headers: kept };
}

export function fillPageTemplate(template: PageTemplate, fill: { nonce: string; submissionKey: string }): string {
  let html = template.parts[0]!;
  for (let i = 0; i < template.holes.length; i++) html += fill[template.holes[i]!] + template.parts[i + 1]!;
  return html;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Least recently used out first, by Map order (a hit moves the page to the end). */
export class PageCache<Page = CachedPage> {
  readonly #pages = new Map<string, Page>();

  constructor(readonly maxPages = MAX_PAGES) {}

  get(key: string): Page | undefined {
    const page = this.#pages.get(key);
    if (page) {
      this.#pages.delete(key);
      this.#pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: Page): void {
    this.#pages.delete(key);
    this.#pages.set(key, page);
    while (this.#pages.size > this.maxPages) {
      const oldest = this.#pages.keys().next().value;
      if (oldest === undefined) break;
      this.#pages.delete(oldest);
    }
  }

  get size(): number {
    return this.#pages.size;
  }
}
