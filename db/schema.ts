/**
 * The Opstap database schema. Migrations under db/migrations are generated from this file with
 * `npm run db:generate` and committed; never edit a migration that has landed.
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { EmailStatus } from "../app/domain/email-outbox";
import type { OrganisationKind, SchoolType } from "../app/domain/organisations";
import type { RequestDetails } from "../app/domain/request-details";
import type { RequestKind, RequestStatus } from "../app/domain/request-status";
import type { AssignmentStatus } from "../app/domain/assignments";
import type { RequestEventType } from "../app/domain/request-events";
import type { RoutingDecision } from "../app/domain/routing-decision";
import type { StaffRole } from "../app/domain/staff";
import type { RequestOutcome } from "../app/domain/request-workflow";
import type { InstallationDetails } from "../app/domain/installation";
import type {
  CheckInAnswer,
  CheckInReason,
  ContactKind,
  NoteVisibility,
  RegisterOffer,
  RegisterSource,
  RegisterStatus,
} from "../app/domain/register";
import type { IntroductionPlaceKind } from "../app/domain/introduction";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

// ---------------------------------------------------------------------------------------------
// Reference data: CBS municipal division and PDOK postcodes (db/reference, loaded at start-up).

export const regions = pgTable("regions", {
  slug: text("slug").primaryKey(),
  name: text("name").notNull(),
});

export const municipalities = pgTable(
  "municipalities",
  {
    code: char("code", { length: 6 }).primaryKey(), // CBS code, e.g. GM0344
    name: text("name").notNull(),
    regionSlug: text("region_slug")
      .notNull()
      .references(() => regions.slug),
  },
  (t) => [index("municipalities_region_idx").on(t.regionSlug)],
);

/** One row per PC4 and municipality; a PC4 that spans a border has several rows. */
export const postcodeAreas = pgTable(
  "postcode_areas",
  {
    pc4: char("pc4", { length: 4 }).notNull(),
    municipalityCode: char("municipality_code", { length: 6 })
      .notNull()
      .references(() => municipalities.code),
    pc6Count: integer("pc6_count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.pc4, t.municipalityCode] })],
);

// ---------------------------------------------------------------------------------------------
// Organisations that handle requests: the WSP of a region and PrO/VSO schools.

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stable key for imports: the CSV import updates the organisation with the same slug. */
    slug: text("slug").notNull().unique(),
    kind: text("kind").$type<OrganisationKind>().notNull(),
    name: text("name").notNull(),
    regionSlug: text("region_slug")
      .notNull()
      .references(() => regions.slug),
    schoolType: text("school_type").$type<SchoolType>(),
    /** Empty means "alle sectoren". */
    sectors: text("sectors").array().notNull().default(sql`'{}'::text[]`),
    takesProefplaatsing: boolean("takes_proefplaatsing").notNull().default(true),
    offersGroepsstage: boolean("offers_groepsstage").notNull().default(false),
    groepsstageMinSize: integer("groepsstage_min_size"),
    groepsstageMaxSize: integer("groepsstage_max_size"),
    capacityPerSchoolYear: integer("capacity_per_school_year"),
    contactEmail: text("contact_email").notNull(),
    contactPhone: text("contact_phone"),
    website: text("website"),
    active: boolean("active").notNull().default(true),
    ...timestamps,
  },
  (t) => [index("organisations_region_kind_idx").on(t.regionSlug, t.kind)],
);

export const organisationServiceAreas = pgTable(
  "organisation_service_areas",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    municipalityCode: char("municipality_code", { length: 6 })
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.municipalityCode] }),
    index("service_areas_municipality_idx").on(t.municipalityCode),
  ],
);

// ---------------------------------------------------------------------------------------------
// Employers and their requests.

export const employers = pgTable(
  "employers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyName: text("company_name").notNull(),
    kvkNumber: char("kvk_number", { length: 8 }),
    contactName: text("contact_name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    /**
     * Another employer with the same KvK number but another address. Only a proven mailbox merges
     * employers, so staff see this as a possible match and decide (decision 016).
     */
    possibleDuplicateOfId: uuid("possible_duplicate_of_id").references((): AnyPgColumn => employers.id, { onDelete: "set null" }),
    /** Set when the employer's personal data was erased (on request or after the retention period). */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    ...timestamps,
  },
  // The same address in another case is the same employer: the address is what an employer proves.
  (t) => [
    uniqueIndex("employers_email_idx").on(sql`lower(${t.email})`),
    index("employers_kvk_number_idx").on(t.kvkNumber).where(sql`${t.kvkNumber} is not null`),
  ],
);

