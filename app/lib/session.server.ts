/**
 * The visitor's cookie session. It only remembers the request this browser just sent, so the
 * confirmation page survives a refresh without putting the reference in the URL.
 */
import { createCookieSessionStorage } from "@remix-run/node";
import { env } from "./env.server";

interface VisitorSession {
  lastReference: string;
  /** The tracking link of the request just sent, shown once on the confirmation page. */
  lastTrackingToken: string;
}

let storage: ReturnType<typeof createCookieSessionStorage<VisitorSession>> | undefined;

export function sessionStorage() {
  storage ??= createCookieSessionStorage<VisitorSession>({
    cookie: {
      name: "opstap_sessie",
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: env().APP_ENV === "production",
      secrets: [env().SESSION_SECRET],
      maxAge: 60 * 60 * 24,
    },
  });
  return storage;
}

export async function getSession(request: Request) {
  return sessionStorage().getSession(request.headers.get("Cookie"));
}
