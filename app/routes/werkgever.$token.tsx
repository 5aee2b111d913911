/**
 * The employer's answer to a check-in, through the private link in the email: no account. Four
 * answers: "Ja, ik heb weer plek" (how many, what kind, from when: a request is sent and routed
 * as usual), "Nu even niet", "Mijn gegevens kloppen niet", and "Stop". The link opens this page
 * only, for 60 days; opening it changes nothing (mail scanners open links), only a button does.
 */
import type { SubmissionResult } from "@conform-to/react";

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { DoneMessage, ErrorSummary, RadioGroupField, SelectField, TextareaField, TextField, useZodForm } from "~/components/forms";
import { REGISTER_OFFERS, type RegisterOffer } from "~/domain/register";
import { schoolYearLabel, schoolYearOf } from "~/domain/register-check-ins";
import { START_PERIODS } from "~/domain/start-periods";
import { DetailsAnswerSchema, PlaceAnswerSchema, SimpleAnswerSchema } from "~/forms/register";
import { DetailsAnswerServerSchema } from "~/forms/register.server";
import { doneKey, doneLocation } from "~/http/done-message.server";
import { database } from "~/lib/db.server";
import { answerCheckIn, checkInByToken } from "~/models/register-check-ins.server";
import { allowHit } from "~/models/rate-limit.server";
import registerStyles from "~/styles/backoffice-register.css";
import { parseFormSubmission } from "~/forms/submission";

export const links = () => [{ rel: "stylesheet", href: registerStyles }];

export const meta: MetaFunction = () => [{ title: "Heeft u plek voor een leerling? – Opstap" }, { name: "robots", content: "noindex" }];

const DONE = {
  plek: "Dank u wel! We hebben uw plek doorgestuurd. U krijgt een e-mail met het nummer van uw aanvraag en wie contact met u opneemt.",
  "niet-nu": "Dank u wel voor uw antwoord. We vragen het u volgend schooljaar weer.",
  gegevens: "Dank u wel. Uw gegevens zijn aangepast.",
  stop: "U krijgt geen e-mails meer van Opstap over plekken voor leerlingen. Scholen in uw regio zien dat u niet benaderd wilt worden.",
} as const;

const ANSWERS = ["plek", "niet-nu", "gegevens", "stop"] as const;

async function pageOr404(token: string | undefined) {
  const found = await checkInByToken(database(), token ?? "");
  if (!found) throw new Response("Deze link werkt niet (meer).", { status: 404 });
  return found;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await pageOr404(params.token);
  const url = new URL(request.url);
  const chosen = url.searchParams.get("antwoord");
  const year = found.checkIn.reason === "schooljaar" ? Number(found.checkIn.periodKey.split(":")[1]) : schoolYearOf(new Date());
  return {
    companyName: found.entry.companyName,
    contactName: found.contact?.name ?? "",
    phone: found.contact?.phone ?? "",
    optedOut: found.entry.optedOutAt !== null,
    notice: found.checkIn.reason === "opgenomen",
    schoolYear: schoolYearLabel(year),
    chosen: (ANSWERS as readonly string[]).includes(chosen ?? "") ? chosen : null,
    offers: (found.entry.offers as RegisterOffer[]).length > 0 ? found.entry.offers : null,
    done: doneKey(request, DONE),
  };
}

