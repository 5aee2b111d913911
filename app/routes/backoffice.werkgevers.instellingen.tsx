/**
 * When the register's check-ins go out in this region: the month before the new school year, how
 * long without contact, how many weeks after a placement. The WSP of the region sets them and can
 * send the check-ins that are due now; schools read them.
 */
import type { SubmissionResult } from "@conform-to/react";

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { DoneMessage, ErrorSummary, SelectField, TextField, useZodForm } from "~/components/forms";
import { CheckInSettingsSchema } from "~/forms/register";
import { doneLocation, doneMessage } from "~/http/done-message.server";
import { notFound, requireStaff } from "~/http/staff-session.server";
import { database } from "~/lib/db.server";
import { checkInSettingsFor, saveCheckInSettings, sendRegionCheckInsNow } from "~/models/register-check-ins.server";
import registerStyles from "~/styles/backoffice-register.css";
import { parseFormSubmission } from "~/forms/submission";

export const links = () => [{ rel: "stylesheet", href: registerStyles }];

export const meta: MetaFunction = () => [{ title: "Check-ins – Werkgevers – Opstap backoffice" }];

const PATH = "/backoffice/werkgevers/instellingen";
const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const DONE = { opgeslagen: "De instellingen zijn opgeslagen.", verstuurd: "De check-ins die klaarstonden, zijn verstuurd." } as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  if (!staff.organisation) throw notFound();
  const settings = await checkInSettingsFor(database(), staff.organisation.regionSlug);
  const url = new URL(request.url);
  const sent = url.searchParams.get("aantal");
  return {
    mayEdit: staff.role === "wsp" && staff.organisation.kind === "wsp",
    settings: { checkInMonth: String(settings.checkInMonth), quietMonths: String(settings.quietMonths), weeksAfterPlacement: String(settings.weeksAfterPlacement) },
    monthName: MONTHS[settings.checkInMonth - 1]!,
    done: doneMessage(request, DONE),
    sent: sent && /^\d{1,5}$/.test(sent) ? Number(sent) : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  if (!staff.organisation) throw notFound();
  const db = database();
  const formData = await request.formData();
  if (formData.get("intent") === "versturen") {
    const sent = await sendRegionCheckInsNow(db, staff);
    if (sent === null) throw notFound();
    return redirect(doneLocation(PATH, "verstuurd", { query: { aantal: String(sent) }, hash: "gedaan" }));
  }
  const submission = parseFormSubmission(formData, { schema: CheckInSettingsSchema });
  if (submission.status !== "success") return data<SubmissionResult<string[]>>(submission.reply(), { status: 400 });
  const { intent: _intent, ...settings } = submission.value;
  if (!(await saveCheckInSettings(db, staff, settings))) throw notFound();
  return redirect(doneLocation(PATH, "opgeslagen", { hash: "gedaan" }));
}

export default function Instellingen() {
  const d = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useZodForm("instellingen", CheckInSettingsSchema, lastResult, d.settings);
  return (
    <div className="wrap page page--form">
      <p className="eyebrow">
        <Link to="/backoffice/werkgevers">Werkgevers</Link>
      </p>
      <h1>Check-ins</h1>
      <DoneMessage message={d.done ? (d.sent !== null ? `${d.done} Aantal: ${d.sent}.` : d.done) : null} id="gedaan" />
      <p className="lead">
        Opstap mailt werkgevers in het register op vaste momenten: voor het nieuwe schooljaar (in {d.monthName}), een paar weken na
        een plaatsing, en als niemand lang contact had. Een werkgever krijgt per moment één e-mail, en nooit als hij heeft gezegd dat
        hij geen e-mails wil.
      </p>
      {d.mayEdit ? (
        <>
          <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="form">
            <input type="hidden" name="intent" value="instellingen" />
            <ErrorSummary
              form={form}
              fields={[
                { field: fields.checkInMonth, label: "Maand" },
                { field: fields.quietMonths, label: "Maanden zonder contact" },
                { field: fields.weeksAfterPlacement, label: "Weken na een plaatsing" },
              ]}
            />
            <SelectField
              field={fields.checkInMonth}
              label="In welke maand vragen we naar het nieuwe schooljaar?"
              options={MONTHS.map((m, i) => ({ value: String(i + 1), label: m }))}
            />
            <TextField
              field={fields.quietMonths}
              label="Na hoeveel maanden zonder contact is een werkgever slapend?"
              hint="Dan staat hij bij de slapende werkgevers en vragen we hem of hij weer plek heeft. Kies 3 tot 36 maanden."
              inputMode="numeric"
              className="input input--short"
            />
            <TextField field={fields.weeksAfterPlacement} label="Hoeveel weken na het einde van een plaatsing?" inputMode="numeric" className="input input--short" />
            <button type="submit" className="button button--primary" disabled={busy}>
              Opslaan
            </button>
          </Form>
          <Form method="post" className="form form--compact">
            <input type="hidden" name="intent" value="versturen" />
            <p>Wilt u niet wachten? De check-ins die nu klaarstaan, gaan dan meteen de deur uit.</p>
            <button type="submit" className="button" disabled={busy}>
              Check-ins nu versturen
            </button>
          </Form>
        </>
      ) : (
        <p>Het werkgeversservicepunt van uw regio stelt dit in.</p>
      )}
    </div>
  );
}
