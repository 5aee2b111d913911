/** All regelingen pages, in the order the overview shows them. */
import { REGELING_TITLES, type RegelingSlug } from "~/domain/regelingen/slugs";
import { doelgroepregister } from "./doelgroepregister";
import { erkendLeerbedrijf } from "./erkend-leerbedrijf";
import { jobcoach } from "./jobcoach";
import { loonkostensubsidie } from "./loonkostensubsidie";
import { loonkostenvoordeel } from "./loonkostenvoordeel";
import { noRiskpolis } from "./no-riskpolis";
import { proefplaatsing } from "./proefplaatsing";
import { regelsVoorEenStage } from "./regels-voor-een-stage";
import { subsidiePraktijkleren } from "./subsidie-praktijkleren";
import { GROUPS, type RegelingPage } from "./types";
import { werkplekaanpassing } from "./werkplekaanpassing";

export const REGELING_PAGES: readonly RegelingPage[] = [
  noRiskpolis,
  loonkostensubsidie,
  loonkostenvoordeel,
  jobcoach,
  werkplekaanpassing,
  doelgroepregister,
  regelsVoorEenStage,
  subsidiePraktijkleren,
  erkendLeerbedrijf,
  proefplaatsing,
];

export function regelingPage(slug: RegelingSlug): RegelingPage | undefined {
  return REGELING_PAGES.find((page) => page.slug === slug);
}

/** The begrippenlijst's own check date. */
export const GLOSSARY_CHECKED = "2026-12-02";

/** The overview: the pages per group, with their titles and summaries. */
export function overviewGroups() {
  return GROUPS.map((group) => ({
    id: group.id,
    title: group.title,
    pages: REGELING_PAGES.filter((page) => page.group === group.id).map((page) => ({
      slug: page.slug,
      title: REGELING_TITLES[page.slug],
      summary: page.summary,
    })),
  }));
}
