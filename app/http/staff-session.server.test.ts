import { describe, expect, it } from "vitest";
import { isSameOriginPost, safeReturnPath } from "./staff-session.server";

describe("safeReturnPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeReturnPath("/backoffice/aanvragen/OP-2026-000001")).toBe("/backoffice/aanvragen/OP-2026-000001");
    expect(safeReturnPath("/backoffice?status=alle&zoek=bakker")).toBe("/backoffice?status=alle&zoek=bakker");
  });

  it.each([
    ["another host", "https://evil.example/"],
    ["a protocol-relative address", "//evil.example"],
    ["a backslash, which browsers read as a slash", "/\\evil.example"],
    ["a tab, which browsers drop", "/\t/evil.example"],
    ["a newline", "/\n/evil.example"],
    ["a relative path", "backoffice"],
    ["a dot segment that normalises to //", "/.//evil.example"],
    ["dot-dot segments that normalise to //", "/a/..//evil.example/x"],
    ["an encoded dot segment", "/%2e//evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["nothing", null],
  ])("refuses %s", (_name, value) => {
    expect(safeReturnPath(value)).toBe("/backoffice");
  });
});

describe("isSameOriginPost", () => {
  const post = (headers: Record<string, string>) => new Request("http://localhost:3000/backoffice", { method: "POST", headers });

  it("accepts our own origin, and same-origin fetches without Origin", () => {
    expect(isSameOriginPost(post({ Origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOriginPost(post({ "Sec-Fetch-Site": "same-origin" }))).toBe(true);
  });

  it("refuses other sites, sandboxed documents and cross-site fetches", () => {
    expect(isSameOriginPost(post({ Origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginPost(post({ Origin: "null" }))).toBe(false);
    expect(isSameOriginPost(post({ "Sec-Fetch-Site": "cross-site" }))).toBe(false);
    expect(isSameOriginPost(post({ "Sec-Fetch-Site": "same-site" }))).toBe(false);
  });
});
