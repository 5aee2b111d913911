import { describe, expect, it } from "vitest";
import { parseRegisterCsv, REGISTER_IMPORT_EXAMPLE } from "./register-csv";

const inRegion = (pc4: string) => (pc4 === "1012" ? "elders" : pc4 === "9999" ? "onbekend" : "regio");

describe("parseRegisterCsv", () => {
  it("reads the example file", () => {
    const result = parseRegisterCsv(REGISTER_IMPORT_EXAMPLE, inRegion, "2026-12-02");
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.rows).toHaveLength(2);
      expect(result.rows[0]).toMatchObject({ companyName: "Bakkerij Zonnestraal", pc4: "3511", offers: ["proefplaatsing", "stage"], lastContactOn: "2026-03-15" });
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
    const result = parseRegisterCsv(csv, inRegion, "2026-12-02");
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

  it("refuses a wrong header and a binary file", () => {
    expect(parseRegisterCsv("naam,plaats\nA,B", inRegion, "2026-12-02")).toMatchObject({ ok: false, errors: [{ row: 1 }] });
    expect(parseRegisterCsv("a\u0000b", inRegion, "2026-12-02")).toMatchObject({ ok: false, errors: [{ row: 0 }] });
  });
});
