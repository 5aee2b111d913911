import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SelectField, TextareaField } from "~/components/forms";
import { CompanyFields, ConsentAndSend, ContactFields, RequestFormFrame, SHARED_LABELS, useRequestForm } from "~/components/request-form";
import { QUESTION_TOPICS } from "~/domain/routing";
import { type VraagInput, VraagSchema } from "~/forms/vraag";
import { employerContact, handleRequestForm, type RequestFormActionData } from "~/http/request-form.server";

export const meta: MetaFunction = () => [
  { title: "Vraag stellen – Opstap" },
  { name: "description", content: "Stel uw vraag over stages, proefplaatsingen of regelingen. Wij sturen hem naar wie u kan helpen." },
];

/** The regelingencheck links here with its answers filled in (?onderwerp=…&toelichting=…). */
export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const topic = url.searchParams.get("onderwerp");
  return {
    submissionKey: crypto.randomUUID(),
    topic: QUESTION_TOPICS.some((t) => t.value === topic) ? topic : null,
    question: (url.searchParams.get("toelichting") ?? "").slice(0, 3000),
  };
}

export function action({ request, context }: ActionFunctionArgs) {
  return handleRequestForm(request, context, VraagSchema, (v) => ({
    kind: "vraag",
    submissionKey: v.submissionKey,
    contact: employerContact(v),
    sector: v.sector ?? null,
    topic: v.topic,
    answers: { question: v.question },
  }));
}

const LABELS = { ...SHARED_LABELS, topic: "Onderwerp", question: "Uw vraag", sector: "Sector" } as const;

export default function VraagStellen() {
  const { submissionKey, topic, question } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as RequestFormActionData | undefined;
  const [form, fields] = useRequestForm("vraag", VraagSchema, actionData, {
    topic: (topic ?? undefined) as VraagInput["topic"] | undefined,
    question: question || undefined,
  });

  return (
    <div className="wrap page page--form">
      <h1>Vraag stellen</h1>
      <p className="lead">
        Heeft u een vraag over stages, een proefplaatsing of over regelingen als de no-riskpolis? Stel hem hier. Wij
        sturen uw vraag naar wie u het best kan helpen: een school of het werkgeversservicepunt bij u in de buurt.
      </p>

      <RequestFormFrame form={form} fields={fields} labels={LABELS} submissionKey={submissionKey}>

        <fieldset className="fieldset">
          <legend>Uw vraag</legend>
          <SelectField field={fields.topic} label={LABELS.topic} options={QUESTION_TOPICS} placeholder="Waar gaat uw vraag over?" />
          <TextareaField field={fields.question} label={LABELS.question} rows={6} />
        </fieldset>

        <CompanyFields fields={fields} municipalityOptions={actionData?.municipalityOptions ?? []} sectorOptional />

        <ContactFields contactName={fields.contactName} email={fields.email} phone={fields.phone} />
        <ConsentAndSend consent={fields.consent} label="Vraag versturen" />
      </RequestFormFrame>
    </div>
  );
}
