/**
 * The link sent to a new email address. Opening it changes nothing (mail scanners open links);
 * the button does. Then every earlier link stops working and a fresh one goes to the new address.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { database } from "~/lib/db.server";
import { confirmEmailChange, pendingEmailChange } from "~/models/employer-access.server";

export const meta: MetaFunction = () => [{ title: "Nieuw e-mailadres bevestigen – Opstap" }, { name: "robots", content: "noindex" }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  if (new URL(request.url).searchParams.has("bevestigd")) return { state: "bevestigd" as const, newEmail: null };
  const change = await pendingEmailChange(database(), params.token ?? "");
  return change ? { state: "open" as const, newEmail: change.newEmail } : { state: "verlopen" as const, newEmail: null };
}

export async function action({ params }: ActionFunctionArgs) {
  const outcome = await confirmEmailChange(database(), params.token ?? "");
  if (!outcome.ok) return redirect(`/volgen/adres/${params.token}`);
  return redirect(`/volgen/adres/${params.token}?bevestigd`);
}

export default function AdresBevestigen() {
  const { state, newEmail } = useLoaderData<typeof loader>();
  const busy = useNavigation().state !== "idle";
  if (state === "bevestigd") {
    return (
      <div className="wrap page">
        <div className="panel panel--success" role="status">
          <h1>Uw nieuwe e-mailadres is bevestigd</h1>
        </div>
        <p>
          Vanaf nu sturen we e-mails naar dit adres. Uw oude links werken niet meer. We hebben een nieuwe link naar uw aanvragen
          gestuurd. Kijk in uw e-mail.
        </p>
        <p>
          <Link to="/">Naar de startpagina</Link>
        </p>
      </div>
    );
  }
  if (state === "verlopen") {
    return (
      <div className="wrap page">
        <h1>Deze link werkt niet meer</h1>
        <p>
          De link is al gebruikt of ouder dan 24 uur. Wilt u uw e-mailadres nog wijzigen? Vraag dan via <Link to="/volgen">Link kwijt?</Link> een
          nieuwe link naar uw aanvragen aan, en pas daar uw e-mailadres aan.
        </p>
      </div>
    );
  }
  return (
    <div className="wrap page page--form">
      <h1>Nieuw e-mailadres bevestigen</h1>
      <p className="lead">
        Wilt u voortaan <strong>{newEmail}</strong> gebruiken voor uw aanvragen bij Opstap?
      </p>
      <Form method="post" className="form">
        <button type="submit" className="button button--primary" disabled={busy}>
          Ja, gebruik dit e-mailadres
        </button>
      </Form>
    </div>
  );
}
