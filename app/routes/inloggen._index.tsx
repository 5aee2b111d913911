/** Staff sign in without a password: they get a code and a link by email. */
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useZodForm } from "~/components/forms";
import { SignInEmailSchema } from "~/forms/sign-in";
import { database } from "~/lib/db.server";
import { clientIp, currentStaff, pendingSignInCookie, safeReturnPath, requireSameOrigin } from "~/http/staff-session.server";
import { startSignIn } from "~/models/staff-auth.server";
import { parseFormSubmission } from "~/forms/submission";

export const meta: MetaFunction = () => [{ title: "Inloggen voor medewerkers – Opstap" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const terug = safeReturnPath(url.searchParams.get("terug"));
  if (await currentStaff(request)) throw redirect(terug);
  return { terug, expired: url.searchParams.has("verlopen"), signedOut: url.searchParams.has("uitgelogd") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const submission = parseFormSubmission(await request.formData(), { schema: SignInEmailSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const outcome = await startSignIn(database(), submission.value.email, clientIp(context));
  if (!outcome.ok) {
    return data(
      submission.reply({ formErrors: ["U heeft het te vaak geprobeerd. Wacht een kwartier en probeer het dan opnieuw."] }),
      { status: 429 },
    );
  }
  const terug = safeReturnPath(submission.value.terug);
  return redirect(`/inloggen/code?terug=${encodeURIComponent(terug)}`, {
    headers: { "Set-Cookie": await pendingSignInCookie().serialize(submission.value.email) },
  });
}

export default function Inloggen() {
  const { terug, expired, signedOut } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useZodForm("inloggen", SignInEmailSchema, lastResult);
  return (
    <div className="wrap page page--form">
      <p className="eyebrow">Voor medewerkers van scholen en werkgeversservicepunten</p>
      <h1>Inloggen</h1>
      {signedOut ? (
        <div className="panel panel--success" role="status">
          <p>U bent uitgelogd.</p>
        </div>
      ) : null}
      {expired ? (
        <div className="panel" role="status">
          <p>U was een tijd niet actief en bent uitgelogd. Log opnieuw in.</p>
        </div>
      ) : null}
      <p className="lead">
        U heeft geen wachtwoord nodig. Vul uw e-mailadres in. U krijgt dan een e-mail met een code van 6 cijfers en een
        knop om in te loggen.
      </p>
      <ErrorSummary form={form} fields={[{ field: fields.email, label: "E-mailadres" }]} />
      <Form method="post" {...getFormProps(form)} noValidate className="form">
        <input type="hidden" name="terug" value={terug} />
        <TextField field={fields.email} label="E-mailadres" type="email" autoComplete="email" inputMode="email" />
        <button type="submit" className="button button--primary" disabled={busy}>
          Stuur mij een code
        </button>
      </Form>
      <p>Werkgever? U heeft geen account nodig. Uw aanvragen volgt u met de link uit uw e-mail.</p>
    </div>
  );
}
