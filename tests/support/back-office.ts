/** Browser steps staff take in the back office: signing in with the emailed code, invites. */
import type { Page } from "playwright-core";
import type { E2eEnvironment } from "./e2e-environment";

/** The code in an email from Opstap to this address that arrived after `since` emails. */
export async function signInCodeFor(e2e: E2eEnvironment, email: string, since = 0): Promise<string> {
  const mail = await e2e.resend.waitForEmail(
    (e) => e.to.includes(email) && e.subject.startsWith("Uw inlogcode") && e2e.resend.emails.indexOf(e) >= since,
  );
  const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
  if (!code) throw new Error(`Geen code in de e-mail aan ${email}`);
  return code;
}

/** Types the code from the newest sign-in email on the code page, and waits for the back office. */
export async function enterCode(page: Page, e2e: E2eEnvironment, email: string, since: number): Promise<void> {
  const code = await signInCodeFor(e2e, email, since);
  await page.getByLabel("Code uit de e-mail").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(/\/backoffice/);
}

/** Signs in from the start: address, then the emailed code. */
export async function signIn(page: Page, e2e: E2eEnvironment, email: string): Promise<void> {
  const since = e2e.resend.emails.length;
  await page.goto(`${e2e.app.url}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await page.waitForURL(/\/inloggen\/code/);
  await enterCode(page, e2e, email, since);
}

/** The invite link in the newest invite email to this address. */
export async function inviteLinkFor(e2e: E2eEnvironment, email: string): Promise<string> {
  const mail = await e2e.resend.waitForEmail((e) => e.to.includes(email) && e.subject.startsWith("Uitnodiging"));
  const match = /(http:\/\/[^\s"]+\/uitnodiging\/[A-Za-z0-9_-]+)/.exec(mail.html);
  if (!match?.[1]) throw new Error(`Geen uitnodigingslink voor ${email}`);
  // The same host as the rest of the test, so the session cookie goes along.
  return new URL(new URL(match[1]).pathname, e2e.app.url).toString();
}
