/**
 * Code the browser loads uses zod's tree-shakable `zod/mini` API and reads forms through
 * `parseFormSubmission`. One module with zod's classic API (`import * as z from "zod"`) or
 * conform's `parseWithZod` (which rebuilds schemas with classic constructors) puts zod's whole
 * classic API and core in the chunk every form page shares: about 16 KB gzipped more on each
 * (decisions 026 and 029). Server modules and tests never reach the browser, so they may.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(server|test)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The browser's modules, without their type-only imports (those leave no code behind). */
const browserModules = sourceFiles(APP).map((file) => ({
  file: path.relative(APP, file),
  code: readFileSync(file, "utf8").replace(/^import type [^;]*;$/gms, ""),
}));

describe("zod in the browser's code", () => {
  it("is zod/mini, never zod's classic API", () => {
    const classic = /from\s+["']zod(\/v4)?["']/;
    expect(browserModules.filter(({ code }) => classic.test(code)).map(({ file }) => file)).toEqual([]);
  });

  it("is read through parseFormSubmission, never conform's parseWithZod", () => {
    expect(browserModules.filter(({ code }) => /import\s*\{[^}]*\bparseWithZod\b[^}]*\}\s*from/.test(code)).map(({ file }) => file)).toEqual([]);
  });
});

describe("CSV libraries in the browser's code", () => {
  it("stay out of every page: no page imports a module that loads csv-parse or csv-stringify", () => {
    // csv-parse calls Node's Buffer as it loads: in the browser the page's JavaScript stops (the
    // register import page did, until its columns moved to register-import-format).
    const csvModules = browserModules.filter(({ code }) => /from\s+["']csv-(parse|stringify)/.test(code)).map(({ file }) => file.replace(/\.tsx?$/, ""));
    const pages = browserModules.filter(({ file, code }) => file.startsWith("routes/") && /export default function/.test(code));
    const offending = pages.filter(({ code }) => csvModules.some((m) => code.includes(`"~/${m}"`))).map(({ file }) => file);
    expect(csvModules.length).toBeGreaterThan(0);
    expect(offending).toEqual([]);
  });
});
