import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as RemixRouter from "@remix-run/router";
import { describe, expect, it } from "vitest";

// The server's router, as Node resolves it for @remix-run/server-runtime (the CommonJS build that
// patches/@remix-run+router+1.23.3.patch changes).
const require = createRequire(import.meta.url);
const router = require("@remix-run/router") as typeof RemixRouter;

const routes = [
  {
    id: "root",
    path: "",
    children: [
      { id: "home", index: true },
      { id: "explainer", path: "regelingen/:slug" },
      { id: "begrippen", path: "regelingen/begrippen" },
      { id: "request", path: "backoffice/aanvragen/:reference" },
      { id: "optional", path: "volgen/:token?" },
      { id: "not-found", path: "*" },
    ],
  },
];

const leaf = (pathname: string) => {
  const matches = router.matchRoutes(routes, pathname);
  const last = matches?.at(-1);
  return last ? { id: last.route.id, params: last.params } : null;
};

describe("route matching with the kept branches and patterns (decision 034)", () => {
  it("answers the same on every call: ranking, parameters, case and the splat", () => {
    for (let round = 0; round < 3; round++) {
      expect(leaf("/")).toEqual({ id: "home", params: {} });
      // A static segment outranks a parameter, also when the branches come from the kept list.
      expect(leaf("/regelingen/begrippen")).toEqual({ id: "begrippen", params: {} });
      expect(leaf("/regelingen/no-riskpolis")).toEqual({ id: "explainer", params: { slug: "no-riskpolis" } });
      expect(leaf("/REGELINGEN/No-Riskpolis")).toEqual({ id: "explainer", params: { slug: "No-Riskpolis" } });
      expect(leaf("/backoffice/aanvragen/OP-2026-000123")).toEqual({ id: "request", params: { reference: "OP-2026-000123" } });
      expect(leaf("/volgen")).toEqual({ id: "optional", params: { token: undefined } });
      expect(leaf("/volgen/abc")).toEqual({ id: "optional", params: { token: "abc" } });
      expect(leaf("/iets/anders")).toEqual({ id: "not-found", params: { "*": "iets/anders" } });
    }
  });

  it("keeps a pattern's case sensitivity and end apart", () => {
    expect(router.matchPath({ path: "/Over", caseSensitive: true, end: true }, "/over")).toBeNull();
    expect(router.matchPath({ path: "/Over", caseSensitive: false, end: true }, "/over")).not.toBeNull();
    expect(router.matchPath({ path: "/over", end: true }, "/over/ons")).toBeNull();
    expect(router.matchPath({ path: "/over", end: false }, "/over/ons")?.pathnameBase).toBe("/over");
  });

  it("still matches right after more patterns than it keeps (1,000; then it starts again)", () => {
    for (let n = 0; n < 2_500; n++) expect(router.matchPath(`/p${n}/:id`, `/p${n}/x`)?.params.id).toBe("x");
  });

  it("is the patched build", () => {
    // The patch names itself in the source; without it every match rebuilt the branches.
    const source = readFileSync(require.resolve("@remix-run/router"), "utf8");
    expect(source).toContain("rankedBranchesCache");
    expect(source).toContain("compiledPaths");
  });
});
