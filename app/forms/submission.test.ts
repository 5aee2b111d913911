import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { checkboxField, listField, requiredText } from "./fields";
import { ProefplaatsingSchema } from "./proefplaatsing";
import { parseFormSubmission, withoutEmptyInputs } from "./submission";

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const ProbeSchema = z.object({
  name: requiredText("Vul de naam in.", 20),
  note: z.optional(z.string()),
  agreed: checkboxField("Zet een vinkje of laat het vakje leeg."),
  sectors: listField(z.enum(["bouw", "zorg"], "Kies uit de lijst.")),
  email: z.optional(z.email("Vul een e-mailadres in.")),
});

describe("parseFormSubmission", () => {
  it("treats an empty field as not filled in: a required one says what is missing, an optional one is absent", () => {
    const submission = parseFormSubmission(form([["name", ""], ["note", ""]]), { schema: ProbeSchema });
    expect(submission.status).toBe("error");
    expect(submission.status === "error" && submission.error).toEqual({ name: ["Vul de naam in."] });
  });

  it("reads check boxes and lists as the form sends them", () => {
    const none = parseFormSubmission(form([["name", "Bram"]]), { schema: ProbeSchema });
    expect(none.status === "success" && none.value).toEqual({ name: "Bram", agreed: false, sectors: [] });

    const some = parseFormSubmission(
      form([["name", " Bram "], ["agreed", "on"], ["sectors", "zorg"], ["email", "bram@bouw.nl"]]),
      { schema: ProbeSchema },
    );
    expect(some.status === "success" && some.value).toEqual({
      name: "Bram",
      agreed: true,
      sectors: ["zorg"],
      email: "bram@bouw.nl",
    });

    const two = parseFormSubmission(form([["name", "Bram"], ["sectors", "zorg"], ["sectors", "bouw"]]), { schema: ProbeSchema });
    expect(two.status === "success" && two.value).toMatchObject({ sectors: ["zorg", "bouw"] });
  });

  it("names each error by the field's name, a list's item as conform writes it", () => {
    const submission = parseFormSubmission(
      form([["name", "Bram"], ["agreed", "ja"], ["sectors", "zorg"], ["sectors", "kappers"], ["email", "geen-adres"]]),
      { schema: ProbeSchema },
    );
    expect(submission.status === "error" && submission.error).toEqual({
      agreed: ["Zet een vinkje of laat het vakje leeg."],
      "sectors[1]": ["Kies uit de lijst."],
      email: ["Vul een e-mailadres in."],
    });
  });

  it("sends the form back with what was typed, as it was typed", () => {
    const submission = parseFormSubmission(form([["name", ""], ["note", "  iets  "]]), { schema: ProbeSchema });
    const reply = submission.reply();
    // conform leaves the empty fields out: they show empty again.
    expect(reply.initialValue).toEqual({ note: "  iets  " });
    expect(reply.error).toEqual({ name: ["Vul de naam in."] });
  });

  it("gives the server's own checks in the same pass as the others, asynchronously", async () => {
    const withServerCheck = z.safeExtend(ProbeSchema, {
      name: requiredText("Vul de naam in.", 20).check(z.refine(async (name) => name !== "Bezet", "Deze naam is al in gebruik.")),
    });
    const submission = await parseFormSubmission(form([["name", "Bezet"], ["agreed", "ja"]]), { schema: withServerCheck, async: true });
    expect(submission.status === "error" && submission.error).toEqual({
      name: ["Deze naam is al in gebruik."],
      agreed: ["Zet een vinkje of laat het vakje leeg."],
    });
  });

  it("gives a real form the same messages as before: every problem of an empty proefplaatsing form", () => {
    const submission = parseFormSubmission(form([["companyName", ""], ["postcode", ""], ["email", "x"]]), { schema: ProefplaatsingSchema });
    expect(submission.status === "error" && submission.error).toEqual({
      companyName: ["Vul de naam van uw bedrijf in."],
      postcode: ["Vul de postcode van uw bedrijf in."],
      contactName: ["Vul uw naam in."],
      email: ["Vul een e-mailadres in zoals naam@bedrijf.nl."],
      consent: ["Geef toestemming, anders kunnen we uw gegevens niet doorgeven."],
      submissionKey: ["Vernieuw de pagina en probeer het opnieuw."],
      sector: ["Kies de sector van uw bedrijf."],
      work: ["Vertel kort welk werk een leerling bij u kan doen."],
      supervisor: ["Vul in wie de leerling begeleidt, bijvoorbeeld: Ahmed, chef-kok."],
      startPeriod: ["Kies wanneer u wilt beginnen."],
    });
  });
});

describe("withoutEmptyInputs", () => {
  it("leaves text with spaces alone (the schema trims it) and does not change the form's own values", () => {
    const values = { a: "", b: " ", c: ["", "x"], d: { e: "" } };
    expect(withoutEmptyInputs(values)).toEqual({ a: undefined, b: " ", c: [undefined, "x"], d: { e: undefined } });
    expect(values).toEqual({ a: "", b: " ", c: ["", "x"], d: { e: "" } });
  });
});
