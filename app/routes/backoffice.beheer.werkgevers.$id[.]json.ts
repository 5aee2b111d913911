/** An administrator gives an employer all their data (AVG right of access), as a JSON file. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { database } from "~/lib/db.server";
import { requireAdmin } from "~/http/staff-session.server";
import { exportEmployerForAdmin } from "~/models/employer-privacy.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const staff = await requireAdmin(request, context);
  const exported = await exportEmployerForAdmin(database(), staff, params.id ?? "");
  if (!exported) throw new Response("Deze werkgever bestaat niet (meer).", { status: 404 });
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="opstap-werkgever.json"',
      "Cache-Control": "no-store",
    },
  });
}
