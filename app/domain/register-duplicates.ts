/**
 * Possible duplicates in the register: two entries of one region that may be the same company.
 * Staff decide; nothing is merged by itself (an employer's KvK number can be typed by anyone, and
 * two branches of one chain can be separate employers). Pure: two entries come in, the reasons go
 * out. The register's list of pairs applies the same rules in SQL (`registerDuplicates`), so a
 * region's register is never loaded to compare it.
 */

/** Legal forms and filler words that say nothing about which company it is. */
const NOISE = new Set(["bv", "nv", "vof", "cv", "stichting", "vereniging", "de", "het", "en", "&", "holding"]);

/** "Bakkerij De Zon B.V." and "bakkerij zon" compare equal. */
export function normaliseCompanyName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // "B.V." and "BV" are one legal form: dots go before the words are split.
    .replace(/\./g, "")
    .split(/[\s,'"()/-]+/)
    .filter((word) => word.length > 0 && !NOISE.has(word))
    .join(" ")
    .trim();
}

/** Addresses at these providers say nothing about the company. */
export const PUBLIC_MAIL_DOMAINS: readonly string[] = [
  "gmail.com",
  "hotmail.com",
  "hotmail.nl",
  "outlook.com",
  "outlook.nl",
  "live.nl",
  "live.com",
  "ziggo.nl",
  "kpnmail.nl",
  "kpnplanet.nl",
  "planet.nl",
  "home.nl",
  "xs4all.nl",
  "icloud.com",
  "yahoo.com",
  "msn.com",
  "example.org",
  "example.com",
];
const PUBLIC = new Set(PUBLIC_MAIL_DOMAINS);

/** The company's own mail domain, or null for a public provider or no address. */
export function companyMailDomain(email: string | null | undefined): string | null {
  const domain = email?.split("@")[1]?.trim().toLowerCase();
  if (!domain || PUBLIC.has(domain)) return null;
  return domain;
}

export interface DuplicateCandidate {
  id: string;
  kvkNumber: string | null;
  normalisedName: string;
  postcodes: string[];
  emails: string[];
}

export type DuplicateReason = "kvk" | "domein" | "naam_postcode";

export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  kvk: "zelfde KvK-nummer",
  domein: "zelfde e-maildomein",
  naam_postcode: "zelfde naam en postcode",
};

/** The reasons two entries may be one company; empty when nothing matches. */
export function duplicateReasons(a: DuplicateCandidate, b: DuplicateCandidate): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (a.kvkNumber && a.kvkNumber === b.kvkNumber) reasons.push("kvk");
  const domains = new Set(a.emails.map(companyMailDomain).filter((d): d is string => d !== null));
  if (b.emails.some((email) => { const d = companyMailDomain(email); return d !== null && domains.has(d); })) reasons.push("domein");
  if (a.normalisedName.length > 0 && a.normalisedName === b.normalisedName && a.postcodes.some((p) => b.postcodes.includes(p))) {
    reasons.push("naam_postcode");
  }
  return reasons;
}
