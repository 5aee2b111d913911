/**
 * The visitor's cookie session. Today it only remembers the references this browser submitted,
 * so the confirmation page survives a refresh without putting the reference in the URL.
 */
import { createCookieSessionStorage } from "@remix-run/node";
import { env } from "./env.server";

interface VisitorSession {
  lastReference: string;
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