/**
 * Private links for employers. Only a hash of a link is stored. A link with a request opens that
 * request; a link without one ("mijn aanvragen") opens all of the employer's requests and data,
 * and runs out at `expires_at`. Rules: `app/domain/employer-access.ts`.
 */
export const employerAccessTokens = pgTable(
  "employer_access_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    requestId: uuid("request_id").references((): AnyPgColumn => requests.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [index("employer_tokens_employer_idx").on(t.employerId), index("employer_tokens_request_idx").on(t.requestId)],
);

/** A new address an employer asked for, waiting for the link sent to that address. */
export const employerEmailChanges = pgTable(
  "employer_email_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    newEmail: text("new_email").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("employer_email_changes_employer_idx").on(t.employerId)],
);

/** Form posts per key (IP address or email) per time window, to slow down abuse of public forms. */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const requestReferenceSeq = pgSequence("request_reference_seq", { startWith: 1 });

export const requests = pgTable(
  "requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Public reference such as OP-2026-000123, quoted in emails and on the phone. */
    reference: text("reference").notNull().unique(),
    kind: text("kind").$type<RequestKind>().notNull(),
    status: text("status").$type<RequestStatus>().notNull(),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id),
    // The place is empty only for a question about "iets anders" sent without a postcode: such a
    // question goes to the team behind Opstap, not to a region (decision 032).
    postcode: char("postcode", { length: 4 }),
    municipalityCode: char("municipality_code", { length: 6 }).references(() => municipalities.code),
    regionSlug: text("region_slug").references(() => regions.slug),
    sector: text("sector"),
    /** The employer's contact details and the answers of this kind of request (`RequestDetails`). */
    details: jsonb("details").$type<RequestDetails>().notNull(),
    routing: jsonb("routing").$type<RoutingDecision>().notNull(),
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    /** The form's one-time key: a second POST of the same form finds the first request. */
    submissionKey: text("submission_key").notNull().unique(),
    /** The staff member who follows this lead ("eigenaar"). */
    ownerId: uuid("owner_id").references((): AnyPgColumn => staffMembers.id, { onDelete: "set null" }),
    /** Set when the request is closed by staff: placed, or no match with a reason. */
    outcome: text("outcome").$type<RequestOutcome>(),
    outcomeReason: text("outcome_reason"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** The date of the introduction ("kennismaking") the school planned with the employer. */
    introductionOn: date("introduction_on", { mode: "string" }),
    /**
     * When the placement ends, if staff said so when they closed the request as placed: some weeks
     * later the register's check-in asks the employer whether there is room again (decision 030).
     */
    placementEndsOn: date("placement_ends_on", { mode: "string" }),
    /** When the WSP was reminded that nobody picked this request up. */
    wspRemindedAt: timestamp("wsp_reminded_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    // Counts per status and the figures of a region read status, created_at and id from the index
    // alone (an index-only scan): a region's requests lie scattered over the whole table.
    index("requests_region_status_idx").on(t.regionSlug, t.status, t.createdAt, t.id),
    // The inbox's municipality filter: which municipalities a region's requests are in.
    index("requests_region_municipality_idx").on(t.regionSlug, t.municipalityCode),
    index("requests_employer_idx").on(t.employerId),
    index("requests_created_idx").on(t.createdAt, t.id),
    // A WSP's inbox: its region's requests newest first, a page at a time (keyset on created_at, id).
    index("requests_region_created_idx").on(t.regionSlug, t.createdAt, t.id),
    index("requests_owner_idx").on(t.ownerId),
    // The inbox's search ("contains", ilike '%…%') on the company name: a trigram index (pg_trgm,
    // decision 031), so a search reads the requests that match instead of every request of the
    // region, and ANALYZE keeps statistics on the company name for the planner. A reference is
    // matched whole on its unique index; its trigram index went (decision 033): every new request
    // paid for it.
    index("requests_company_name_trgm_idx").using("gin", sql`(${t.details}->>'companyName') gin_trgm_ops`),
  ],
);

/**
 * Each time a request is handed to an organisation (a school, or the WSP as fallback). A school
 * answers within its response window or the request moves on; a declined school never gets the
 * same request again.
 */
export const requestAssignments = pgTable(
  "request_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    status: text("status").$type<AssignmentStatus>().notNull().default("open"),
    /** When a school must have answered; null for the WSP, which always keeps the request. */
    respondBy: timestamp("respond_by", { withTimezone: true }),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    declineReason: text("decline_reason"),
    /** The WSP's note when it forwarded the request to this school. */
    message: text("message"),
    /** When the school was reminded that its answer is due. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    /** SHA-256 of the private link the school answers through; the link itself is not stored. */
    responseTokenHash: text("response_token_hash").unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assignments_request_idx").on(t.requestId),
    index("assignments_organisation_idx").on(t.organisationId, t.status, t.createdAt),
    index("assignments_due_idx").on(t.status, t.respondBy),
  ],
);

