/**
 * The people who work in the back office, and invites for new ones. An administrator invites
 * someone with a role and an organisation, changes a role, or blocks someone (which also ends
 * every session they have).
 *
 * A little over 400 lines: three forms (invite, change role, block) on one page, each on
 * `useZodForm` with its own schema; the rules live in `~/models/admin-people.server`.
 */
import { type FieldMetadata, getFormProps, type SubmissionResult } from "@conform-to/react";

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { DoneMessage, ErrorSummary, SelectField, TextField, useZodForm } from "~/components/forms";
import { formatDateTime } from "~/domain/dates";
import type { OrganisationKind } from "~/domain/organisations";
import { INVITE_DAYS, STAFF_ROLE_LABELS, STAFF_ROLES, type StaffRole } from "~/domain/staff";
import { InviteSchema, PeopleActionSchema, type PeopleReply, PersonRoleSchema } from "~/forms/administration";
import { doneKey, doneLocation, doneMessage } from "~/http/done-message.server";
import { refusalReply } from "~/http/form-reply.server";
import { requireAdmin } from "~/http/staff-session.server";
import { type Refusal, refuse } from "~/domain/refusal";
import { database } from "~/lib/db.server";
import {
  changeStaffRole,
  inviteStaff,
  listStaff,
  openInvites,
  revokeInvite,
  setStaffActive,
} from "~/models/admin-people.server";
import { organisationChoices } from "~/models/admin-organisations.server";
import adminStyles from "~/styles/backoffice-admin.css";
import { parseFormSubmission } from "~/forms/submission";

export const links = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "Mensen – Beheer – Opstap" }];

const PATH = "/backoffice/beheer/mensen";

const DONE_MESSAGES = {
  uitgenodigd: `De uitnodiging is verstuurd. De link in de e-mail werkt ${INVITE_DAYS} dagen.`,
  ingetrokken: "De uitnodiging is ingetrokken. De link werkt niet meer.",
  geblokkeerd: "De persoon is geblokkeerd en overal uitgelogd.",
  gedeblokkeerd: "De persoon kan weer inloggen.",
  gewijzigd: "De rol en organisatie zijn opgeslagen.",
} as const satisfies Record<string, string>;

const ORGANISATION_GROUPS: ReadonlyArray<{ kind: OrganisationKind; label: string }> = [
  { kind: "wsp", label: "Werkgeversservicepunten" },
  { kind: "school", label: "Scholen" },
];

