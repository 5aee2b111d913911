/** "Link kwijt?": the employer gets a new link to their tracking page by email. */
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useZodForm } from "~/components/forms";
import { LinkKwijtSchema } from "~/forms/tracking";
import { database } from "~/lib/db.server";
import { runAfterAnswer } from "~/lib/background.server";
import { env } from "~/lib/env.server";
import { sendEmployerLink } from "~/models/employer-access.server";
import { allowHit } from "~/models/rate-limit.server";
import { parseFormSubmission } from "~/forms/submission";

export const meta: MetaFunction = () => [{ title: "Link kwijt? – Opstap" }];

export function loader({ request }: LoaderFunctionArgs) {
  return { sent: new URL(request.url).searchParams.has("verstuurd") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseFormSubmission(await request.formData(), { schema: LinkKwijtSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const db = database();
  const config = env();
  const hour = { windowSeconds: 3600 };
  const ip = typeof context.clientIp === "string" ? context.clientIp : null;
  const allowed =
    config.RATE_LIMIT === "off" ||
    ((!ip || (await allowHit(db, `ip:${ip}`, { ...hour, max: config.RATE_LIMIT_POSTS_PER_IP_PER_HOUR }))) &&
      (await allowHit(db, `link:${submission.value.email.toLowerCase()}`, { ...hour, max: 3 })));
  // The same answer whether or not the address is known, and whether or not it was sent.
  // After the answer: a known address must not take longer to answer than an unknown one.
  if (allowed) runAfterAnswer("link kwijt", () => sendEmployerLink(db, submission.value.email));
  return redirect("/volgen?verstuurd");
}

export default function LinkKwijt() {
  const { sent } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useZodForm("link-kwijt", LinkKwijtSchema, lastResult);
  return (
    <div className="wrap page page--form">
      <h1>Link kwijt?</h1>
      {sent ? (
        <div className="panel panel--success" role="status">
          <p>
            Als we dit e-mailadres kennen, sturen we er nu een nieuwe link naartoe. Kijk ook bij uw ongewenste e-mail.
          </p>
        </div>
      ) : null}
      <p className="lead">
        Met uw eigen link ziet u al uw aanvragen bij Opstap. Vul het e-mailadres in waarmee u de aanvraag stuurde. Dan
        sturen we u een nieuwe link.
      </p>
      <ErrorSummary form={form} fields={[{ field: fields.email, label: "Uw e-mailadres" }]} />
      <Form method="post" {...getFormProps(form)} noValidate className="form">
        <TextField field={fields.email} label="Uw e-mailadres" type="email" autoComplete="email" inputMode="email" />
        <button type="submit" className="button button--primary" disabled={busy}>
          Stuur mij een nieuwe link
        </button>
      </Form>
    </div>
  );
}
