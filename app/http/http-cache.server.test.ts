import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  contentTag,
  ifNoneMatchMatches,
  keepCachedCspOnNotModified,
  notModified,
  staticPageHeaders,
  withBuildVersion,
} from "./http-cache.server";

describe("contentTag", () => {
  it("changes with the content and only with the content", () => {
    expect(contentTag({ a: 1 })).toBe(contentTag({ a: 1 }));
    expect(contentTag({ a: 1 })).not.toBe(contentTag({ a: 2 }));
    expect(staticPageHeaders({ a: 1 })).toEqual({ "Cache-Control": "public, max-age=3600", ETag: `W/"${contentTag({ a: 1 })}"` });
  });
});

describe("ifNoneMatchMatches", () => {
  it("compares weakly, in a list, and accepts *", () => {
    expect(ifNoneMatchMatches('W/"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchMatches('"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchMatches('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchMatches("*", 'W/"abc"')).toBe(true);
    expect(ifNoneMatchMatches('W/"abd"', 'W/"abc"')).toBe(false);
    expect(ifNoneMatchMatches(null, 'W/"abc"')).toBe(false);
  });
});

describe("notModified", () => {
  const page = () => new Headers({ ETag: 'W/"content"', "Cache-Control": "public, max-age=3600", "Content-Type": "text/html" });
  const get = (ifNoneMatch?: string) =>
    new Request("https://opstap.example/regelingen", { headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {} });

  it("adds the build version to the tag of a page it sends", () => {
    const headers = page();
    expect(notModified(get(), 200, headers, "b1")).toBeNull();
    expect(headers.get("ETag")).toBe(withBuildVersion('W/"content"', "b1"));
    expect(headers.get("ETag")).toBe('W/"content.b1"');
  });

  it("answers 304 with the caching headers when the browser has this page from this build", () => {
    const response = notModified(get('W/"content.b1"'), 200, page(), "b1");
    expect(response?.status).toBe(304);
    expect(response?.headers.get("ETag")).toBe('W/"content.b1"');
    expect(response?.headers.get("Cache-Control")).toBe("public, max-age=3600");
    expect(response?.headers.get("Content-Type")).toBeNull();
  });

  it("sends the page again after a new build, for an error, or without an ETag", () => {
    expect(notModified(get('W/"content.b1"'), 200, page(), "b2")).toBeNull();
    expect(notModified(get('W/"content.b1"'), 404, page(), "b1")).toBeNull();
    expect(notModified(get('W/"content.b1"'), 200, new Headers(), "b1")).toBeNull();
  });
});

describe("keepCachedCspOnNotModified", () => {
  async function serve(status: number) {
    const server = createServer((req, res) => {
      res.setHeader("Content-Security-Policy", "script-src 'nonce-new'");
      res.setHeader("ETag", 'W/"x"');
      keepCachedCspOnNotModified(req, res, () => {
        res.statusCode = status;
        res.end(status === 304 ? undefined : "<p>pagina</p>");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      return await fetch(`http://127.0.0.1:${port}/`);
    } finally {
      server.close();
    }
  }

  it("sends a 304 without a CSP, so the browser keeps the one that matches its copy", async () => {
    const response = await serve(304);
    expect(response.status).toBe(304);
    expect(response.headers.get("Content-Security-Policy")).toBeNull();
    expect(response.headers.get("ETag")).toBe('W/"x"');
  });

  it("leaves every other response alone", async () => {
    expect((await serve(200)).headers.get("Content-Security-Policy")).toBe("script-src 'nonce-new'");
  });
});
