/**
 * Possible duplicates in the register of this person's region: two entries with the same KvK
 * number, company mail domain, or name and postcode. Staff merge them (choosing which name to
 * keep) or keep them apart; nothing is merged by itself (decision 028).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { DoneMessage } from "~/components/forms";
import { MergeSchema } from "~/forms/register";
import { doneLocation, doneMessage } from "~/http/done-message.server";
import { requireStaff } from "~/http/staff-session.server";
import { database } from "~/lib/db.server";
import { keepApart, mergeEntries, registerDuplicates } from "~/models/register-merge.server";
import registerStyles from "~/styles/backoffice-register.css";

export const links = () => [{ rel: "stylesheet", href: registerStyles }];

export const meta: MetaFunction = () => [{ title: "Mogelijk dubbel – Werkgevers – Opstap backoffice" }];

const PATH = "/backoffice/werkgevers/dubbel";
const DONE = {
  samengevoegd: "De werkgevers zijn samengevoegd. Aanvragen, contactmomenten en contactpersonen staan nu bij één werkgever.",
  apart: "De werkgevers blijven apart. We tonen dit paar niet meer.",
} as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  return { pairs: await registerDuplicates(database(), staff), done: doneMessage(request, DONE) };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const parsed = MergeSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ problem: "Kies welke naam u houdt." }, { status: 400 });
  const { intent, keepId, pair } = parsed.data;
  const otherId = pair.find((id) => id !== keepId);
  if (!otherId || !pair.includes(keepId)) return data({ problem: "Kies welke naam u houdt." }, { status: 400 });
  const db = database();
  const result = intent === "samenvoegen" ? await mergeEntries(db, staff, keepId, otherId) : await keepApart(db, staff, keepId, otherId);
  if (!result.ok) return data({ problem: result.message }, { status: 400 });
  return redirect(doneLocation(PATH, intent === "samenvoegen" ? "samengevoegd" : "apart", { hash: "gedaan" }));
}

export default function Dubbel() {
  const { pairs, done } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="wrap page">
      <p className="eyebrow">
        <Link to="/backoffice/werkgevers">Werkgevers</Link>
      </p>
      <h1>Mogelijk dubbel</h1>
      <DoneMessage message={failed ? null : done} id="gedaan" />
      {failed ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Dat lukte niet</h2>
          <p>{failed.problem}</p>
        </div>
      ) : null}
      <p className="lead">
        Deze werkgevers lijken op elkaar. Is het hetzelfde bedrijf? Voeg ze dan samen. Alles van de ene werkgever komt bij de andere.
      </p>
      {pairs.length === 0 ? <p>Er zijn nu geen werkgevers die dubbel lijken.</p> : null}
      <ul className="register-list">
        {pairs.map((p) => {
          const key = `${p.first.id}-${p.second.id}`;
          return (
            <li key={key} className="register-card">
              <h2 className="break-words">
                {p.first.companyName} en {p.second.companyName}
              </h2>
              <p>Waarom: {p.reasons.join(", ")}.</p>
              <p>
                <Link to={`/backoffice/werkgevers/${p.first.id}`}>Bekijk {p.first.companyName}</Link>
                {" · "}
                <Link to={`/backoffice/werkgevers/${p.second.id}`}>Bekijk {p.second.companyName}</Link>
              </p>
              <Form method="post" className="form form--compact">
                <input type="hidden" name="intent" value="samenvoegen" />
                <fieldset className="field fieldset--inner">
                  <legend className="field__label">Welke naam houdt u?</legend>
                  {[
                    [p.first, p.second],
                    [p.second, p.first],
                  ].map(([keep], index) => (
                    <div className="radio" key={keep!.id}>
                      <input type="radio" id={`houd-${key}-${index}`} name="keepId" value={keep!.id} defaultChecked={index === 0} />
                      <label htmlFor={`houd-${key}-${index}`}>
                        {keep!.companyName}
                        {keep!.kvkNumber ? ` (KvK ${keep!.kvkNumber})` : ""}
                      </label>
                    </div>
                  ))}
                </fieldset>
                <input type="hidden" name="pair" value={`${p.first.id}:${p.second.id}`} />
                <button type="submit" className="button button--primary" disabled={busy}>
                  Samenvoegen
                </button>
              </Form>
              <Form method="post" className="form form--compact">
                <input type="hidden" name="intent" value="apart" />
                <input type="hidden" name="keepId" value={p.first.id} />
                <input type="hidden" name="pair" value={`${p.first.id}:${p.second.id}`} />
                <button type="submit" className="button" disabled={busy}>
                  Niet hetzelfde bedrijf
                </button>
              </Form>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
