/**
 * Possible duplicates in the register: two entries of one region that may be the same company.
 * Staff decide; nothing is merged by itself (an employer's KvK number can be typed by anyone, and
 * two branches of one chain can be separate employers). Pure: the entries come in, pairs go out.
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
const PUBLIC_MAIL_DOMAINS = new Set([
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
]);

/** The company's own mail domain, or null for a public provider or no address. */
export function companyMailDomain(email: string | null | undefined): string | null {
  const domain = email?.split("@")[1]?.trim().toLowerCase();
  if (!domain || PUBLIC_MAIL_DOMAINS.has(domain)) return null;
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

export interface DuplicatePair {
  firstId: string;
  secondId: string;
  reasons: DuplicateReason[];
}

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

/**
 * Every pair among `entries` that may be one company, except pairs staff already kept apart
 * (`distinct` holds "firstId:secondId" with the smaller id first). Pairs come with the smaller id first.
 */
export function possibleDuplicatePairs(entries: DuplicateCandidate[], distinct: ReadonlySet<string> = new Set()): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  // Only entries sharing a key are compared, so a large register is not compared pair by pair.
  const groups = new Map<string, DuplicateCandidate[]>();
  const add = (key: string, entry: DuplicateCandidate) => groups.set(key, [...(groups.get(key) ?? []), entry]);
  for (const entry of entries) {
    if (entry.kvkNumber) add(`kvk:${entry.kvkNumber}`, entry);
    for (const domain of new Set(entry.emails.map(companyMailDomain))) if (domain) add(`domein:${domain}`, entry);
    if (entry.normalisedName) for (const postcode of entry.postcodes) add(`naam:${entry.normalisedName}:${postcode}`, entry);
  }
  const seen = new Set<string>();
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [first, second] = group[i]!.id < group[j]!.id ? [group[i]!, group[j]!] : [group[j]!, group[i]!];
        if (first.id === second.id) continue;
        const key = `${first.id}:${second.id}`;
        if (seen.has(key) || distinct.has(key)) continue;
        seen.add(key);
        pairs.push({ firstId: first.id, secondId: second.id, reasons: duplicateReasons(first, second) });
      }
    }
  }
  return pairs;
}
