/** An invite from an administrator: accept it, then sign in with the code that is emailed. */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { formatDeadline } from "~/domain/dates";
import { STAFF_ROLE_LABELS } from "~/domain/staff";
import { database } from "~/lib/db.server";
import { pendingSignInCookie, requireSameOrigin } from "~/http/staff-session.server";
import { acceptInvite, inviteByToken } from "~/models/staff-auth.server";

export const meta: MetaFunction = () => [{ title: "Uitnodiging – Opstap" }, { name: "robots", content: "noindex" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await inviteByToken(database(), params.token ?? "");
  if (!found) throw new Response("Deze uitnodiging bestaat niet.", { status: 404 });
  return {
    state: found.state,
    name: found.invite.name,
    email: found.invite.email,
    role: STAFF_ROLE_LABELS[found.invite.role],
    organisation: found.organisation?.name ?? null,
    validUntil: formatDeadline(found.invite.expiresAt),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const outcome = await acceptInvite(database(), params.token ?? "");
  if (!outcome.ok) return redirect(`/uitnodiging/${params.token}`);
  return redirect("/inloggen/code?terug=%2Fbackoffice&uitnodiging", {
    headers: { "Set-Cookie": await pendingSignInCookie().serialize(outcome.email) },
  });
}

export default function UitnodigingPage() {
  const invite = useLoaderData<typeof loader>();
  const busy = useNavigation().state !== "idle";
  if (invite.state !== "open") {
    return (
      <div className="wrap page page--form">
        <h1>Deze uitnodiging werkt niet meer</h1>
        <p className="lead">
          {invite.state === "aangenomen"
            ? "U heeft deze uitnodiging al aangenomen. U kunt inloggen met uw e-mailadres."
            : invite.state === "verlopen"
              ? "De uitnodiging is verlopen. Vraag de beheerder om een nieuwe."
              : "De beheerder heeft deze uitnodiging ingetrokken."}
        </p>
        <p>
          <Link to="/inloggen">Naar inloggen</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="wrap page page--form">
      <h1>Welkom bij Opstap, {invite.name}</h1>
      <p className="lead">
        U bent uitgenodigd als {invite.role.toLowerCase()}
        {invite.organisation ? ` bij ${invite.organisation}` : ""}. De uitnodiging werkt tot {invite.validUntil}.
      </p>
      <p>
        Als u de uitnodiging aanneemt, sturen we een code naar <strong>{invite.email}</strong>. Daarmee logt u in. U heeft
        geen wachtwoord nodig.
      </p>
      <Form method="post" className="form">
        <button type="submit" className="button button--primary" disabled={busy}>
          Uitnodiging aannemen
        </button>
      </Form>
    </div>
  );
}
