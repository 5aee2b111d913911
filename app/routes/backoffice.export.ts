/**
 * The inbox's current list as a CSV file: the same query parameters as /backoffice, all
 * matching rows instead of one page, only what this person may see. Every export is logged.
 * Streamed a batch at a time (inboxCsvStream): memory stays flat however many rows go out.
 */
import { createReadableStreamFromReadable, type LoaderFunctionArgs } from "@remix-run/node";
import { amsterdamDate } from "~/domain/dates";
import { parseInboxQuery } from "~/domain/inbox-query";
import { database } from "~/lib/db.server";
import { requireStaff } from "~/http/staff-session.server";
import { inboxCsvStream } from "~/models/inbox.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  const query = parseInboxQuery(new URL(request.url).searchParams);
  const now = new Date();
  const csv = await inboxCsvStream(database(), staff, query, now);
  return new Response(createReadableStreamFromReadable(csv), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="opstap-aanvragen-${amsterdamDate(now)}.csv"`,
      // Personal data: not kept in any shared cache or the browser's.
      "Cache-Control": "private, no-store",
    },
  });
}
