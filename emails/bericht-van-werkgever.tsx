import { Heading, Text } from "@react-email/components";
import { EmailLayout, label, text, value, EmailLink } from "./layout";

export interface BerichtVanWerkgeverProps {
  organisationName: string;
  reference: string;
  companyName: string;
  contactName: string;
  email: string;
  message: string;
  /** Set on the copy to the request's owner, who gets it besides the organisation's general address. */
  ownerName?: string | null;
  /** The employer had their data erased: no name and no address to answer to. */
  erased?: boolean;
  /** The employer withdrew the request; the subject says so, not "Bericht van …". */
  withdrawn?: boolean;
}

/** To whoever handles the request: a message the employer sent from the tracking page. */
export function BerichtVanWerkgever(props: BerichtVanWerkgeverProps) {
  return (
    <EmailLayout preview={`Bericht over aanvraag ${props.reference}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Bericht over aanvraag {props.reference}
      </Heading>
      <Text style={text}>
        {props.erased
          ? `Aan ${props.organisationName}: de werkgever van deze aanvraag heeft hun gegevens bij Opstap laten wissen.`
          : props.ownerName
          ? `Aan ${props.ownerName} (${props.organisationName}): ${props.contactName} van ${props.companyName} stuurde dit bericht. U krijgt het omdat u eigenaar bent van deze aanvraag.`
          : `Aan ${props.organisationName}: ${props.contactName} van ${props.companyName} stuurde dit bericht.`}
      </Text>
      <Text style={{ ...text, whiteSpace: "pre-wrap", borderLeft: "4px solid #c9d3cd", paddingLeft: "12px" }}>{props.message}</Text>
      {props.erased ? null : (
        <>
          <Text style={label}>Antwoorden kan per e-mail</Text>
          <Text style={value}>
            <EmailLink href={`mailto:${props.email}`}>{props.email}</EmailLink>
          </Text>
        </>
      )}
    </EmailLayout>
  );
}

export default BerichtVanWerkgever;
BerichtVanWerkgever.PreviewProps = {
  organisationName: "Praktijkschool De Brug",
  reference: "OP-2026-000123",
  companyName: "Bakkerij Het Zuiden",
  contactName: "Sanne de Vries",
  email: "sanne@example.org",
  message: "We kunnen ook op zaterdag.",
} satisfies BerichtVanWerkgeverProps;
