/**
 * What every browser test file needs: the built app on its own database, a fake Resend API it
 * sends to, and Chromium. Registers its own beforeAll/afterAll; skip-aware (no Chromium, no work).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
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

/** A phone-sized page (375 px) in its own context, JavaScript on or off, for one describe block. */
export function usePhonePage(environment: E2eEnvironment, javaScriptEnabled: boolean): { page: Page } {
  const holder = {} as { page: Page; context: BrowserContext };
  beforeAll(async () => {
    holder.context = await environment.browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
    holder.page = await holder.context.newPage();
  });
  afterAll(() => holder.context?.close());
  return holder;
}

/** The first link to `path` in an email's text or HTML (tracking links, school answer links). */
export function linkIn(emailBody: string, path: "/volgen/" | "/volgen/adres/" | "/reactie/"): string {
  const match = new RegExp(`(http://[^\\s"]+${path}[A-Za-z0-9_-]+)`).exec(emailBody);
  if (!match?.[1]) throw new Error(`Geen link naar ${path} in de e-mail`);
  return match[1];
}
