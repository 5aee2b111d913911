/**
 * Emails that are waiting or failed. A failed email can be put back in the queue; the outbox
 * worker then tries to send it once more.
 */

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { formatDateTime } from "~/domain/dates";
import { EMAIL_STATUSES, type EmailStatus, MAX_DELIVERY_ATTEMPTS } from "~/domain/email-outbox";
import { OutboxActionSchema } from "~/forms/administration";
import { database } from "~/lib/db.server";
import { requireAdmin } from "~/http/staff-session.server";
import { outboxOverview, retryAllFailedEmails, retryEmail } from "~/models/admin-outbox.server";
import adminStyles from "~/styles/backoffice-admin.css";
import { parseFormSubmission } from "~/forms/submission";

export const links = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "E-mails die wachten – Beheer – Opstap" }];

const PATH = "/backoffice/beheer/outbox";

const STATUS_LABELS: Record<EmailStatus, string> = {
  pending: "Wacht",
  sending: "Wordt verstuurd",
  sent: "Verstuurd",
  failed: "Mislukt",
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request, context);
  const { perStatus, emails } = await outboxOverview(database());
  const retried = new URL(request.url).searchParams.get("opnieuw");
  return {
    retried: retried !== null && /^\d+$/.test(retried) ? Number(retried) : null,
    counts: EMAIL_STATUSES.map((status) => ({ status, label: STATUS_LABELS[status], count: perStatus[status] })),
    failed: perStatus.failed,
    emails: emails.map((e) => ({
      ...e,
      statusLabel: STATUS_LABELS[e.status],
      createdAt: formatDateTime(e.createdAt),
      nextAttemptAt: e.status === "pending" ? formatDateTime(e.nextAttemptAt) : null,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireAdmin(request);
  const db = database();
  const submission = parseFormSubmission(await request.formData(), { schema: OutboxActionSchema });
  if (submission.status !== "success") return data({ problem: "Deze e-mail bestaat niet." }, { status: 400 });
  const value = submission.value;
  if (value.intent === "opnieuw") {
    if (!(await retryEmail(db, staff, value.emailId))) {
      return data(
        { problem: "Deze e-mail is niet (meer) mislukt. Misschien heeft iemand hem al opnieuw verstuurd." },
        { status: 409 },
      );
    }
    return redirect(`${PATH}?opnieuw=1`);
  }
  return redirect(`${PATH}?opnieuw=${await retryAllFailedEmails(db, staff)}`);
}

export default function Outbox() {
  const { retried, counts, failed, emails } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="wrap page">
      <p className="eyebrow">
        <Link to="/backoffice/beheer">Beheer</Link>
      </p>
      <h1>E-mails die wachten</h1>
      <p className="lead">
        Opstap verstuurt e-mails op de achtergrond. Lukt het niet, dan probeert Opstap het nog een paar keer. Na{" "}
        {MAX_DELIVERY_ATTEMPTS} pogingen stopt het: de e-mail is dan mislukt.
      </p>
      {retried !== null ? (
        <div className="panel panel--success" role="status">
          <p>
            {retried === 0
              ? "Er waren geen mislukte e-mails."
              : `${retried === 1 ? "1 e-mail staat" : `${retried} e-mails staan`} weer in de wachtrij. Opstap probeert ze zo meteen te versturen.`}
          </p>
        </div>
      ) : null}
      {failure ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Dat lukte niet</h2>
          <p>{failure.problem}</p>
        </div>
      ) : null}

      <h2>Aantallen</h2>
      <dl className="admin-counts">
        {counts.map((c) => (
          <div
            key={c.status}
            className={
              c.status === "failed" && c.count > 0 ? "admin-counts__item admin-counts__item--alert" : "admin-counts__item"
            }
          >
            <dt>{c.label}</dt>
            <dd>{c.count}</dd>
          </div>
        ))}
      </dl>
      {failed > 0 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="alle-opnieuw" />
          <button type="submit" className="button button--primary" disabled={busy}>
            Alle mislukte e-mails opnieuw proberen
          </button>
        </Form>
      ) : null}

      <h2>Wachtende en mislukte e-mails</h2>
      {emails.length === 0 ? (
        <p>Er wachten geen e-mails. Alles is verstuurd.</p>
      ) : (
        <div className="table-scroll admin-scroll" role="region" aria-label="Tabel met e-mails" tabIndex={0}>
          <table className="table admin-table">
            <caption className="visually-hidden">Wachtende en mislukte e-mails, nieuwste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Aan</th>
                <th scope="col">Onderwerp</th>
                <th scope="col">Soort e-mail</th>
                <th scope="col">Status</th>
                <th scope="col">Pogingen</th>
                <th scope="col">Laatste fout</th>
                <th scope="col">Volgende poging</th>
                <th scope="col">
                  <span className="visually-hidden">Actie</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {emails.map((e) => (
                <tr key={e.id}>
                  <td className="admin-break">{e.to}</td>
                  <td>
                    {e.subject}
                    <br />
                    <span className="field__hint">Gemaakt op {e.createdAt}</span>
                  </td>
                  <td>
                    <code>{e.template}</code>
                  </td>
                  <td>{e.status === "failed" ? <span className="badge badge--failed">{e.statusLabel}</span> : e.statusLabel}</td>
                  <td>{e.attempts}</td>
                  <td className="admin-break">{e.lastError ?? "—"}</td>
                  <td>{e.nextAttemptAt ?? "—"}</td>
                  <td>
                    {e.status === "failed" ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="opnieuw" />
                        <input type="hidden" name="emailId" value={e.id} />
                        <button type="submit" className="button button--small" disabled={busy}>
                          Opnieuw proberen<span className="visually-hidden"> (e-mail aan {e.to})</span>
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
