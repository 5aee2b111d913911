/** The example organisations CSV, to download and fill in. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdmin } from "~/http/staff-session.server";

const EXAMPLE = path.resolve("db/examples/organisations.example.csv");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request, context);
  const text = await readFile(EXAMPLE, "utf8");
  // The byte order mark tells Excel the file is UTF-8, so é and ë show as they should.
  const csv = text.startsWith("\uFEFF") ? text : `\uFEFF${text}`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="organisaties-voorbeeld.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
