/** The second step of signing in: the 6-digit code from the email. */
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useZodForm } from "~/components/forms";
import { SignInCodeSchema } from "~/forms/sign-in";
import { database } from "~/lib/db.server";
import { clientIp, pendingSignInCookie, safeReturnPath, newSessionCookie, requireSameOrigin } from "~/http/staff-session.server";
import { signInWithCode } from "~/models/staff-auth.server";
import { parseFormSubmission } from "~/forms/submission";

export const meta: MetaFunction = () => [{ title: "Code invullen – Opstap" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const email = await pendingSignInCookie().parse(request.headers.get("Cookie"));
  return {
    email: typeof email === "string" ? email : "",
    terug: safeReturnPath(new URL(request.url).searchParams.get("terug")),
    // Straight from accepting an invite: the address is known, so the page may say so.
    invited: new URL(request.url).searchParams.has("uitnodiging"),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const submission = parseFormSubmission(await request.formData(), { schema: SignInCodeSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { email, code, terug } = submission.value;
  const outcome = await signInWithCode(database(), email, code, request.headers.get("User-Agent"), clientIp(context));
  if (!outcome.ok) {
    // The same words whether the address is known, the code wrong or used up too often.
    const message =
      outcome.reason === "te_vaak"
        ? "U heeft het te vaak geprobeerd. Wacht een kwartier en vraag dan een nieuwe code aan."
        : "Deze code klopt niet of werkt niet meer. Kijk of u de laatste e-mail gebruikt, of vraag een nieuwe code aan.";
    return data(submission.reply({ fieldErrors: { code: [message] } }), { status: 400 });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await newSessionCookie(request, outcome.sessionToken));
  headers.append("Set-Cookie", await pendingSignInCookie().serialize("", { maxAge: 0 }));
  return redirect(safeReturnPath(terug), { headers });
}

export default function InloggenCode() {
  const { email, terug, invited } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useZodForm("inlogcode", SignInCodeSchema, lastResult, { email });
  return (
    <div className="wrap page page--form">
      <h1>Vul uw code in</h1>
      <div className="panel" role="status">
        <p>
          {invited
            ? `Welkom! We hebben een e-mail met een code gestuurd naar ${email}.`
            : "Als dit e-mailadres bij Opstap hoort, is er nu een e-mail met een code onderweg."}{" "}
          De code werkt 15 minuten. Kijk ook bij uw ongewenste e-mail.
        </p>
      </div>
      <ErrorSummary
        form={form}
        fields={[
          { field: fields.email, label: "E-mailadres" },
          { field: fields.code, label: "Code" },
        ]}
      />
      <Form method="post" {...getFormProps(form)} noValidate className="form">
        <input type="hidden" name="terug" value={terug} />
        <TextField field={fields.email} label="E-mailadres" type="email" autoComplete="email" inputMode="email" />
        <TextField
          field={fields.code}
          label="Code uit de e-mail"
          hint="6 cijfers"
          autoComplete="one-time-code"
          inputMode="numeric"
          className="input input--short"
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          Inloggen
        </button>
      </Form>
      <p>
        Geen e-mail gekregen? <Link to={`/inloggen?terug=${encodeURIComponent(terug)}`}>Vraag een nieuwe code aan</Link>.
      </p>
    </div>
  );
}
