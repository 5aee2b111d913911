/**
 * The figures of the back office, counted in the database over only the requests the signed-in
 * person may see (`visibleRequests`), and per school over only the schools they may read
 * (`organisationScope`). An administrator picks a region or the whole country; an accountmanager
 * always sees their own region; a school sees its own requests.
 *
 * Plain SQL that PGlite and PostgreSQL both run (no extensions): the aggregates, percentile_cont
 * for the median and date_trunc for the weeks happen in the database, so only a few numbers per
 * school come back, however many requests there are.
 */
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import {
  AGE_BUCKETS,
  type AgeCounts,
  ageBucketBounds,
  countsPerWeek,
  FIGURES_WEEKS,
  recentWeeks,
  type WeekCount,
} from "~/domain/figures";
import { LOAD_STATUSES } from "~/domain/assignments";
import { CLOSED_STATUSES, OPEN_STATUSES } from "~/domain/request-workflow";
import { type Queryable, queryRows, schema } from "~/lib/db.server";
import { organisationScope, requestColumns, type StaffMember, visibleRequests, type VisibleRequests } from "./staff-scope.server";

/** Columns only: rows come from `visibleRequests(staff)`. */
const requests = requestColumns;
const assignments = schema.requestAssignments;
const requestEvents = schema.requestEvents;
const organisations = schema.organisations;

/** Whose figures the page shows. */
export type FiguresView =
  | { kind: "land" }
  | { kind: "regio"; slug: string; name: string }
  | { kind: "school"; name: string };

/**
 * For a region or the country, "received" is when the employer sent the request and the wait is
 * until the first response by anyone. For a school (a row per school, or a school looking at
 * itself), "received" is when the request reached that school and the wait is until that school's
 * own first response; open counts only what the school holds now.
 */
export interface Measures {
  /** Requests received in the last FIGURES_WEEKS weeks. */
  newCount: number;
  /** Of those, how many had a first response, and the median wait for it in hours. */
  responded: number;
  medianWaitHours: number | null;
  /** Over all closed requests (for a school: those it had taken on): placed, and placed + no match. */
  placed: number;
  closed: number;
  /** Open requests (for a school: that it holds now) by how long ago the employer sent them. */
  openByAge: AgeCounts;
}

export interface SchoolMeasures extends Measures {
  id: string;
  name: string;
}

export interface StaffFigures {
  view: FiguresView;
  /** The regions an administrator can choose from; empty for everyone else. */
  regions: { slug: string; name: string }[];
  /** Of the region or the country; of the school itself for school staff. perWeek counts as newCount does. */
  overall: Measures & { perWeek: WeekCount[] };
  /** One row per school the person may read; null when the administrator looks at the whole country. */
  schools: SchoolMeasures[] | null;
}

/**
 * Answers a school gave itself. "expired" also sets responded_at, but nobody answered then;
 * "withdrawn" and "reassigned" are the employer's and the WSP's doing, not the school's.
 */
const SCHOOL_ANSWERS = ["accepted", "declined", "returned"] as const;

const staffMembers = schema.staffMembers;

function textList(values: readonly string[]): SQL {
  return sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
}

/** The first moment of the oldest week on the chart: Monday 00:00 in the Netherlands. */
function windowStart(weekStart: string): SQL {
  return sql`(${weekStart}::timestamp at time zone 'Europe/Amsterdam')`;
}

/*
 * Both sources below give one row per request counted, with the same columns, so the measures are
 * counted the same way over either:
 *   id, status, created_at  the request itself (its age counts from when the employer sent it);
 *   received_at             when it reached whoever is counted ("new" and the weeks count this);
 *   held                    whether they have it now (only then it is open for them);
 *   wait_seconds            for one received in the window, the wait until their first response.
 */

/**
 * The visible requests (in the region, if one is chosen) as the region (or the country) sees them: received when the employer sent
 * them, and the wait is until the first response by anyone, which is the first answer of any
 * school or the first thing any staff member did in the back office, whichever came first.
 * least() skips a missing one; with neither, null.
 */
