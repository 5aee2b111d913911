/**
 * The dev mailbox shows what was attached to an email (a calendar invite): each file's name and
 * type, its text on the page, and a download. The download is always a download (never a page
 * on this site, whatever type the file claims), and only a file that exists is found.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { database, schema } from "~/lib/db.server";
import type * as EnvModule from "~/lib/env.server";
import { queueEmail } from "~/lib/mailer.server";
import { loader as emailLoader } from "~/routes/dev.mailbox.$id";
import { loader as attachmentLoader } from "~/routes/dev.mailbox.$id.bijlage.$index";
import { loader as htmlLoader } from "~/routes/dev.mailbox.$id.html";

/** Whether this "machine" uses the dev mailbox: as with a Resend key or in production when false. */
let devMailbox = true;
vi.mock("~/lib/env.server", async (original) => ({
  ...(await original<typeof EnvModule>()),
  usesDevMailbox: () => devMailbox,
}));

const db = database();
const INVITE = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:kennismaking-test@opstap\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

async function queueWithAttachments(attachments: Array<{ filename: string; contentType: string; content: string }>) {
  return db.transaction((tx) =>
    queueEmail(tx, {
      template: "volglink",
      to: "sanne@example.org",
      idempotencyKey: crypto.randomUUID(),
      attachments,
      props: { contactName: "Sanne", trackingUrl: "http://localhost:3000/volgen/test" },
    }),
  );
}

const args = (params: Record<string, string>) => ({
  request: new Request("http://localhost:3000/dev/mailbox"),
  params,
  context: { cspNonce: "", clientIp: "127.0.0.1" },
});

async function thrownStatus(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
  throw new Error("De loader gaf een antwoord in plaats van 'niet gevonden'");
}

beforeEach(async () => {
  devMailbox = true;
  await db.delete(schema.emailOutbox);
});

describe("attachments in the dev mailbox", () => {
  it("lists each file with its name and type, and shows text files on the page", async () => {
    const id = await queueWithAttachments([
      { filename: "kennismaking.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: INVITE },
      { filename: "plaatje.png", contentType: "image/png", content: "PNG" },
    ]);
    const { email } = await emailLoader(args({ id }));
    expect(email.attachments).toEqual([
      {
        href: `/dev/mailbox/${id}/bijlage/0`,
        filename: "kennismaking.ics",
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
        text: INVITE,
      },
      { href: `/dev/mailbox/${id}/bijlage/1`, filename: "plaatje.png", contentType: "image/png", text: null },
    ]);
  });

  it("lists none for an email without attachments", async () => {
    const id = await queueWithAttachments([]);
    expect((await emailLoader(args({ id }))).email.attachments).toEqual([]);
  });

  it("gives the file as a download with its own type", async () => {
    const id = await queueWithAttachments([
      { filename: "kennismaking.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: INVITE },
    ]);
    const response = await attachmentLoader(args({ id, index: "0" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="kennismaking.ics"');
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.text()).toBe(INVITE);
  });

  it("never serves a file that claims to be HTML as a page, nor lets its name end the header", async () => {
    const id = await queueWithAttachments([
      { filename: 'x.html"; inline\r\nSet-Cookie: a=b', contentType: "text/html", content: "<script>alert(1)</script>" },
    ]);
    const response = await attachmentLoader(args({ id, index: "0" }));
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="x.html_inline_Set-Cookie_a_b"');
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("finds nothing for another number, a made-up email or a strange address", async () => {
    const id = await queueWithAttachments([{ filename: "kennismaking.ics", contentType: "text/calendar", content: INVITE }]);
    for (const params of [
      { id, index: "1" },
      { id, index: "-1" },
      { id, index: "0.5" },
      { id, index: "1e0" },
      { id, index: "constructor" },
      { id: crypto.randomUUID(), index: "0" },
      { id: "../../etc", index: "0" },
    ]) {
      expect(await thrownStatus(() => attachmentLoader(args(params))), JSON.stringify(params)).toBe(404);
    }
  });

  it("does not exist with a Resend key or in production: not the email, its HTML, nor its attachments", async () => {
    const id = await queueWithAttachments([{ filename: "kennismaking.ics", contentType: "text/calendar", content: INVITE }]);
    expect((await attachmentLoader(args({ id, index: "0" }))).status).toBe(200);
    devMailbox = false;
    expect(await thrownStatus(() => emailLoader(args({ id })))).toBe(404);
    expect(await thrownStatus(() => htmlLoader(args({ id })))).toBe(404);
    expect(await thrownStatus(() => attachmentLoader(args({ id, index: "0" })))).toBe(404);
  });
});
