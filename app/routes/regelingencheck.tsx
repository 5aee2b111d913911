import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { CheckResultView } from "~/components/check-result";
import { ErrorSummary, RadioGroupField, TextField } from "~/components/forms";
import { OFFERS, YOUTH_SCHOOL_ANSWERS, YES_NO_UNKNOWN } from "~/domain/regelingen/check";
import { checkView } from "~/domain/regelingen/check-view.server";
import {
  CHECK_FIELD_LABELS,
  type CheckFormOutput,
  CheckFormSchema,
  type CheckFormValues,
  toCheckAnswers,
} from "~/forms/regelingencheck";
import { amsterdamDate } from "~/domain/dates";
import { regelingPath } from "~/domain/regelingen/slugs";
import regelingenStyles from "~/styles/regelingen.css";
import { parseFormSubmission } from "~/forms/submission";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: regelingenStyles }];

export const meta: MetaFunction = () => [
  { title: "Regelingencheck – Opstap" },
  {
    name: "description",
    content: "Beantwoord een paar vragen en zie welke regelingen passen als u een jongere van pro of vso een stage, proefplaatsing of baan geeft.",
  },
];

const YES_NO = [
  { value: "ja", label: "Ja" },
  { value: "nee", label: "Nee" },
] as const;

/** A GET form: the answers are in the address, so each answer is one round trip and a result can be bookmarked. */
export function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  if (params.size === 0) return data({ result: null, check: null });
  const submission = parseFormSubmission(params, { schema: CheckFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), check: null }, { status: 400 });

  const check = checkView(toCheckAnswers(submission.value), amsterdamDate(new Date()));
  return data({ result: submission.reply(), check });
}

export default function Regelingencheck() {
  const { result, check } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const pressedButton = useRef(false);
  const [announcement, setAnnouncement] = useState("");

  const [form, fields] = useForm<CheckFormValues, CheckFormOutput>({
    id: "regelingencheck",
    lastResult: result as SubmissionResult<string[]> | null,
    constraint: getZodConstraint(CheckFormSchema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseFormSubmission(formData, { schema: CheckFormSchema }),
  });
  const formProps = getFormProps(form);

  // After the button: move to the result, as a page load to #uitkomst would.
  // After changing an answer: update the result in place and say so, without moving focus.
  const shownCheck = useRef(check);
  useEffect(() => {
    if (check === shownCheck.current) return; // a page that opens with a result says nothing
    shownCheck.current = check;
    if (!check) return;
    if (pressedButton.current) {
      pressedButton.current = false;
      resultHeading.current?.focus();
    } else {
      setAnnouncement("De uitkomst is bijgewerkt.");
    }
  }, [check]);

  const showingResult = check !== null;
  useEffect(() => {
    const element = formRef.current;
    if (!element || !showingResult) return;
    const update = () => {
      // Only complete answers update the result; the button shows what is missing.
      if (parseFormSubmission(new FormData(element), { schema: CheckFormSchema }).status !== "success") return;
      setAnnouncement("");
      submit(element, { replace: true, preventScrollReset: true });
    };
    element.addEventListener("change", update);
    return () => element.removeEventListener("change", update);
  }, [showingResult, submit]);

  const busy = navigation.state !== "idle";

  return (
    <div className="wrap page regelingen regelingencheck">
      <h1>Regelingencheck</h1>
      <p className="lead">
        Beantwoord een paar vragen. Dan ziet u welke regelingen bij u passen, en ongeveer wat ze opleveren.
      </p>
      <p>Het duurt ongeveer 2 minuten. U hoeft geen naam of e-mailadres in te vullen.</p>

      <ErrorSummary
        form={form}
        fields={(Object.keys(CHECK_FIELD_LABELS) as Array<keyof typeof CHECK_FIELD_LABELS>).map((name) => ({
          field: fields[name],
          label: CHECK_FIELD_LABELS[name],
        }))}
      />

      <Form
        method="get"
        action="/regelingencheck#uitkomst"
        preventScrollReset
        {...formProps}
        onSubmit={(event) => {
          formProps.onSubmit(event);
          // conform also submits to validate while the employer types, and stops those itself.
          pressedButton.current = !event.defaultPrevented;
        }}
        ref={formRef}
        className="form"
      >
        <RadioGroupField field={fields.aanbod} legend="Wat wilt u de jongere aanbieden?" options={OFFERS} />

        <fieldset className="fieldset">
          <legend>Over de jongere</legend>
          <RadioGroupField field={fields.opSchool} legend="Zit de jongere nog op school?" options={YES_NO} />
          <RadioGroupField
            field={fields.laatsteJaar}
            legend="Zit de jongere in het laatste schooljaar?"
            hint="Alleen als de jongere nog op school zit."
            options={YES_NO}
          />
          <RadioGroupField field={fields.school} legend="Op welke school zit of zat de jongere?" options={YOUTH_SCHOOL_ANSWERS} />
          <TextField
            field={fields.leeftijd}
            label="Hoe oud is de jongere?"
            hint="In jaren, bijvoorbeeld 17. Het minimumloon en de regels voor werktijden hangen af van de leeftijd."
            inputMode="numeric"
            className="input input--short"
          />
          <RadioGroupField
            field={fields.register}
            legend="Staat de jongere in het doelgroepregister?"
            hint={
              <>
                Dat is een lijst van UWV. <Link to={regelingPath("doelgroepregister-en-banenafspraak")}>Wat is het doelgroepregister?</Link>
              </>
            }
            options={YES_NO_UNKNOWN}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Over uw bedrijf</legend>
          <RadioGroupField
            field={fields.erkend}
            legend="Is uw bedrijf een erkend leerbedrijf?"
            hint={
              <>
                Erkend door SBB. <Link to={regelingPath("erkend-leerbedrijf-en-praktijkverklaring")}>Wat is een erkend leerbedrijf?</Link>
              </>
            }
            options={YES_NO_UNKNOWN}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Over het werk</legend>
          <TextField
            field={fields.maanden}
            label="Hoeveel maanden duurt de stage of het contract?"
            hint="Bijvoorbeeld 12. Bij een proefplaatsing via UWV of de gemeente: het contract dat u daarna wilt geven."
            inputMode="numeric"
            className="input input--short"
          />
          <TextField
            field={fields.weken}
            label="Bij een stage: in hoeveel weken begeleidt u de leerling?"
            optional
            hint="Een week telt mee als de leerling minstens één dag bij u is. Een heel schooljaar is ongeveer 40 weken. Weet u het niet? Laat het dan leeg."
            inputMode="numeric"
            className="input input--short"
          />
          <TextField
            field={fields.uren}
            label="Hoeveel uur per week is de jongere bij u?"
            hint="Bijvoorbeeld 24. Bij een stage alleen de uren in uw bedrijf. Geen vaste uren? Vul dan 0 in."
            inputMode="decimal"
            className="input input--short"
          />
          <TextField
            field={fields.loonwaarde}
            label="Geschatte loonwaarde, in procent"
            optional
            hint={
              <>
                Hoeveel van het werk van een collega kan de jongere doen? Bijvoorbeeld 60. Weet u het niet? Laat het dan leeg.{" "}
                <Link to="/regelingen/begrippen#loonwaarde">Wat is loonwaarde?</Link>
              </>
            }
            inputMode="numeric"
            className="input input--short"
          />
        </fieldset>

        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? "Bezig…" : "Bekijk de regelingen"}
        </button>
      </Form>

      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      {check ? <CheckResultView check={check} headingRef={resultHeading} /> : null}
    </div>
  );
}
