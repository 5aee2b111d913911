import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MailLink } from "./mail-link";

const html = (address: string) => renderToStaticMarkup(createElement(MailLink, { address }));

describe("MailLink", () => {
  it("may break after the @, and keeps the address whole as its text and target", () => {
    expect(html("f.devries@debrug.example.org")).toBe('<a href="mailto:f.devries@debrug.example.org">f.devries@<wbr/>debrug.example.org</a>');
  });

  it("leaves something without an @ as it is", () => {
    expect(html("info")).toBe('<a href="mailto:info">info</a>');
  });
});
