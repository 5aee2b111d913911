/**
 * `npm run staff:admin -- <email> "<naam>"`: creates an administrator, the first person of a new
 * installation (after that, administrators invite people in the back office). Signing in works
 * with the emailed code as for everyone; the address must be able to receive email.
 *
 * Exit codes: 0 created or already an administrator, 1 failed, 2 wrong usage.
 */
import "./load-dotenv";
import { z } from "zod";

const USAGE = 'Gebruik: npm run staff:admin -- <e-mailadres> "<naam>"';

async function main(args: string[]): Promise<number> {
  const [email, name] = args;
  const parsed = z.object({ email: z.email(), name: z.string().trim().min(1).max(150) }).safeParse({ email, name });
  if (args.length !== 2 || !parsed.success) {
    console.error(USAGE);
    return 2;
  }
  const [{ closeDatabase, database, migrateDatabase, schema }, { staffMemberByEmail }] = await Promise.all([
    import("~/lib/db.server"),
    import("~/models/staff-auth.server"),
  ]);
  try {
    const db = database();
    await migrateDatabase();
    const existing = await staffMemberByEmail(db, parsed.data.email);
    if (existing) {
      if (existing.role !== "admin") {
        console.error(`${parsed.data.email} bestaat al, met een andere rol. Pas de rol aan in Beheer → Mensen.`);
        return 1;
      }
      console.log(`${parsed.data.email} is al beheerder.`);
      return 0;
    }
    await db.insert(schema.staffMembers).values({ email: parsed.data.email, name: parsed.data.name, role: "admin" });
    console.log(`Beheerder ${parsed.data.name} <${parsed.data.email}> is aangemaakt. Log in op /inloggen.`);
    return 0;
  } catch (error) {
    console.error(`Aanmaken mislukt: ${(error as Error).message}`);
    return 1;
  } finally {
    await closeDatabase();
  }
}

process.exitCode = await main(process.argv.slice(2));
