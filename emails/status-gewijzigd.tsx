import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, text } from "./layout";

export interface StatusGewijzigdProps {
  contactName: string;
  reference: string;
  /** What happened, in one or two plain sentences. */
  message: string;
  trackingUrl: string;
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
} satisfies StatusGewijzigdProps;
