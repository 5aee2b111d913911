/** Where a postcode is: its municipality and arbeidsmarktregio, from the reference data. */
import { desc, eq } from "drizzle-orm";
import { type Queryable, schema } from "~/lib/db.server";

export interface Place {
  pc4: string;
  municipalityCode: string;
  municipalityName: string;
  regionSlug: string;
  regionName: string;
  /** Share of the PC4's addresses in this municipality, 0–1. */
  share: number;
}

/** All municipalities a PC4 lies in, the largest share first; empty for an unknown PC4. */
export async function placesForPostcode(db: Queryable, pc4: string): Promise<Place[]> {
  const rows = await db
    .select({
      municipalityCode: schema.municipalities.code,
      municipalityName: schema.municipalities.name,
      regionSlug: schema.regions.slug,
      regionName: schema.regions.name,
      pc6Count: schema.postcodeAreas.pc6Count,
    })
    .from(schema.postcodeAreas)
    .innerJoin(schema.municipalities, eq(schema.municipalities.code, schema.postcodeAreas.municipalityCode))
    .innerJoin(schema.regions, eq(schema.regions.slug, schema.municipalities.regionSlug))
    .where(eq(schema.postcodeAreas.pc4, pc4))
    .orderBy(desc(schema.postcodeAreas.pc6Count), schema.municipalities.code);
  const total = rows.reduce((sum, r) => sum + r.pc6Count, 0);
  return rows.map(({ pc6Count, ...r }) => ({ ...r, pc4, share: total === 0 ? 0 : pc6Count / total }));
}
