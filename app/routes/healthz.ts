import { sql } from "drizzle-orm";
import { database } from "~/lib/db.server";

/** For load balancers and the test harness: answers 200 only when the database answers. */
export async function loader() {
  try {
    await database().execute(sql`select 1`);
    return new Response("ok", { headers: { "Cache-Control": "no-store" } });
  } catch {
    return new Response("database onbereikbaar", { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
