import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/domain/dates";
import { database } from "~/lib/db.server";
import { usesDevMailbox } from "~/lib/env.server";
import { listMailbox } from "~/models/dev-mailbox.server";

export const meta: MetaFunction = () => [{ title: "Dev-mailbox – Opstap" }, { name: "robots", content: "noindex" }];

const STATUS_LABELS = { pending: "wacht", sending: "bezig", sent: "afgeleverd", failed: "mislukt" } as const;

export async function loader() {
  // Only where email never leaves this machine; with a Resend key this page does not exist.
  if (!usesDevMailbox()) throw new Response("Niet gevonden", { status: 404 });
  const emails = await listMailbox(database());
  return { emails: emails.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })) };
}

export default function DevMailbox() {
  const { emails } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <h1>Dev-mailbox</h1>
      <p>
        Er is geen e-maildienst ingesteld. Daarom komen alle e-mails van Opstap hier terecht in plaats van bij de
        ontvanger. Zo kunt u zien wat er verstuurd zou worden.
      </p>
      {emails.length === 0 ? (
        <p>Er zijn nog geen e-mails.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">E-mails, nieuwste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Onderwerp</th>
                <th scope="col">Aan</th>
                <th scope="col">Status</th>
                <th scope="col">Gemaakt</th>
              </tr>
            </thead>
            <tbody>
              {emails.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/dev/mailbox/${e.id}`}>{e.subject}</Link>
                  </td>
                  <td>{e.to}</td>
                  <td>{STATUS_LABELS[e.status]}</td>
                  <td>{formatDateTime(e.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
