import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, SelectField, TextareaField, TextField } from "~/components/forms";
import { CompanyFields, ConsentAndSend, ContactFields, RequestFormFrame, SHARED_LABELS, useRequestForm } from "~/components/request-form";
import { START_PERIODS } from "~/forms/fields";
import { GROUP_SIZE, GroepsstageSchema } from "~/forms/groepsstage";
import { employerContact, handleRequestForm, newSubmissionKey, type RequestFormActionData } from "~/http/request-form.server";

export const meta: MetaFunction = () => [
  { title: "Groepsstage aanvragen – Opstap" },
  { name: "description", content: "Vraag een groepsstage aan: een groep leerlingen met een begeleider van school." },
];

export const loader = newSubmissionKey;

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

const LABELS = {
  ...SHARED_LABELS,
  sector: "Sector",
  work: "Welk werk kan de groep bij u doen?",
  groupSize: "Hoeveel leerlingen kunnen er komen?",
  daysAndWeeks: "Op welke dagen en hoeveel weken?",
  startPeriod: "Wanneer wilt u beginnen?",
} as const;

export default function GroepsstageAanvragen() {
  const { submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as RequestFormActionData | undefined;
  const [form, fields] = useRequestForm("groepsstage", GroepsstageSchema, actionData);

  return (
    <div className="wrap page page--form">
      <h1>Groepsstage aanvragen</h1>
      <p className="lead">
        Bij een groepsstage komt een groep leerlingen tegelijk bij u werken. Een begeleider van school komt mee en blijft
        erbij. Zo hoeft u zelf weinig te begeleiden.
      </p>
      <p>Meestal gaat het om 5 tot 10 leerlingen, een dag per week, een paar weken lang.</p>

      <RequestFormFrame form={form} fields={fields} labels={LABELS} submissionKey={submissionKey}>

        <CompanyFields fields={fields} municipalityOptions={actionData?.municipalityOptions ?? []} />

        <fieldset className="fieldset">
          <legend>De groepsstage</legend>
          <TextareaField field={fields.work} label={LABELS.work} hint="Bijvoorbeeld: planten verpotten, orders inpakken, de kantine schoonmaken." />
          <TextField
            field={fields.groupSize}
            label={LABELS.groupSize}
            hint={`Tussen ${GROUP_SIZE.min} en ${GROUP_SIZE.max} leerlingen.`}
            inputMode="numeric"
            className="input input--short"
          />
          <TextField field={fields.daysAndWeeks} label={LABELS.daysAndWeeks} hint="Bijvoorbeeld: elke dinsdag, 6 weken." />
          <SelectField field={fields.startPeriod} label={LABELS.startPeriod} options={START_PERIODS} />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Wat is er bij u?</legend>
          <CheckboxField field={fields.supervisorSpace} label="Er is een plek voor de begeleider van school" />
          <CheckboxField field={fields.canteen} label="Er is een kantine of een plek om te eten" />
        </fieldset>

        <ContactFields contactName={fields.contactName} email={fields.email} phone={fields.phone} />
        <ConsentAndSend consent={fields.consent} label="Groepsstage aanvragen" />
      </RequestFormFrame>
    </div>
  );
}
