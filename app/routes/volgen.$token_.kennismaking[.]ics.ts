/**
 * "Zet in mijn agenda": the kennismaking as a calendar file, behind the employer's own link (the
 * same check as their page: a link that exists, has not run out and was not revoked). A link to
 * all their requests names the request with `?aanvraag=`. No id in the address opens anything.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { database } from "~/lib/db.server";
import { calendarForEmployerLink } from "~/models/introductions.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const reference = new URL(request.url).searchParams.get("aanvraag");
  const file = await calendarForEmployerLink(database(), params.token ?? "", reference);
  if (!file) {
    throw new Response("Deze link werkt niet (meer), of er is geen kennismaking gepland.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(file.content, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="kennismaking-${file.reference}.ics"`,
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
