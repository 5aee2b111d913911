/** The employer's data as a JSON file (AVG: the right of access, in a form a machine can read). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { database } from "~/lib/db.server";
import { exportForEmployerLink } from "~/models/employer-privacy.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const exported = await exportForEmployerLink(database(), params.token ?? "");
  if (!exported) throw new Response("Deze link werkt niet (meer).", { status: 404 });
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="opstap-gegevens.json"',
      "Cache-Control": "no-store",
    },
  });
}
