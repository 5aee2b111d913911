/**
 * People and invites as administrators manage them: the list, inviting, revoking an invite,
 * blocking and unblocking, changing a role. Every change is written to the audit log.
 */
import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { type Refusal, refuse } from "~/domain/refusal";
import { roleOrganisationProblem, STAFF_ROLE_LABELS, type StaffRole } from "~/domain/staff";
import { isUuid } from "~/domain/uuid";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { createInvite, signOutEverywhere } from "./staff-auth.server";
import { organisationScope, type StaffMember } from "./staff-scope.server";
import { logAudit } from "./audit-log.server";

const organisations = schema.organisations;
const members = schema.staffMembers;
const inv = schema.staffInvites;

/** The signed-in administrator (requireAdmin has checked the role). */
type Admin = StaffMember;

export async function listStaff(db: Queryable) {
  return db
    .select({
      id: members.id,
      name: members.name,
      email: members.email,
      role: members.role,
      active: members.active,
      lastSignInAt: members.lastSignInAt,
      organisationId: members.organisationId,
      organisationName: organisations.name,
    })
    .from(members)
    .leftJoin(organisations, eq(organisations.id, members.organisationId))
    .orderBy(desc(members.active), asc(members.name));
}

/** The fields of the people forms a refusal can belong to. */
export type PeopleField = "email" | "organisationId" | "role";

type PeopleResult = { ok: true } | Refusal<PeopleField>;

/**
 * Checks that the role and the chosen organisation go together. When they do, it gives the
 * organisation's name (null without one) for the audit log; when they do not, the refusal
 * belongs to the organisation field.
 */
async function checkRole(
  q: Queryable,
  staff: Admin,
  role: StaffRole,
  organisationId: string | null | undefined,
): Promise<{ ok: true; organisationName: string | null } | Refusal<"organisationId">> {
  const [chosen] = organisationId
    ? await q
        .select({ kind: organisations.kind, name: organisations.name })
        .from(organisations)
        .where(and(eq(organisations.id, organisationId), organisationScope(staff)))
    : [];
  if (organisationId && !chosen) return refuse("Kies een organisatie uit de lijst.", "organisationId");
  const problem = roleOrganisationProblem(role, chosen?.kind ?? null);
  return problem ? refuse(problem, "organisationId") : { ok: true, organisationName: chosen?.name ?? null };
}

/** A role as the audit log says it: "Coördinator school bij Praktijkschool De Brug". */
function roleInWords(role: StaffRole, organisationName: string | null): string {
  return organisationName ? `${STAFF_ROLE_LABELS[role]} bij ${organisationName}` : STAFF_ROLE_LABELS[role];
}

export interface InviteForm {
  name: string;
  email: string;
  role: StaffRole;
  organisationId?: string | null;
}

/** Invites someone with a role (and the organisation that role needs); the email is queued. */
export async function inviteStaff(db: Database, staff: Admin, input: InviteForm, now: Date = new Date()): Promise<PeopleResult> {
  const checked = await checkRole(db, staff, input.role, input.organisationId);
  if (!checked.ok) return checked;
  const [open] = await db
    .select({ id: inv.id })
    .from(inv)
    .where(
      and(
        sql`lower(${inv.email}) = lower(${input.email.trim()})`,
        isNull(inv.acceptedAt),
        isNull(inv.revokedAt),
        gt(inv.expiresAt, now),
      ),
    )
    .limit(1);
  // One valid link per person: two could make two accounts' worth of confusion.
  if (open) return refuse("Dit adres heeft al een open uitnodiging. Trek die eerst in als u een nieuwe wilt sturen.", "email");
  const result = await createInvite(
    db,
    staff,
    { name: input.name, email: input.email, role: input.role, organisationId: input.organisationId ?? null },
    now,
  );
  if (!result.ok) return refuse("Er werkt al iemand met dit e-mailadres in Opstap.", "email");
  const as = roleInWords(input.role, checked.organisationName);
  await logAudit(db, staff, "beheer", `${input.name} (${input.email}) uitgenodigd als ${as}`, null, now);
  return { ok: true };
}

