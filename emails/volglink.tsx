import { Heading, Text } from "@react-email/components";
import { EmailLayout, text, EmailButton } from "./layout";

export interface VolglinkProps {
  contactName: string;
  trackingUrl: string;
}

/** "Link kwijt?" and "mijn aanvragen": a new private link to all of the employer's requests and data. */
export function Volglink(props: VolglinkProps) {
  return (
    <EmailLayout preview="Uw link om uw aanvragen te volgen">
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Uw link om uw aanvragen te volgen
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>
        U vroeg om een link. Met deze link ziet u al uw aanvragen bij Opstap en alles wat we van u bewaren. De link werkt 14
        dagen.
      </Text>
      <EmailButton href={props.trackingUrl}>
        Bekijk uw aanvragen
      </EmailButton>
      <Text style={{ ...text, fontSize: "13px" }}>
        Vroeg u niet om deze link? Dan kunt u deze e-mail negeren. Stuur de link niet door: wie hem heeft, ziet uw aanvragen.
      </Text>
    </EmailLayout>
  );
}

export default Volglink;
Volglink.PreviewProps = { contactName: "Sanne de Vries", trackingUrl: "http://localhost:3000/volgen/voorbeeld" } satisfies VolglinkProps;
