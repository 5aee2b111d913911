import type { LoaderFunctionArgs } from "@remix-run/node";
import { database } from "~/lib/db.server";
import { usesDevMailbox } from "~/lib/env.server";
import { mailboxEmail } from "~/models/dev-mailbox.server";

/** The email's HTML on its own, framed by the dev mailbox page (with a CSP of its own). */
export async function loader({ params }: LoaderFunctionArgs) {
  if (!usesDevMailbox()) throw new Response("Niet gevonden", { status: 404 });
  const email = await mailboxEmail(database(), params.id ?? "");
  if (!email) throw new Response("Niet gevonden", { status: 404 });
  return new Response(email.html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
