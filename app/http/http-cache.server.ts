/**
 * HTTP caching for pages that only change when their content or the build changes (the
 * regelingen explainers): a Cache-Control header, a weak ETag that names the content, and a 304
 * when the browser already has it.
 *
 * A route sets the content tag (`staticPageHeaders`); entry.server.tsx adds the build version,
 * because the HTML also names the build's scripts, and answers a matching If-None-Match with 304
 * before rendering (`notModified`). The tag is weak: every response carries a fresh CSP nonce,
 * so the bytes differ while the page is the same.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** Browsers may keep these pages an hour; after that they ask again and usually get a 304. */
export const STATIC_PAGE_CACHE_CONTROL = "public, max-age=3600";

/** A short hash of whatever the page is made of (copy, figures, year). */
export function contentTag(content: unknown): string {
  return createHash("sha256").update(JSON.stringify(content)).digest("base64url").slice(0, 22);
}

export function staticPageHeaders(content: unknown): Record<string, string> {
  return { "Cache-Control": STATIC_PAGE_CACHE_CONTROL, ETag: `W/"${contentTag(content)}"` };
}

/** The route's tag with the build version added: a new build is a new page. */
export function withBuildVersion(etag: string, buildVersion: string): string {
  const opaque = etag.replace(/^W\//, "").replace(/^"|"$/g, "");
  return `W/"${opaque}.${buildVersion}"`;
}

/** RFC 9110 weak comparison against an If-None-Match header (a list, or *). */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((candidate) => bare(candidate) === bare(etag));
}

/** Headers a 304 repeats (RFC 9110 §15.4.5); the rest belong to the body it stands for. */
const NOT_MODIFIED_HEADERS = ["Cache-Control", "ETag", "Expires", "Vary", "Content-Location", "Date"];

/**
 * For a document response with an ETag: puts the build version in the tag and, when the
 * request's If-None-Match matches, returns the 304 to send instead of the page.
 */
export function notModified(
  request: Request,
  status: number,
  headers: Headers,
  buildVersion: string,
): Response | null {
  const etag = headers.get("ETag");
  if (!etag || status !== 200) return null;
  const tagged = withBuildVersion(etag, buildVersion);
  headers.set("ETag", tagged);
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!ifNoneMatchMatches(request.headers.get("If-None-Match"), tagged)) return null;
  const kept = new Headers();
  for (const name of NOT_MODIFIED_HEADERS) {
    const value = headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  return new Response(null, { status: 304, headers: kept });
}

/**
 * Express middleware: a 304 goes out without a Content-Security-Policy header. The browser
 * answers a 304 by reusing the page it has, whose inline scripts carry the nonce of the response
 * they came with, and it takes over the headers the 304 brings. A new policy with a new nonce
 * would block those scripts (Chromium does exactly that), so the stored policy must stay.
 */
export function keepCachedCspOnNotModified(_req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    if (args[0] === 304) this.removeHeader("Content-Security-Policy");
    return (writeHead as (...a: typeof args) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
  next();
}
