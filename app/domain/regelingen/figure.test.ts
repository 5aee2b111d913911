import { describe, expect, it } from "vitest";
import {
  addDays,
  describeFigure,
  type Figure,
  type NumberVersion,
  pickVersion,
  staleReason,
  tableValue,
  validityText,
  windowText,
  type WindowValue,
} from "./figure";
import { FIGURES, mergeFigures, todayInNetherlands } from "./figures";
import { formatDate, formatFigureValue, formatMoment } from "./format";
import { SOURCES } from "./sources";

const plain = (text: string | null) => (text ?? "").replace(/\u00a0/g, " ");

const source = SOURCES.rijksoverheidMinimumloon;
const version = (value: number, validFrom: string | null, validTo: string | null, extra: Partial<NumberVersion> = {}): NumberVersion => ({
  value,
  validFrom,
  validTo,
  source,
  checked: "2026-12-02",
  ...extra,
});
const wage = (...versions: NumberVersion[]): Figure => ({ label: "Minimumloon per uur", unit: "euro-per-uur", versions });

/** The minimum wage as it changed in 2025 and 2026, with the amount of 1 July 2026 unknown. */
const halfYearly = wage(
  version(14.06, "2025-01-01", "2025-06-30"),
  version(14.4, "2025-07-01", "2025-12-31"),
  version(14.71, "2026-01-01", "2026-06-30", { successorSought: "2026-12-02" }),
);

describe("pickVersion", () => {
  it("takes the version whose period holds the day, on its first and last day too", () => {
    expect(pickVersion(halfYearly, "2025-07-01")).toMatchObject({ kind: "geldig", version: { value: 14.4 } });
    expect(pickVersion(halfYearly, "2025-12-31")).toMatchObject({ kind: "geldig", version: { value: 14.4 } });
    expect(pickVersion(halfYearly, "2026-06-30")).toMatchObject({ kind: "geldig", version: { value: 14.71 } });
  });

  it("falls back to the last known version after its period, and to the first before any", () => {
    expect(pickVersion(halfYearly, "2026-12-02")).toMatchObject({ kind: "laatst-bekend", version: { value: 14.71 } });
    expect(pickVersion(halfYearly, "2024-12-31")).toMatchObject({ kind: "nog-niet", version: { value: 14.06 } });
  });

  it("keeps a rule without an end date", () => {
    expect(pickVersion(wage(version(1.01, "2026-01-01", null)), "2031-05-05").kind).toBe("geldig");
  });
});

describe("describeFigure", () => {
  it("writes a value that holds without a note", () => {
    expect(describeFigure(halfYearly, "2026-03-01")).toEqual({ text: "€\u00a014,71 per uur", note: null });
  });

  it("writes a value whose period has ended as 'laatst bekend … (geldig tot …)'", () => {
    expect(describeFigure(halfYearly, "2026-12-02")).toEqual({ text: "laatst bekend €\u00a014,71 per uur", note: "geldig tot 30 juni 2026" });
  });

  it("writes a value that does not hold yet with the day it starts", () => {
    expect(describeFigure(halfYearly, "2024-06-01").note).toBe("geldt vanaf 1 januari 2025");
  });
});

describe("validityText and tableValue", () => {
  it("say for which period a figure holds", () => {
    expect(validityText(halfYearly, "2026-03-01")).toBe("1 januari 2026 tot en met 30 juni 2026");
    expect(validityText(halfYearly, "2026-12-02")).toBe("Gold tot en met 30 juni 2026. Het nieuwe bedrag hebben we nog niet.");
    expect(validityText(wage(version(1.01, "2026-01-01", null)), "2026-12-02")).toBe("Sinds 1 januari 2026, tot de regel verandert");
    expect(validityText(wage(version(70, null, null)), "2026-12-02")).toBe("Vaste regel, zonder einddatum");
  });

  it("give an application window its dates, and whether it is over", () => {
    const window = FIGURES["praktijkleren.aanvraagperiode"];
    expect(tableValue(window, "2026-12-02")).toBe("Schooljaar 2025/2026: 2 juni 2026 tot en met 17 september 2026 om 17.00 uur");
    expect(validityText(window, "2026-12-02")).toBe("Voorbij. De volgende periode, voor schooljaar 2026/2027, verwachten we rond juni 2027.");
    expect(validityText(window, "2026-07-01")).toBe("Nu open");
    expect(validityText(window, "2026-05-01")).toBe("Nog niet open");
  });
});