/** Invites nobody accepted or revoked yet, newest first, with whether they still work. */
export async function openInvites(db: Queryable, now: Date = new Date()) {
  const invitedBy = sql<string | null>`(select ${members.name} from ${members} where ${members.id} = ${inv.invitedById})`;
  const rows = await db
    .select({
      id: inv.id,
      name: inv.name,
      email: inv.email,
      role: inv.role,
      organisationName: organisations.name,
      invitedBy,
      createdAt: inv.createdAt,
      expiresAt: inv.expiresAt,
    })
    .from(inv)
    .leftJoin(organisations, eq(organisations.id, inv.organisationId))
    .where(and(isNull(inv.acceptedAt), isNull(inv.revokedAt)))
    .orderBy(desc(inv.createdAt))
    .limit(200);
  return rows.map((row) => ({ ...row, expired: row.expiresAt <= now }));
}

/** Makes an invite's link stop working; false when there is no open invite with this id. */
export async function revokeInvite(db: Database, staff: Admin, inviteId: string, now: Date = new Date()): Promise<boolean> {
  if (!isUuid(inviteId)) return false;
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(inv)
      .set({ revokedAt: now })
      .where(and(eq(inv.id, inviteId), isNull(inv.acceptedAt), isNull(inv.revokedAt)))
      .returning({ name: inv.name, email: inv.email });
    if (!revoked) return false;
    await logAudit(tx, staff, "beheer", `Uitnodiging van ${revoked.name} (${revoked.email}) ingetrokken`, null, now);
    return true;
  });
}

/**
 * Blocks a person (they cannot sign in, and every session they have ends now) or lets them in
 * again. Nobody blocks themselves: the last administrator would lock everyone out.
 */
export async function setStaffActive(
  db: Database,
  staff: Admin,
  memberId: string,
  active: boolean,
  now: Date = new Date(),
): Promise<PeopleResult> {
  if (memberId === staff.id) return refuse("U kunt uzelf niet blokkeren.");
  if (!isUuid(memberId)) return refuse("Deze persoon bestaat niet.");
  return db.transaction(async (tx) => {
    const [member] = await tx.update(members).set({ active, updatedAt: now }).where(eq(members.id, memberId)).returning({ name: members.name });
    if (!member) return refuse<PeopleField>("Deze persoon bestaat niet.");
    if (!active) await signOutEverywhere(tx, memberId, now);
    await logAudit(tx, staff, "beheer", `${member.name} ${active ? "gedeblokkeerd" : "geblokkeerd"}`, null, now);
    return { ok: true } as const;
  });
}

/** Gives a person another role or organisation; the two must go together. */
export async function changeStaffRole(
  db: Database,
  staff: Admin,
  memberId: string,
  input: { role: StaffRole; organisationId?: string | null },
  now: Date = new Date(),
): Promise<PeopleResult> {
  if (memberId === staff.id) return refuse("U kunt uw eigen rol niet wijzigen. Vraag een andere beheerder.", "role");
  if (!isUuid(memberId)) return refuse("Deze persoon bestaat niet.");
  const checked = await checkRole(db, staff, input.role, input.organisationId);
  if (!checked.ok) return checked;
  return db.transaction(async (tx) => {
    const [member] = await tx
      .update(members)
      .set({ role: input.role, organisationId: input.organisationId ?? null, updatedAt: now })
      .where(eq(members.id, memberId))
      .returning({ name: members.name });
    if (!member) return refuse<PeopleField>("Deze persoon bestaat niet.");
    const summary = `Rol van ${member.name} gewijzigd in ${roleInWords(input.role, checked.organisationName)}`;
    await logAudit(tx, staff, "beheer", summary, null, now);
    return { ok: true } as const;
  });
}
