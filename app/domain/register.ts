/**
 * The regional employer register (decision 028): one entry per company per arbeidsmarktregio,
 * shared by the schools and the WSP of that region. Pure words and rules; no database.
 */

/** What an employer offers pupils. A "baan" is a paid job; the others are ways to learn at work. */
export const REGISTER_OFFERS = [
  { value: "proefplaatsing", label: "Proefplaatsing" },
  { value: "stage", label: "Stage" },
  { value: "groepsstage", label: "Groepsstage" },
  { value: "baan", label: "Baan" },
] as const;
export type RegisterOffer = (typeof REGISTER_OFFERS)[number]["value"];
export const REGISTER_OFFER_VALUES = REGISTER_OFFERS.map((o) => o.value) as [RegisterOffer, ...RegisterOffer[]];

export function offerLabel(value: string): string {
  return REGISTER_OFFERS.find((o) => o.value === value)?.label ?? value;
}

/** actief: works with schools; slapend: no contact for a long time; gestopt: does not want to any more. */
export const REGISTER_STATUSES = [
  { value: "actief", label: "Actief" },
  { value: "slapend", label: "Slapend" },
  { value: "gestopt", label: "Gestopt" },
] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number]["value"];
export const REGISTER_STATUS_VALUES = REGISTER_STATUSES.map((s) => s.value) as [RegisterStatus, ...RegisterStatus[]];

export function statusLabel(value: string): string {
  return REGISTER_STATUSES.find((s) => s.value === value)?.label ?? value;
}

/** How an entry came into the register; it decides what the employer was told (consent). */
export const REGISTER_SOURCES = ["aanvraag", "toegevoegd", "import"] as const;
export type RegisterSource = (typeof REGISTER_SOURCES)[number];

/** The kinds of contact a school or the WSP logs with an employer. */
export const CONTACT_KINDS = [
  { value: "aanvraag", label: "Aanvraag" },
  { value: "gesprek", label: "Gesprek of telefoon" },
  { value: "bezoek", label: "Bezoek" },
  { value: "plaatsing", label: "Plaatsing" },
  { value: "overdracht", label: "Doorgegeven aan een andere school" },
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number]["value"];
export const CONTACT_KIND_VALUES = CONTACT_KINDS.map((k) => k.value) as [ContactKind, ...ContactKind[]];

export function contactKindLabel(value: string): string {
  return CONTACT_KINDS.find((k) => k.value === value)?.label ?? value;
}

/** A note is for the writer's own organisation, unless they share it with the region. */
export const NOTE_VISIBILITIES = ["eigen", "regio"] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/** Why a check-in email went out. "opgenomen" is the notice to an employer that staff added. */
export const CHECK_IN_REASONS = ["schooljaar", "na_plaatsing", "stil", "opgenomen"] as const;
export type CheckInReason = (typeof CHECK_IN_REASONS)[number];

/** The one-click answers to a check-in. */
export const CHECK_IN_ANSWERS = ["plek", "niet_nu", "gegevens", "stop"] as const;
export type CheckInAnswer = (typeof CHECK_IN_ANSWERS)[number];

export const CHECK_IN_ANSWER_LABELS: Record<CheckInAnswer, string> = {
  plek: "Heeft weer plek",
  niet_nu: "Nu even niet",
  gegevens: "Gegevens aangepast",
  stop: "Wil geen e-mails meer",
};

/** What a check-in answer "Ja, ik heb weer plek" holds. */
export interface CheckInPlaceAnswer {
  places: number;
  offer: RegisterOffer;
  startPeriod: string;
}