describe("windowText", () => {
  const window: WindowValue = {
    schoolYear: "2025/2026",
    opens: "2026-06-02",
    closes: "2026-09-17T17:00",
    next: { schoolYear: "2026/2027", expectedMonth: "2027-06" },
  };

  it("says the window has passed and names the next one", () => {
    expect(windowText(window, "2026-09-18")).toContain("Die periode is voorbij. De volgende periode is voor schooljaar 2026/2027. Die verwachten we rond juni 2027.");
  });

  it("says the window is open on its last day", () => {
    expect(windowText(window, "2026-09-17")).toBe("Voor schooljaar 2025/2026 kunt u nu aanvragen, tot en met 17 september 2026 om 17.00 uur.");
  });
});

describe("staleReason", () => {
  it("flags a value that ends within 30 days and has no successor", () => {
    const ending = wage(version(14.71, "2026-01-01", "2026-06-30"));
    expect(staleReason(ending, "2026-06-10")).toBe("Minimumloon per uur: geldig tot 2026-06-30");
    expect(staleReason(ending, "2026-05-30")).toBeNull();
  });

  it("lets a recorded search for the successor pass for 30 days, and no longer", () => {
    expect(staleReason(halfYearly, "2026-12-02")).toBeNull();
    expect(staleReason(halfYearly, "2027-01-01")).toBeNull();
    expect(staleReason(halfYearly, "2027-01-02")).toContain("opvolger het laatst gezocht op 2026-12-02");
  });

  it("is quiet once the successor is added", () => {
    const withSuccessor = wage(...halfYearly.versions.map((v) => v as NumberVersion), version(14.95, "2026-07-01", "2026-12-31"));
    expect(staleReason(withSuccessor, "2026-10-01")).toBeNull();
    expect(staleReason(withSuccessor, "2026-12-15")).toContain("geldig tot 2026-12-31");
  });

  it("asks for the next praktijkleren window before the month it is expected", () => {
    expect(staleReason(FIGURES["praktijkleren.aanvraagperiode"], "2027-04-30")).toBeNull();
    expect(staleReason(FIGURES["praktijkleren.aanvraagperiode"], "2027-05-02")).toContain("geldig tot 2027-05-31");
  });
});

describe("formatting", () => {
  it.each<[Parameters<typeof formatFigureValue>[0], number | string, string]>([
    ["euro-per-uur", 1.01, "€ 1,01 per uur"],
    ["euro", 125000, "€ 125.000"],
    ["procent", 23.5, "23,5%"],
    ["uren", 4.5, "4,5 uur"],
    ["uren-per-dag", 7, "7 uur per dag"],
    ["uren-per-dienst", 9, "9 uur per dienst"],
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
    ["tijd", "23:00", "23.00 uur"],
    ["schooljaar", "2025/2026", "2025/2026"],
  ])("%s %s → %s", (unit, value, expected) => {
    expect(plain(formatFigureValue(unit, value))).toBe(expected);
  });

  it("formats dates without the server's time zone getting in the way", () => {
    expect(formatDate("2017-02-01")).toBe("1 februari 2017");
    expect(formatMoment("2026-01-01T09:00")).toBe("1 januari 2026 om 09.00 uur");
    expect(addDays("2026-12-02", 30)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("next year's file", () => {
  it("adds versions without touching the old ones, and the page picks the new one from its first day", () => {
    const july = version(14.99, "2026-07-01", "2026-12-31");
    const merged = mergeFigures(FIGURES, [{ "wml.perUur": [july] }]);
    expect(merged["wml.perUur"].versions).toHaveLength(2);
    expect(describeFigure(merged["wml.perUur"], "2026-06-30").text).toBe("€\u00a014,71 per uur");
    expect(describeFigure(merged["wml.perUur"], "2026-07-01").text).toBe("€\u00a014,99 per uur");
    expect(FIGURES["wml.perUur"].versions).toHaveLength(1);
  });
});

describe("todayInNetherlands", () => {
  it("is the day in the Netherlands, also on New Year's Eve in UTC", () => {
    expect(todayInNetherlands(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayInNetherlands(new Date("2026-06-01T12:00:00Z"))).toBe("2026-06-01");
  });
});
