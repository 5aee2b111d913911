import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  fillPageTemplate,
  FORM_TEMPLATE_HEADERS,
  inlineScriptHashes,
  isFormTemplate,
  isStorable,
  PageCache,
  pageKey,
  policyWithHashes,
  toCachedPage,
  toPageTemplate,
  withoutNonce,
} from "./page-cache.server";

const NONCE = "abc123+/=";
const page = `<html><head><link rel="modulepreload" href="/build/a.js"/></head><body>
<script nonce="${NONCE}">window.__remixContext = {"a":1};</script>
<script type="module" async="" nonce="${NONCE}">import "/build/root.js";</script>
<script src="/build/x.js" nonce="${NONCE}"></script>
</body></html>`;
const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("page cache", () => {
  it("hashes exactly the inline scripts, not those with a src", () => {
    expect(inlineScriptHashes(withoutNonce(page, NONCE))).toEqual([sha('window.__remixContext = {"a":1};'), sha('import "/build/root.js";')]);
  });

  it("takes every nonce attribute out and puts the hashes where the nonce was in the policy", () => {
    expect(withoutNonce(page, NONCE)).not.toContain("nonce");
    const csp = `default-src 'self';script-src 'self' 'nonce-${NONCE}';frame-ancestors 'self'`;
    expect(policyWithHashes(csp, NONCE, ["'sha256-A'", "'sha256-B'"])).toBe("default-src 'self';script-src 'self' 'sha256-A' 'sha256-B';frame-ancestors 'self'");
    const cached = toCachedPage(page, NONCE, csp, new Headers({ "Content-Type": "text/html; charset=utf-8" }));
    expect(cached.csp).not.toContain("nonce");
    expect(cached.etag).toMatch(/^W\/"[\w-]+"$/);
  });

  it("stores only a 200 HTML page for everyone: the static Cache-Control, no cookie", () => {
    const html = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=3600" };
    expect(isStorable(200, new Headers(html))).toBe(true);
    expect(isStorable(404, new Headers(html))).toBe(false);
    expect(isStorable(200, new Headers({ ...html, "Cache-Control": "no-store" }))).toBe(false);
    expect(isStorable(200, new Headers({ ...html, "Set-Cookie": "a=b" }))).toBe(false);
    expect(isStorable(200, new Headers({ ...html, "Content-Type": "application/json" }))).toBe(false);
  });

  it("keys on method, path, build, day and footer; a query string is never cached", () => {
    const key = (method: string, path: string, query = "") => pageKey({ method, path, query }, "build1", "2026-12-02", "f1");
    expect(key("GET", "/")).toBe(key("HEAD", "/"));
    expect(key("GET", "/")).not.toBe(pageKey({ method: "GET", path: "/", query: "" }, "build1", "2026-12-03", "f1"));
    expect(key("GET", "/")).not.toBe(pageKey({ method: "GET", path: "/", query: "" }, "build1", "2026-12-02", "f2"));
    expect(key("POST", "/")).toBeNull();
    expect(key("GET", "/", "?")).toBeNull();
    expect(key("GET", "/regelingen.data")).toBeNull();
  });

  it("drops the least recently used page when full", () => {
    const cache = new PageCache(2);
    const p = toCachedPage("<p>x</p>", NONCE, "", new Headers());
    cache.set("a", p);
    cache.set("b", p);
    cache.get("a");
    cache.set("c", p);
    expect([cache.get("a"), cache.get("b"), cache.get("c")].map(Boolean)).toEqual([true, false, true]);
    expect(cache.size).toBe(2);
  });
});

describe("form page templates", () => {
  const KEY = "0f8c6b1e-8d7a-4c3b-9a2e-1b2c3d4e5f60";
  const formPage = `<html><body><form><input type="hidden" name="submissionKey" value="${KEY}"/></form>
<script nonce="${NONCE}">window.__remixContext = {"a":1};</script>
<script nonce="${NONCE}">enqueue("[\\"submissionKey\\",\\"${KEY}\\"]");</script></body></html>`;
  const formHeaders = (extra: Record<string, string> = {}) =>
    new Headers({ "Content-Type": "text/html; charset=utf-8", ...FORM_TEMPLATE_HEADERS, ...extra });

  it("fills every nonce and every copy of the key with this request's, and keeps nothing of the first visitor", () => {
    const template = toPageTemplate(formPage, NONCE, formHeaders({ "Content-Length": "123" }))!;
    expect(template).not.toBeNull();
    const html = fillPageTemplate(template, { nonce: "N2", submissionKey: "11111111-2222-4333-8444-555555555555" });
    expect(html).not.toContain(KEY);
    expect(html).not.toContain(NONCE);
    expect(html.match(/nonce="N2"/g)).toHaveLength(2);
    expect(html.match(/11111111-2222-4333-8444-555555555555/g)).toHaveLength(2);
    expect(html).toBe(formPage.replaceAll(NONCE, "N2").replaceAll(KEY, "11111111-2222-4333-8444-555555555555"));
    // The marker and the old length do not go out with the page.
    expect(template.headers).toEqual([["content-type", "text/html; charset=utf-8"]]);
  });

  it("makes no template of a page without exactly one submission key", () => {
    expect(toPageTemplate(formPage.replace(KEY, "not-a-key"), NONCE, formHeaders())).toBeNull();
    const twoKeys = formPage.replace("</form>", `<input type="hidden" name="submissionKey" value="${KEY.replace("0f", "1f")}"/></form>`);
    expect(toPageTemplate(twoKeys, NONCE, formHeaders())).toBeNull();
  });

  it("is only for a 200 HTML answer of a route that asked for it, without a cookie", () => {
    expect(isFormTemplate(200, formHeaders())).toBe(true);
    expect(isFormTemplate(400, formHeaders())).toBe(false);
    expect(isFormTemplate(200, formHeaders({ "Set-Cookie": "a=b" }))).toBe(false);
    expect(isFormTemplate(200, new Headers({ "Content-Type": "text/html; charset=utf-8" }))).toBe(false);
    expect(isFormTemplate(200, formHeaders({ "Content-Type": "application/json" }))).toBe(false);
  });
});
