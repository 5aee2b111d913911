/**
 * Who runs this installation of Opstap: the organisation that is responsible for the personal
 * data (the "verwerkingsverantwoordelijke"), how to reach it and its privacy officer. It is data
 * an administrator edits in the back office, not copy in the code: every region or foundation that
 * runs Opstap fills in its own. The privacy statement, the contact page and the footer show it.
 */

export interface InstallationDetails {
  /** The legal name of who runs Opstap, e.g. a gemeente or a foundation of schools. */
  organisationName: string;
  street: string;
  postcodeAndCity: string;
  phone: string;
  /** When the phone is answered, in words: "maandag tot en met vrijdag, 9.00 tot 17.00 uur". */
  phoneHours: string;
  email: string;
  kvkNumber: string | null;
  privacyOfficerName: string;
  privacyOfficerEmail: string;
  /** Whether these are the fictional demo values; pages then say so. */
  demo: boolean;
}

/** What an administrator fills in; `demo` is Opstap's own. */
export type InstallationInput = Omit<InstallationDetails, "demo" | "kvkNumber"> & { kvkNumber?: string | null };

/** Fictional values for a fresh installation; every page that shows them says they are an example. */
export const DEMO_INSTALLATION: InstallationDetails = {
  organisationName: "Stichting Opstap Voorbeeldregio",
  street: "Voorbeeldstraat 1",
  postcodeAndCity: "1234 AB Voorbeeldstad",
  phone: "030 123 45 67",
  phoneHours: "maandag tot en met vrijdag, van 9.00 tot 17.00 uur",
  email: "info@opstap.example.org",
  kvkNumber: null,
  privacyOfficerName: "De functionaris gegevensbescherming (voorbeeld)",
  privacyOfficerEmail: "privacy@opstap.example.org",
  demo: true,
};

/** "030 123 45 67" → "tel:+31301234567", for a link a phone can call. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) return `tel:${digits}`;
  if (digits.startsWith("00")) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith("0")) return `tel:+31${digits.slice(1)}`;
  return `tel:${digits}`;
}
