/** `npm run db:setup`: migrations, reference data and (outside production) demo data, then exit. */
import "./load-dotenv";
import { closeDatabase } from "~/lib/db.server";
import { prepareDatabase } from "~/jobs/prepare-database.server";

const result = await prepareDatabase();
console.log(`referentiedata: ${result.reference}, demodata: ${result.demo}`);
await closeDatabase();
