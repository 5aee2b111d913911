/**
 * One employer in the register: where they are, who to call, what they offer per school year,
 * every request, who had contact when (with the notes this person may read), check-in answers;
 * and the forms to log contact, pass the employer on, set places and status.
 */
import type { SubmissionResult } from "@conform-to/react";

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { DoneMessage } from "~/components/forms";
import { CapacityForm, ContactLogForm, StatusForm } from "~/components/register-forms";
import { amsterdamDate, formatDate } from "~/domain/dates";
import { CHECK_IN_ANSWER_LABELS, contactKindLabel, offerLabel, statusLabel } from "~/domain/register";
import { schoolYearLabel, schoolYearOf } from "~/domain/register-check-ins";
import { sinceLabel } from "~/domain/register-query";
import { REQUEST_STATUS_LABELS } from "~/domain/request-status";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { sectorLabel } from "~/domain/sectors";
import { START_PERIODS } from "~/domain/start-periods";
import { CapacitySchema, ContactLogSchema, FollowUpSchema, StatusSchema } from "~/forms/register";
import { doneLocation, doneMessage } from "~/http/done-message.server";
import { telHref } from "~/http/phone-link.server";
import { refusalReply } from "~/http/form-reply.server";
import { notFound, requireStaff } from "~/http/staff-session.server";
import { database } from "~/lib/db.server";
import { logContact, markCheckInFollowedUp, registerEntryPage, setCapacity, setStatus } from "~/models/register.server";
import { findVisibleEntry } from "~/models/register-scope.server";
import registerStyles from "~/styles/backoffice-register.css";
import { parseFormSubmission } from "~/forms/submission";
import { MailLink } from "~/components/mail-link";