/**
 * A planned kennismaking: an appointment with a date, start time, place and the person the
 * employer meets. Moving it keeps the row and its calendar UID and raises `sequence`; cancelling
 * sets `cancelled_at`. A request has at most one appointment that is not cancelled.
 */
export const introductions = pgTable(
  "introductions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    /** The school or WSP that planned it ("op school" is this organisation). */
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** The iCalendar UID: the same for every update, so calendars move the event they have. */
    uid: text("uid").notNull().unique(),
    /** The iCalendar SEQUENCE: one higher with every move or cancellation. */
    sequence: integer("sequence").notNull().default(0),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    placeKind: text("place_kind").$type<IntroductionPlaceKind>().notNull(),
    /** The address; for a kennismaking at the organisation it may be empty. */
    address: text("address"),
    /** Who the employer will meet. */
    meetWith: text("meet_with").notNull(),
    plannedById: uuid("planned_by_id").references((): AnyPgColumn => staffMembers.id, { onDelete: "set null" }),
    /** When the reminder for this date went out; cleared when the appointment moves. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("introductions_current_idx").on(t.requestId).where(sql`${t.cancelledAt} is null`),
    index("introductions_starts_idx").on(t.startsAt),
  ],
);

/** The timeline of a request: every change, routing step and email, in order. */
export const requestEvents = pgTable(
  "request_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    type: text("type").$type<RequestEventType>().notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    actor: text("actor").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("request_events_request_idx").on(t.requestId, t.id),
    // The figures' wait until the first thing staff did: min(created_at) of staff events per request.
    index("request_events_staff_idx").on(t.requestId, t.createdAt).where(sql`${t.actor} like 'medewerker:%'`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Email: written in the same transaction as the change that causes it, delivered by the worker.

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Sent to the provider so a retried send is never delivered twice. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    template: text("template").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    /**
     * The rendered body, encrypted; null until the worker renders it from `props` at send time
     * (decision 033). Rows queued before that hold their rendered body here. After sending an
     * email that carried a way in, and after retention, a note replaces it.
     */
    html: text("html"),
    text: text("text"),
    /** The template's props as encrypted JSON, rendered at send time; null once the body is gone. */
    props: text("props"),
    requestId: uuid("request_id").references(() => requests.id, { onDelete: "set null" }),
    /** Where an answer goes: the organisation that holds the request, not the noreply sender. */
    replyTo: text("reply_to"),
    /** Files sent along (a calendar invite), encrypted like the bodies; null when there are none. */
    attachments: text("attachments"),
    status: text("status").$type<EmailStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** While a worker sends a row it holds it until this moment; a crashed worker's rows return. */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /** Set with each claim; a worker writes a row only while it still holds this token. */
    claimToken: uuid("claim_token"),
    transport: text("transport"),
    providerMessageId: text("provider_message_id"),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("email_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("email_outbox_request_idx").on(t.requestId),
  ],
);

export const emailDeliveryAttempts = pgTable(
  "email_delivery_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    outboxId: uuid("outbox_id")
      .notNull()
      .references(() => emailOutbox.id, { onDelete: "cascade" }),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
    transport: text("transport").notNull(),
    succeeded: boolean("succeeded").notNull(),
    providerMessageId: text("provider_message_id"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
  },
  (t) => [index("email_attempts_outbox_idx").on(t.outboxId)],
);

// ---------------------------------------------------------------------------------------------
// Staff and the back office: people, how they sign in, and what they looked at.

export const staffMembers = pgTable(
  "staff_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").$type<StaffRole>().notNull(),
    /** Null only for administrators. */
    organisationId: uuid("organisation_id").references(() => organisations.id),
    active: boolean("active").notNull().default(true),
    /** The daily email of what needs attention; each person can switch it off. */
    digestEnabled: boolean("digest_enabled").notNull().default(true),
    digestSentOn: date("digest_sent_on", { mode: "string" }),
    /** How employers reach this person about a request they hold; set in *Mijn account*. */
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("staff_members_email_idx").on(sql`lower(${t.email})`), index("staff_members_organisation_idx").on(t.organisationId)],
);

