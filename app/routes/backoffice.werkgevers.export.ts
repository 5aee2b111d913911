/**
 * The register's current list as a CSV file: the same search, filters and list as
 * /backoffice/werkgevers, every matching employer instead of one page, only this person's region.
 * Every export is in the audit log.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { amsterdamDate } from "~/domain/dates";
import { parseRegisterQuery } from "~/domain/register-query";
import { registerCsv } from "~/domain/register-csv";
import { database } from "~/lib/db.server";
import { requireStaff } from "~/http/staff-session.server";
import { logAudit } from "~/models/audit-log.server";
import { registerExportRows } from "~/models/register.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  const query = parseRegisterQuery(new URL(request.url).searchParams);
  const now = new Date();
  const db = database();
  const rows = await registerExportRows(db, staff, query, now);
  await logAudit(db, staff, "geexporteerd", `Werkgeversregister geëxporteerd: ${rows.length} werkgevers.`, null, now);
  return new Response(registerCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="opstap-werkgevers-${amsterdamDate(now)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
