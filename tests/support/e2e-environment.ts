/**
 * What every browser test file needs: the built app on its own database, a fake Resend API it
 * sends to, and Chromium. Registers its own beforeAll/afterAll; skip-aware (no Chromium, no work).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type AppServer, startApp } from "./app-server";
import { hasChromium, launchBrowser } from "./browser";
import { type FakeResend, startFakeResend } from "./fake-resend";

export interface E2eEnvironment {
  app: AppServer;
  /** Absent when the app was started without a Resend key (dev mailbox). */
  resend: FakeResend;
  browser: Browser;
}

export function setUpE2e(options: { devMailbox?: boolean } = {}): E2eEnvironment {
  const environment = {} as E2eEnvironment;
  beforeAll(async () => {
    if (!hasChromium) return;
    if (!options.devMailbox) environment.resend = await startFakeResend();
    environment.app = await startApp(
      options.devMailbox
        ? { RESEND_API_KEY: "" }
        : { RESEND_API_KEY: "re_e2e_test", RESEND_BASE_URL: environment.resend.url },
    );
    environment.browser = await launchBrowser();
  });
  afterAll(async () => {
    await environment.browser?.close();
    await environment.app?.stop();
    await environment.resend?.close();
  });
  return environment;
}
