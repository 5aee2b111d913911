/**
 * The HTTP side of staff sign-in: the session cookie, "who is this?", and the guard every
 * back-office loader and action starts with. What a person may see is decided in
 * `~/models/staff-scope.server`; this module only establishes who they are.
 */
import { createCookie, redirect } from "@remix-run/node";
import type { AppLoadContext } from "@remix-run/node";
import { SESSION_MAX_DAYS, SIGN_IN_CODE_MINUTES } from "~/domain/staff";
import { type StaffMember, toStaffMember } from "~/models/staff-scope.server";
import { signOut, staffForSession } from "~/models/staff-auth.server";
import { database } from "~/lib/db.server";
import { env } from "~/lib/env.server";

function cookieOptions(maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: env().APP_ENV === "production",
    secrets: [env().SESSION_SECRET],
    maxAge: maxAgeSeconds,
  };
}

let sessionCookieInstance: ReturnType<typeof createCookie> | undefined;
let pendingCookieInstance: ReturnType<typeof createCookie> | undefined;

/** Holds the random session token; the database holds only its hash. */
export function staffSessionCookie() {
  sessionCookieInstance ??= createCookie("opstap_medewerker", cookieOptions(SESSION_MAX_DAYS * 86400));
  return sessionCookieInstance;
}

/** Remembers which address is signing in, between the email step and the code step. */
export function pendingSignInCookie() {
  pendingCookieInstance ??= createCookie("opstap_inloggen", cookieOptions(SIGN_IN_CODE_MINUTES * 60));
  return pendingCookieInstance;
}

export async function sessionTokenOf(request: Request): Promise<string | null> {
  const value = await staffSessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/**
 * The Set-Cookie header for a new session. A session this browser still had is ended first, so
 * a sign-in never leaves an older session (perhaps someone else's) alive in the same cookie jar.
 */
export async function newSessionCookie(request: Request, sessionToken: string): Promise<string> {
  const previous = await sessionTokenOf(request);
  if (previous && previous !== sessionToken) await signOut(database(), previous);
  return staffSessionCookie().serialize(sessionToken);
}

async function lookUpStaff(request: Request): Promise<StaffMember | null> {
  const token = await sessionTokenOf(request);
  if (!token) return null;
  const found = await staffForSession(database(), token);
  if (!found) return null;
  return toStaffMember(found.member, found.organisation, found.sessionId);
}

/**
 * Lookups under way per request. A back-office page runs the frame's loader (backoffice.tsx) and
 * its own at the same time, each starting with `requireStaff`; without this each sends the same
 * session query (docs/performance.md). Remix gives every loader of one request the same load
 * context but a new Request, so the context is the key, with the Cookie header beside it: tests
 * reuse one context for several people. An entry leaves when its lookup is done, so a later
 * loader or action never gets an old answer (a session ended in between is seen).
 */
const underWay = new WeakMap<AppLoadContext, Map<string, Promise<StaffMember | null>>>();

export function currentStaff(request: Request, context?: AppLoadContext): Promise<StaffMember | null> {
  if (!context) return lookUpStaff(request);
  const cookie = request.headers.get("Cookie") ?? "";
  let lookups = underWay.get(context);
  if (!lookups) underWay.set(context, (lookups = new Map()));
  const pending = lookups.get(cookie);
  if (pending) return pending;
  const own = lookups;
  const lookup = lookUpStaff(request).finally(() => own.delete(cookie));
  own.set(cookie, lookup);
  return lookup;
}

/**
 * Cross-site request forgery: the session cookie is SameSite=Lax, so other sites' form posts
 * arrive without it; on top of that every back-office POST must come from our own origin, as the
 * browser states in Origin (or Sec-Fetch-Site). See docs/decisions/013.
 */
export function isSameOriginPost(request: Request): boolean {
  const origin = request.headers.get("Origin");
  if (origin) {
    if (origin === "null") return false;
    return origin === new URL(request.url).origin || origin === new URL(env().APP_URL).origin;
  }
  const site = request.headers.get("Sec-Fetch-Site");
  if (site) return site === "same-origin" || site === "none";
  // Neither header: not a current browser, so no ambient cookie to abuse beyond SameSite.
  return true;
}

/** For the sign-in forms, which have no session yet: a login CSRF would sign a victim into our account. */
export function requireSameOrigin(request: Request): void {
  if (!isSameOriginPost(request)) throw new Response("Dit formulier kwam niet van Opstap.", { status: 403 });
}

/**
 * The first line of every back-office loader and action: who is signed in. Anonymous visitors
 * are sent to sign in and brought back afterwards; a cross-site POST is refused. Pass the load
 * context, so the loaders of one page share one session lookup.
 */
export async function requireStaff(request: Request, context?: AppLoadContext): Promise<StaffMember> {
  if (request.method !== "GET" && request.method !== "HEAD") requireSameOrigin(request);
  const staff = await currentStaff(request, context);
  if (staff) return staff;
  const url = new URL(request.url);
  const back = request.method === "GET" ? `${url.pathname}${url.search}` : "/backoffice";
  // A cookie without a working session: it ran out (or was ended elsewhere), so say so.
  const ended = (await sessionTokenOf(request)) ? "&verlopen" : "";
  throw redirect(`/inloggen?terug=${encodeURIComponent(back)}${ended}`);
}

/** Only for administrators; others get 404, the same as for anything they may not see. */
export async function requireAdmin(request: Request, context?: AppLoadContext): Promise<StaffMember> {
  const staff = await requireStaff(request, context);
  if (staff.role !== "admin") throw notFound();
  return staff;
}

export function notFound(): Response {
  return new Response("Niet gevonden", { status: 404 });
}

/**
 * A path to go back to after signing in; only paths on this site, never another host. Browsers
 * drop tabs and newlines from addresses and read "\\" as "/", so "/\tevil.example" would become
 * "//evil.example": anything with control characters or backslashes is refused, and what is left
 * must resolve to our own origin.
 */
export function safeReturnPath(value: string | null | undefined): string {
  const fallback = "/backoffice";
  // eslint-disable-next-line no-control-regex
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const base = new URL(env().APP_URL);
  const resolved = new URL(value, base);
  if (resolved.origin !== base.origin || value.startsWith("//")) return fallback;
  // Check what is returned, not only what came in: "/.//evil.example" normalises to
  // "//evil.example", which a browser reads as another site.
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || new URL(path, base).origin !== base.origin) return fallback;
  return path;
}

export function clientIp(context: AppLoadContext): string {
  return typeof context.clientIp === "string" ? context.clientIp : "onbekend";
}
