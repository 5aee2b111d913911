/**
 * The employer changes the answers of one of their requests, through their private link, while
 * nobody has picked it up (`~/domain/answer-change`). Whoever holds the request gets the new
 * answers by email. After that the page says who works on it and points to a message instead.
 */

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { type FormMetadata, getFormProps, type SubmissionResult } from "@conform-to/react";
import type { ReactNode } from "react";
import { ErrorSummary, formPageTitle, useZodForm } from "~/components/forms";
import { GroepsstageAnswerFields, ProefplaatsingAnswerFields, QuestionAnswerField } from "~/components/request-answer-fields";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { ANSWER_CHANGE_SCHEMAS } from "~/forms/answer-change";
import { doneLocation } from "~/http/done-message.server";
import { formWasRejected, markFormRejected, refusalReply } from "~/http/form-reply.server";
import { database } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { employerAccess } from "~/models/employer-access.server";
import { answerChangePage, changeAnswers } from "~/models/employer-answers.server";
import { allowEmployerLinkAction } from "~/models/rate-limit.server";
import { parseFormSubmission } from "~/forms/submission";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: formPageTitle("Uw antwoorden wijzigen – Opstap", data?.rejected) },
  { name: "robots", content: "noindex" },
];

async function pageOr404(token: string | undefined, reference: string | undefined) {
  const db = database();
  const access = await employerAccess(db, token ?? "");
  const page = access ? await answerChangePage(db, access.employer.id, access.scope, reference ?? "") : null;
  if (!access || !page) throw new Response("Deze link werkt niet (meer).", { status: 404 });
  return { access, page };
}

/** Back to the request on the employer's page, opened at it. */
const requestHref = (token: string, reference: string) =>
  `/volgen/${token}?aanvraag=${encodeURIComponent(reference)}#aanvraag-${encodeURIComponent(reference)}`;

export async function loader({ params, context }: LoaderFunctionArgs) {
  const { page } = await pageOr404(params.token, params.reference);
  return {
    ...page,
    kindLabel: REQUEST_KIND_LABELS[page.kind],
    backHref: requestHref(params.token ?? "", page.reference),
    rejected: formWasRejected(context),
  };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const { access, page } = await pageOr404(params.token, params.reference);
  const formData = await request.formData();
  const submission = parseFormSubmission(formData, { schema: ANSWER_CHANGE_SCHEMAS[page.kind] });
  const rejected = (result: SubmissionResult<string[]>) => {
    markFormRejected(context);
    return data({ result }, { status: 400 });
  };
  const db = database();
  const config = env();
  const ip = typeof context.clientIp === "string" ? context.clientIp : null;
  if (config.RATE_LIMIT === "on" && !(await allowEmployerLinkAction(db, access.linkId, ip, config.RATE_LIMIT_POSTS_PER_IP_PER_HOUR))) {
    return rejected(refusalReply(submission, { ok: false, message: "U heeft het vaak geprobeerd. Wacht een uur en probeer het dan opnieuw." }));
  }
  if (submission.status !== "success") return rejected(submission.reply());
  const outcome = await changeAnswers(db, access.employer.id, access.scope, page.reference, submission.value);
  if (!outcome.ok) return rejected(refusalReply(submission, outcome));
  const done = outcome.changed > 0 ? "antwoorden" : "antwoorden-gelijk";
  return redirect(doneLocation(`/volgen/${params.token ?? ""}`, done, { query: { aanvraag: page.reference }, hash: `aanvraag-${page.reference}` }));
}

export default function AntwoordenWijzigen() {
  const page = useLoaderData<typeof loader>();
  return (
    <div className="wrap page page--form">
      <p className="eyebrow">
        <Link to={page.backHref}>Terug naar uw aanvraag</Link>
      </p>
      <h1>Uw antwoorden wijzigen</h1>
      <p className="lead">
        Aanvraag <strong>{page.reference}</strong> voor een {page.kindLabel}.
      </p>
      {page.chance.kind === "open" ? (
        <>
          <p>
            Nog niemand is met uw aanvraag bezig. Wat u hier verandert, sturen we meteen door
            {page.handlerName ? ` naar ${page.handlerName}` : ""}. Uw bedrijf, postcode en sector kunt u hier niet
            veranderen: die bepalen welke school uw aanvraag krijgt. Klopt daar iets niet? Trek de aanvraag dan in en
            stuur een nieuwe.
          </p>
          <AnswerChangeForm />
        </>
      ) : page.chance.kind === "opgepakt" ? (
        <p>
          {page.handlerName ?? "Iemand"} is al met uw aanvraag bezig. Wilt u iets veranderen? Stuur dan een bericht vanaf{" "}
          <Link to={page.backHref}>uw aanvraag</Link>. Dan weet die persoon het meteen.
        </p>
      ) : (
        <p>
          Deze aanvraag is afgesloten. U kunt de antwoorden niet meer veranderen. <Link to={page.backHref}>Terug naar uw aanvraag</Link>.
        </p>
      )}
    </div>
  );
}

/** The form of the request's kind: each with its own schema, so every field is typed. */
function AnswerChangeForm() {
  const page = useLoaderData<typeof loader>();
  if (page.kind === "proefplaatsing") return <ProefplaatsingChange />;
  if (page.kind === "groepsstage") return <GroepsstageChange />;
  return <QuestionChange />;
}

/** The form's id, the server's last answer and the current answers, for `useZodForm`. */
function useChangeFormState() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return [`antwoorden-${page.reference}`, actionData?.result, page.values] as const;
}

function ProefplaatsingChange() {
  const [id, lastResult, values] = useChangeFormState();
  const [form, fields] = useZodForm(id, ANSWER_CHANGE_SCHEMAS.proefplaatsing, lastResult, values);
  const order = [fields.work, fields.daysAndHours, fields.supervisor, fields.startPeriod];
  return (
    <ChangeFrame form={form} order={order}>
      <ProefplaatsingAnswerFields {...fields} />
    </ChangeFrame>
  );
}

function GroepsstageChange() {
  const [id, lastResult, values] = useChangeFormState();
  // The check boxes come from the page as "on" or absent (`answerChangePage`).
  const [form, fields] = useZodForm(id, ANSWER_CHANGE_SCHEMAS.groepsstage, lastResult, values as { supervisorSpace?: "on"; canteen?: "on" });
  const order = [fields.work, fields.daysAndWeeks, fields.startPeriod, fields.supervisorSpace, fields.canteen];
  return (
    <ChangeFrame form={form} order={order}>
      <GroepsstageAnswerFields {...fields} />
    </ChangeFrame>
  );
}

function QuestionChange() {
  const [id, lastResult, values] = useChangeFormState();
  const [form, fields] = useZodForm(id, ANSWER_CHANGE_SCHEMAS.vraag, lastResult, values);
  return (
    <ChangeFrame form={form} order={[fields.question]}>
      <QuestionAnswerField question={fields.question} />
    </ChangeFrame>
  );
}

function ChangeFrame<FormShape extends Record<string, unknown>>({
  form,
  order,
  children,
}: {
  form: FormMetadata<FormShape, string[]>;
  order: Array<Parameters<typeof ErrorSummary>[0]["fields"][number]["field"]>;
  children: ReactNode;
}) {
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <ErrorSummary form={form} fields={order.map((field) => ({ field }))} />
      <Form method="post" {...getFormProps(form)} noValidate className="form">
        {children}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? "Bezig met opslaan…" : "Wijzigingen opslaan"}
        </button>
      </Form>
    </>
  );
}
