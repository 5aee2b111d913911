/**
 * How many statements one proefplaatsing costs the database, counted as they are sent (postgres.js
 * `debug`): the postcode lookup and `submitRequest`, as the form's action runs them. The count is
 * pinned, so a change that adds a round trip to every submission shows up here; the list is
 * printed to read what they are. PostgreSQL only (PGlite has no such hook); in CI it runs.
 */
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toPc4 } from "~/domain/postcode";
import { type Database, schema } from "~/lib/db.server";
import { placesForPostcode } from "~/models/places.server";
import { submitRequest } from "~/models/requests.server";
import { proefplaatsingRequest } from "../support/proefplaatsing";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (!onPostgres) console.warn("submission-queries.test.ts: alleen op PostgreSQL (TEST_DATABASE_URL is niet gezet); overgeslagen op PGlite.");

/**
 * Statements per new proefplaatsing to a school (docs/performance.md lists them): the postcode,
 * begin, the employer (an insert; a known address adds a look-up), the routing candidates with
 * their open load, the reference, request, events, the school's and the WSP's address (one
 * look-up), the assignment, the tracking token, five for the register, the emails (one insert
 * for all of them), commit.
 */
const STATEMENTS_PER_SUBMISSION = 17;

describe.skipIf(!onPostgres)("statements per submission", () => {
  const sent: string[] = [];
  let client: postgres.Sql;
  let db: Database;

  beforeAll(async () => {
    client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {}, debug: (_c, query) => sent.push(query.replace(/\s+/g, " ").trim()) });
    db = drizzle(client, { schema }) as unknown as Database;
    // A first submission pays for the driver's one-time type lookups; the second is the one counted.
    const [place] = await placesForPostcode(db, "3511");
    await submitRequest(db, proefplaatsingRequest({ email: "eerste@example.org" }), place!);
  });

  afterAll(() => client?.end({ timeout: 5 }));

  it("counts what one new proefplaatsing sends", async () => {
    sent.length = 0;
    const places = await placesForPostcode(db, toPc4("3511 AB")!);
    await submitRequest(db, proefplaatsingRequest({ email: "tweede@example.org" }), places[0]!);
    console.log(`${sent.length} statements per submission:\n${sent.map((q, i) => `${String(i + 1).padStart(3)}  ${q.slice(0, 140)}`).join("\n")}`);
    expect(sent.length).toBe(STATEMENTS_PER_SUBMISSION);
  });
});
