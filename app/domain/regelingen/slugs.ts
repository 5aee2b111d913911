/** The explainer pages, by their address under /regelingen/. The check links to them. */
export const REGELING_SLUGS = [
  "no-riskpolis",
  "loonkostensubsidie",
  "loonkostenvoordeel",
  "subsidie-praktijkleren",
  "jobcoach",
  "werkplekaanpassing",
  "proefplaatsing",
  "doelgroepregister-en-banenafspraak",
  "regels-voor-een-stage",
  "erkend-leerbedrijf-en-praktijkverklaring",
] as const;
export type RegelingSlug = (typeof REGELING_SLUGS)[number];

/** One name per regeling, used by its page, the overview and the check. */
export const REGELING_TITLES: Record<RegelingSlug, string> = {
  "no-riskpolis": "No-riskpolis",
  loonkostensubsidie: "Loonkostensubsidie",
  loonkostenvoordeel: "Loonkostenvoordeel (LKV) banenafspraak",
  "subsidie-praktijkleren": "Subsidie praktijkleren",
  jobcoach: "Jobcoach",
  werkplekaanpassing: "Werkplekaanpassing",
  proefplaatsing: "Proefplaatsing via UWV of gemeente",
  "doelgroepregister-en-banenafspraak": "Doelgroepregister en banenafspraak",
  "regels-voor-een-stage": "Regels voor een stage",
  "erkend-leerbedrijf-en-praktijkverklaring": "Erkend leerbedrijf en praktijkverklaring",
};

export const isRegelingSlug = (slug: string): slug is RegelingSlug => (REGELING_SLUGS as readonly string[]).includes(slug);

export const regelingPath = (slug: RegelingSlug) => `/regelingen/${slug}`;