export const links = () => [{ rel: "stylesheet", href: registerStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.companyName ?? "Werkgever"} – Werkgevers – Opstap backoffice` }];

const DONE = {
  toegevoegd: "De werkgever staat nu in het register.",
  contact: "Het contact is opgeslagen.",
  capaciteit: "De plekken zijn opgeslagen.",
  status: "De status is opgeslagen.",
  opgevolgd: "Het antwoord staat als opgevolgd.",
} as const;

const REASONS: Record<string, string> = {
  schooljaar: "Voor het nieuwe schooljaar",
  na_plaatsing: "Na een plaatsing",
  stil: "Lang geen contact",
  opgenomen: "Bericht: opgenomen in het register",
};

function describeAnswer(answer: string | null, answerData: Record<string, unknown> | null): string {
  if (!answer) return "Nog geen antwoord";
  const label = CHECK_IN_ANSWER_LABELS[answer as keyof typeof CHECK_IN_ANSWER_LABELS] ?? answer;
  if (answer === "plek" && answerData) {
    const start = START_PERIODS.find((p) => p.value === answerData.startPeriod)?.label.toLowerCase() ?? "";
    return `${label}: ${String(answerData.places)} × ${offerLabel(String(answerData.offer)).toLowerCase()}, ${start}`;
  }
  if (answer === "gegevens" && typeof answerData?.remark === "string" && answerData.remark) return `${label}: ${answerData.remark}`;
  return label;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  const now = new Date();
  const page = await registerEntryPage(database(), staff, params.id ?? "", now);
  if (!page) throw notFound();
  const year = schoolYearOf(now);
  return {
    id: page.entry.id,
    companyName: page.entry.companyName,
    kvkNumber: page.entry.kvkNumber,
    status: page.entry.status,
    statusLabel: statusLabel(page.entry.status),
    optedOut: page.entry.optedOutAt !== null,
    source: page.entry.source,
    sectors: page.entry.sectors.map(sectorLabel).join(", "),
    offers: page.row.offers.map(offerLabel).join(", "),
    locations: page.locations.map((l) => `${l.municipality} (${l.postcode})`),
    contactPersons: page.contactPersons.map((c) => ({ id: c.id, name: c.name, email: c.email, phone: c.phone, phoneHref: c.phone ? telHref(c.phone) : null })),
    inContact: page.row.inContact.map((c) => `${c.name} heeft ${sinceLabel(c.since)} contact`),
    capacity: page.capacityByYear.map((y) => ({
      schoolYear: schoolYearLabel(y.schoolYear),
      offered: y.offered.map((o) => `${o.places} × ${offerLabel(o.offer).toLowerCase()}`).join(", ") || "Niets opgegeven",
      total: y.offered.reduce((n, o) => n + o.places, 0),
      placed: y.placed,
    })),
    requests: page.requests.map((r) => ({
      reference: r.reference,
      kind: REQUEST_KIND_LABELS[r.kind],
      status: REQUEST_STATUS_LABELS[r.status],
      sentOn: formatDate(amsterdamDate(r.createdAt)),
      handledBy: r.handledBy,
      placementEndsOn: r.placementEndsOn ? formatDate(r.placementEndsOn) : null,
      visible: Boolean(r.visible),
    })),
    log: page.log.map((x) => ({
      id: x.id,
      on: formatDate(x.happenedOn),
      endsOn: x.endsOn ? formatDate(x.endsOn) : null,
      organisation: x.organisation,
      kind: contactKindLabel(x.kind),
      toOrganisation: x.toOrganisation,
      note: x.note,
      hiddenNote: Boolean(x.hiddenNote),
      shared: x.visibility === "regio",
    })),
    checkIns: page.checkIns.map((c) => ({
      id: c.id,
      sentOn: formatDate(amsterdamDate(c.createdAt)),
      reason: REASONS[c.reason] ?? c.reason,
      answer: describeAnswer(c.answer, c.answerData),
      answeredOn: c.answeredAt ? formatDate(amsterdamDate(c.answeredAt)) : null,
      waiting: c.answeredAt !== null && c.followedUpAt === null,
    })),
    schools: page.schools,
    mayWork: page.mayWork,
    organisationName: staff.organisation?.name ?? "",
    today: amsterdamDate(now),
    years: [year, year + 1].map((y) => ({ value: String(y), label: schoolYearLabel(y) })),
    done: doneMessage(request, DONE),
  };
}

type FormReply = { intent: string; result: SubmissionResult<string[]> };

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const db = database();
  const id = params.id ?? "";
  if (!(await findVisibleEntry(db, staff, id))) throw notFound();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const path = `/backoffice/werkgevers/${id}`;
  const schema =
    intent === "contact" ? ContactLogSchema : intent === "capaciteit" ? CapacitySchema : intent === "status" ? StatusSchema : intent === "opgevolgd" ? FollowUpSchema : null;
  if (!schema) return data<FormReply>({ intent, result: { status: "error", error: { "": ["Dit formulier kennen we niet. Laad de pagina opnieuw."] } } }, { status: 400 });
  const submission = parseFormSubmission(formData, { schema });
  if (submission.status !== "success") return data<FormReply>({ intent, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  const result =
    value.intent === "contact"
      ? await logContact(db, staff, id, value)
      : value.intent === "capaciteit"
        ? await setCapacity(db, staff, id, value)
        : value.intent === "status"
          ? await setStatus(db, staff, id, value.status)
          : await markCheckInFollowedUp(db, staff, id, value.checkInId);
  if (!result.ok) return data<FormReply>({ intent, result: refusalReply(submission, result) }, { status: 400 });
  return redirect(doneLocation(path, value.intent, { hash: "gedaan" }));
}

export default function Werkgever() {
  const d = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const resultFor = (intent: string) => (reply?.intent === intent ? reply.result : null);
  const otherFailure = reply && reply.intent === "opgevolgd" ? reply.result : null;
  return (
    <div className="wrap page">
      <p className="eyebrow">
        <Link to="/backoffice/werkgevers">Werkgevers</Link>
      </p>
      <h1 className="break-words">{d.companyName}</h1>
      <DoneMessage message={d.done} id="gedaan" />
      {otherFailure ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Dat lukte niet</h2>
          <p>Laad de pagina opnieuw en probeer het nog eens.</p>
        </div>
      ) : null}
      <dl className="details">
        <dt>Status</dt>
        <dd>
          {d.statusLabel}
          {d.optedOut ? " · wil geen e-mails van Opstap" : null}
        </dd>
        {d.kvkNumber ? (
          <>
            <dt>KvK-nummer</dt>
            <dd>{d.kvkNumber}</dd>
          </>
        ) : null}
        <dt>Vestiging</dt>
        <dd>{d.locations.join(", ") || "Onbekend"}</dd>
        {d.sectors ? (
          <>
            <dt>Sector</dt>
            <dd>{d.sectors}</dd>
          </>
        ) : null}
        <dt>Biedt</dt>
        <dd>{d.offers || "Nog niet bekend"}</dd>
      </dl>

      <section className="register-section" aria-labelledby="wie-contact">
        <h2 id="wie-contact">Wie heeft contact</h2>
        {d.inContact.length === 0 ? <p>Nog niemand. U kunt de eerste zijn.</p> : null}
        <ul>
          {d.inContact.map((line) => (
            <li key={line} className="register-contact">
              {line}
            </li>
          ))}
        </ul>
      </section>

      <section className="register-section" aria-labelledby="contactpersonen">
        <h2 id="contactpersonen">Contactpersonen</h2>
        {d.contactPersons.length === 0 ? <p>Geen contactpersoon bekend.</p> : null}
        <ul>
          {d.contactPersons.map((c) => (
            <li key={c.id} className="break-words">
              {c.name}
              {c.email ? (
                <>
                  {", "}
                  <MailLink address={c.email} />
                </>
              ) : null}
              {c.phone && c.phoneHref ? (
                <>
                  {", "}
                  <a href={c.phoneHref}>{c.phone}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="register-section" aria-labelledby="plekken">
        <h2 id="plekken">Plekken per schooljaar</h2>
        {d.capacity.length === 0 ? (
          <p>Nog geen plekken opgegeven.</p>
        ) : (
          <div className="table-scroll" role="region" aria-label="Tabel: plekken en plaatsingen per schooljaar" tabIndex={0}>
            <table className="table">
              <caption className="visually-hidden">Plekken per schooljaar en hoeveel leerlingen er geplaatst zijn</caption>
              <thead>
                <tr>
                  <th scope="col">Schooljaar</th>
                  <th scope="col">Plekken</th>
                  <th scope="col">Geplaatst</th>
                </tr>
              </thead>
              <tbody>
                {d.capacity.map((c) => (
                  <tr key={c.schoolYear}>
                    <th scope="row">{c.schoolYear}</th>
                    <td>{c.offered}</td>
                    <td>{c.placed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="register-section" aria-labelledby="aanvragen">
        <h2 id="aanvragen">Aanvragen</h2>
        {d.requests.length === 0 ? <p>Deze werkgever heeft nog geen aanvraag gestuurd.</p> : null}
        <ul>
          {d.requests.map((r) => (
            <li key={r.reference}>
              {r.visible ? <Link to={`/backoffice/aanvragen/${r.reference}`}>{r.reference}</Link> : r.reference}: {r.kind}, {r.sentOn}, {r.status.toLowerCase()}
              {r.placementEndsOn ? ` tot ${r.placementEndsOn}` : null}
              {r.handledBy ? ` (bij ${r.handledBy})` : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="register-section" aria-labelledby="contactmomenten">
        <h2 id="contactmomenten">Contactmomenten</h2>
        {d.log.length === 0 ? <p>Nog geen contact vastgelegd.</p> : null}
        <ul className="register-log">
          {d.log.map((x) => (
            <li key={x.id}>
              <p>
                <strong>{x.on}</strong> · {x.organisation} · {x.kind}
                {x.toOrganisation ? ` aan ${x.toOrganisation}` : null}
                {x.endsOn ? ` · tot ${x.endsOn}` : null}
              </p>
              {x.note ? (
                <p className="register-log__note">
                  {x.note} <em>({x.shared ? "voor de regio" : "alleen voor uw organisatie"})</em>
                </p>
              ) : null}
              {x.hiddenNote ? <p>Er is een notitie die alleen {x.organisation} kan lezen.</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="register-section" aria-labelledby="check-ins">
        <h2 id="check-ins">Check-ins</h2>
        {d.checkIns.length === 0 ? <p>Deze werkgever heeft nog geen check-in gekregen.</p> : null}
        <ul className="register-log">
          {d.checkIns.map((c) => (
            <li key={c.id}>
              <p>
                <strong>{c.sentOn}</strong> · {c.reason}
              </p>
              <p>
                {c.answer}
                {c.answeredOn ? ` (${c.answeredOn})` : null}
              </p>
              {c.waiting && d.mayWork ? (
                <Form method="post" className="form form--compact">
                  <input type="hidden" name="intent" value="opgevolgd" />
                  <input type="hidden" name="checkInId" value={c.id} />
                  <button type="submit" className="button button--small" disabled={busy}>
                    Opgevolgd
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {d.mayWork ? (
        <div className="register-forms">
          <section aria-labelledby="contact-vastleggen">
            <h2 id="contact-vastleggen">Contact vastleggen</h2>
            <ContactLogForm lastResult={resultFor("contact")} today={d.today} organisationName={d.organisationName} schools={d.schools} busy={busy} />
          </section>
          <section aria-labelledby="plekken-opgeven">
            <h2 id="plekken-opgeven">Plekken opgeven</h2>
            <CapacityForm lastResult={resultFor("capaciteit")} years={d.years} busy={busy} />
          </section>
          <section aria-labelledby="status-wijzigen">
            <h2 id="status-wijzigen">Status wijzigen</h2>
            <StatusForm lastResult={resultFor("status")} status={d.status} busy={busy} />
          </section>
        </div>
      ) : null}
    </div>
  );
}
