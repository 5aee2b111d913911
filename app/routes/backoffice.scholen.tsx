/**
 * The schools a person may read: for a WSP accountmanager the schools of the region (who takes
 * what, where, and how busy they are), for a coordinator their own school as Opstap knows it.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SCHOOL_TYPE_LABELS } from "~/domain/organisations";
import { sectorLabel } from "~/domain/sectors";
import { database } from "~/lib/db.server";
import { requireStaff } from "~/http/staff-session.server";
import { regionSchools } from "~/models/region-schools.server";
import { MailLink } from "~/components/mail-link";

export const meta: MetaFunction = () => [{ title: "Scholen – Opstap backoffice" }];

/** "2 aanvragen; plek voor 40 per schooljaar": what the school has, then how much it can take. */
function loadInWords(load: number, capacity: number | null): string {
  const requests = `${load} ${load === 1 ? "aanvraag" : "aanvragen"}`;
  // 0 is a maximum too (the school takes nothing this year); only an empty one means no limit.
  return capacity === null ? `${requests}; geen maximum` : `${requests}; plek voor ${capacity} per schooljaar`;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  const schools = await regionSchools(database(), staff);
  return {
    title: staff.role === "school" ? "Uw school" : staff.role === "wsp" ? "Scholen in uw regio" : "Scholen",
    intro:
      staff.role === "school"
        ? "Zo kent Opstap uw school. Klopt er iets niet? Vraag de beheerder om het aan te passen."
        : "Welke school doet wat, waar, en hoeveel aanvragen heeft ze dit schooljaar al.",
    schools: schools.map((s) => ({
      id: s.id,
      name: s.name,
      regionName: s.regionName,
      type: s.schoolType ? SCHOOL_TYPE_LABELS[s.schoolType] : "Onbekend",
      sectors: s.sectors.length === 0 ? "Alle sectoren" : s.sectors.map(sectorLabel).join(", "),
      offers: [
        s.takesProefplaatsing ? "proefplaatsingen" : null,
        s.offersGroepsstage
          ? `groepsstages${s.groepsstageMinSize && s.groepsstageMaxSize ? ` (${s.groepsstageMinSize} tot ${s.groepsstageMaxSize} leerlingen)` : ""}`
          : null,
      ]
        .filter(Boolean)
        .join(" en "),
      serviceArea: s.serviceArea.join(", ") || "Geen gemeenten",
      load: loadInWords(s.load, s.capacityPerSchoolYear),
      contactEmail: s.contactEmail,
      contactPhone: s.contactPhone,
      active: s.active,
    })),
  };
}

export default function Scholen() {
  const { title, intro, schools } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      {schools.length === 0 ? <p>Er zijn geen scholen om te tonen.</p> : null}
      {schools.map((school) => (
        <section key={school.id} className="request-card" aria-labelledby={`school-${school.id}`}>
          <h2 id={`school-${school.id}`} className="break-words">
            {school.name}
            {school.active ? null : <span className="rq-status"> (gepauzeerd)</span>}
          </h2>
          <dl className="details">
            <dt>Soort school</dt>
            <dd>{school.type}</dd>
            <dt>Regio</dt>
            <dd>{school.regionName}</dd>
            <dt>Doet</dt>
            <dd>{school.offers || "Op dit moment niets"}</dd>
            <dt>Sectoren</dt>
            <dd>{school.sectors}</dd>
            <dt>Gemeenten</dt>
            <dd>{school.serviceArea}</dd>
            <dt>Dit schooljaar</dt>
            <dd>{school.load}</dd>
            <dt>E-mail</dt>
            <dd className="break-words">
              <MailLink address={school.contactEmail} />
            </dd>
            {school.contactPhone ? (
              <>
                <dt>Telefoon</dt>
                <dd>
                  <a href={`tel:${school.contactPhone.replace(/[^\d+]/g, "")}`}>{school.contactPhone}</a>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ))}
    </div>
  );
}
