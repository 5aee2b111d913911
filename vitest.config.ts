import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "~": path.resolve(import.meta.dirname, "app") };

/**
 * Three projects, one `npm test`: pure unit tests beside the code, integration tests that each
 * get a fresh migrated database, and browser tests against the built app in Debian's Chromium.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["app/**/*.test.ts", "emails/**/*.test.ts"],
          environment: "node",
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/support/fresh-database.ts"],
          globalSetup: ["tests/support/database-template.ts"],
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          // After the others: browser tests need both cores to themselves.
          sequence: { groupOrder: 2 },
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/build-app.ts"],
          pool: "forks",
          // Each browser test file starts its own server; two at a time fit two cores.
          maxWorkers: 2,
          // Bounds for a busy two-core machine; every step inside waits for a condition.
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
