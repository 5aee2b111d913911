/** A proefplaatsing as an employer would send it; tests override what they need. */
import type { NewRequest } from "~/models/requests.server";

interface Overrides {
  email?: string;
  sector?: string;
  kvkNumber?: string | null;
  submissionKey?: string;
  companyName?: string;
}

export function proefplaatsingRequest(overrides: Overrides = {}): NewRequest {
  return {
    kind: "proefplaatsing",
    submissionKey: overrides.submissionKey ?? crypto.randomUUID(),
    contact: {
      companyName: overrides.companyName ?? "Bakkerij Het Zuiden",
      kvkNumber: overrides.kvkNumber ?? null,
      contactName: "Sanne de Vries",
      email: overrides.email ?? "sanne@example.org",
      phone: null,
    },
    sector: overrides.sector ?? "detailhandel",
    answers: { work: "Brood inpakken en de winkel netjes houden.", supervisor: "Ahmed, bakker", startPeriod: "zo-snel-mogelijk" },
  };
}

/** The same answers as the browser posts them, with a fresh submission key. */
export function proefplaatsingForm(overrides: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    companyName: "Bakkerij Het Zuiden",
    sector: "detailhandel",
    postcode: "3511 AB",
    work: "Brood inpakken en de winkel netjes houden.",
    supervisor: "Ahmed, bakker",
    startPeriod: "zo-snel-mogelijk",
    contactName: "Sanne de Vries",
    email: "sanne@example.org",
    consent: "on",
    submissionKey: crypto.randomUUID(),
    ...overrides,
  });
}
