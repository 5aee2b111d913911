import { Button, Heading, Text } from "@react-email/components";
import type { HandlerContact } from "../app/domain/handler-contact";
import { HandlerContactBlock } from "./handler-contact";
import { EmailLayout, text } from "./layout";

export interface StatusGewijzigdProps {
  contactName: string;
  reference: string;
  /** What happened, in one or two plain sentences. */
  message: string;
  trackingUrl: string;
  /** Who to call or write to, once a school or WSP holds the request (`loadHandlerContact`). */
  handler?: HandlerContact | null;
}

/** To the employer when their request moves: a school takes it on, or it goes to someone else. */
export function StatusGewijzigd(props: StatusGewijzigdProps) {
  return (
    <EmailLayout preview={`Nieuws over uw aanvraag ${props.reference}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Nieuws over uw aanvraag {props.reference}
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>{props.message}</Text>
      {props.handler ? <HandlerContactBlock contact={props.handler} /> : null}
      <Button
        href={props.trackingUrl}
        style={{ backgroundColor: "#1f5f46", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600 }}
      >
        Bekijk uw aanvraag
      </Button>
    </EmailLayout>
  );
}

export default StatusGewijzigd;
StatusGewijzigd.PreviewProps = {
  contactName: "Sanne de Vries",
  reference: "OP-2026-000123",
  message: "Praktijkschool De Brug pakt uw aanvraag op en neemt contact met u op.",
  trackingUrl: "http://localhost:3000/volgen/voorbeeld",
  handler: { organisationName: "Praktijkschool De Brug", personName: "Fatima de Vries", phone: "06 12345678", email: "f.devries@debrug.example" },
} satisfies StatusGewijzigdProps;
