/**
 * `node --import tsx bench/post-ab-seed.ts` (run by bench/post-ab.ts, in each tree it compares):
 * seeds the running app's database (DATABASE_URL) with POST_AB_SEED requests and a register of a
 * fifth as many entries, with the tree's own seeding code, so each side's data fits its own
 * schema. Then ANALYZE, as a database that has been in use has statistics.
 */
import { sql } from "drizzle-orm";
import { BENCH_WSP_SLUG, connectBenchDatabase, seedRegister, seedRequests, signInStaff } from "./backoffice";

const count = Number(process.env.POST_AB_SEED ?? 20_000);
const bench = connectBenchDatabase(process.env.DATABASE_URL!);
try {
  const owner = await signInStaff(bench.db, { role: "wsp", organisationSlug: BENCH_WSP_SLUG, email: "ab@bench.example.org", name: "Bench AB" });
  const seeded = await seedRequests(bench.db, { count, owners: [owner] });
  const register = await seedRegister(bench.db, { total: Math.round(count / 5) });
  await bench.db.execute(sql`analyze`);
  console.log(`seeded ${seeded.requests} requests in ${seeded.seconds.toFixed(1)} s, ${register.entries} register entries in ${register.seconds.toFixed(1)} s`);
} finally {
  await bench.close();
}
