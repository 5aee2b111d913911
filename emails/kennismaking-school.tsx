import { Heading, Section, Text } from "@react-email/components";
import type { AppointmentChange } from "../app/domain/introduction";
import { telHref } from "../app/domain/phone";
import { EmailButton, EmailLayout, EmailLink, label, text, value } from "./layout";

export interface KennismakingSchoolProps {
  change: Exclude<AppointmentChange, "herinnering">;
  staffName: string;
  reference: string;
  companyName: string;
  when: string;
  place: string;
  meetWith: string;
  employer: { contactName: string; email: string; phone: string | null };
  /** The request in the back office (staff sign in there). */
  requestUrl: string;
}

const HEADINGS: Record<KennismakingSchoolProps["change"], string> = {
  gepland: "Kennismaking gepland",
  verzet: "Kennismaking verzet",
  afgezegd: "Kennismaking afgezegd",
};

/** To the person at the school or WSP who planned, moved or cancelled the kennismaking: the same invite for their own calendar. */
export function KennismakingSchool(props: KennismakingSchoolProps) {
  const cancelled = props.change === "afgezegd";
  const rows: Array<[string, string]> = [
    ["Wanneer", `${props.when} (ongeveer een uur)`],
    ["Waar", props.place.charAt(0).toUpperCase() + props.place.slice(1)],
    ["De werkgever spreekt met", props.meetWith],
    ["Werkgever", `${props.companyName}, ${props.employer.contactName}`],
  ];
  return (
    <EmailLayout preview={`${HEADINGS[props.change]} met ${props.companyName}: ${props.when}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {HEADINGS[props.change]} met {props.companyName}
      </Heading>
      <Text style={text}>Beste {props.staffName},</Text>
      <Text style={text}>
        {cancelled
          ? `De kennismaking op ${props.when} gaat niet door. De werkgever heeft daarover een e-mail gekregen.`
          : `De werkgever heeft de afspraak per e-mail gekregen, met een uitnodiging voor de agenda. Hier is uw eigen uitnodiging (in de bijlage).`}
      </Text>
      {cancelled ? null : (
        <Section style={{ backgroundColor: "#f4f6f4", padding: "12px 16px", margin: "16px 0" }}>
          {rows.map(([l, v]) => (
            <div key={l}>
              <Text style={label}>{l}</Text>
              <Text style={value}>{v}</Text>
            </div>
          ))}
        </Section>
      )}
      <Text style={text}>
        U bereikt de werkgever op <EmailLink href={`mailto:${props.employer.email}`}>{props.employer.email}</EmailLink>
        {props.employer.phone ? (
          <>
            {" "}
            of <EmailLink href={telHref(props.employer.phone)}>{props.employer.phone}</EmailLink>
          </>
        ) : null}
        .
      </Text>
      <EmailButton href={props.requestUrl}>Bekijk aanvraag {props.reference}</EmailButton>
    </EmailLayout>
  );
}

export default KennismakingSchool;
KennismakingSchool.PreviewProps = {
  change: "gepland",
  staffName: "Fatima de Vries",
  reference: "OP-2026-000123",
  companyName: "Bakkerij Het Zuiden",
  when: "donderdag 10 december om 14.00 uur",
  place: "op school (Praktijkschool De Brug, Schoolstraat 1)",
  meetWith: "Fatima de Vries",
  employer: { contactName: "Sanne de Vries", email: "sanne@example.org", phone: "06 12345678" },
  requestUrl: "http://localhost:3000/backoffice/aanvragen/OP-2026-000123",
} satisfies KennismakingSchoolProps;
