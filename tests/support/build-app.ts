/**
 * Global setup for the tests against the built app (browser tests and the server's own tests):
 * builds the app once, and checks that Debian's Chromium is there. Without it the browser tests
 * skip with a message, except in CI, where they must run; the server tests run either way.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM_PATH } from "./browser";

export function setup() {
  if (!existsSync(CHROMIUM_PATH)) {
    const message = `Chromium ontbreekt (${CHROMIUM_PATH}): installeer het met 'apt-get install chromium'.`;
    if (process.env.CI === "true") throw new Error(message);
    console.warn(`${message} De browsertests worden overgeslagen.`);
  }
  // Vitest sets NODE_ENV=test; the app under test is the production build, as `npm start` serves it.
  execFileSync("npx", ["remix", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
}
