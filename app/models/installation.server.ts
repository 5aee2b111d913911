/**
 * Who runs this installation (`~/domain/installation`): read on every public page (footer,
 * privacy statement, contact), edited by administrators. Kept in memory for a minute, so a page
 * costs no query for it, and a short database outage still shows the last known details.
 */
import { eq } from "drizzle-orm";
import { DEMO_INSTALLATION, type InstallationDetails, type InstallationInput } from "~/domain/installation";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { logAudit } from "./audit-log.server";
import { type StaffMember } from "./staff-scope.server";

const FRESH_FOR_MS = 60_000;
let cached: { details: InstallationDetails; at: number } | null = null;

export async function installationDetails(db: Queryable, now = Date.now()): Promise<InstallationDetails> {
  if (cached && now - cached.at < FRESH_FOR_MS) return cached.details;
  try {
    const [row] = await db.select({ details: schema.installation.details }).from(schema.installation).limit(1);
    cached = { details: row?.details ?? DEMO_INSTALLATION, at: now };
  } catch (error) {
    // The footer should not take a page down with it; a later request tries again.
    if (!cached) throw error;
  }
  return cached.details;
}

export async function updateInstallationDetails(
  db: Database,
  staff: StaffMember,
  form: InstallationInput,
  now: Date = new Date(),
): Promise<void> {
  const details: InstallationDetails = { ...form, kvkNumber: form.kvkNumber ?? null, demo: false };
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ id: schema.installation.id }).from(schema.installation).limit(1);
    if (row) {
      await tx.update(schema.installation).set({ details, detailsUpdatedAt: now }).where(eq(schema.installation.singleton, true));
    } else {
      await tx.insert(schema.installation).values({ details, detailsUpdatedAt: now });
    }
    await logAudit(tx, staff, "beheer", "Gegevens van de beheerder van Opstap aangepast (contact en privacy)", null, now);
  });
  cached = { details, at: Date.now() };
}
