import { Heading, Text } from "@react-email/components";
import { EmailLayout, text, EmailButton } from "./layout";

export interface AntwoordVanMedewerkerProps {
  contactName: string;
  reference: string;
  /** Who writes: the person in the back office, and the school or WSP they work for. */
  staffName: string;
  organisationName: string;
  message: string;
  trackingUrl: string;
}

/** To the employer: a message from the person who handles the request, sent from the back office. */
export function AntwoordVanMedewerker(props: AntwoordVanMedewerkerProps) {
  return (
    <EmailLayout preview={`Bericht van ${props.organisationName} over uw aanvraag ${props.reference}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Bericht over uw aanvraag {props.reference}
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>
        {props.staffName} van {props.organisationName} stuurt u dit bericht over uw aanvraag {props.reference}:
      </Text>
      <Text style={{ ...text, whiteSpace: "pre-wrap", borderLeft: "4px solid #c9d3cd", paddingLeft: "12px" }}>{props.message}</Text>
      <Text style={text}>Wilt u reageren? Dat kan op uw eigen pagina bij Opstap.</Text>
      <EmailButton href={props.trackingUrl}>
        Bekijk uw aanvraag
      </EmailButton>
    </EmailLayout>
  );
}

export default AntwoordVanMedewerker;
AntwoordVanMedewerker.PreviewProps = {
  contactName: "Sanne de Vries",
  reference: "OP-2026-000123",
  staffName: "Fatima El Amrani",
  organisationName: "Praktijkschool De Brug",
  message: "Dank voor uw aanmelding. Ik bel u donderdag om een afspraak te maken.",
  trackingUrl: "http://localhost:3000/volgen/voorbeeld",
} satisfies AntwoordVanMedewerkerProps;
