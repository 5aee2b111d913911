/**
 * Reading a posted form against its zod schema: the one path for the server (in actions) and the
 * browser (conform's `onValidate` in `useZodForm`), so a message is the same with JavaScript on
 * and off.
 *
 * It replaces conform's zod adapter (`parseWithZod`), which rebuilds each schema with zod's
 * classic constructors to turn form text into numbers and booleans; that put zod's whole classic
 * API (about 20 KB gzipped) into every form page (decision 029). Our schemas read the text as
 * the form sends it and say themselves what a check box or a list means (`checkboxField`,
 * `listField` in `./fields`), so the only step before the schema is the one every form needs: an
 * empty field counts as not filled in.
 */
import { parse, type Submission } from "@conform-to/react";
import * as z from "zod/mini";
import type * as core from "zod/v4/core";

/** What a form sends, with empty inputs (text and files) as absent, as the schemas expect. */
export function withoutEmptyInputs(value: unknown): unknown {
  if (value === "") return undefined;
  if (typeof File !== "undefined" && value instanceof File && value.name === "" && value.size === 0) return undefined;
  if (Array.isArray(value)) return value.map(withoutEmptyInputs);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutEmptyInputs(inner)]));
  }
  return value;
}

/** A field's name as conform writes it (`contact.email`, `days[2]`); the form's own errors have "". */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((name, segment) => {
    if (typeof segment === "number") return `${name}[${segment}]`;
    const key = String(segment);
    return name === "" ? key : `${name}.${key}`;
  }, "");
}

type Resolved<Output> = { value?: Output; error?: Record<string, string[]> };

function resolved<Output>(result: core.util.SafeParseResult<Output>): Resolved<Output> {
  if (result.success) return { value: result.data };
  const error: Record<string, string[]> = {};
  for (const issue of result.error.issues) (error[fieldName(issue.path)] ??= []).push(issue.message);
  return { error };
}

type FormSubmission<Schema extends core.$ZodType> = Submission<core.input<Schema>, string[], core.output<Schema>>;

export function parseFormSubmission<Schema extends core.$ZodType>(
  payload: FormData | URLSearchParams,
  options: { schema: Schema; async?: false },
): FormSubmission<Schema>;
export function parseFormSubmission<Schema extends core.$ZodType>(
  payload: FormData | URLSearchParams,
  options: { schema: Schema; async: true },
): Promise<FormSubmission<Schema>>;
export function parseFormSubmission<Schema extends core.$ZodType>(
  payload: FormData | URLSearchParams,
  { schema, async }: { schema: Schema; async?: boolean },
): FormSubmission<Schema> | Promise<FormSubmission<Schema>> {
  return parse<core.output<Schema>, string[]>(payload, {
    resolve: (values) => {
      const input = withoutEmptyInputs(values);
      return async ? z.safeParseAsync(schema, input).then(resolved) : resolved(z.safeParse(schema, input));
    },
  }) as FormSubmission<Schema> | Promise<FormSubmission<Schema>>;
}
