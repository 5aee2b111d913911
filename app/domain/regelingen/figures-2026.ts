/**
 * Every amount, percentage, limit and application window the regelingen pages and the
 * regelingencheck use, as known on the check dates below. Each value has the period it holds
 * for (`validFrom`–`validTo`), its source and the day it was compared with that source.
 *
 * - An amount that is set for a period (the minimum wage: 1 January and 1 July) ends with that
 *   period. When the next value is not published or not found, the page shows the old one as
 *   "laatst bekend … (geldig tot …)" and `successorSought` records when we last looked.
 * - A rule in a law or regulation without an end date has `validTo: null`.
 * - An application window belongs to a school year; its `validTo` is the day before the next
 *   window is expected, so the stale-figure test asks for the new dates in time.
 *
 * Next year: do not edit the old values. Add a file figures-2027.ts with the new versions
 * (`satisfies FigureUpdate`) and list it in figures.ts. Facts: domain research B1–B10, with
 * the corrections of section D (checked 2 December 2026).
 */
import type { Figure, FigureVersion, IsoDate, NumberVersion, Source } from "./figure";
import type { NumberUnit, TextUnit } from "./format";
import { SOURCES } from "./sources";

/** The day the research's 2026 corrections were checked (section D). */
const CHECKED_2026_12 = "2026-12-02";
/** The day the first version of the pages was compared with the research (sections B). */
const CHECKED_2026_11 = "2026-11-22";

interface Period {
  from?: IsoDate | null;
  to?: IsoDate | null;
  checked?: IsoDate;
  successorSought?: IsoDate;
}

function version<V>(value: V, source: Source, period: Period) {
  return {
    value,
    source,
    validFrom: period.from ?? null,
    validTo: period.to ?? null,
    checked: period.checked ?? CHECKED_2026_11,
    ...(period.successorSought ? { successorSought: period.successorSought } : {}),
  };
}

/** A figure with one value. */
function figure(label: string, unit: NumberUnit, value: number, source: Source, period?: Period): Figure;
function figure(label: string, unit: TextUnit, value: string, source: Source, period?: Period): Figure;
function figure(label: string, unit: NumberUnit | TextUnit, value: number | string, source: Source, period: Period = {}): Figure {
  return { label, unit, versions: [version(value, source, period)] } as Figure;
}

/**
 * The minimum wage per hour from 1 January 2026. It changes on 1 July as well; the amount from
 * 1 July 2026 was not found (research D), so this one is shown as "laatst bekend" after June.
 */
const WML_2026_H1: Period = { from: "2026-01-01", to: "2026-06-30", checked: CHECKED_2026_12, successorSought: CHECKED_2026_12 };
const wml = (label: string, value: number) =>
  ({
    label,
    unit: "euro-per-uur",
    versions: [version(value, SOURCES.rijksoverheidMinimumloon, WML_2026_H1) satisfies NumberVersion],
  }) satisfies Figure;

/** Rules from the Arbeidstijdenwet for 16- and 17-year-olds (research D). */
const ATW_1617: Period = { checked: CHECKED_2026_12 };