type OrganisationGroup = { label: string; options: Array<{ value: string; label: string }> };

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({
  value: role,
  label: STAFF_ROLE_LABELS[role],
}));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireAdmin(request, context);
  const db = database();
  const url = new URL(request.url);
  const [people, invites, organisations] = await Promise.all([listStaff(db), openInvites(db), organisationChoices(db, staff)]);
  const selectedId = url.searchParams.get("persoon");
  const selected = people.find((p) => p.id === selectedId) ?? null;
  // Also the key of the invite form: a new one after each invite, so the form starts empty again.
  const invitedTo = doneKey(request, DONE_MESSAGES) === "uitgenodigd" ? url.searchParams.get("aan") : null;
  return {
    me: staff.id,
    done: invitedTo
      ? `De uitnodiging aan ${invitedTo} is verstuurd. De link in de e-mail werkt ${INVITE_DAYS} dagen.`
      : doneMessage(request, DONE_MESSAGES),
    invitedTo,
    // About fifty organisations: grouped by kind, so a WSP is not looked for among the schools.
    organisations: ORGANISATION_GROUPS.map(({ kind, label }) => ({
      label,
      options: organisations.filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name })),
    })).filter((group) => group.options.length > 0),
    selected: selected
      ? {
          id: selected.id,
          name: selected.name,
          role: selected.role,
          organisationId: selected.organisationId ?? "",
          active: selected.active,
        }
      : null,
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      roleLabel: STAFF_ROLE_LABELS[p.role],
      organisationName: p.organisationName,
      lastSignInAt: p.lastSignInAt ? formatDateTime(p.lastSignInAt) : null,
      active: p.active,
    })),
    invites: invites.map((i) => ({
      id: i.id,
      name: i.name,
      email: i.email,
      roleLabel: STAFF_ROLE_LABELS[i.role],
      organisationName: i.organisationName,
      invitedBy: i.invitedBy,
      expiresAt: formatDateTime(i.expiresAt),
      expired: i.expired,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireAdmin(request);
  const db = database();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const submission = parseFormSubmission(formData, { schema: PeopleActionSchema });
  if (submission.status !== "success") return data<PeopleReply>({ intent, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  const refused = (refusal: Refusal) =>
    data<PeopleReply>({ intent, message: refusal.message, result: refusalReply(submission, refusal) }, { status: 400 });

  switch (value.intent) {
    case "uitnodigen": {
      const outcome = await inviteStaff(db, staff, value);
      if (!outcome.ok) return refused(outcome);
      return redirect(doneLocation(PATH, "uitgenodigd", { query: { aan: value.email } }));
    }
    case "rol": {
      const outcome = await changeStaffRole(db, staff, value.memberId, value);
      if (!outcome.ok) return refused(outcome);
      return redirect(doneLocation(PATH, "gewijzigd"));
    }
    case "blokkeren":
    case "deblokkeren": {
      const outcome = await setStaffActive(db, staff, value.memberId, value.intent === "deblokkeren");
      if (!outcome.ok) return refused(outcome);
      return redirect(doneLocation(PATH, value.intent === "blokkeren" ? "geblokkeerd" : "gedeblokkeerd"));
    }
    case "intrekken": {
      if (!(await revokeInvite(db, staff, value.inviteId))) {
        return refused(refuse("Deze uitnodiging is al ingetrokken of aangenomen."));
      }
      return redirect(doneLocation(PATH, "ingetrokken"));
    }
  }
}

const ORGANISATION_HINT =
  "Verplicht voor een accountmanager (kies het werkgeversservicepunt) en een coördinator (kies de school). Een beheerder hoort niet bij een organisatie.";

function InviteSection({
  lastResult,
  organisations,
  busy,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  organisations: OrganisationGroup[];
  busy: boolean;
}) {
  const [inviteForm, inviteFields] = useZodForm("uitnodigen", InviteSchema, lastResult);
  return (
    <section aria-labelledby="uitnodigen-kop" className="admin-section">
      <h2 id="uitnodigen-kop">Iemand uitnodigen</h2>
      <p>
        De persoon krijgt een e-mail met een link. Die link werkt {INVITE_DAYS} dagen. Met de link maakt de persoon het account af
        en logt in.
      </p>
      <ErrorSummary
        form={inviteForm}
        fields={[
          { field: inviteFields.name, label: "Naam" },
          { field: inviteFields.email, label: "E-mailadres" },
          { field: inviteFields.role, label: "Rol" },
          { field: inviteFields.organisationId, label: "Organisatie" },
        ]}
      />
      <Form method="post" {...getFormProps(inviteForm)} noValidate className="form form--compact admin-invite-form">
        <input type="hidden" name="intent" value="uitnodigen" />
        <TextField field={inviteFields.name} label="Naam" autoComplete="off" />
        <TextField field={inviteFields.email} label="E-mailadres" type="email" autoComplete="off" inputMode="email" />
        <RoleAndOrganisation role={inviteFields.role} organisation={inviteFields.organisationId} organisations={organisations} />
        <button type="submit" className="button button--primary" disabled={busy}>
          Uitnodiging versturen
        </button>
      </Form>
    </section>
  );
}

/** The pair that must fit together (checked on the server): a role, and the organisation it belongs to. */
function RoleAndOrganisation({
  role,
  organisation,
  organisations,
}: {
  role: FieldMetadata<string>;
  organisation: FieldMetadata<string>;
  organisations: OrganisationGroup[];
}) {
  return (
    <>
      <SelectField field={role} label="Rol" options={ROLE_OPTIONS} placeholder="Kies een rol" />
      <SelectField
        field={organisation}
        label="Organisatie"
        hint={ORGANISATION_HINT}
        options={[]}
        groups={organisations}
        placeholder="Geen organisatie (beheerder)"
      />
    </>
  );
}

/** One person's role, organisation and access; keyed by person so each starts from their values. */
function PersonSection({
  person,
  isMe,
  organisations,
  lastResult,
  busy,
}: {
  person: { id: string; name: string; role: StaffRole; organisationId: string; active: boolean };
  isMe: boolean;
  organisations: OrganisationGroup[];
  lastResult: SubmissionResult<string[]> | undefined;
  busy: boolean;
}) {
  const [personForm, personFields] = useZodForm("persoon", PersonRoleSchema, lastResult, {
    role: person.role,
    organisationId: person.organisationId,
  });
  return (
    <section className="panel admin-section" aria-labelledby="persoon-kop" id="persoon-wijzigen">
      <h2 id="persoon-kop">{person.name} wijzigen</h2>
      {isMe ? (
        <p>Uw eigen rol kunt u hier niet wijzigen, en uzelf kunt u niet blokkeren. Vraag dat aan een andere beheerder.</p>
      ) : (
        <>
          <ErrorSummary
            form={personForm}
            fields={[
              { field: personFields.role, label: "Rol" },
              { field: personFields.organisationId, label: "Organisatie" },
            ]}
          />
          <Form method="post" {...getFormProps(personForm)} noValidate className="form form--compact">
            <input type="hidden" name="intent" value="rol" />
            <input type="hidden" name="memberId" value={person.id} />
            <RoleAndOrganisation role={personFields.role} organisation={personFields.organisationId} organisations={organisations} />
            <button type="submit" className="button button--primary" disabled={busy}>
              Rol en organisatie opslaan
            </button>
          </Form>
          <h3>{person.active ? "Blokkeren" : "Geblokkeerd"}</h3>
          <p>
            {person.active
              ? "Wie geblokkeerd is, kan niet meer inloggen en wordt meteen overal uitgelogd."
              : "Deze persoon kan niet inloggen. Deblokkeer om weer toegang te geven."}
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value={person.active ? "blokkeren" : "deblokkeren"} />
            <input type="hidden" name="memberId" value={person.id} />
            <button type="submit" className="button" disabled={busy}>
              {person.active ? `${person.name} blokkeren` : `${person.name} deblokkeren`}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to={PATH}>Sluiten</Link>
      </p>
    </section>
  );
}

export default function Mensen() {
  const { me, done, invitedTo, organisations, selected, people, invites } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const resultFor = (...intents: string[]) => (actionData && intents.includes(actionData.intent) ? actionData.result : undefined);

  const otherProblem =
    actionData && ["blokkeren", "deblokkeren", "intrekken"].includes(actionData.intent)
      ? (actionData.message ?? "Dat lukte niet.")
      : null;

  return (
    <div className="wrap page">
      <p className="eyebrow">
        <Link to="/backoffice/beheer">Beheer</Link>
      </p>
      <h1>Mensen</h1>
      <DoneMessage message={done} />
      {otherProblem ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Dat lukte niet</h2>
          <p>{otherProblem}</p>
        </div>
      ) : null}

      {selected ? (
        <PersonSection
          key={selected.id}
          person={selected}
          isMe={selected.id === me}
          organisations={organisations}
          lastResult={resultFor("rol")}
          busy={busy}
        />
      ) : null}

      <InviteSection key={invitedTo ?? "nieuw"} lastResult={resultFor("uitnodigen")} organisations={organisations} busy={busy} />

      <section aria-labelledby="uitnodigingen-kop" className="admin-section">
        <h2 id="uitnodigingen-kop">Open uitnodigingen</h2>
        {invites.length === 0 ? (
          <p>Er zijn geen open uitnodigingen.</p>
        ) : (
          <div className="table-scroll admin-scroll" role="region" aria-label="Tabel met open uitnodigingen" tabIndex={0}>
            <table className="table table--stack admin-table">
              <caption className="visually-hidden">Uitnodigingen die nog niet zijn aangenomen, nieuwste eerst</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">E-mailadres</th>
                  <th scope="col">Rol</th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">Geldig tot</th>
                  <th scope="col">
                    <span className="visually-hidden">Actie</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invites.map((i) => (
                  <tr key={i.id}>
                    <th scope="row" className="break-words">
                      {i.name}
                    </th>
                    <td data-label="E-mailadres" className="admin-break">
                      {i.email}
                    </td>
                    <td data-label="Rol">{i.roleLabel}</td>
                    <td data-label="Organisatie" className="break-words">
                      {i.organisationName ?? "—"}
                    </td>
                    <td data-label="Geldig tot">
                      {i.expired ? (
                        <>
                          <span className="badge badge--expired">Verlopen</span> {i.expiresAt}
                        </>
                      ) : (
                        i.expiresAt
                      )}
                    </td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="intrekken" />
                        <input type="hidden" name="inviteId" value={i.id} />
                        <button type="submit" className="button button--small" disabled={busy}>
                          Intrekken
                          <span className="visually-hidden"> (uitnodiging van {i.name})</span>
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="mensen-kop" className="admin-section">
        <h2 id="mensen-kop">Mensen die met Opstap werken</h2>
        <p>Kies een naam om de rol of organisatie te wijzigen, of om iemand te blokkeren.</p>
        <div className="table-scroll admin-scroll" role="region" aria-label="Tabel met mensen" tabIndex={0}>
          <table className="table table--stack admin-table">
            <caption className="visually-hidden">Mensen met een account, actief eerst</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">E-mailadres</th>
                <th scope="col">Rol</th>
                <th scope="col">Organisatie</th>
                <th scope="col">Laatst ingelogd</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="break-words">
                    <Link to={`${PATH}?persoon=${p.id}#persoon-wijzigen`}>{p.name}</Link>
                  </th>
                  <td data-label="E-mailadres" className="admin-break">
                    {p.email}
                  </td>
                  <td data-label="Rol">{p.roleLabel}</td>
                  <td data-label="Organisatie" className="break-words">
                    {p.organisationName ?? "—"}
                  </td>
                  <td data-label="Laatst ingelogd">{p.lastSignInAt ?? "Nog nooit"}</td>
                  <td data-label="Status">{p.active ? "Actief" : <span className="badge badge--blocked">Geblokkeerd</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
