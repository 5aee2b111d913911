import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SelectField, TextareaField, TextField } from "~/components/forms";
import { CompanyFields, ConsentAndSend, ContactFields, RequestFormFrame, SHARED_LABELS, useRequestForm } from "~/components/request-form";
import { START_PERIODS } from "~/forms/fields";
import { ProefplaatsingSchema } from "~/forms/proefplaatsing";
import { employerContact, handleRequestForm, newSubmissionKey, type RequestFormActionData } from "~/http/request-form.server";

export const meta: MetaFunction = () => [
  { title: "Proefplaatsing aanmelden – Opstap" },
  { name: "description", content: "Meld uw bedrijf aan voor een proefplaatsing van een leerling uit het praktijkonderwijs of vso." },
];

export const loader = newSubmissionKey;

export function action({ request, context }: ActionFunctionArgs) {
  return handleRequestForm(request, context, ProefplaatsingSchema, (v) => ({
    kind: "proefplaatsing",
    submissionKey: v.submissionKey,
    contact: employerContact(v),
    sector: v.sector,
    answers: { work: v.work, daysAndHours: v.daysAndHours ?? null, supervisor: v.supervisor, startPeriod: v.startPeriod },
  }));
}

const LABELS = {
  ...SHARED_LABELS,
  sector: "Sector",
  work: "Welk werk kan een leerling bij u doen?",
  daysAndHours: "Op welke dagen en uren?",
  supervisor: "Wie begeleidt de leerling bij u?",
  startPeriod: "Wanneer wilt u beginnen?",
} as const;

export default function ProefplaatsingAanmelden() {
  const { submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as RequestFormActionData | undefined;
  const [form, fields] = useRequestForm("proefplaatsing", ProefplaatsingSchema, actionData);

  return (
    <div className="wrap page page--form">
      <h1>Proefplaatsing aanmelden</h1>
      <p className="lead">
        Bij een proefplaatsing komt één leerling een tijdje bij u werken. De school kiest een leerling die bij uw werk
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

      <RequestFormFrame form={form} fields={fields} labels={LABELS} submissionKey={submissionKey}>

        <CompanyFields fields={fields} municipalityOptions={actionData?.municipalityOptions ?? []} />

        <fieldset className="fieldset">
          <legend>Het werk</legend>
          <TextareaField
            field={fields.work}
            label={LABELS.work}
            hint="Een paar zinnen is genoeg. Bijvoorbeeld: vakken vullen, helpen in de keuken, dozen inpakken."
          />
          <TextField
            field={fields.daysAndHours}
            label={LABELS.daysAndHours}
            optional
            hint="Bijvoorbeeld: dinsdag en donderdag, 9 tot 15 uur. De school past het rooster aan op school."
          />
          <TextField
            field={fields.supervisor}
            label={LABELS.supervisor}
            hint="Een vaste collega bij wie de leerling terecht kan. Bijvoorbeeld: Ahmed, chef-kok."
          />
          <SelectField field={fields.startPeriod} label={LABELS.startPeriod} options={START_PERIODS} />
        </fieldset>

        <ContactFields contactName={fields.contactName} email={fields.email} phone={fields.phone} />
        <ConsentAndSend consent={fields.consent} label="Aanmelding versturen" />
      </RequestFormFrame>
    </div>
  );
}
