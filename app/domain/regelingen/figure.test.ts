import { describe, expect, it } from "vitest";
import { describeFigure, type Figure, figureStatus, formatDate, formatFigureValue, formatMoment, validityText } from "./figure";
import { currentYear, figuresFor } from "./figures";

const plain = (text: string | null) => (text ?? "").replace(/\u00a0/g, " ");

const yearly = (value: number | null, validFor: number | null): Figure => ({
  label: "Een bedrag",
  unit: "euro",
  value,
  changes: "jaarlijks",
  validFor,
  source: null,
});
const rule: Figure = { label: "Een regel", unit: "procent", value: 23.5, changes: "regel", validFor: 2021, source: null };

describe("figureStatus", () => {
  it("knows a yearly figure only for its own year", () => {
    expect(figureStatus(yearly(2700, 2026), 2026)).toEqual({ kind: "actueel" });
    expect(figureStatus(yearly(1.01, 2024), 2026)).toEqual({ kind: "ander-jaar", year: 2024 });
    expect(figureStatus(yearly(null, null), 2026)).toEqual({ kind: "onbekend" });
  });

  it("keeps a rule until it changes", () => {
    expect(figureStatus(rule, 2026)).toEqual({ kind: "actueel" });
  });
});

describe("describeFigure", () => {
  it("writes this year's figure without a note", () => {
    expect(describeFigure(yearly(2700, 2026), 2026)).toEqual({ text: "€\u00a02.700", note: null });
  });

  it("names the year of an older amount, and that this year's is not known", () => {
    expect(describeFigure(yearly(2000, 2024), 2026)).toEqual({
      text: "€\u00a02.000",
      note: "bedrag van 2024; het bedrag voor 2026 is nog niet bekend",
    });
  });

  it("shows no number for an unknown figure", () => {
    expect(describeFigure(yearly(null, null), 2026)).toEqual({ text: "nog niet bekend", note: "het bedrag voor 2026 hebben we nog niet" });
  });
});

describe("formatFigureValue", () => {
  it.each<[Figure["unit"], number | string, string]>([
    ["euro-per-uur", 1.01, "€ 1,01 per uur"],
    ["euro", 125000, "€ 125.000"],
    ["procent", 23.5, "23,5%"],
    ["uren", 4.5, "4,5 uur"],
    ["uren-per-dag", 7, "7 uur per dag"],
    ["minuten", 30, "30 minuten"],
    ["dagen-per-week", 1, "1 dag per week"],
    ["dagen-per-week", 4, "4 dagen per week"],
    ["maanden", 1, "1 maand"],
    ["maanden", 6, "6 maanden"],
    ["weken", 2, "2 weken"],
    ["jaren", 3, "3 jaar"],
    ["leeftijd", 18, "18 jaar"],
    ["aantal", 125000, "125.000"],
    ["jaartal", 2013, "2013"],
    ["datum", "2026-06-02", "2 juni 2026"],
    ["moment", "2026-09-17T17:00", "17 september 2026 om 17.00 uur"],
    ["schooljaar", "2025/2026", "2025/2026"],
  ])("%s %s → %s", (unit, value, expected) => {
    const figure = { label: "", unit, value, changes: "regel", validFor: null, source: null } as Figure;
    expect(plain(formatFigureValue(figure))).toBe(expected);
  });

  it("formats dates without the server's time zone getting in the way", () => {
    expect(formatDate("2017-02-01")).toBe("1 februari 2017");
    expect(formatMoment("2026-01-01T09:00")).toBe("1 januari 2026 om 09.00 uur");
  });
});

describe("validityText", () => {
  it("says for which year or period a figure holds", () => {
    expect(validityText(yearly(2700, 2026), 2026)).toBe("2026");
    expect(validityText({ ...yearly(2700, 2026), period: "schooljaar 2025/2026" }, 2026)).toBe("schooljaar 2025/2026");
    expect(validityText(yearly(1.01, 2024), 2026)).toBe("2024; voor 2026 nog niet bekend");
    expect(validityText(yearly(null, null), 2026)).toBe("Voor 2026 nog niet bekend");
    expect(validityText(rule, 2026)).toBe("Vaste regel (bron uit 2021)");
  });
});

describe("figuresFor", () => {
  it("uses the newest set written for the year or before", () => {
    expect(figuresFor(2026).year).toBe(2026);
    expect(figuresFor(2030).year).toBe(2026);
    expect(figuresFor(2020).year).toBe(2026);
  });

  it("shows this year's amounts in a later year with their year", () => {
    const { text, note } = describeFigure(figuresFor(2027).figures["praktijkleren.maxPerPlaats"], 2027);
    expect(plain(text)).toBe("€ 2.700");
    expect(note).toBe("bedrag van 2026; het bedrag voor 2027 is nog niet bekend");
  });
});

describe("currentYear", () => {
  it("is the year in the Netherlands, also on New Year's Eve in UTC", () => {
    expect(currentYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(currentYear(new Date("2026-06-01T12:00:00Z"))).toBe(2026);
  });
});