type Reply = { intent: string; result: SubmissionResult<string[]> };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const found = await pageOr404(params.token);
  const db = database();
  const ip = (context as { clientIp?: string }).clientIp;
  const hour = { windowSeconds: 3600 };
  // Enough for a person, too few to try things out.
  if (!(await allowHit(db, `check-in:${found.checkIn.id}`, { ...hour, max: 20 })) || (ip && !(await allowHit(db, `ip:${ip}`, { ...hour, max: 60 })))) {
    return data<Reply>({ intent: "", result: { status: "error", error: { "": ["U heeft het vaak geprobeerd. Probeer het over een uur opnieuw."] } } }, { status: 429 });
  }
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const schema = intent === "plek" ? PlaceAnswerSchema : intent === "gegevens" ? DetailsAnswerServerSchema : SimpleAnswerSchema;
  const submission = parseFormSubmission(formData, { schema });
  if (submission.status !== "success") return data<Reply>({ intent, result: submission.reply() }, { status: 400 });
  const v = submission.value;
  const reply =
    v.intent === "plek"
      ? ({ answer: "plek", places: v.places, offer: v.offer, startPeriod: v.startPeriod } as const)
      : v.intent === "gegevens"
        ? ({ answer: "gegevens", companyName: v.companyName, contactName: v.contactName, phone: v.phone ?? null, remark: v.remark ?? null } as const)
        : v.intent === "niet-nu"
          ? ({ answer: "niet_nu" } as const)
          : ({ answer: "stop" } as const);
  const result = await answerCheckIn(db, params.token ?? "", reply);
  if (!result.ok) return data<Reply>({ intent, result: submission.reply({ formErrors: [result.message] }) }, { status: 400 });
  // After "Ik wil niet in het register" the entry and this link are gone.
  if (reply.answer === "stop" && found.checkIn.reason === "opgenomen") return redirect("/werkgever/gestopt");
  return redirect(doneLocation(`/werkgever/${params.token}`, v.intent, { hash: "gedaan" }));
}

function PlaceForm({ lastResult, busy, offers }: { lastResult: SubmissionResult<string[]> | null; busy: boolean; offers: readonly string[] | null }) {
  // Not "plek": that is the id of the section around it (the email's link goes there), and the
  // fields name their form by id, so with the same id they would belong to the section and never
  // be sent.
  const [form, fields] = useZodForm("plek-formulier", PlaceAnswerSchema, lastResult, { offer: (offers?.[0] ?? "proefplaatsing") as RegisterOffer });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="form">
      <input type="hidden" name="intent" value="plek" />
      <ErrorSummary
        form={form}
        fields={[
          { field: fields.places, label: "Hoeveel plekken" },
          { field: fields.offer, label: "Wat voor plek" },
          { field: fields.startPeriod, label: "Vanaf wanneer" },
        ]}
      />
      <TextField field={fields.places} label="Hoeveel plekken heeft u?" hint="Bijvoorbeeld 2." inputMode="numeric" className="input input--short" />
      <RadioGroupField field={fields.offer} legend="Wat voor plek is het?" options={REGISTER_OFFERS} />
      <SelectField field={fields.startPeriod} label="Vanaf wanneer?" options={START_PERIODS} />
      <button type="submit" className="button button--primary" disabled={busy}>
        Plek doorgeven
      </button>
    </Form>
  );
}

function DetailsForm({ lastResult, busy, defaults }: { lastResult: SubmissionResult<string[]> | null; busy: boolean; defaults: { companyName: string; contactName: string; phone: string } }) {
  // Not "gegevens", the section's id, for the same reason as the place form.
  const [form, fields] = useZodForm("gegevens-formulier", DetailsAnswerSchema, lastResult, defaults);
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="form">
      <input type="hidden" name="intent" value="gegevens" />
      <ErrorSummary
        form={form}
        fields={[
          { field: fields.companyName, label: "Naam van uw bedrijf" },
          { field: fields.contactName, label: "Uw naam" },
          { field: fields.phone, label: "Telefoonnummer" },
          { field: fields.remark, label: "Wat klopt er nog meer niet?" },
        ]}
      />
      <TextField field={fields.companyName} label="Naam van uw bedrijf" autoComplete="organization" />
      <TextField field={fields.contactName} label="Uw naam" autoComplete="name" />
      <TextField field={fields.phone} label="Telefoonnummer" type="tel" optional autoComplete="tel" />
      <TextareaField field={fields.remark} label="Wat klopt er nog meer niet?" hint="Bijvoorbeeld een ander adres of een andere contactpersoon." optional rows={3} />
      <button type="submit" className="button" disabled={busy}>
        Gegevens opslaan
      </button>
    </Form>
  );
}

