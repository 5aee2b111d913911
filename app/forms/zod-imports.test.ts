/**
 * Code the browser loads imports zod as a namespace (`import * as z from "zod"`). zod's named `z`
 * export is its whole namespace object, and one such import anywhere in the browser's code puts
 * every zod locale in the shared chunk: about 70 KB gzipped more on every page with a form
 * (decision 026). Server modules and tests never reach the browser, so they may.
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

describe("zod in the browser's code", () => {
  it("is imported as a namespace, never as the named z export", () => {
    const named = /^import\s+\{[^}]*\bz\b[^}]*\}\s+from\s+["']zod["']/m;
    const offenders = sourceFiles(APP)
      .filter((file) => named.test(readFileSync(file, "utf8").replace(/^import type .*$/gm, "")))
      .map((file) => path.relative(APP, file));
    expect(offenders).toEqual([]);
  });
});
