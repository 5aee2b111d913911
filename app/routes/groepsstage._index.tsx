import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { formPageTitle, TextField, useZodForm } from "~/components/forms";
import {
  COMPANY_FIELD_ORDER,
  CompanyFields,
  ConsentAndSend,
  CONTACT_FIELD_ORDER,
  ContactFields,
  MunicipalityQuestionNote,
  RequestFormFrame,
} from "~/components/request-form";
import { GroepsstageAnswerFields } from "~/components/request-answer-fields";
import { GROUP_SIZE, GroepsstageSchema } from "~/forms/groepsstage";
import { formWasRejected } from "~/http/form-reply.server";
import { employerContact, handleRequestForm, newSubmissionKey } from "~/http/request-form.server";
import { FORM_TEMPLATE_HEADERS } from "~/http/page-cache.server";

/** The page is the same for everyone but its nonce and submission key: the server keeps it as a template. */
export const headers = () => FORM_TEMPLATE_HEADERS;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: formPageTitle("Aanvraag voor een groepsstage – Opstap", data?.rejected) },
  { name: "description", content: "Vraag een groepsstage aan: een groep leerlingen met een begeleider van school." },
];

export function loader({ context }: LoaderFunctionArgs) {
  return { ...newSubmissionKey(), rejected: formWasRejected(context) };
}

export function action({ request, context }: ActionFunctionArgs) {
  return handleRequestForm(request, context, GroepsstageSchema, (v) => ({
    kind: "groepsstage",
    submissionKey: v.submissionKey,
    contact: employerContact(v),
    sector: v.sector,
    groupSize: Number(v.groupSize),
    answers: {
      work: v.work,
      daysAndWeeks: v.daysAndWeeks,
      startPeriod: v.startPeriod,
      supervisorSpace: v.supervisorSpace === "on",
      canteen: v.canteen === "on",
    },
  }));
}

/** The fields in the order the page shows them, for the error summary. */
const ORDER = [
  ...COMPANY_FIELD_ORDER,
  "work",
  "groupSize",
  "daysAndWeeks",
  "startPeriod",
  "supervisorSpace",
  "canteen",
  ...CONTACT_FIELD_ORDER,
] as const;

export default function GroepsstageAanvragen() {
  const { submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm("groepsstage", GroepsstageSchema, actionData?.result);
  const municipalityOptions = actionData?.municipalityOptions ?? [];

  return (
    <div className="wrap page page--form">
      <h1>Groepsstage aanvragen</h1>
      <p className="lead">
        Bij een groepsstage komt een groep leerlingen tegelijk bij u werken. Een begeleider van school komt mee en blijft
        erbij. Zo hoeft u zelf weinig te begeleiden.
      </p>
      <p>Meestal gaat het om 5 tot 10 leerlingen, een dag per week, een paar weken lang.</p>

      <MunicipalityQuestionNote municipality={fields.municipality} show={municipalityOptions.length > 0 && form.status !== "error"} />
      <RequestFormFrame form={form} fields={fields} order={ORDER} submissionKey={submissionKey}>
        <CompanyFields fields={fields} municipalityOptions={municipalityOptions} />

        <GroepsstageAnswerFields
          work={fields.work}
          groupSize={
            <TextField
              field={fields.groupSize}
              label="Hoeveel leerlingen kunnen er komen?"
              hint={`Tussen ${GROUP_SIZE.min} en ${GROUP_SIZE.max} leerlingen.`}
              inputMode="numeric"
              className="input input--short"
            />
          }
          daysAndWeeks={fields.daysAndWeeks}
          startPeriod={fields.startPeriod}
          supervisorSpace={fields.supervisorSpace}
          canteen={fields.canteen}
        />

        <ContactFields contactName={fields.contactName} email={fields.email} phone={fields.phone} />
        <ConsentAndSend consent={fields.consent} />
      </RequestFormFrame>
    </div>
  );
}
