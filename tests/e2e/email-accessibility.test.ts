/// <reference types="vite/client" />
/**
 * Every email Opstap sends, rendered the way the mailer renders it (with its example props), is
 * checked by axe in Chromium: a title, contrast, link names, language. Webmail shows the HTML as
 * a page, and screen-reader users read it like one.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMAIL_TEMPLATES, type EmailTemplateName } from "../../emails";
import { renderEmail } from "~/lib/mailer.server";
import { axeViolations, hasChromium, launchBrowser } from "../support/browser";

/** Each template's module; its component carries the example props react-email's preview uses. */
const modules = import.meta.glob<{ default?: { PreviewProps?: object } }>("../../emails/*.tsx", { eager: true });

function previewPropsOf(template: EmailTemplateName): object | undefined {
  return modules[`../../emails/${template}.tsx`]?.default?.PreviewProps;
}

const templates = Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[];

describe("every email template", () => {
  it("has example props to render it with", () => {
    expect(templates.filter((t) => !previewPropsOf(t))).toEqual([]);
  });

  it("has its subject as its title, and no title text in the plain-text part", async () => {
    for (const template of templates) {
      const props = previewPropsOf(template);
      if (!props) continue;
      const { subject, html, text } = await renderEmail(template, props as never);
      expect(html, template).toContain(`<title>${escapeHtml(subject)}</title>`);
      expect(text.startsWith(subject), template).toBe(false);
    }
  });
});

describe.skipIf(!hasChromium)("every email template in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("passes axe", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const failures: Record<string, string[]> = {};
    for (const template of templates) {
      const props = previewPropsOf(template);
      if (!props) continue;
      const { html } = await renderEmail(template, props as never);
      await page.setContent(html, { waitUntil: "load" });
      const violations = await axeViolations(page);
      if (violations.length > 0) failures[template] = violations;
    }
    await page.close();
    expect(failures).toEqual({});
  });
});

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
