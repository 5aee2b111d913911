import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { formPageTitle, SelectField, TextField, useZodForm } from "~/components/forms";
import { ConsentAndSend, ContactFields, MunicipalityQuestionNote, PlaceFields, RequestFormFrame } from "~/components/request-form";
import { QuestionAnswerField } from "~/components/request-answer-fields";
import { QUESTION_TOPICS } from "~/domain/routing";
import { TOPICS_NEEDING_COMPANY, topicNeedsPlace, type VraagInput, VraagSchema } from "~/forms/vraag";
import { formWasRejected } from "~/http/form-reply.server";
import { employerContact, handleRequestForm } from "~/http/request-form.server";
import { FORM_TEMPLATE_HEADERS } from "~/http/page-cache.server";

/** The page is the same for everyone but its nonce and submission key: the server keeps it as a template. */
export const headers = () => FORM_TEMPLATE_HEADERS;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: formPageTitle("Vraag stellen – Opstap", data?.rejected) },
  { name: "description", content: "Stel uw vraag over stages, proefplaatsingen of regelingen. Wij sturen hem naar wie u kan helpen." },
];

/** The regelingencheck links here with its answers filled in (?onderwerp=…&toelichting=…). */
export function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const topic = url.searchParams.get("onderwerp");
  return {
    submissionKey: crypto.randomUUID(),
    topic: QUESTION_TOPICS.some((t) => t.value === topic) ? topic : null,
    question: (url.searchParams.get("toelichting") ?? "").slice(0, 3000),
    rejected: formWasRejected(context),
  };
}

export function action({ request, context }: ActionFunctionArgs) {
  return handleRequestForm(request, context, VraagSchema, (v) => ({
    kind: "vraag",
    submissionKey: v.submissionKey,
    // The company's name is only asked for a topic a school answers; without it the request
    // keeps an empty name, as an erased one does.
    contact: employerContact({ ...v, companyName: v.companyName ?? "" }),
    sector: null,
    topic: v.topic,
    answers: { question: v.question },
  }), { placeOptional: true });
}

/** The fields in the order the page shows them, for the error summary. */
const ORDER = ["topic", "question", "contactName", "email", "phone", "companyName", "postcode", "municipality", "consent"] as const;

export default function VraagStellen() {
  const { submissionKey, topic, question } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm("vraag", VraagSchema, actionData?.result, {
    topic: (topic ?? undefined) as VraagInput["topic"] | undefined,
    question: question || undefined,
  });
  const municipalityOptions = actionData?.municipalityOptions ?? [];
  // Without JavaScript every field shows, with a hint saying when it is needed. With JavaScript the
  // fields the chosen topic does not need are folded away (and disabled, so nothing hidden is sent
  // or checked): a quick question is then name, email and the question.
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  const chosenTopic = fields.topic.value;
  const placeNeeded = !chosenTopic || topicNeedsPlace(chosenTopic);
  const showPlace = !scripted || placeNeeded;
  const showCompany = !scripted || !chosenTopic || TOPICS_NEEDING_COMPANY.has(chosenTopic);

  return (
    <div className="wrap page page--form">
      <h1>Vraag stellen</h1>
      <p className="lead">
        Heeft u een vraag over stages, een proefplaatsing of over regelingen als de no-riskpolis? Stel hem hier. Wij
        sturen uw vraag naar wie u het best kan helpen: een school of het werkgeversservicepunt bij u in de buurt. Een
        vraag over iets anders beantwoordt het team van Opstap zelf.
      </p>

      <MunicipalityQuestionNote municipality={fields.municipality} show={municipalityOptions.length > 0 && form.status !== "error"} />
      <RequestFormFrame form={form} fields={fields} order={ORDER} submissionKey={submissionKey}>
        <fieldset className="fieldset">
          <legend>Uw vraag</legend>
          <SelectField field={fields.topic} label="Onderwerp" options={QUESTION_TOPICS} placeholder="Waar gaat uw vraag over?" />
          <QuestionAnswerField question={fields.question} />
        </fieldset>

        <ContactFields contactName={fields.contactName} email={fields.email} phone={fields.phone} />

        <fieldset className="fieldset" hidden={!showPlace} disabled={!showPlace}>
          <legend>Waar is uw bedrijf?</legend>
          {showCompany ? (
            <TextField
              field={fields.companyName}
              label="Naam van uw bedrijf"
              optional
              autoComplete="organization"
              hint="Alleen nodig als uw vraag over een stage, proefplaatsing of groepsstage gaat. Dan zoeken we een school die bij u langs kan komen."
            />
          ) : null}
          <PlaceFields
            postcode={fields.postcode}
            municipality={fields.municipality}
            municipalityOptions={municipalityOptions}
            postcodeHint={
              scripted
                ? "Bijvoorbeeld 3511 AB. Zo komt uw vraag bij het werkgeversservicepunt of een school bij u in de buurt."
                : "Bijvoorbeeld 3511 AB. Zo komt uw vraag bij het werkgeversservicepunt of een school bij u in de buurt. Gaat uw vraag over iets anders? Dan mag u dit leeg laten."
            }
          />
        </fieldset>

        <ConsentAndSend
          consent={fields.consent}
          label={
            scripted && !placeNeeded
              ? "Ik geef toestemming om mijn gegevens door te geven aan het team van Opstap."
              : "Ik geef toestemming om mijn gegevens door te geven aan een school en het werkgeversservicepunt in mijn regio, of bij een vraag over iets anders aan het team van Opstap."
          }
        />
      </RequestFormFrame>
    </div>
  );
}