export const FIGURES_2026 = {
  // Wettelijk minimumloon (research D): the adult amount and the youth amounts by age.
  "wml.volwassenVanaf": figure("Volledig minimumloon vanaf de leeftijd", "leeftijd", 21, SOURCES.rijksoverheidMinimumloon, {
    checked: CHECKED_2026_12,
  }),
  "wml.perUur": wml("Minimumloon per uur, 21 jaar en ouder", 14.71),
  "wml.perUur20": wml("Minimumloon per uur, 20 jaar", 11.77),
  "wml.perUur19": wml("Minimumloon per uur, 19 jaar", 8.83),
  "wml.perUur18": wml("Minimumloon per uur, 18 jaar", 7.36),
  "wml.perUur17": wml("Minimumloon per uur, 17 jaar", 5.81),
  "wml.perUur16": wml("Minimumloon per uur, 16 jaar", 5.07),
  "wml.perUur15": wml("Minimumloon per uur, 15 jaar", 4.41),

  // B1: stage rules for 14- and 15-year-olds
  "stage.jongVan": figure("Extra regels voor een beroepsstage: leeftijd vanaf", "leeftijd", 14, SOURCES.szwStage1415),
  "stage.jongTot": figure("Extra regels voor een beroepsstage: leeftijd tot en met", "leeftijd", 15, SOURCES.szwStage1415),
  "stage.jongMaxUrenPerDag": figure("Leerling van 14 of 15: hoogstens uren per dag, schooltijd meegeteld", "uren-per-dag", 7, SOURCES.szwStage1415),
  "stage.jongMaxUrenPerWeek": figure("Leerling van 14 of 15: hoogstens uren per week, schooltijd meegeteld", "uren-per-week", 35, SOURCES.szwStage1415),
  "stage.jongPauzeNa": figure("Pauze na zoveel uur werk", "uren", 4.5, SOURCES.szwStage1415),
  "stage.jongPauze": figure("Lengte van de pauze", "minuten", 30, SOURCES.szwStage1415),
  "stage.jongRust": figure("Leerling van 14 of 15: rust per etmaal, minstens", "uren", 14, SOURCES.rijksoverheidWerktijden1314, {
    checked: CHECKED_2026_12,
  }),
  "stage.jongRustVan": figure("Leerling van 14 of 15: in elk geval vrij vanaf", "tijd", "19:00", SOURCES.rijksoverheidWerktijden1314, {
    checked: CHECKED_2026_12,
  }),
  "stage.jongRustTot": figure("Leerling van 14 of 15: in elk geval vrij tot", "tijd", "07:00", SOURCES.rijksoverheidWerktijden1314, {
    checked: CHECKED_2026_12,
  }),
  // Research D: working time of 16- and 17-year-olds, most last-year stage pupils.
  "stage.tienerVan": figure("Regels voor werktijden: leeftijd vanaf", "leeftijd", 16, SOURCES.rijksoverheidWerktijden1617, ATW_1617),
  "stage.tienerTot": figure("Regels voor werktijden: leeftijd tot en met", "leeftijd", 17, SOURCES.rijksoverheidWerktijden1617, ATW_1617),
  "stage.tienerMaxUrenPerDienst": figure(
    "Leerling van 16 of 17: hoogstens per dienst",
    "uren-per-dienst",
    9,
    SOURCES.rijksoverheidWerktijden1617,
    ATW_1617,
  ),
  "stage.tienerMaxUrenPerWeek": figure(
    "Leerling van 16 of 17: hoogstens per week, schooltijd meegeteld",
    "uren-per-week",
    45,
    SOURCES.rijksoverheidWerktijden1617,
    ATW_1617,
  ),
  "stage.tienerGemiddeldPerWeek": figure(
    "Leerling van 16 of 17: gemiddeld hoogstens per week, schooltijd meegeteld",
    "uren-per-week",
    40,
    SOURCES.rijksoverheidWerktijden1617,
    ATW_1617,
  ),
  "stage.tienerGemiddeldOver": figure("Leerling van 16 of 17: dat gemiddelde geldt over", "weken", 4, SOURCES.rijksoverheidWerktijden1617, ATW_1617),
  "stage.tienerNachtVan": figure("Leerling van 16 of 17: niet werken vanaf", "tijd", "23:00", SOURCES.rijksoverheidWerktijden1617, ATW_1617),
  "stage.tienerNachtTot": figure("Leerling van 16 of 17: niet werken tot", "tijd", "06:00", SOURCES.rijksoverheidWerktijden1617, ATW_1617),
  "stage.volwassenVanaf": figure("Leeftijd vanaf wanneer de regels voor jongeren niet meer gelden", "leeftijd", 18, SOURCES.arbeidsinspectieJongeren),

  // B2 and D: subsidie praktijkleren. The regulation runs up to and including school year
  // 2027/2028; a school year runs from 1 August to 31 July (RVO).
  "praktijkleren.maxPerPlaats": figure("Subsidie praktijkleren: hoogstens per plaats per schooljaar", "euro", 2700, SOURCES.omnyacc2026, {
    to: "2028-07-31",
    checked: CHECKED_2026_12,
  }),
  "praktijkleren.volleWeken": figure(
    "Subsidie praktijkleren: een volle plaats is zoveel weken begeleiding",
    "weken",
    40,
    SOURCES.praktijklerenNederlandWeken,
    { to: "2028-07-31", checked: CHECKED_2026_12 },
  ),
  "praktijkleren.minUren": figure("Subsidie praktijkleren: stage van minstens", "uren", 640, SOURCES.rvoPraktijkonderwijs, { to: "2028-07-31" }),
  "praktijkleren.minSchooldagen": figure("Subsidie praktijkleren: minstens naar school", "dagen-per-week", 1, SOURCES.rvoPraktijkonderwijs, {
    to: "2028-07-31",
  }),
  "praktijkleren.maxStagedagen": figure("Subsidie praktijkleren: hoogstens stagedagen", "dagen-per-week", 4, SOURCES.rvoPraktijkonderwijs, {
    to: "2028-07-31",
  }),
  "praktijkleren.aanvraagperiode": {
    label: "Subsidie praktijkleren: aanvraagperiode",
    unit: "aanvraagperiode",
    versions: [
      version(
        {
          schoolYear: "2025/2026",
          opens: "2026-06-02",
          closes: "2026-09-17T17:00",
          next: { schoolYear: "2026/2027", expectedMonth: "2027-06" },
        },
        SOURCES.omnyacc2026,
        { to: "2027-05-31", checked: CHECKED_2026_12 },
      ),
    ],
  } satisfies Figure,
  "praktijkleren.looptTot": figure("Subsidie praktijkleren: de regeling loopt tot en met", "schooljaar", "2027/2028", SOURCES.omnyacc2026, {
    to: "2028-07-31",
    checked: CHECKED_2026_12,
  }),

  // B5: proefplaatsing via UWV or gemeente
  "proefplaatsing.duur": figure("Proefplaatsing: duur", "maanden", 2, SOURCES.uwvProefplaatsing),
  "proefplaatsing.minContract": figure("Proefplaatsing: contract daarna van minstens", "maanden", 6, SOURCES.uwvProefplaatsing),
  "proefplaatsing.besluitBinnen": figure("Proefplaatsing: UWV beslist meestal binnen", "weken", 2, SOURCES.uwvProefplaatsing),
  "proefplaatsing.maxDuur": figure("Proefplaatsing: in bijzondere gevallen hoogstens", "maanden", 6, SOURCES.awvnProefplaatsing),

  // B6: no-riskpolis
  "norisk.uitkeringPercentage": figure("No-riskpolis: Ziektewet-uitkering, deel van het dagloon", "procent", 70, SOURCES.sazasNoRisk),
  "norisk.zonderEindSinds": figure(
    "No-riskpolis zonder einddatum voor de doelgroep banenafspraak, sinds",
    "datum",
    "2017-02-01",
    SOURCES.nicopoelNoRisk,
    { from: "2017-02-01" },
  ),
  "norisk.andereGroepenDuur": figure("No-riskpolis voor andere groepen (bijvoorbeeld WIA): meestal", "jaren", 5, SOURCES.nicopoelNoRisk),

  // B7 and D: loonkostensubsidie
  "lks.maxPercentageWml": figure("Loonkostensubsidie: hoogstens, als deel van het minimumloon", "procent", 70, SOURCES.hofVanTwenteLks),
  "lks.werkgeverslasten": figure("Loonkostensubsidie: extra vergoeding voor werkgeverslasten", "procent", 23.5, SOURCES.regelingLks2021),
  "lks.schoolverlatersAanvragenBinnen": figure(
    "Loonkostensubsidie voor een schoolverlater van pro of vso: aanvragen tot zoveel na de start",
    "maanden",
    6,
    SOURCES.stbBreedOffensief,
    { from: "2023-07-01", checked: CHECKED_2026_12 },
  ),
  "lks.schoolverlatersSinds": figure(
    "Landelijke regel voor schoolverlaters van pro en vso, sinds",
    "datum",
    "2023-07-01",
    SOURCES.stbBreedOffensief,
    { from: "2023-07-01", checked: CHECKED_2026_12 },
  ),
  "lks.aanvragenNaStartBinnen": figure(
    "Loonkostensubsidie: aanvragen bij sommige gemeenten uiterlijk na de eerste werkdag binnen",
    "maanden",
    1,
    SOURCES.isdBollenstreekLks,
  ),
  "lks.utrechtVastBedragDuur": figure("Gemeente Utrecht: vaste loonkostensubsidie in de eerste", "maanden", 6, SOURCES.utrechtLks),
  "lks.utrechtVastPercentage": figure("Gemeente Utrecht: vaste loonkostensubsidie, als deel van het minimumloon", "procent", 50, SOURCES.utrechtLks),

  // B8 and D: loonkostenvoordeel banenafspraak. The amounts are set in the Wet tegemoetkomingen
  // loondomein, not per year; the Belastingdienst lists them for 2026 (corrected table 15).
  "lkv.perUur": figure("LKV banenafspraak: per verloond uur", "euro-per-uur", 1.01, SOURCES.belastingdienstLoonheffingen2026, {
    from: "2026-01-01",
    checked: CHECKED_2026_12,
  }),
  "lkv.maxPerJaar": figure("LKV banenafspraak: hoogstens per jaar", "euro", 2000, SOURCES.belastingdienstLoonheffingen2026, {
    from: "2026-01-01",
    checked: CHECKED_2026_12,
  }),
  "lkv.voltijdUren": figure("LKV banenafspraak: het maximum hoort bij een werkweek van", "uren-per-week", 38, SOURCES.flexmarktLkv),
  "lkv.zonderVerklaringVanaf": figure(
    "LKV banenafspraak zonder doelgroepverklaring en zolang de werknemer in dienst is, vanaf",
    "datum",
    "2026-01-01",
    SOURCES.belastingdienstLoonheffingen2026,
    { from: "2026-01-01", checked: CHECKED_2026_12 },
  ),

  // B9 and D: jobcoach
  "jobcoach.maxDuur": figure("Jobcoach: meestal hoogstens", "jaren", 3, SOURCES.samenVoorDeKlantJobcoach),
  "jobcoach.minContract": figure("Jobcoach via UWV: contract van minstens", "maanden", 6, SOURCES.aoMetalektroJobcoach),
  "jobcoach.minUrenPerWeek": figure("Jobcoach via UWV: minstens", "uren-per-week", 12, SOURCES.aoMetalektroJobcoach),
  "jobcoach.minLoonPercentageWml": figure("Jobcoach via UWV: loon van minstens, als deel van het minimumloon", "procent", 35, SOURCES.aoMetalektroJobcoach),
  "jobcoach.uitzonderingMinUren": figure("Jobcoach via UWV, bij uitzondering: minstens", "uren-per-week", 8, SOURCES.eegaplusJobcoach, {
    checked: CHECKED_2026_12,
  }),
  "jobcoach.uitzonderingMinLoonwaarde": figure(
    "Jobcoach via UWV, bij uitzondering: loonwaarde van minstens",
    "procent",
    20,
    SOURCES.eegaplusJobcoach,
    { checked: CHECKED_2026_12 },
  ),

  // B10: werkplekaanpassing
  "werkplek.minDienstverband": figure("Werkplekaanpassing: het werk duurt nog minstens", "maanden", 6, SOURCES.caictWerkplek),

  // B4: banenafspraak and doelgroepregister
  "banenafspraak.jaar": figure("Banenafspraak: jaar van de afspraak (sociaal akkoord)", "jaartal", 2013, SOURCES.maatwerkbanen),
  "banenafspraak.extraBanen": figure("Banenafspraak: extra banen in totaal", "aantal", 125000, SOURCES.maatwerkbanen),
  "banenafspraak.marktsector": figure("Banenafspraak: extra banen bij bedrijven", "aantal", 100000, SOURCES.maatwerkbanen),
  "banenafspraak.overheid": figure("Banenafspraak: extra banen bij de overheid", "aantal", 25000, SOURCES.maatwerkbanen),
  "banenafspraak.praktijkrouteSinds": figure("Praktijkroute naar het doelgroepregister: sinds", "jaartal", 2017, SOURCES.toolboxInclusiefPraktijkroute),

  // D: Wet van school naar duurzaam werk
  "schoolNaarWerk.sinds": figure("Wet van school naar duurzaam werk: geldt sinds", "datum", "2026-01-01", SOURCES.tweedeKamerSchoolNaarWerk, {
    from: "2026-01-01",
    checked: CHECKED_2026_12,
  }),
} satisfies Record<string, Figure>;

/** A later year's file: new versions for figures that exist, keyed like the figures above. */
export type FigureUpdate = Partial<Record<keyof typeof FIGURES_2026, FigureVersion[]>>;
