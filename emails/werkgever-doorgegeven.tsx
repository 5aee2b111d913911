import { Heading, Text } from "@react-email/components";
import { EmailButton, EmailLayout, text } from "./layout";

export interface WerkgeverDoorgegevenProps {
  fromOrganisation: string;
  companyName: string;
  message: string | null;
  /** The employer's page in the back office (staff sign in to open it). */
  registerUrl: string;
}

/** A school or the WSP passes an employer of the register to another school of the region. */
export function WerkgeverDoorgegeven(props: WerkgeverDoorgegevenProps) {
  return (
    <EmailLayout preview={`${props.fromOrganisation} geeft ${props.companyName} aan u door`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Een werkgever voor uw school
      </Heading>
      <Text style={text}>
        {props.fromOrganisation} denkt dat {props.companyName} goed past bij uw school, en geeft deze werkgever aan u door.
      </Text>
      {props.message ? <Text style={{ ...text, whiteSpace: "pre-line" }}>Bericht: {props.message}</Text> : null}
      <EmailButton href={props.registerUrl}>Bekijk de werkgever</EmailButton>
    </EmailLayout>
  );
}

export default WerkgeverDoorgegeven;
WerkgeverDoorgegeven.PreviewProps = {
  fromOrganisation: "Werkgeversservicepunt Midden-Utrecht",
  companyName: "Bakkerij Zonnestraal",
  message: "Zij zoeken iemand voor de ochtend. Past bij jullie leerlingen in de bakkerij-lessen.",
  registerUrl: "http://localhost:3000/backoffice/werkgevers/voorbeeld",
} satisfies WerkgeverDoorgegevenProps;
