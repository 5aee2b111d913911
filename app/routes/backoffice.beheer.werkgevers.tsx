/**
 * Administrators and the AVG: find an employer, give them all their data, revoke their links,
 * erase them; and decide about possible duplicates (same KvK number, another address), which
 * are never merged by themselves (decision 016).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import * as z from "zod/mini";
import { database } from "~/lib/db.server";
import { requireAdmin } from "~/http/staff-session.server";
import {
  dismissPossibleDuplicate,
  eraseEmployer,
  findEmployers,
  mergePossibleDuplicate,
  possibleDuplicates,
  revokeLinksForAdmin,
} from "~/models/employer-privacy.server";
import { DoneMessage } from "~/components/forms";
import adminStyles from "~/styles/backoffice-admin.css";

export const links = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "Werkgevers en privacy – Beheer – Opstap" }];

const PATH = "/backoffice/beheer/werkgevers";

const DONE: Record<string, string> = {
  ingetrokken: "De links van deze werkgever werken niet meer. Vraagt de werkgever een nieuwe link aan, dan gaat die naar hun e-mailadres.",
  gewist: "De gegevens van de werkgever zijn gewist. De aanvragen tellen nog mee in de cijfers, zonder wie ze stuurde.",
  samengevoegd: "De werkgevers zijn samengevoegd.",
  apart: "De werkgevers blijven apart.",
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request, context);
  const url = new URL(request.url);
  const query = (url.searchParams.get("zoek") ?? "").slice(0, 200);
  const db = database();
  const [found, duplicates] = await Promise.all([findEmployers(db, query), possibleDuplicates(db)]);
  return { query, found, duplicates, done: DONE[url.searchParams.get("gedaan") ?? ""] ?? null };
}

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("intrekken"), employerId: z.string() }),
  z.object({ intent: z.literal("wissen"), employerId: z.string(), confirm: z.optional(z.literal("on")) }),
  z.object({ intent: z.literal("samenvoegen"), employerId: z.string() }),
  z.object({ intent: z.literal("apart"), employerId: z.string() }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireAdmin(request);
  const parsed = ActionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ problem: "Dit verzoek klopt niet. Laad de pagina opnieuw.", employerId: null }, { status: 400 });
  const db = database();
  const { intent, employerId } = parsed.data;
  if (intent === "wissen" && !parsed.data.confirm) {
    return data({ problem: "Zet een vinkje als u de gegevens van deze werkgever echt wilt wissen.", employerId }, { status: 400 });
  }
  const ok =
    intent === "intrekken"
      ? await revokeLinksForAdmin(db, staff, employerId)
      : intent === "wissen"
        ? await eraseEmployer(db, employerId, { kind: "beheerder", staffMemberId: staff.id })
        : intent === "samenvoegen"
          ? await mergePossibleDuplicate(db, staff, employerId)
          : await dismissPossibleDuplicate(db, staff, employerId);
  if (!ok) return data({ problem: "Deze werkgever bestaat niet (meer).", employerId }, { status: 404 });
  const done = intent === "intrekken" ? "ingetrokken" : intent === "wissen" ? "gewist" : intent === "samenvoegen" ? "samengevoegd" : "apart";
  return redirect(`${PATH}?gedaan=${done}`);
}

export default function Werkgevers() {
  const { query, found, duplicates, done } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <div className="wrap page">
      <p className="eyebrow">
        <Link to="/backoffice/beheer">Beheer</Link>
      </p>
      <h1>Werkgevers en privacy</h1>
      <DoneMessage message={failed ? null : done} />
      {failed ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Dat lukte niet</h2>
          <p>{failed.problem}</p>
        </div>
      ) : null}
      <p className="lead">
        Vraagt een werkgever om inzage of om hun gegevens te wissen? Zoek de werkgever hier. Werkgevers kunnen dit ook zelf, met
        de link naar al hun aanvragen.
      </p>
      <Form method="get" className="form form--compact" role="search">
        <div className="field">
          <label className="field__label" htmlFor="zoek">
            Bedrijfsnaam, naam, e-mailadres of KvK-nummer
          </label>
          <input className="input" id="zoek" name="zoek" type="search" defaultValue={query} />
        </div>
        <button type="submit" className="button">
          Zoeken
        </button>
      </Form>

      {query ? (
        <section aria-labelledby="gevonden">
          <h2 id="gevonden">{found.length === 0 ? "Geen werkgever gevonden" : `${found.length} gevonden`}</h2>
          {found.map((e) => (
            <article key={e.id} className="request-card" aria-labelledby={`werkgever-${e.id}`}>
              <h3 id={`werkgever-${e.id}`}>{e.companyName}</h3>
              <p>
                {e.contactName}, {e.email}
                {e.kvkNumber ? `, KvK ${e.kvkNumber}` : ""}. {e.requests} {e.requests === 1 ? "aanvraag" : "aanvragen"}.
              </p>
              <p>
                <a href={`${PATH}/${e.id}.json`} download>
                  Alle gegevens downloaden (JSON)
                </a>
              </p>
              <Form method="post" className="form form--compact">
                <input type="hidden" name="intent" value="intrekken" />
                <input type="hidden" name="employerId" value={e.id} />
                <button type="submit" className="button" disabled={busy}>
                  Links intrekken
                </button>
              </Form>
              <details className="withdraw">
                <summary>Gegevens wissen</summary>
                <Form method="post" className="form form--compact">
                  <input type="hidden" name="intent" value="wissen" />
                  <input type="hidden" name="employerId" value={e.id} />
                  <div className="checkbox">
                    <input type="checkbox" id={`wissen-${e.id}`} name="confirm" />
                    <label htmlFor={`wissen-${e.id}`}>Ja, wis de gegevens van {e.companyName}. Lopende aanvragen worden ingetrokken.</label>
                  </div>
                  <button type="submit" className="button" disabled={busy}>
                    Wissen
                  </button>
                </Form>
              </details>
            </article>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="dubbel">
        <h2 id="dubbel">Mogelijk dezelfde werkgever</h2>
        {duplicates.length === 0 ? (
          <p>Er zijn geen werkgevers met hetzelfde KvK-nummer en een ander e-mailadres.</p>
        ) : (
          <>
            <p>
              Deze werkgevers gebruiken hetzelfde KvK-nummer met een ander e-mailadres. Opstap voegt ze niet zelf samen: iedereen kan
              een KvK-nummer invullen. Weet u zeker dat het dezelfde werkgever is? Voeg ze dan samen.
            </p>
            {duplicates.map(({ employer, sameAs }) => (
              <article key={employer.id} className="request-card" aria-labelledby={`dubbel-${employer.id}`}>
                <h3 id={`dubbel-${employer.id}`}>
                  {employer.companyName} (KvK {employer.kvkNumber})
                </h3>
                <p>
                  {employer.email} lijkt op {sameAs.companyName}, {sameAs.email}.
                </p>
                <Form method="post" className="form form--compact">
                  <input type="hidden" name="employerId" value={employer.id} />
                  <button type="submit" name="intent" value="samenvoegen" className="button" disabled={busy}>
                    Samenvoegen met {sameAs.companyName}
                  </button>{" "}
                  <button type="submit" name="intent" value="apart" className="button" disabled={busy}>
                    Andere werkgever
                  </button>
                </Form>
              </article>
            ))}
          </>
        )}
      </section>
    </div>
  );
}
