/**
 * Hostile input against the built server (`npm start`'s scripts/server.ts, production build):
 * every route of the app, found in the build's manifest, gets bodies that are not forms, broken
 * multipart, file parts, names nested 2,000 deep, foreign origins, junk cookies and headers, and
 * undecodable paths. No answer may be a 5xx or show a stack or a server path (issue 11).
 * The random part is bounded in count and time (FUZZ_RUNS, FUZZ_SECONDS); a failure prints the
 * fast-check seed, and FUZZ_SEED replays it.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { type AppRoute, appRoutes, fillPattern } from "../support/app-routes";
import { type RawRequest, type RawResponse, sendRaw } from "../support/raw-http";

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 60);

/** What a leaked error looks like: a stack frame, an error class name, or a path on this machine. */
const LEAK = new RegExp(
  [
    String.raw`\bat (?:async )?[\w$.<>\[\] ]*\(?(?:file:|node:|/)[^\s)]*:\d+:\d+`,
    String.raw`\b(?:Type|Range|Reference|Syntax|URI|Eval)Error\b`,
    "node_modules",
    "file://",
    process.cwd().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  ].join("|"),
);

function expectNoLeak(request: RawRequest, response: RawResponse): void {
  const what = `${request.method} ${request.path} ${JSON.stringify(request.headers ?? {})} → ${response.status}`;
  expect(response.status, what).toBeLessThan(500);
  expect(response.status, what).toBeGreaterThanOrEqual(100);
  expect(LEAK.exec(response.body)?.[0] ?? null, what).toBeNull();
}

// ---- building blocks of hostile requests ----

const NASTY_TEXT = [
  "",
  " ",
  "%00",
  "\u0000",
  "..",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "'; drop table requests; --",
  "\u202e\u200b",
  "😀".repeat(50),
  "a".repeat(5000),
  "OP-2026-000001",
  "-1",
  "1e309",
  "NaN",
  "true",
  "[object Object]",
  "__proto__",
  "constructor",
];
const nastyText = fc.oneof(fc.constantFrom(...NASTY_TEXT), fc.string({ maxLength: 60 }), fc.string({ unit: "binary", maxLength: 40 }));

/** Path segments are sent raw: some are valid percent-encodings of nasty text, some undecodable. */
const segment = fc.oneof(
  nastyText.map((t) => encodeURIComponent(t)),
  fc.constantFrom("%c0", "%", "%zz", "%ff%fe", "%2e%2e", "x"),
);

const FIELD_NAMES = [
  "email", "postcode", "municipality", "website", "companyName", "contactName", "phone", "sector", "work",
  "intent", "terug", "code", "reason", "message", "status", "id", "reference", "role", "organisationId",
  "name", "slug", "kind", "file", "bestand", "overal", "q", "__proto__", "constructor.prototype",
];
const fieldName = fc.oneof(
  fc.constantFrom(...FIELD_NAMES),
  fc.string({ maxLength: 20 }),
  fc.integer({ min: 2, max: 2000 }).map((depth) => `a${"[b]".repeat(depth)}`),
  fc.integer({ min: 2, max: 500 }).map((depth) => Array.from({ length: depth }, () => "x").join(".")),
  fc.constant("n".repeat(5000)),
);
const fields = fc.oneof(
  fc.array(fc.tuple(fieldName, nastyText), { maxLength: 12 }),
  // One name repeated far beyond any form of ours.
  fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.integer({ min: 50, max: 3000 })).map(([name, n]) =>
    Array.from({ length: n }, (_, i) => [name, String(i)] as [string, string]),
  ),
);

function urlencoded(pairs: Array<[string, string]>): string {
  return new URLSearchParams(pairs).toString();
}

