/**
 * The employer's answers as schools and staff read them: every kind-specific answer with a Dutch
 * label, in a fixed order. The contact details are shown on their own.
 */
import { START_PERIODS } from "./start-periods";
import { QUESTION_TOPICS } from "./routing";

const ANSWER_LABELS: Record<string, string> = {
  work: "Werk",
  daysAndHours: "Dagen en uren",
  supervisor: "Begeleider bij het bedrijf",
  groupSize: "Aantal leerlingen",
  daysAndWeeks: "Dagen en weken",
  startPeriod: "Wanneer beginnen",
  supervisorSpace: "Plek voor de begeleider van school",
  canteen: "Kantine of plek om te eten",
  topic: "Onderwerp",
  question: "Vraag",
};
const CONTACT_KEYS = new Set(["companyName", "kvkNumber", "contactName", "email", "phone"]);

function answerText(key: string, value: unknown): string {
  if (typeof value === "boolean") return value ? "Ja" : "Nee";
  if (key === "startPeriod") return START_PERIODS.find((p) => p.value === value)?.label ?? String(value);
  if (key === "topic") return QUESTION_TOPICS.find((t) => t.value === value)?.label ?? String(value);
  return String(value);
}

/** One answer as people read it: its label, and its value in words. */
export function answerRow(key: string, value: unknown): { label: string; value: string } {
  return { label: ANSWER_LABELS[key] ?? key, value: answerText(key, value) };
}

export function requestAnswers(details: Record<string, unknown>): Array<{ label: string; value: string }> {
  const known = Object.keys(ANSWER_LABELS).filter((key) => key in details);
  const other = Object.keys(details).filter((key) => !(key in ANSWER_LABELS) && !CONTACT_KEYS.has(key));
  return [...known, ...other]
    .filter((key) => details[key] !== null && details[key] !== undefined && details[key] !== "")
    .map((key) => answerRow(key, details[key]));
}


/**
 * "Wat u ons stuurde": what the employer filled in, contact details first, as the confirmation
 * page, the confirmation email and the employer's own page show it back to them.
 */
export function sentByEmployer(details: Record<string, unknown>): Array<{ label: string; value: string }> {
  const text = (key: string) => (typeof details[key] === "string" && details[key] !== "" ? (details[key] as string) : null);
  const contact: Array<[string, string | null]> = [
    ["Bedrijf", text("companyName")],
    ["KvK-nummer", text("kvkNumber")],
    ["Uw naam", text("contactName")],
    ["Uw e-mailadres", text("email")],
    ["Uw telefoonnummer", text("phone")],
  ];
  return [
    ...contact.filter((row): row is [string, string] => row[1] !== null).map(([label, value]) => ({ label, value })),
    ...requestAnswers(details),
  ];
}

/** The "Plaats" row of "Wat u ons stuurde"; none for a question sent without a postcode. */
export function placeRows(municipalityName: string | null, pc4: string | null): Array<{ label: string; value: string }> {
  return municipalityName && pc4 ? [{ label: "Plaats", value: `${municipalityName} (${pc4})` }] : [];
}