/** An administrator asks someone to join an organisation with a role; the link expires. */
export const staffInvites = pgTable(
  "staff_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").$type<StaffRole>().notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    invitedById: uuid("invited_by_id").references(() => staffMembers.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_invites_email_idx").on(sql`lower(${t.email})`)],
);

/**
 * One sign-in: a 6-digit code and a link, both emailed, valid for 15 minutes and usable once.
 * Only keyed hashes are stored.
 */
export const signInChallenges = pgTable(
  "sign_in_challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffMemberId: uuid("staff_member_id")
      .notNull()
      .references(() => staffMembers.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    linkTokenHash: text("link_token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_challenges_member_idx").on(t.staffMemberId, t.createdAt)],
);

/** A signed-in browser. The cookie holds a random token; only its hash is stored here. */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffMemberId: uuid("staff_member_id")
      .notNull()
      .references(() => staffMembers.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("staff_sessions_member_idx").on(t.staffMemberId)],
);

/** Who viewed or changed which request (or other data) and when; admins can read it. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    staffMemberId: uuid("staff_member_id").references(() => staffMembers.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    requestId: uuid("request_id").references(() => requests.id, { onDelete: "set null" }),
    summary: text("summary").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_request_idx").on(t.requestId), index("audit_log_member_idx").on(t.staffMemberId, t.createdAt)],
);

// ---------------------------------------------------------------------------------------------
// The regional employer register (decision 028): one entry per company per arbeidsmarktregio,
// shared by the region's schools and WSP. An `employers` row is one email address that sent
// requests; a register entry is the company, with that address as one of its contact persons.

export const registerEmployers = pgTable(
  "register_employers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionSlug: text("region_slug")
      .notNull()
      .references(() => regions.slug),
    companyName: text("company_name").notNull(),
    /** Lower case, without legal form and punctuation: what possible duplicates are compared by. */
    normalisedName: text("normalised_name").notNull(),
    kvkNumber: char("kvk_number", { length: 8 }),
    sectors: text("sectors").array().notNull().default(sql`'{}'::text[]`),
    offers: text("offers").$type<RegisterOffer[]>().array().notNull().default(sql`'{}'::text[]`),
    status: text("status").$type<RegisterStatus>().notNull().default("actief"),
    /** How the entry came in: a request (consent on the form), added by staff, or a school's import. */
    source: text("source").$type<RegisterSource>().notNull(),
    addedByOrganisationId: uuid("added_by_organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    /** The employer asked for no more emails ("Stop"); they are never emailed again. */
    optedOutAt: timestamp("opted_out_at", { withTimezone: true }),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    /** The newest contact of any organisation (log, request): for "slapend" and the list's order. */
    lastContactAt: timestamp("last_contact_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("register_employers_region_idx").on(t.regionSlug, t.status, t.companyName),
    index("register_employers_kvk_idx").on(t.kvkNumber).where(sql`${t.kvkNumber} is not null`),
    index("register_employers_name_idx").on(t.regionSlug, t.normalisedName),
    index("register_employers_contact_idx").on(t.regionSlug, t.lastContactAt),
  ],
);

export const registerLocations = pgTable(
  "register_locations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registerEmployerId: uuid("register_employer_id")
      .notNull()
      .references(() => registerEmployers.id, { onDelete: "cascade" }),
    postcode: char("postcode", { length: 4 }).notNull(),
    municipalityCode: char("municipality_code", { length: 6 })
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [uniqueIndex("register_locations_entry_postcode_idx").on(t.registerEmployerId, t.postcode), index("register_locations_postcode_idx").on(t.postcode)],
);

/** A person at the company. `employerId` is set when that address sent requests. */
export const registerContacts = pgTable(
  "register_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registerEmployerId: uuid("register_employer_id")
      .notNull()
      .references(() => registerEmployers.id, { onDelete: "cascade" }),
    employerId: uuid("employer_id").references(() => employers.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("register_contacts_entry_idx").on(t.registerEmployerId),
    index("register_contacts_employer_idx").on(t.employerId),
    index("register_contacts_email_idx").on(sql`lower(${t.email})`),
  ],
);

/** Which register entry a request belongs to (a merge moves it). */
export const registerRequests = pgTable(
  "register_requests",
  {
    requestId: uuid("request_id")
      .primaryKey()
      .references(() => requests.id, { onDelete: "cascade" }),
    registerEmployerId: uuid("register_employer_id")
      .notNull()
      .references(() => registerEmployers.id, { onDelete: "cascade" }),
  },
  (t) => [index("register_requests_entry_idx").on(t.registerEmployerId)],
);

