/** "Mijn account": the daily email on or off, and signing out on every device. */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { formatDateTime } from "~/domain/dates";
import { STAFF_ROLE_LABELS } from "~/domain/staff";
import { describeBrowser } from "~/domain/user-agent";
import { database } from "~/lib/db.server";
import { requireStaff } from "~/http/staff-session.server";
import { activeSessions, setDigest } from "~/models/staff-account.server";

export const meta: MetaFunction = () => [{ title: "Mijn account – Opstap" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const sessions = await activeSessions(database(), staff);
  return {
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
  const form = await request.formData();
  if (form.get("intent") === "dagoverzicht") {
    await setDigest(database(), staff, form.get("digest") === "aan");
    return redirect("/backoffice/account?opgeslagen");
  }
  return redirect("/backoffice/account");
}

export default function Account() {
  const account = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="wrap page">
      <h1>Mijn account</h1>
      {params.has("opgeslagen") ? (
        <div className="panel panel--success" role="status">
          <p>Uw keuze is opgeslagen.</p>
        </div>
      ) : null}
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
      <Form method="post" className="form">
        <input type="hidden" name="intent" value="dagoverzicht" />
        <fieldset className="fieldset">
          <legend>Wilt u de dagelijkse e-mail?</legend>
          <div className="radio">
            <input type="radio" id="digest-aan" name="digest" value="aan" defaultChecked={account.digestEnabled} />
            <label htmlFor="digest-aan">Ja, stuur mij de dagelijkse e-mail</label>
          </div>
          <div className="radio">
            <input type="radio" id="digest-uit" name="digest" value="uit" defaultChecked={!account.digestEnabled} />
            <label htmlFor="digest-uit">Nee, liever niet</label>
          </div>
        </fieldset>
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
