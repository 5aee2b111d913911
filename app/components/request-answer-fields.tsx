/**
 * The answers of each kind of request, as fieldsets: the same labels and hints on the form that
 * sends a request and on the page where the employer changes its answers before anybody has
 * picked it up (`volgen.$token_.wijzigen.$reference`).
 */
import type { FieldMetadata } from "@conform-to/react";
import { START_PERIODS } from "~/domain/start-periods";
import { CheckboxField, SelectField, TextareaField, TextField } from "./forms";

type Field = FieldMetadata<string | undefined>;

export function ProefplaatsingAnswerFields(fields: { work: Field; daysAndHours: Field; supervisor: Field; startPeriod: Field }) {
  return (
    <fieldset className="fieldset">
      <legend>Het werk</legend>
      <TextareaField
        field={fields.work}
        label="Welk werk kan een leerling bij u doen?"
        hint="Een paar zinnen is genoeg. Bijvoorbeeld: vakken vullen, helpen in de keuken, dozen inpakken."
      />
      <TextField
        field={fields.daysAndHours}
        label="Op welke dagen en uren?"
        optional
        hint="Bijvoorbeeld: dinsdag en donderdag, 9 tot 15 uur. De school past het rooster aan op school."
      />
      <TextField
        field={fields.supervisor}
        label="Wie begeleidt de leerling bij u?"
        hint="Een vaste collega bij wie de leerling terecht kan. Bijvoorbeeld: Ahmed, chef-kok."
      />
      <SelectField field={fields.startPeriod} label="Wanneer wilt u beginnen?" options={START_PERIODS} />
    </fieldset>
  );
}

/**
 * The group's work and its days; `groupSize` (a field of its own) only on the form that sends the
 * request: the size helped choose the school, so it cannot change afterwards.
 */
export function GroepsstageAnswerFields(fields: {
  work: Field;
  groupSize?: React.ReactNode;
  daysAndWeeks: Field;
  startPeriod: Field;
  supervisorSpace: Field;
  canteen: Field;
}) {
  return (
    <>
      <fieldset className="fieldset">
        <legend>De groepsstage</legend>
        <TextareaField
          field={fields.work}
          label="Welk werk kan de groep bij u doen?"
          hint="Bijvoorbeeld: planten verpotten, orders inpakken, de kantine schoonmaken."
        />
        {fields.groupSize}
        <TextField field={fields.daysAndWeeks} label="Op welke dagen en hoeveel weken?" hint="Bijvoorbeeld: elke dinsdag, 6 weken." />
        <SelectField field={fields.startPeriod} label="Wanneer wilt u beginnen?" options={START_PERIODS} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>Wat is er bij u?</legend>
        <CheckboxField field={fields.supervisorSpace} label="Er is een plek voor de begeleider van school" />
        <CheckboxField field={fields.canteen} label="Er is een kantine of een plek om te eten" />
      </fieldset>
    </>
  );
}

export function QuestionAnswerField({ question }: { question: Field }) {
  return <TextareaField field={question} label="Uw vraag" rows={6} />;
}
