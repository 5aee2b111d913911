import { describe, expect, it } from "vitest";
import { crossSiteRefusal, formFieldsRefusal, isMalformedPath, isPrivatePath, unsupportedBodyRefusal } from "./request-guards.server";

describe("request guards", () => {
  it("refuses paths that do not decode", () => {
    expect(isMalformedPath("/%c0")).toBe(true);
    expect(isMalformedPath("/%")).toBe(true);
    expect(isMalformedPath("/a%00b")).toBe(true);
    expect(isMalformedPath("/regelingen/no-riskpolis")).toBe(false);
    expect(isMalformedPath("/volgen/caf%C3%A9")).toBe(false);
  });

  it("refuses a post from another origin as Remix would, and lets our own and non-browsers through", () => {
    const host = { host: "opstap.example.org" };
    expect(crossSiteRefusal("POST", "/vraag", { ...host, origin: "https://opstap.example.org" })).toBeNull();
    expect(crossSiteRefusal("POST", "/vraag", host)).toBeNull();
    expect(crossSiteRefusal("POST", "/vraag", { ...host, "sec-fetch-site": "same-origin" })).toBeNull();
    expect(crossSiteRefusal("GET", "/vraag", { ...host, origin: "https://evil.example" })).toBeNull();
    for (const headers of [
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: "not a url" },
      { origin: "https://opstap.example.org", "x-forwarded-host": "elders.example" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
    ]) {
      const refusal = crossSiteRefusal("POST", "/vraag", { ...host, ...headers });
      expect(refusal?.status, JSON.stringify(headers)).toBe(403);
      expect(refusal?.log).toMatch(/cross-site POST geweigerd/);
    }
    // Remix runs single-fetch HEAD requests as actions, with its own origin check.
    expect(crossSiteRefusal("HEAD", "/vraag.data", { ...host, origin: "https://evil.example" })?.status).toBe(403);
    expect(crossSiteRefusal("HEAD", "/vraag", { ...host, origin: "https://evil.example" })).toBeNull();
  });

  it("accepts only the two form encodings", () => {
    expect(unsupportedBodyRefusal("POST", "application/x-www-form-urlencoded")).toBeNull();
    expect(unsupportedBodyRefusal("POST", "application/x-www-form-urlencoded; charset=UTF-8")).toBeNull();
    expect(unsupportedBodyRefusal("POST", "multipart/form-data; boundary=----abc")).toBeNull();
    expect(unsupportedBodyRefusal("POST", "multipart/form-data")?.status).toBe(400);
    for (const type of ["application/json", "text/plain", "application/xml", "application/octet-stream", undefined]) {
      expect(unsupportedBodyRefusal("POST", type)?.status, String(type)).toBe(415);
    }
    expect(unsupportedBodyRefusal("GET", "application/json")).toBeNull();
  });

  it("bounds the number, repetition, length and nesting of field names", () => {
    expect(formFieldsRefusal(["email", "postcode", "sectors", "sectors", "items[0].name"])).toBeNull();
    expect(formFieldsRefusal([`a${"[b]".repeat(2000)}`])?.status).toBe(400);
    expect(formFieldsRefusal(["a.b.c.d.e.f"])?.status).toBe(400);
    expect(formFieldsRefusal(Array.from({ length: 101 }, () => "intent"))?.status).toBe(400);
    expect(formFieldsRefusal(Array.from({ length: 501 }, (_, i) => `f${i}`))?.status).toBe(400);
    expect(formFieldsRefusal(["n".repeat(101)])?.status).toBe(400);
  });

  it("knows which pages are private", () => {
    for (const path of ["/volgen", "/volgen/abc.data", "/reactie/x", "/backoffice/cijfers", "/inloggen/code", "/uitnodiging/x", "/aanvraag/ontvangen", "/mijn-gegevens", "/dev/mailbox/1", "/VOLGEN/abc", "/Reactie/x", "/BackOffice"]) {
      expect(isPrivatePath(path), path).toBe(true);
    }
    for (const path of ["/", "/proefplaatsing", "/regelingen", "/healthz"]) expect(isPrivatePath(path), path).toBe(false);
  });
});