/** Places an employer offers per school year (the year it starts in) and kind of offer. */
export const registerCapacity = pgTable(
  "register_capacity",
  {
    registerEmployerId: uuid("register_employer_id")
      .notNull()
      .references(() => registerEmployers.id, { onDelete: "cascade" }),
    schoolYear: integer("school_year").notNull(),
    offer: text("offer").$type<RegisterOffer>().notNull(),
    places: integer("places").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.registerEmployerId, t.schoolYear, t.offer] })],
);

/** Who had contact with the employer, when and how; a note is private unless shared with the region. */
export const registerContactLog = pgTable(
  "register_contact_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registerEmployerId: uuid("register_employer_id")
      .notNull()
      .references(() => registerEmployers.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    staffMemberId: uuid("staff_member_id").references(() => staffMembers.id, { onDelete: "set null" }),
    kind: text("kind").$type<ContactKind>().notNull(),
    happenedOn: date("happened_on", { mode: "string" }).notNull(),
    /** A placement: the day it ended (or ends); the check-in after a placement counts from it. */
    endsOn: date("ends_on", { mode: "string" }),
    note: text("note"),
    visibility: text("visibility").$type<NoteVisibility>().notNull().default("eigen"),
    /** A handover: the school the employer was passed to. */
    toOrganisationId: uuid("to_organisation_id").references(() => organisations.id),
    requestId: uuid("request_id").references(() => requests.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("register_contact_log_entry_idx").on(t.registerEmployerId, t.happenedOn), index("register_contact_log_org_idx").on(t.organisationId, t.happenedOn)],
);

/**
 * A check-in email and its one-click answer. One per entry per period (`periodKey`), so an
 * employer is asked at most once per period. Only a keyed hash of the link is stored.
 */
export const registerCheckIns = pgTable(
  "register_check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registerEmployerId: uuid("register_employer_id")
      .notNull()
      .references(() => registerEmployers.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id").references(() => registerContacts.id, { onDelete: "set null" }),
    reason: text("reason").$type<CheckInReason>().notNull(),
    periodKey: text("period_key").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    answer: text("answer").$type<CheckInAnswer>(),
    answerData: jsonb("answer_data").$type<Record<string, unknown>>(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    /** The request an answer "Ja, ik heb weer plek" created. */
    requestId: uuid("request_id").references(() => requests.id, { onDelete: "set null" }),
    /** Staff marked the answer as dealt with. */
    followedUpAt: timestamp("followed_up_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("register_check_ins_period_idx").on(t.registerEmployerId, t.periodKey), index("register_check_ins_answer_idx").on(t.answeredAt, t.followedUpAt)],
);

/** Two entries staff looked at and found to be different companies. */
export const registerDistinctPairs = pgTable(
  "register_distinct_pairs",
  {
    firstId: uuid("first_id")
      .notNull()
      .references(() => registerEmployers.id, { onDelete: "cascade" }),
    secondId: uuid("second_id")
      .notNull()
      .references(() => registerEmployers.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.firstId, t.secondId] })],
);

/** Per region: when check-ins go out. Without a row the defaults hold (`~/domain/register-check-ins`). */
export const registerRegionSettings = pgTable("register_region_settings", {
  regionSlug: text("region_slug")
    .primaryKey()
    .references(() => regions.slug),
  /** The month (1–12) of the check-in before the new school year. */
  checkInMonth: integer("check_in_month").notNull().default(6),
  /** After this many months without contact an employer is dormant ("slapend") and is asked again. */
  quietMonths: integer("quiet_months").notNull().default(9),
  /** This many weeks after a placement ended the employer is asked how it went and whether there is room again. */
  weeksAfterPlacement: integer("weeks_after_placement").notNull().default(4),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------------------------
// This installation: one row, created on first use. Its id makes email idempotency keys unique
// across installations (a key sent to the provider is `<installation id>/<outbox key>`).

export const installation = pgTable(
  "installation",
  {
    /** Always true: the primary key allows one row only. */
    singleton: boolean("singleton").primaryKey().default(true),
    id: uuid("id").notNull().defaultRandom(),
    /** Who runs this installation (`InstallationDetails`); null until an administrator fills it in. */
    details: jsonb("details").$type<InstallationDetails>(),
    detailsUpdatedAt: timestamp("details_updated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("installation_singleton", sql`${t.singleton}`)],
);

// ---------------------------------------------------------------------------------------------
// Bookkeeping: which version of a data file was last loaded, so start-up skips unchanged data.

export const dataLoads = pgTable("data_loads", {
  name: text("name").primaryKey(),
  checksum: text("checksum").notNull(),
  loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
});