export default function CheckIn() {
  const d = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const resultFor = (intent: string) => (reply?.intent === intent ? reply.result : null);
  const general = reply && !["plek", "gegevens"].includes(reply.intent) ? reply.result : null;
  const generalError = general && general.error ? Object.values(general.error).flat()[0] : null;
  const order = d.chosen ? [d.chosen, ...ANSWERS.filter((a) => a !== d.chosen)] : [...ANSWERS];
  const sections: Record<(typeof ANSWERS)[number], JSX.Element> = {
    plek: (
      <section key="plek" id="plek" aria-labelledby="plek-titel">
        <h2 id="plek-titel">Ja, ik heb weer plek</h2>
        {d.optedOut ? (
          <p>U heeft gevraagd om geen e-mails meer. Wilt u toch weer een leerling? Meld dan een proefplaatsing aan op de startpagina.</p>
        ) : (
          <PlaceForm lastResult={resultFor("plek")} busy={busy} offers={d.offers} />
        )}
      </section>
    ),
    "niet-nu": (
      <section key="niet-nu" id="niet-nu" aria-labelledby="niet-nu-titel">
        <h2 id="niet-nu-titel">Nu even niet</h2>
        <p>Geen probleem. We vragen het u volgend schooljaar weer.</p>
        <Form method="post" className="form form--compact">
          <input type="hidden" name="intent" value="niet-nu" />
          <button type="submit" className="button" disabled={busy}>
            Nu even niet
          </button>
        </Form>
      </section>
    ),
    gegevens: (
      <section key="gegevens" id="gegevens" aria-labelledby="gegevens-titel">
        <h2 id="gegevens-titel">Mijn gegevens kloppen niet</h2>
        <DetailsForm lastResult={resultFor("gegevens")} busy={busy} defaults={{ companyName: d.companyName, contactName: d.contactName, phone: d.phone }} />
      </section>
    ),
    stop: (
      <section key="stop" id="stop" aria-labelledby="stop-titel">
        <h2 id="stop-titel">{d.notice ? "Ik wil niet in het register" : "Stuur mij geen e-mails meer"}</h2>
        <p>
          {d.notice
            ? "Dan halen we uw naam, e-mailadres en telefoonnummer uit het register en mailen we u niet meer."
            : "Dan mailen we u niet meer. Scholen in uw regio zien dat u niet benaderd wilt worden."}
        </p>
        <Form method="post" className="form form--compact">
          <input type="hidden" name="intent" value="stop" />
          <button type="submit" className="button" disabled={busy}>
            {d.notice ? "Haal mij uit het register" : "Stop met e-mails"}
          </button>
        </Form>
      </section>
    ),
  };
  return (
    <div className="wrap page page--form">
      <h1>Heeft {d.companyName} plek voor een leerling?</h1>
      <DoneMessage message={d.done ? DONE[d.done] : null} id="gedaan" />
      {generalError ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Dat lukte niet</h2>
          <p>{generalError}</p>
        </div>
      ) : null}
      <p className="lead">
        {d.notice
          ? "Een school of het werkgeversservicepunt heeft uw bedrijf in het werkgeversregister van Opstap gezet. Kies wat u wilt."
          : `Scholen voor praktijkonderwijs en voortgezet speciaal onderwijs zoeken plekken voor schooljaar ${d.schoolYear}. Kies een antwoord. U hoeft niet in te loggen.`}
      </p>
      <div className="answer-options">{order.map((a) => sections[a as (typeof ANSWERS)[number]])}</div>
      <p>
        <a href="/privacy">Wat we met uw gegevens doen</a>
      </p>
    </div>
  );
}
