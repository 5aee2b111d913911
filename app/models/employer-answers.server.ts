/**
 * The employer changes the answers of their own request while nobody has picked it up yet
 * (`~/domain/answer-change`). The change is stored on the request, written in its timeline with
 * the answers that changed, and whoever holds the request gets the new answers by email.
 */
import { and, eq } from "drizzle-orm";
import { answerChangeChance, type ChangeableAnswer, CHANGEABLE_ANSWERS, changedAnswers } from "~/domain/answer-change";
import type { EmployerLinkScope } from "~/domain/employer-access";
import { refuse, type Refusal } from "~/domain/refusal";
import { answerRow } from "~/domain/request-answers";
import type { RequestDetails } from "~/domain/request-details";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { currentHandler, tellHandler } from "./employer-requests.server";

/** The employer's own request by reference, within what the link opens; null for anything else. */
async function ownRequestByReference(q: Queryable, employerId: string, scope: EmployerLinkScope, reference: string, lock = false) {
  const conditions = [eq(schema.requests.reference, reference), eq(schema.requests.employerId, employerId)];
  if (scope.kind === "request") conditions.push(eq(schema.requests.id, scope.requestId));
  const query = q.select().from(schema.requests).where(and(...conditions));
  const [request] = lock ? await query.for("update") : await query;
  return request ?? null;
}

/** What the change page shows: the answers that may change, as the form's text values. */
export async function answerChangePage(db: Database, employerId: string, scope: EmployerLinkScope, reference: string) {
  const request = await ownRequestByReference(db, employerId, scope, reference);
  if (!request) return null;
  const details = request.details;
  const values: Partial<Record<ChangeableAnswer, string | undefined>> = {};
  for (const key of CHANGEABLE_ANSWERS[request.kind]) {
    const value = details[key];
    // Check boxes are "on" or absent in a form; texts as they were sent.
    values[key] = typeof value === "boolean" ? (value ? "on" : undefined) : typeof value === "string" ? value : undefined;
  }
  const handler = await currentHandler(db, request.id);
  return {
    kind: request.kind,
    reference: request.reference,
    chance: answerChangeChance(request),
    handlerName: handler?.name ?? null,
    values,
  };
}

/** The answers as the change form sends them (`~/forms/answer-change` checks them first). */
export type AnswerChangeForm = Partial<Record<ChangeableAnswer, string>>;

export type AnswerChangeOutcome = { ok: true; changed: number } | Refusal;

export async function changeAnswers(
  db: Database,
  employerId: string,
  scope: EmployerLinkScope,
  reference: string,
  values: AnswerChangeForm,
  now: Date = new Date(),
): Promise<AnswerChangeOutcome> {
  return db.transaction(async (tx) => {
    const request = await ownRequestByReference(tx, employerId, scope, reference, true);
    if (!request) return refuse("Deze aanvraag bestaat niet.");
    if (answerChangeChance(request).kind !== "open") {
      return refuse("Iemand werkt nu aan uw aanvraag. Wilt u iets veranderen? Stuur dan een bericht vanaf uw aanvraag.");
    }
    const after = answersFromForm(request.kind, values);
    const changed = changedAnswers(request.kind, request.details, after);
    if (changed.length === 0) return { ok: true, changed: 0 } as const;

    const details: RequestDetails = { ...request.details, ...after };
    await tx.update(schema.requests).set({ details, updatedAt: now }).where(eq(schema.requests.id, request.id));
    const rows = changed.map((key) => answerRow(key, details[key] ?? ""));
    const [event] = await tx
      .insert(schema.requestEvents)
      .values({ requestId: request.id, type: "antwoorden_gewijzigd", actor: "werkgever", data: { answers: rows.map((r) => r.label) }, createdAt: now })
      .returning({ id: schema.requestEvents.id });
    const newAnswers = rows.map((r) => `${r.label}: ${r.value || "(niet meer ingevuld)"}`).join("\n");
    await tellHandler(
      tx,
      request,
      employerId,
      `Ik heb mijn antwoorden aangepast. Dit is nu anders:\n${newAnswers}`,
      `${request.reference}/antwoorden/${event?.id ?? now.toISOString()}`,
    );
    return { ok: true, changed: changed.length } as const;
  });
}

/**
 * The form's values as the request stores them: check boxes as true/false, an emptied text as
 * absent (JSON leaves out undefined), like a form sent without it.
 */
function answersFromForm(kind: keyof typeof CHANGEABLE_ANSWERS, form: AnswerChangeForm): RequestDetails {
  const keys: readonly ChangeableAnswer[] = CHANGEABLE_ANSWERS[kind];
  return Object.fromEntries(
    keys.map((key) => [key, key === "supervisorSpace" || key === "canteen" ? form[key] === "on" : form[key] || undefined]),
  );
}
