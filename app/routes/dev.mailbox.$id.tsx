import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/domain/dates";
import { database } from "~/lib/db.server";
import { usesDevMailbox } from "~/lib/env.server";
import { mailboxEmail } from "~/models/dev-mailbox.server";

export const meta: MetaFunction = () => [{ title: "E-mail – Dev-mailbox – Opstap" }, { name: "robots", content: "noindex" }];

export async function loader({ params }: LoaderFunctionArgs) {
  if (!usesDevMailbox()) throw new Response("Niet gevonden", { status: 404 });
  const email = await mailboxEmail(database(), params.id ?? "");
  if (!email) throw new Response("Niet gevonden", { status: 404 });
  return {
    email: {
      id: email.id,
      to: email.toAddress,
      subject: email.subject,
      text: email.text,
      status: email.status,
      createdAt: email.createdAt.toISOString(),
      attachments: email.attachments.map((a, index) => ({
        href: `/dev/mailbox/${email.id}/bijlage/${index}`,
        filename: a.filename,
        contentType: a.contentType,
        // Text (a calendar invite) can be read on the page; anything else only downloaded.
        text: a.contentType.startsWith("text/") ? a.content : null,
      })),
    },
  };
}

export default function DevMailboxEmail() {
  const { email } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <p>
        <Link to="/dev/mailbox">Terug naar de dev-mailbox</Link>
      </p>
      <h1>{email.subject}</h1>
      <dl className="details">
        <dt>Aan</dt>
        <dd>{email.to}</dd>
        <dt>Gemaakt</dt>
        <dd>{formatDateTime(email.createdAt)}</dd>
      </dl>
      <h2>Zoals de ontvanger de e-mail ziet</h2>
      {/* Scripts stay off; a click on a link in the email opens it, as in a mail client. */}
      <iframe
        className="email-preview"
        title={`E-mail: ${email.subject}`}
        sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
        src={`/dev/mailbox/${email.id}/html`}
      />
      {email.attachments.length > 0 ? (
        <>
          <h2>Bijlagen</h2>
          <ul className="attachment-list">
            {email.attachments.map((a) => (
              <li key={a.href}>
                <a href={a.href} download={a.filename}>
                  {a.filename}
                </a>{" "}
                <span className="attachment-list__type">({a.contentType})</span>
                {a.text === null ? null : (
                  <details>
                    <summary>Inhoud van {a.filename} bekijken</summary>
                    <pre className="email-text">{a.text}</pre>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Tekstversie</h2>
      <pre className="email-text">{email.text}</pre>
    </div>
  );
}
