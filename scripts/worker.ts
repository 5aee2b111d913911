/**
 * The worker as its own process (`npm run worker`): email outbox delivery and the routing check
 * for requests nobody answered in time, for deployments that run the web and the worker apart.
 * `npm start` runs the same jobs inside the web process.
 */
import "./load-dotenv";
import { closeDatabase, database, migrateDatabase } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { startOutboxWorker } from "~/jobs/outbox-worker.server";
import { startScheduledJobs } from "~/jobs/scheduled-jobs.server";

async function main() {
  // PGlite belongs to one process: a second one on the same folder would corrupt it.
  if (!env().DATABASE_URL) {
    console.error("De losse worker heeft DATABASE_URL nodig. Zonder DATABASE_URL draait de worker al in npm start.");
    process.exit(1);
  }
  await migrateDatabase();
  const worker = startOutboxWorker(database());
  const jobs = startScheduledJobs(database());
  console.log("worker gestart: outbox en routeringscontrole");
  const stop = async () => {
    await Promise.all([worker.stop(), jobs.stop()]);
    await closeDatabase();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
