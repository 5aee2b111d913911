/** "Mijn account": the daily email on or off, how employers reach me, and signing out on every device. */
import { getFormProps } from "@conform-to/react";

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { DoneMessage, ErrorSummary, RadioGroupField, TextField, useZodForm } from "~/components/forms";
import { formatDateTime } from "~/domain/dates";
import { STAFF_ROLE_LABELS } from "~/domain/staff";
import { describeBrowser } from "~/domain/user-agent";
import { type AccountReply, ContactDetailsSchema, DIGEST_CHOICES, DigestSchema } from "~/forms/account";
import { ContactDetailsServerSchema } from "~/forms/account.server";
import { database } from "~/lib/db.server";
import { doneLocation, doneMessage } from "~/http/done-message.server";
import { requireStaff } from "~/http/staff-session.server";
import { activeSessions, contactDetails, setContactDetails, setDigest } from "~/models/staff-account.server";
import { parseFormSubmission } from "~/forms/submission";

export const meta: MetaFunction = () => [{ title: "Mijn account – Opstap" }];

const PATH = "/backoffice/account";

/**
 * The message after saving the digest choice. Its address (`?opgeslagen`) predates
 * `~/http/done-message` and is kept: bookmarks and the access tests know it.
 */
const SAVED = "opgeslagen";
const SAVED_MESSAGE = "Uw keuze is opgeslagen.";
const DONE = { contactgegevens: "Uw telefoonnummer en e-mailadres voor werkgevers zijn opgeslagen." };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  const db = database();
  const [sessions, contact] = await Promise.all([activeSessions(db, staff), contactDetails(db, staff)]);
  return {
    done: new URL(request.url).searchParams.has(SAVED) ? SAVED_MESSAGE : doneMessage(request, DONE),
    name: staff.name,
    email: staff.email,
    role: STAFF_ROLE_LABELS[staff.role],
    organisation: staff.organisation?.name ?? null,
    digestEnabled: staff.digestEnabled,
    contact,
    sessions: sessions.map((s) => ({ id: s.id, current: s.current, browser: describeBrowser(s.userAgent), lastSeenAt: formatDateTime(s.lastSeenAt) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "contactgegevens" && staff.organisation) {
    const submission = parseFormSubmission(formData, { schema: ContactDetailsServerSchema });
    if (submission.status !== "success") return data<AccountReply>({ intent, result: submission.reply() }, { status: 400 });
    await setContactDetails(database(), staff, {
      contactPhone: submission.value.contactPhone ?? null,
      contactEmail: submission.value.contactEmail ?? null,
    });
    return redirect(doneLocation(PATH, "contactgegevens"));
  }
  // Anything that is not one of the two forms goes back to the page, as it always did.
  if (intent !== "dagoverzicht") return redirect(PATH);
  const submission = parseFormSubmission(formData, { schema: DigestSchema });
  if (submission.status !== "success") return data<AccountReply>({ intent, result: submission.reply() }, { status: 400 });
  await setDigest(database(), staff, submission.value.digest === "aan");
  return redirect(`${PATH}?${SAVED}`);
}

export default function Account() {
  const account = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [form, fields] = useZodForm("dagoverzicht", DigestSchema, reply?.intent === "dagoverzicht" ? reply.result : null, {
    digest: account.digestEnabled ? "aan" : "uit",
  });
  const [contactForm, contactFields] = useZodForm("contactgegevens", ContactDetailsSchema, reply?.intent === "contactgegevens" ? reply.result : null, {
    contactPhone: account.contact.contactPhone ?? "",
    contactEmail: account.contact.contactEmail ?? "",
  });
  return (
    <div className="wrap page">
      <h1>Mijn account</h1>
      <DoneMessage message={reply ? null : account.done} />
      <dl className="details">
        <dt>Naam</dt>
        <dd>{account.name}</dd>
        <dt>E-mailadres</dt>
        <dd>{account.email}</dd>
        <dt>Rol</dt>
        <dd>{account.role}</dd>
        {account.organisation ? (
          <>
            <dt>Organisatie</dt>
            <dd>{account.organisation}</dd>
          </>
        ) : null}
      </dl>

      {account.organisation ? (
        <>
          <h2>Hoe werkgevers u bereiken</h2>
          <p>
            Bent u eigenaar van een aanvraag? Dan ziet de werkgever uw naam, dit telefoonnummer en dit e-mailadres op zijn
            pagina en in onze e-mails. Als de werkgever op een e-mail antwoordt, komt het antwoord op dit e-mailadres.
          </p>
          <p>Laat u een veld leeg? Dan ziet de werkgever het algemene nummer of e-mailadres van {account.organisation}.</p>
          <ErrorSummary
            form={contactForm}
            fields={[
              { field: contactFields.contactPhone, label: "Telefoonnummer" },
              { field: contactFields.contactEmail, label: "E-mailadres voor werkgevers" },
            ]}
          />
          <Form method="post" {...getFormProps(contactForm)} noValidate className="form">
            <input type="hidden" name="intent" value="contactgegevens" />
            <TextField
              field={contactFields.contactPhone}
              label="Telefoonnummer"
              hint="Bijvoorbeeld 030 123 4567 of 06 12345678."
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              optional
            />
            <TextField
              field={contactFields.contactEmail}
              label="E-mailadres voor werkgevers"
              hint="Dit mag een ander adres zijn dan het adres waarmee u inlogt."
              type="email"
              autoComplete="email"
              inputMode="email"
              optional
            />
            <button type="submit" className="button">
              Opslaan
            </button>
          </Form>
        </>
      ) : null}

      <h2>Dagelijkse e-mail</h2>
      <p>
        Elke ochtend krijgt u een korte e-mail met de aanvragen die op u wachten. U krijgt hem alleen als er iets te doen
        is.
      </p>
      <ErrorSummary form={form} fields={[{ field: fields.digest, label: "Dagelijkse e-mail" }]} />
      <Form method="post" {...getFormProps(form)} noValidate className="form">
        <input type="hidden" name="intent" value="dagoverzicht" />
        <RadioGroupField field={fields.digest} legend="Wilt u de dagelijkse e-mail?" options={DIGEST_CHOICES} />
        <button type="submit" className="button">
          Opslaan
        </button>
      </Form>

      <h2>Waar bent u ingelogd?</h2>
      <ul>
        {account.sessions.map((s) => (
          <li key={s.id}>
            {s.browser}
            {s.current ? <strong> (deze browser)</strong> : null} – laatst gebruikt {s.lastSeenAt}
          </li>
        ))}
      </ul>
      <p>Bent u uw telefoon of laptop kwijt? Log dan overal uit. U logt daarna opnieuw in met een code.</p>
      <Form method="post" action="/uitloggen">
        <input type="hidden" name="overal" value="ja" />
        <button type="submit" className="button">
          Overal uitloggen
        </button>
      </Form>
    </div>
  );
}
