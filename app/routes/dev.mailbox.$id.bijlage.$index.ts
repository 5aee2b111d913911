/**
 * One attachment of an email in the dev mailbox (a calendar invite), as a download. Like the
 * mailbox itself it exists only where email never leaves this machine. Always a download, with
 * nosniff: a file whose type says HTML must not run as a page on this site.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadFilename } from "~/domain/email-header";
import { database } from "~/lib/db.server";
import { usesDevMailbox } from "~/lib/env.server";
import { mailboxAttachment } from "~/models/dev-mailbox.server";

export async function loader({ params }: LoaderFunctionArgs) {
  if (!usesDevMailbox()) throw new Response("Niet gevonden", { status: 404 });
  const file = await mailboxAttachment(database(), params.id ?? "", params.index ?? "");
  if (!file) throw new Response("Niet gevonden", { status: 404 });
  return new Response(file.content, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${downloadFilename(file.filename)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
