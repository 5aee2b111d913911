import { Heading, Text } from "@react-email/components";
import { EmailButton, EmailLayout, EmailLink, label, text, value } from "./layout";

export interface AanvraagHeropendProps {
  organisationName: string;
  /** Set on the copy to the request's owner, who gets it besides the organisation's general address. */
  ownerName?: string | null;
  reference: string;
  companyName: string;
  contactName: string;
  email: string;
  /** What the request is again, in the staff's words ("Nieuw", "In behandeling", …). */
  statusLabel: string;
  /** For a school that still has to answer: its new deadline and a fresh answer link. */
  respondBy?: string | null;
  responseUrl?: string | null;
}

/** To whoever had the request when it was withdrawn: the employer took the withdrawal back. */
export function AanvraagHeropend(props: AanvraagHeropendProps) {
  return (
    <EmailLayout preview={`${props.companyName} heeft aanvraag ${props.reference} weer geopend`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Aanvraag {props.reference} is weer geopend
      </Heading>
      <Text style={text}>
        {props.ownerName ? `Aan ${props.ownerName} (${props.organisationName}): ` : `Aan ${props.organisationName}: `}
        {props.contactName} van {props.companyName} had deze aanvraag ingetrokken, en heeft hem nu weer geopend. De aanvraag
        ligt weer bij u, met dezelfde status als voor het intrekken.
      </Text>
      <Text style={label}>Status</Text>
      <Text style={value}>{props.statusLabel}</Text>
      {props.respondBy && props.responseUrl ? (
        <>
          <Text style={text}>
            U had nog niet geantwoord. De dagen dat de aanvraag ingetrokken was, tellen niet mee: laat uiterlijk {props.respondBy}{" "}
            weten of uw school de aanvraag oppakt.
          </Text>
          <EmailButton href={props.responseUrl}>Aanvraag bekijken en antwoorden</EmailButton>
        </>
      ) : null}
      <Text style={label}>De werkgever bereiken</Text>
      <Text style={value}>
        <EmailLink href={`mailto:${props.email}`}>{props.email}</EmailLink>
      </Text>
    </EmailLayout>
  );
}

export default AanvraagHeropend;
AanvraagHeropend.PreviewProps = {
  organisationName: "Praktijkschool De Brug",
  reference: "OP-2026-000123",
  companyName: "Bakkerij Het Zuiden",
  contactName: "Sanne de Vries",
  email: "sanne@example.org",
  statusLabel: "Nieuw",
  respondBy: "woensdag 16 december om 10:00",
  responseUrl: "http://localhost:3000/reactie/voorbeeld",
} satisfies AanvraagHeropendProps;
