/**
 * The pages the server keeps rendered (docs/decisions/027): the landing page, the regelingen
 * overview, an explainer and the begrippenlijst come out byte for byte the same for every visitor,
 * without a nonce, with their inline scripts allowed by hash; gzipped or not; a 304 when the
 * browser has them; and in Chromium they still hydrate and navigate without a CSP violation.
 * A page that is not cached (a form) keeps its per-request nonce.
 */
import { gunzipSync } from "node:zlib";
import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { axeViolations, hasChromium, waitForHydration } from "../support/browser";
import { setUpE2e } from "../support/e2e-environment";

const e2e = setUpE2e();
const CACHED = ["/", "/regelingen", "/regelingen/no-riskpolis", "/regelingen/begrippen"];

/** A raw GET (fetch would unzip on its own): status, headers and the bytes on the wire. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

const scriptSources = (csp: string) => /script-src ([^;]*)/.exec(csp)?.[1] ?? "";

describe.skipIf(!hasChromium)("pages kept rendered", () => {
  it("are the same bytes for everyone, without a nonce, scripts allowed by hash, gzip and 304 included", async () => {
    for (const path of CACHED) {
      const first = await rawGet(`${e2e.app.url}${path}`, { "accept-encoding": "gzip" });
      const second = await rawGet(`${e2e.app.url}${path}`, { "accept-encoding": "gzip" });
      const plain = await rawGet(`${e2e.app.url}${path}`);
      expect(first.status, path).toBe(200);
      expect(first.headers["content-encoding"], path).toBe("gzip");
      expect(plain.headers["content-encoding"], path).toBeUndefined();
      const html = gunzipSync(first.body).toString("utf8");
      expect(gunzipSync(second.body).toString("utf8"), path).toBe(html);
      expect(plain.body.toString("utf8"), path).toBe(html);
      expect(html, path).toContain("<html");
      expect(html, path).not.toContain("nonce=");

      const csp = String(first.headers["content-security-policy"]);
      const sources = scriptSources(csp);
      expect(sources, path).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect(csp, path).not.toContain("nonce");
      // The other directives are helmet's, as on every page.
      expect(csp, path).toContain("frame-ancestors 'self'");
      expect(first.headers["cache-control"], path).toBe("public, max-age=3600");
      expect(first.headers.vary, path).toContain("Accept-Encoding");

      const etag = String(first.headers.etag);
      expect(second.headers.etag, path).toBe(etag);
      const again = await rawGet(`${e2e.app.url}${path}`, { "if-none-match": etag, "accept-encoding": "gzip" });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
    }
  });

  it("give a form page a nonce and a submission key of its own on every request, from the kept template", async () => {
    const keyOf = (html: string) => /name="submissionKey" value="([0-9a-f-]{36})"/.exec(html)?.[1];
    for (const path of ["/proefplaatsing", "/groepsstage", "/vraag"]) {
      const seen = new Set<string>();
      // The first answer is rendered and makes the template; the later ones are filled from it.
      for (let n = 0; n < 3; n++) {
        const form = await rawGet(`${e2e.app.url}${path}`, n === 1 ? { "accept-encoding": "gzip" } : {});
        expect(form.status, path).toBe(200);
        const html = (n === 1 ? gunzipSync(form.body) : form.body).toString("utf8");
        const nonce = /'nonce-([^']+)'/.exec(String(form.headers["content-security-policy"]))?.[1];
        const key = keyOf(html);
        expect(nonce, path).toBeTruthy();
        expect(key, path).toBeTruthy();
        // Every inline script carries this answer's nonce, and the key in Remix's data is the field's.
        expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)?.every((tag) => tag.includes(`nonce="${nonce}"`)), path).toBe(true);
        expect(html.split(key!).length - 1, path).toBe(2);
        expect(form.headers["x-opstap-form-template"], path).toBeUndefined();
        expect(form.headers.etag, path).toBeUndefined();
        seen.add(nonce!).add(key!);
      }
      expect(seen.size, path).toBe(6);
    }
  });

  it("leave a page that is not the same for everyone alone: the form keeps its nonce", async () => {
    const form = await rawGet(`${e2e.app.url}/proefplaatsing`);
    const again = await rawGet(`${e2e.app.url}/proefplaatsing`);
    const nonce = /'nonce-([^']+)'/.exec(String(form.headers["content-security-policy"]))?.[1];
    expect(nonce).toBeTruthy();
    expect(form.body.toString("utf8")).toContain(`nonce="${nonce}"`);
    expect(String(again.headers["content-security-policy"])).not.toContain(nonce!);
    // The vraag form with the regelingencheck's answers in its address is rendered for them.
    const prefilled = await rawGet(`${e2e.app.url}/vraag?onderwerp=subsidies&toelichting=${encodeURIComponent("Mijn vraag over de no-riskpolis")}`);
    expect(prefilled.body.toString("utf8")).toContain("Mijn vraag over de no-riskpolis");
    // A query string goes to Remix as it is.
    const withQuery = await rawGet(`${e2e.app.url}/regelingen/no-riskpolis?utm_source=test`);
    expect(withQuery.body.toString("utf8")).toContain("nonce=");
  });

  it("hydrate and navigate in Chromium without a policy violation, and pass axe", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    // Twice: the first may render, the second surely comes from the cache.
    await page.goto(`${e2e.app.url}/`);
    await page.goto(`${e2e.app.url}/`);
    await waitForHydration(page);
    expect(await axeViolations(page)).toEqual([]);
    // A client-side navigation to another cached page, and a reload that gets a 304.
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Regelingen" }).click();
    await page.waitForURL(`${e2e.app.url}/regelingen`);
    await page.goto(`${e2e.app.url}/regelingen/no-riskpolis`);
    await waitForHydration(page);
    await page.reload();
    await waitForHydration(page);
    // A form page from its template hydrates under its own nonce, and its client validation runs.
    await page.goto(`${e2e.app.url}/proefplaatsing`);
    await page.goto(`${e2e.app.url}/proefplaatsing`);
    await waitForHydration(page);
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    await page.locator(".error-summary").waitFor({ state: "visible" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
