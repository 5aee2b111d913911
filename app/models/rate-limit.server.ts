/**
 * Fixed-window rate limits kept in the database, so they hold across restarts and across several
 * app instances. One upsert per check.
 */
import { sql } from "drizzle-orm";
import { type Queryable, schema } from "~/lib/db.server";

export interface Limit {
  max: number;
  windowSeconds: number;
}

/** Counts this hit; false when the key has used up its limit in the current window. */
export async function allowHit(q: Queryable, key: string, limit: Limit, now: Date = new Date()): Promise<boolean> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await q
    .insert(schema.rateLimitHits)
    .values({ key, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [schema.rateLimitHits.key, schema.rateLimitHits.windowStart],
      set: { hits: sql`${schema.rateLimitHits.hits} + 1` },
    })
    .returning({ hits: schema.rateLimitHits.hits });
  return (row?.hits ?? 0) <= limit.max;
}

/** Actions per employer link per hour: enough for a person, too few to try things out at scale. */
export const ACTIONS_PER_EMPLOYER_LINK_PER_HOUR = 20;

/**
 * Whether a step through an employer's private link may run: per link (every page of the link
 * shares one budget) and per address the request came from.
 */
export async function allowEmployerLinkAction(
  q: Queryable,
  linkId: string,
  clientIp: string | null,
  postsPerIpPerHour: number,
): Promise<boolean> {
  const hour = { windowSeconds: 3600 };
  if (!(await allowHit(q, `volgen:${linkId}`, { ...hour, max: ACTIONS_PER_EMPLOYER_LINK_PER_HOUR }))) return false;
  return !clientIp || allowHit(q, `ip:${clientIp}`, { ...hour, max: postsPerIpPerHour });
}
