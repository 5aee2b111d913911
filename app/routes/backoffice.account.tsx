/** "Mijn account": the daily email on or off, and signing out on every device. */
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { DoneMessage, ErrorSummary, RadioGroupField, useZodForm } from "~/components/forms";
import { formatDateTime } from "~/domain/dates";
import { STAFF_ROLE_LABELS } from "~/domain/staff";
import { describeBrowser } from "~/domain/user-agent";
import { type AccountReply, DIGEST_CHOICES, DigestSchema } from "~/forms/account";
import { database } from "~/lib/db.server";
import { requireStaff } from "~/http/staff-session.server";
import { activeSessions, setDigest } from "~/models/staff-account.server";

export const meta: MetaFunction = () => [{ title: "Mijn account – Opstap" }];

const PATH = "/backoffice/account";

/**
 * The message after saving. Its address (`?opgeslagen`) predates `~/http/done-message` and is
 * kept: bookmarks and the access tests know it.
 */
const SAVED = "opgeslagen";
const SAVED_MESSAGE = "Uw keuze is opgeslagen.";

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const sessions = await activeSessions(database(), staff);
  return {
    done: new URL(request.url).searchParams.has(SAVED) ? SAVED_MESSAGE : null,
    name: staff.name,
    email: staff.email,
    role: STAFF_ROLE_LABELS[staff.role],
    organisation: staff.organisation?.name ?? null,
    digestEnabled: staff.digestEnabled,
    sessions: sessions.map((s) => ({ id: s.id, current: s.current, browser: describeBrowser(s.userAgent), lastSeenAt: formatDateTime(s.lastSeenAt) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: DigestSchema });
  if (submission.status !== "success") {
    // Only the digest form posts here; anything else goes back to the page, as it always did.
    if (submission.payload.intent !== "dagoverzicht") return redirect(PATH);
    return data<AccountReply>({ result: submission.reply() }, { status: 400 });
  }
  await setDigest(database(), staff, submission.value.digest === "aan");
  return redirect(`${PATH}?${SAVED}`);
}

export default function Account() {
  const account = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [form, fields] = useZodForm("dagoverzicht", DigestSchema, reply?.result, {
    digest: account.digestEnabled ? "aan" : "uit",
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
