import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { formPageTitle, useZodForm } from "~/components/forms";
import {
  COMPANY_FIELD_ORDER,
  CompanyFields,
  ConsentAndSend,
  CONTACT_FIELD_ORDER,
  ContactFields,
  MunicipalityQuestionNote,
  RequestFormFrame,
} from "~/components/request-form";
import { ProefplaatsingAnswerFields } from "~/components/request-answer-fields";
import { ProefplaatsingSchema } from "~/forms/proefplaatsing";
import { formWasRejected } from "~/http/form-reply.server";
import { employerContact, handleRequestForm, newSubmissionKey } from "~/http/request-form.server";
import { FORM_TEMPLATE_HEADERS } from "~/http/page-cache.server";

/** The page is the same for everyone but its nonce and submission key: the server keeps it as a template. */
export const headers = () => FORM_TEMPLATE_HEADERS;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: formPageTitle("Aanvraag voor een proefplaatsing – Opstap", data?.rejected) },
  { name: "description", content: "Vraag een proefplaatsing aan voor een leerling uit het praktijkonderwijs of vso." },
];

export function loader({ context }: LoaderFunctionArgs) {
  return { ...newSubmissionKey(), rejected: formWasRejected(context) };
}

export function action({ request, context }: ActionFunctionArgs) {
  return handleRequestForm(request, context, ProefplaatsingSchema, (v) => ({
    kind: "proefplaatsing",
    submissionKey: v.submissionKey,
    contact: employerContact(v),
    sector: v.sector,
    answers: { work: v.work, daysAndHours: v.daysAndHours ?? null, supervisor: v.supervisor, startPeriod: v.startPeriod },
  }));
}

/** The fields in the order the page shows them, for the error summary. */
const ORDER = [...COMPANY_FIELD_ORDER, "work", "daysAndHours", "supervisor", "startPeriod", ...CONTACT_FIELD_ORDER] as const;

export default function ProefplaatsingAanvragen() {
  const { submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm("proefplaatsing", ProefplaatsingSchema, actionData?.result);
  const municipalityOptions = actionData?.municipalityOptions ?? [];

  return (
    <div className="wrap page page--form">
      <h1>Proefplaatsing aanbieden</h1>
      <p className="lead">
        Bij een proefplaatsing komt één leerling bij u werken, bijvoorbeeld een dag per week, een paar weken lang. De school kiest een leerling die bij uw werk
        past en blijft de leerling begeleiden. U zit nergens aan vast en u kunt altijd stoppen.
      </p>
      <details className="expectations">
        <summary>Wat kunt u verwachten van een leerling?</summary>
        <p>
          De leerlingen leren het best door te doen. Ze kunnen veel, als de taken duidelijk zijn en er iemand is bij wie
          ze met vragen terecht kunnen. Ze werken nog niet zo snel of zelfstandig als een ervaren collega. Reken in het
          begin op wat extra uitleg. De school helpt u daarbij en komt langs.
        </p>
      </details>
      <p>Het invullen duurt ongeveer 3 minuten.</p>

      <MunicipalityQuestionNote municipality={fields.municipality} show={municipalityOptions.length > 0 && form.status !== "error"} />
      <RequestFormFrame form={form} fields={fields} order={ORDER} submissionKey={submissionKey}>
        <CompanyFields fields={fields} municipalityOptions={municipalityOptions} />

        <ProefplaatsingAnswerFields work={fields.work} daysAndHours={fields.daysAndHours} supervisor={fields.supervisor} startPeriod={fields.startPeriod} />

        <ContactFields contactName={fields.contactName} email={fields.email} phone={fields.phone} />
        <ConsentAndSend consent={fields.consent} />
      </RequestFormFrame>
    </div>
  );
}
