import { describe, expect, it } from "vitest";
import { normaliseDutchPhone } from "./phone";
import { parseRegisterCsv, REGISTER_IMPORT_EXAMPLE } from "./register-csv";

const inRegion = (pc4: string) => (pc4 === "1012" ? "elders" : pc4 === "9999" ? "onbekend" : "regio");

describe("parseRegisterCsv", () => {
  it("reads the example file", () => {
    const result = parseRegisterCsv(REGISTER_IMPORT_EXAMPLE, inRegion, "2026-12-02", normaliseDutchPhone);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.rows).toHaveLength(2);
      expect(result.rows[0]).toMatchObject({ companyName: "Bakkerij Zonnestraal", pc4: "3511", offers: ["proefplaatsing", "stage"], lastContactOn: "2026-03-15", phone: "030 123 4567" });
      expect(result.rows[1]).toMatchObject({ phone: "06 12345678" });
    }
  });

  it("is all or nothing: every problem, by row and column, in Dutch", () => {
    const csv = [
      "bedrijfsnaam;kvk;postcode;contactpersoon;email;telefoon;biedt;sectoren;laatste_contact",
      "Goed BV;;3511;Jan;;;;;",
      "X;123;1012;;geen-mail;;vliegen;;31-02-2026",
      "Onbekend;;9999;Piet;;;;;01-01-2030",
      "Goed BV;;3511 AB;Ander;;;;;",
    ].join("\n");
    const result = parseRegisterCsv(csv, inRegion, "2026-12-02", normaliseDutchPhone);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const messages = result.errors.map((e) => `${e.row}:${e.column ?? ""}:${e.message}`);
      expect(messages).toEqual(
        expect.arrayContaining([
          "3:bedrijfsnaam:vul de naam van het bedrijf in",
          "3:kvk:een KvK-nummer heeft 8 cijfers, of laat leeg",
          "3:contactpersoon:vul een contactpersoon in",
          "3:email:vul een geldig e-mailadres in, of laat leeg",
          "4:postcode:postcode 9999 kennen we niet",
          "4:laatste_contact:deze datum ligt in de toekomst",
          "5::dit bedrijf met deze postcode staat ook al op rij 2",
        ]),
      );
      expect(messages.some((m) => m.startsWith("3:biedt:"))).toBe(true);
    }
  });

  it("writes phone numbers as the Netherlands does, and names the row of a number that is none", () => {
    const csv = [
      "bedrijfsnaam;kvk;postcode;contactpersoon;email;telefoon;biedt;sectoren;laatste_contact",
      "Bel Goed;;3511;Jan;;+31 6 1234 5678;;;",
      "Bel Leeg;;3511;Piet;;;;;",
      "Bel Kort;;3511;Kees;;06 1234 567;;;",
      "Bel Vreemd;;3511;Ali;;bel mij;;;",
    ].join("\n");
    const result = parseRegisterCsv(csv, inRegion, "2026-12-02", normaliseDutchPhone);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 4, column: "telefoon", message: "vul een volledig Nederlands telefoonnummer in, zoals 06 12345678 of 020 123 4567, of laat leeg" },
        { row: 5, column: "telefoon", message: "vul een volledig Nederlands telefoonnummer in, zoals 06 12345678 of 020 123 4567, of laat leeg" },
      ],
    });
    const good = parseRegisterCsv(csv.split("\n").slice(0, 3).join("\n"), inRegion, "2026-12-02", normaliseDutchPhone);
    expect(good.ok && good.rows.map((r) => r.phone)).toEqual(["06 12345678", null]);
  });

  it("refuses a wrong header and a binary file", () => {
    expect(parseRegisterCsv("naam,plaats\nA,B", inRegion, "2026-12-02", normaliseDutchPhone)).toMatchObject({ ok: false, errors: [{ row: 1 }] });
    expect(parseRegisterCsv("a\u0000b", inRegion, "2026-12-02", normaliseDutchPhone)).toMatchObject({ ok: false, errors: [{ row: 0 }] });
  });
});