function requestsAsSent(visible: VisibleRequests, region: SQL, since: SQL): SQL {
  return sql`(
    select ${requests.id} as id, ${requests.status} as status, ${requests.createdAt} as created_at,
      ${requests.createdAt} as received_at, true as held,
      case when ${requests.createdAt} >= ${since} then
        extract(epoch from least(
          (select min(${assignments.respondedAt}) from ${assignments}
            where ${assignments.requestId} = ${requests.id} and ${assignments.status} in (${textList(SCHOOL_ANSWERS)})),
          (select min(${requestEvents.createdAt}) from ${requestEvents}
            where ${requestEvents.requestId} = ${requests.id} and ${requestEvents.actor} like 'medewerker:%')
        ) - ${requests.createdAt})::float8
      end as wait_seconds
    from ${visible}
    where ${region}
  )`;
}

/**
 * The visible requests (in the region, if one is chosen) as each school (of `schools`, a condition on organisations) sees them: one
 * row per school and request that ever reached it, with `organisation_id`. Received when the
 * school's (first) assignment was made, not when the employer sent it; held while that school's
 * assignment is open or accepted; and the wait is the school's own, until its own answer or the
 * first thing one of its own staff did in the back office, whichever came first. So a school
 * that gets a request after another school declined it is not credited with that decline, and
 * a request open elsewhere now is not open at the school that let it go.
 */
function requestsAsReceivedBySchool(visible: VisibleRequests, region: SQL, since: SQL, schools: SQL): SQL {
  return sql`(
    select reached.organisation_id as organisation_id,
      ${requests.id} as id, ${requests.status} as status, ${requests.createdAt} as created_at,
      reached.received_at as received_at, reached.held as held,
      case when reached.received_at >= ${since} then
        extract(epoch from least(
          reached.answered_at,
          (select min(${requestEvents.createdAt}) from ${requestEvents}
            join ${staffMembers} on ${requestEvents.actor} = 'medewerker:' || ${staffMembers.id}::text
            where ${requestEvents.requestId} = ${requests.id} and ${staffMembers.organisationId} = reached.organisation_id
              and ${requestEvents.createdAt} >= reached.received_at)
        ) - reached.received_at)::float8
      end as wait_seconds
    from (
      select ${assignments.organisationId} as organisation_id, ${assignments.requestId} as request_id,
        min(${assignments.createdAt}) as received_at,
        bool_or(${assignments.status} in (${textList(LOAD_STATUSES)})) as held,
        min(${assignments.respondedAt}) filter (where ${assignments.status} in (${textList(SCHOOL_ANSWERS)})) as answered_at
      from ${assignments}
      where ${assignments.organisationId} in (select ${organisations.id} from ${organisations} where ${schools})
      group by ${assignments.organisationId}, ${assignments.requestId}
    ) reached
    join ${visible} on ${requests.id} = reached.request_id
    where ${region}
  )`;
}

/** The aggregate columns over `s` (a row of one of the sources above, or nulls for a school without requests). */
function measureColumns(since: SQL, now: Date): SQL {
  const open = sql`s.held and s.status in (${textList(OPEN_STATUSES)})`;
  const ages = ageBucketBounds(now).map((bucket, i) => {
    const after = bucket.receivedAfter ? sql` and s.created_at > ${bucket.receivedAfter.toISOString()}::timestamptz` : sql``;
    const by = bucket.receivedBy ? sql` and s.created_at <= ${bucket.receivedBy.toISOString()}::timestamptz` : sql``;
    return sql`count(s.id) filter (where ${open}${after}${by})::int as ${sql.raw(`age_${i}`)}`;
  });
  const closed = CLOSED_STATUSES.filter((status) => status !== "ingetrokken");
  return sql.join(
    [
      sql`count(s.id) filter (where s.received_at >= ${since})::int as new_count`,
      sql`count(s.wait_seconds)::int as responded`,
      sql`percentile_cont(0.5) within group (order by s.wait_seconds) as median_seconds`,
      // A school counts a closed request only when it had taken it on (still "held" at the end).
      sql`count(s.id) filter (where s.held and s.status = 'geplaatst')::int as placed`,
      sql`count(s.id) filter (where s.held and s.status in (${textList(closed)}))::int as closed`,
      ...ages,
    ],
    sql`, `,
  );
}

type MeasureRow = {
  new_count: number | string;
  responded: number | string;
  median_seconds: number | string | null;
  placed: number | string;
  closed: number | string;
} & Record<`age_${number}`, number | string>;

