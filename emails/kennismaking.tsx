import { Heading, Section, Text } from "@react-email/components";
import type { HandlerContact } from "../app/domain/handler-contact";
import type { AppointmentChange } from "../app/domain/introduction";
import { HandlerContactBlock } from "./handler-contact";
import { EmailButton, EmailLayout, EmailLink, label, text, value } from "./layout";

export interface KennismakingProps {
  change: AppointmentChange;
  contactName: string;
  reference: string;
  organisationName: string;
  /** "donderdag 10 december om 14.00 uur" */
  when: string;
  /** "op school (Praktijkschool De Brug, Schoolstraat 1)" */
  place: string;
  meetWith: string;
  /** A few words from the person who moved or cancelled it, if they wrote any. */
  message?: string | null;
  /** "Zet in mijn agenda": the .ics behind the employer's own link; none for a cancellation. */
  calendarUrl: string | null;
  trackingUrl: string;
  handler: HandlerContact | null;
}

const HEADINGS: Record<AppointmentChange, string> = {
  gepland: "Uw kennismaking is gepland",
  verzet: "Uw kennismaking is verzet",
  afgezegd: "De kennismaking gaat niet door",
  herinnering: "Denkt u aan de kennismaking?",
};

function opening(props: KennismakingProps): string {
  switch (props.change) {
    case "gepland":
      return `${props.organisationName} wil graag kennismaken. Dan praat u samen over het werk en over wat een leerling bij u kan doen. Dit is de afspraak:`;
    case "verzet":
      return `${props.organisationName} heeft de kennismaking verzet. Dit is de nieuwe afspraak:`;
    case "afgezegd":
      return `De kennismaking op ${props.when} gaat niet door. ${props.organisationName} heeft de afspraak afgezegd.`;
    case "herinnering":
      return "Binnenkort is uw kennismaking. Dit is de afspraak:";
  }
}

/** To the employer: the kennismaking planned, moved, cancelled, or a reminder; the invite is attached. */
export function Kennismaking(props: KennismakingProps) {
  const cancelled = props.change === "afgezegd";
  const rows: Array<[string, string]> = [
    ["Wanneer", `${props.when} (ongeveer een uur)`],
    ["Waar", props.place.charAt(0).toUpperCase() + props.place.slice(1)],
    ["U spreekt met", props.meetWith],
  ];
  return (
    <EmailLayout preview={`${HEADINGS[props.change]}: ${props.when}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {HEADINGS[props.change]}
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>{opening(props)}</Text>
      {props.message ? (
        <Text style={{ ...text, whiteSpace: "pre-wrap", borderLeft: "4px solid #c9d3cd", paddingLeft: "12px" }}>{props.message}</Text>
      ) : null}
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
      {cancelled ? (
        <Text style={text}>De afspraak verdwijnt uit uw agenda als u de bijlage opent.</Text>
      ) : props.calendarUrl ? (
        <>
          <Text style={text}>
            {props.change === "verzet"
              ? "Open de bijlage, dan verandert de afspraak in uw agenda mee. Of gebruik de knop:"
              : "De afspraak zit als bijlage bij deze e-mail. Of zet hem met de knop in uw agenda:"}
          </Text>
          <EmailButton href={props.calendarUrl}>Zet in mijn agenda</EmailButton>
        </>
      ) : null}
      {props.handler ? (
        <HandlerContactBlock
          contact={props.handler}
          intro={cancelled ? "Wilt u een nieuwe afspraak maken? Neem dan contact op met:" : "Kunt u niet, of heeft u een vraag? Neem dan contact op met:"}
        />
      ) : null}
      <Text style={text}>
        Alles over uw aanvraag {props.reference}: <EmailLink href={props.trackingUrl}>bekijk uw aanvraag</EmailLink>.
      </Text>
    </EmailLayout>
  );
}

export default Kennismaking;
Kennismaking.PreviewProps = {
  change: "gepland",
  contactName: "Sanne de Vries",
  reference: "OP-2026-000123",
  organisationName: "Praktijkschool De Brug",
  when: "donderdag 10 december om 14.00 uur",
  place: "op school (Praktijkschool De Brug, Schoolstraat 1)",
  meetWith: "Fatima de Vries",
  message: null,
  calendarUrl: "http://localhost:3000/volgen/voorbeeld/kennismaking.ics",
  trackingUrl: "http://localhost:3000/volgen/voorbeeld",
  handler: { organisationName: "Praktijkschool De Brug", personName: "Fatima de Vries", phone: "06 12345678", email: "f.devries@debrug.example" },
} satisfies KennismakingProps;