function multipart(boundary: string, pairs: Array<[string, string]>, files: Array<{ field: string; filename: string; type: string; content: string }>): string {
  const parts = pairs.map(([n, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${n.replace(/"/g, "%22")}"\r\n\r\n${v}\r\n`);
  for (const f of files) {
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename.replace(/"/g, "%22")}"\r\nContent-Type: ${f.type}\r\n\r\n${f.content}\r\n`,
    );
  }
  return `${parts.join("")}--${boundary}--\r\n`;
}

type Body = { contentType?: string; body?: string | Buffer };

const body: fc.Arbitrary<Body> = fc.oneof(
  fields.map((p) => ({ contentType: "application/x-www-form-urlencoded", body: urlencoded(p) })),
  fields.map((p) => ({ contentType: "application/x-www-form-urlencoded; charset=utf-16", body: urlencoded(p) })),
  fc
    .tuple(
      fields,
      fc.array(
        fc.record({
          field: fc.constantFrom(...FIELD_NAMES),
          filename: nastyText,
          type: fc.constantFrom("text/csv", "application/octet-stream", "image/png", "text/html", ""),
          content: nastyText,
        }),
        { maxLength: 3 },
      ),
    )
    .map(([p, files]) => ({ contentType: "multipart/form-data; boundary=fuzzboundary", body: multipart("fuzzboundary", p, files) })),
  // Broken multipart: no boundary, a wrong one, cut off halfway.
  fields.map((p) => ({ contentType: "multipart/form-data", body: multipart("x", p, []) })),
  fields.map((p) => ({ contentType: "multipart/form-data; boundary=other", body: multipart("x", p, []) })),
  fields.map((p) => ({ contentType: "multipart/form-data; boundary=x", body: multipart("x", p, []).slice(0, 30) })),
  fc.jsonValue().map((v) => ({ contentType: "application/json", body: JSON.stringify(v) ?? "null" })),
  nastyText.map((t) => ({ contentType: "text/plain", body: t })),
  nastyText.map((t) => ({ contentType: "application/xml", body: `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "${t}">]><a>&e;</a>` })),
  fc.uint8Array({ maxLength: 300 }).map((b) => ({ contentType: "application/octet-stream", body: Buffer.from(b) })),
  fc.uint8Array({ maxLength: 300 }).map((b) => ({ body: Buffer.from(b) })),
  fc.constant({}),
);

/** Printable Latin-1 only: Node's HTTP client refuses other bytes in a header. */
const headerText = fc.string({ maxLength: 80 }).map((s) => s.replace(/[^\x20-\x7e]/g, "?"));

function hostileRequest(routes: AppRoute[], origin: string) {
  return fc
    .record({
      route: fc.constantFrom(...routes),
      params: fc.dictionary(fc.constantFrom("token", "id", "slug", "reference", "*"), segment),
      data: fc.boolean(),
      query: fc.array(fc.tuple(fc.constantFrom("index", "_data", "terug", "q", "pagina", "status", "x"), segment), { maxLength: 3 }),
      method: fc.constantFrom("GET", "POST", "POST", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"),
      body,
      origin: fc.option(fc.constantFrom(origin, origin, "null", "https://evil.example", "not a url", "http://[::1", "http://127.0.0.1:1"), { nil: undefined }),
      fetchSite: fc.option(fc.constantFrom("same-origin", "cross-site", "same-site", "none", "junk"), { nil: undefined }),
      cookie: fc.option(
        fc.oneof(
          headerText,
          headerText.map((t) => `opstap_sessie=${t}`),
          headerText.map((t) => `opstap_medewerker=${t}; opstap_inloggen=${t}`),
        ),
        { nil: undefined },
      ),
      forwardedHost: fc.option(headerText, { nil: undefined }),
      extra: fc.dictionary(fc.constantFrom("accept", "accept-language", "accept-encoding", "if-none-match", "range", "x-remix-response", "user-agent"), headerText, { maxKeys: 3 }),
    })
    .map((r): RawRequest => {
      let path = fillPattern(r.route.pattern, (name) => r.params[name] ?? "x");
      if (r.data) path = `${path === "/" ? "/_root" : path}.data`;
      if (r.query.length) path += `?${r.query.map(([k, v]) => `${k}=${v}`).join("&")}`;
      const headers: Record<string, string> = { ...r.extra };
      if (r.origin !== undefined) headers.origin = r.origin;
      if (r.fetchSite !== undefined) headers["sec-fetch-site"] = r.fetchSite;
      if (r.cookie !== undefined) headers.cookie = r.cookie;
      if (r.forwardedHost !== undefined) headers["x-forwarded-host"] = r.forwardedHost;
      const submission = r.method !== "GET" && r.method !== "HEAD";
      if (submission && r.body.contentType) headers["content-type"] = r.body.contentType;
      return { method: r.method, path, headers, body: submission ? r.body.body : undefined };
    });
}

let app: AppServer;
let routes: AppRoute[];
beforeAll(async () => {
  // No rate limit, so the requests reach the code behind it.
  app = await startApp({ RATE_LIMIT: "off" });
  routes = appRoutes();
});
afterAll(async () => {
  await app?.stop();
});

describe("response headers of the built server", () => {
  it("switches off browser features no page uses, on every response", async () => {
    for (const path of ["/", "/proefplaatsing", "/volgen", "/favicon.svg", "/%c0", "/bestaat-niet"]) {
      const response = await sendRaw(app.url, { method: "GET", path });
      const policy = String(response.headers["permissions-policy"]);
      for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "interest-cohort"]) {
        expect(policy, path).toContain(`${feature}=()`);
      }
    }
  });

  it("lets no browser or proxy keep a private page, and only those", async () => {
    const privatePaths = [
      "/volgen", "/volgen/x", "/volgen/x.data", "/reactie/x", "/backoffice", "/backoffice/beheer/mensen", "/inloggen",
      "/inloggen/code", "/uitnodiging/x", "/aanvraag/ontvangen", "/mijn-gegevens", "/dev/mailbox",
    ];
    for (const path of privatePaths) {
      const response = await sendRaw(app.url, { method: "GET", path });
      expect(response.headers["cache-control"], path).toBe("no-store");
    }
    const crossSite = await sendRaw(app.url, { method: "POST", path: "/volgen", headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, body: "a=1" });
    expect(crossSite.headers["cache-control"]).toBe("no-store");
    for (const path of ["/", "/regelingen", "/favicon.svg"]) {
      const response = await sendRaw(app.url, { method: "GET", path });
      expect(response.headers["cache-control"] ?? "", path).not.toContain("no-store");
    }
  });
});

describe("hostile input against the built server", () => {

  it("finds the app's routes in the build", () => {
    const patterns = routes.map((r) => r.pattern);
    expect(patterns).toEqual(expect.arrayContaining(["/", "/proefplaatsing", "/volgen/:token", "/backoffice"]));
    expect(routes.filter((r) => r.hasAction).length).toBeGreaterThan(5);
  });

  it("answers the known bad requests with a 4xx Dutch page", async () => {
    const own = app.url;
    const cases: Array<[RawRequest, number, string]> = [
      [{ method: "GET", path: "/%c0" }, 400, "Dit adres klopt niet"],
      [{ method: "POST", path: "/proefplaatsing", headers: { "content-type": "application/json" }, body: '{"email":"a@b.nl"}' }, 415, "Dit formulier kunnen we niet lezen"],
      [{ method: "POST", path: "/proefplaatsing", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" }, body: "email=a%40b.nl" }, 403, "Dit formulier kwam niet van Opstap"],
      [{ method: "POST", path: "/proefplaatsing", headers: { "content-type": "application/x-www-form-urlencoded", origin: "null" }, body: "email=a%40b.nl" }, 403, "Dit formulier kwam niet van Opstap"],
      [{ method: "POST", path: "/proefplaatsing", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `a${"[b]".repeat(2000)}=1` }, 400, "te veel of vreemde velden"],
      [{ method: "POST", path: "/vraag", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\nbroken" }, 400, "Dit formulier kunnen we niet lezen"],
    ];
    for (const [request, status, text] of cases) {
      const response = await sendRaw(own, request);
      expect(response.status, `${request.method} ${request.path}`).toBe(status);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.body).toContain(text);
      expect(response.body).toContain('<html lang="nl">');
      expectNoLeak(request, response);
    }
    // The cross-site post is one log line with its reference, not a stack.
    expect(app.output()).toMatch(/\[[0-9A-F]{8}\] cross-site POST geweigerd: Origin "https:\/\/evil.example"/);
  });

  it("gives every route the same hostile requests without a 5xx or a leaked error", async () => {
    const own = app.url;
    const kinds: Array<(path: string) => RawRequest> = [
      (path) => ({ method: "GET", path }),
      (path) => ({ method: "GET", path: `${path === "/" ? "/_root" : path}.data` }),
      (path) => ({ method: "POST", path, headers: { "content-type": "application/json" }, body: "{}" }),
      (path) => ({ method: "POST", path, headers: { "content-type": "text/plain" }, body: "hallo" }),
      (path) => ({ method: "POST", path, headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" }, body: "a=1" }),
      (path) => ({ method: "POST", path, headers: { "content-type": "application/x-www-form-urlencoded" }, body: `x${".y".repeat(2000)}=1` }),
      (path) => ({ method: "POST", path, headers: { "content-type": "application/x-www-form-urlencoded" }, body: "intent=x&".repeat(1000) }),
      (path) => ({ method: "POST", path, headers: { "content-type": "application/x-www-form-urlencoded" }, body: FIELD_NAMES.map((n) => `${encodeURIComponent(n)}=%00`).join("&") }),
      (path) => ({ method: "POST", path, headers: { "content-type": "multipart/form-data; boundary=b" }, body: multipart("b", [["intent", "x"]], [{ field: "bestand", filename: "a.csv", type: "text/csv", content: "a;b\n1;2" }]) }),
      (path) => ({ method: "POST", path, headers: { "content-type": "multipart/form-data; boundary=b" }, body: "--b\r\nContent-Disposition: form-data\r\n\r\n" }),
      (path) => ({ method: "POST", path: `${path === "/" ? "/_root" : path}.data`, headers: { "content-type": "application/x-www-form-urlencoded" }, body: "intent=%FF" }),
      (path) => ({ method: "DELETE", path }),
    ];
    for (const route of routes) {
      const path = fillPattern(route.pattern, () => "x");
      for (const kind of kinds) {
        const request = kind(path);
        expectNoLeak(request, await sendRaw(own, request));
      }
    }
  });

  it("survives random hostile requests to every route", async () => {
    const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
    await fc.assert(
      fc.asyncProperty(hostileRequest(routes, app.url), async (request) => {
        expectNoLeak(request, await sendRaw(app.url, request));
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: SECONDS * 1000, seed, endOnFailure: true },
    );
    // Still up and still talking to its database afterwards.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  }, (SECONDS + 60) * 1000);
});
