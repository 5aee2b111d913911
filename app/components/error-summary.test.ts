import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorSummary, formPageTitle } from "./forms";

const field = (id: string, errors?: string[]) => ({ id, errorId: `${id}-error`, errors });

function summary(fields: Array<ReturnType<typeof field>>, formErrors: string[] = []) {
  return renderToStaticMarkup(
    createElement(ErrorSummary, {
      form: { id: "f", status: "error", errors: formErrors },
      fields: fields.map((f) => ({ field: f })),
    }),
  );
}

describe("ErrorSummary", () => {
  it("lists the messages in the order of the fields given, each linked to its field, message only", () => {
    const html = summary([field("f-a", ["Vul a in."]), field("f-b"), field("f-c", ["Kies c.", "Tweede."])], ["Te vaak."]);
    expect([...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1])).toEqual([
      "Te vaak.",
      '<a href="#f-a">Vul a in.</a>',
      '<a href="#f-c">Kies c.</a>',
    ]);
    expect(html).toContain("Er zijn 3 dingen om te verbeteren");
    expect(html).toContain('autofocus=""');
  });

  it("shows nothing without errors", () => {
    expect(summary([field("f-a")])).toBe("");
  });
});

describe("formPageTitle", () => {
  it("puts Fout: before the title when the form came back with errors", () => {
    expect(formPageTitle("Vraag stellen – Opstap", true)).toBe("Fout: Vraag stellen – Opstap");
    expect(formPageTitle("Vraag stellen – Opstap", false)).toBe("Vraag stellen – Opstap");
    expect(formPageTitle("Vraag stellen – Opstap", undefined)).toBe("Vraag stellen – Opstap");
  });
});
