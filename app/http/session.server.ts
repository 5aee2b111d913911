/**
 * The visitor's cookie session. It only remembers the reference of the request this browser just
 * sent, so the confirmation page survives a refresh without putting it in the URL. It holds no
 * link: links go by email only (decision 016), and the cookie is signed, not encrypted.
 */
import { createCookieSessionStorage } from "@remix-run/node";
import { env } from "~/lib/env.server";

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