function toMeasures(row: MeasureRow | undefined): Measures {
  const openByAge = Object.fromEntries(AGE_BUCKETS.map((b, i) => [b.key, Number(row?.[`age_${i}`] ?? 0)])) as AgeCounts;
  const median = row?.median_seconds;
  return {
    newCount: Number(row?.new_count ?? 0),
    responded: Number(row?.responded ?? 0),
    medianWaitHours: median === null || median === undefined ? null : Math.max(0, Number(median)) / 3600,
    placed: Number(row?.placed ?? 0),
    closed: Number(row?.closed ?? 0),
    openByAge,
  };
}

async function viewFor(q: Queryable, staff: StaffMember, regionSlug: string | null | undefined) {
  if (staff.role === "school") {
    return { view: { kind: "school", name: staff.organisation?.name ?? "Uw school" } as FiguresView, regions: [], regionSlug: null };
  }
  if (staff.role === "wsp") {
    const own = staff.organisation?.regionSlug ?? null;
    const [region] = own ? await q.select().from(schema.regions).where(eq(schema.regions.slug, own)) : [];
    const view: FiguresView = region ? { kind: "regio", slug: region.slug, name: region.name } : { kind: "land" };
    return { view, regions: [], regionSlug: own };
  }
  const regions = await q.select({ slug: schema.regions.slug, name: schema.regions.name }).from(schema.regions).orderBy(asc(schema.regions.name));
  const chosen = regions.find((region) => region.slug === regionSlug);
  const view: FiguresView = chosen ? { kind: "regio", slug: chosen.slug, name: chosen.name } : { kind: "land" };
  return { view, regions, regionSlug: chosen?.slug ?? null };
}

/**
 * The figures this person may see. `regionSlug` is the administrator's choice (unknown or empty:
 * the whole country); for everyone else their own scope decides and the choice is ignored.
 */
export async function staffFigures(
  q: Queryable,
  staff: StaffMember,
  choice: { regionSlug?: string | null } = {},
  now: Date = new Date(),
): Promise<StaffFigures> {
  const { view, regions, regionSlug } = await viewFor(q, staff, choice.regionSlug);
  const weeks = recentWeeks(now, FIGURES_WEEKS);
  const since = windowStart(weeks[0]!.start);
  const visible = visibleRequests(staff);
  const region = regionSlug ? eq(requests.regionSlug, regionSlug) : sql`true`;

  // A school looking at itself sees its own figures, the same as its row in the table below.
  const ownSchool = view.kind === "school" && staff.organisation ? eq(organisations.id, staff.organisation.id) : null;
  const source = ownSchool ? requestsAsReceivedBySchool(visible, region, since, ownSchool) : requestsAsSent(visible, region, since);

  const perWeekRows = await queryRows<{ week_start: string; count: number | string }>(
    q,
    sql`select to_char(date_trunc('week', s.received_at at time zone 'Europe/Amsterdam'), 'YYYY-MM-DD') as week_start,
          count(*)::int as count
        from ${source} s
        where s.received_at >= ${since}
        group by 1`,
  );
  const [overallRow] = await queryRows<MeasureRow>(q, sql`select ${measureColumns(since, now)} from ${source} s`);
  const overall = {
    ...toMeasures(overallRow),
    perWeek: countsPerWeek(
      weeks,
      perWeekRows.map((row) => ({ weekStart: row.week_start, count: Number(row.count) })),
    ),
  };

  // Per school only within one region (or the school itself): the whole country is too long a list.
  if (view.kind === "land") return { view, regions, overall, schools: null };

  const schoolCondition = and(eq(organisations.kind, "school"), organisationScope(staff), regionSlug ? eq(organisations.regionSlug, regionSlug) : undefined)!;
  const schoolRows = await queryRows<MeasureRow & { id: string; name: string }>(
    q,
    sql`select ${organisations.id} as id, ${organisations.name} as name, ${measureColumns(since, now)}
        from ${organisations}
        left join ${requestsAsReceivedBySchool(visible, region, since, schoolCondition)} s on s.organisation_id = ${organisations.id}
        where ${schoolCondition}
        group by ${organisations.id}, ${organisations.name}
        order by ${organisations.name}`,
  );
  const schools = schoolRows.map((row) => ({ id: row.id, name: row.name, ...toMeasures(row) }));
  return { view, regions, overall, schools };
}
