import { Heading, Text } from "@react-email/components";
import { EmailLayout, text, EmailButton } from "./layout";

export interface InlogcodeProps {
  name: string;
  code: string;
  signInUrl: string;
  validMinutes: number;
}

/** The one-time code and link a staff member signs in with. */
export function Inlogcode(props: InlogcodeProps) {
  return (
    <EmailLayout preview={`Uw inlogcode is ${props.code}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Inloggen bij Opstap
      </Heading>
      <Text style={text}>Beste {props.name},</Text>
      <Text style={text}>Vul deze code in op de inlogpagina:</Text>
      <Text style={{ fontSize: "32px", fontWeight: 700, letterSpacing: "6px", margin: "8px 0 16px" }}>{props.code}</Text>
      <Text style={text}>Of log in met deze knop:</Text>
      <EmailButton href={props.signInUrl}>
        Inloggen
      </EmailButton>
      <Text style={text}>
        De code en de knop werken {props.validMinutes} minuten, en maar één keer.
      </Text>
      <Text style={{ ...text, fontSize: "13px" }}>
        Wilde u niet inloggen? Dan kunt u deze e-mail negeren. Zonder de code kan niemand inloggen.
      </Text>
    </EmailLayout>
  );
}

export default Inlogcode;
Inlogcode.PreviewProps = {
  name: "Fatima El Amrani",
  code: "482913",
  signInUrl: "http://localhost:3000/inloggen/link/voorbeeld",
  validMinutes: 15,
} satisfies InlogcodeProps;
