/** A valid proefplaatsing as an employer would fill it in; tests override what they need. */
import type { ProefplaatsingInput } from "~/forms/proefplaatsing";

export function proefplaatsingInput(overrides: Partial<ProefplaatsingInput> = {}): ProefplaatsingInput {
  return {
    companyName: "Bakkerij Het Zuiden",
    sector: "detailhandel",
    postcode: "3511 AB",
    work: "Brood inpakken en de winkel netjes houden.",
    contactName: "Sanne de Vries",
    email: "sanne@example.org",
    phone: undefined,
    consent: "on",
    submissionKey: crypto.randomUUID(),
    website: undefined,
    ...overrides,
  };
}

/** The same answers as the browser posts them, with a fresh submission key. */
export function proefplaatsingForm(overrides: Record<string, string> = {}): URLSearchParams {
  const { phone: _phone, website: _website, ...fields } = proefplaatsingInput();
  return new URLSearchParams({ ...fields, ...overrides });
}
