/**
 * The one shape a model uses to say "no" to something a person asked: a Dutch message, and the
 * form field it belongs to when there is one. Routes turn it into a form reply with
 * `refusalReply` (`~/http/form-reply`).
 */
export interface Refusal<Field extends string = string> {
  ok: false;
  message: string;
  field?: Field;
}

export function refuse<Field extends string = string>(message: string, field?: Field): Refusal<Field> {
  return field ? { ok: false, message, field } : { ok: false, message };
}
