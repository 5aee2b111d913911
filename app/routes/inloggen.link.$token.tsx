/**
 * The sign-in link from the email. Opening it does not sign in yet: mail scanners open links
 * too, and would use up the one-time link. A button (POST) does.
 */
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { database } from "~/lib/db.server";
import { newSessionCookie, requireSameOrigin } from "~/http/staff-session.server";
import { signInWithLink } from "~/models/staff-auth.server";

export const meta: MetaFunction = () => [{ title: "Inloggen – Opstap" }, { name: "robots", content: "noindex" }];

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const outcome = await signInWithLink(database(), params.token ?? "", request.headers.get("User-Agent"));
  if (!outcome.ok) return { problem: true };
  return redirect("/backoffice", { headers: { "Set-Cookie": await newSessionCookie(request, outcome.sessionToken) } });
}

export default function InloggenLink() {
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  if (result?.problem) {
    return (
      <div className="wrap page page--form">
        <h1>Deze link werkt niet meer</h1>
        <p className="lead">Een inloglink werkt 15 minuten, en maar één keer.</p>
        <p>
          <Link to="/inloggen">Vraag een nieuwe code aan</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="wrap page page--form">
      <h1>Inloggen bij Opstap</h1>
      <p className="lead">Klik op de knop om in te loggen.</p>
      <Form method="post" className="form">
        <button type="submit" className="button button--primary" disabled={busy}>
          Inloggen
        </button>
      </Form>
    </div>
  );
}
