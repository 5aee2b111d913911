import { Heading, Text } from "@react-email/components";
import { EmailLayout, text, EmailButton } from "./layout";

export interface AdresBevestigenProps {
  contactName: string;
  companyName: string;
  confirmUrl: string;
}

/** To a new address an employer gave on their page: it only takes effect after this link. */
export function AdresBevestigen(props: AdresBevestigenProps) {
  return (
    <EmailLayout preview="Bevestig uw nieuwe e-mailadres voor Opstap">
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Bevestig uw nieuwe e-mailadres
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>
        U vroeg om dit e-mailadres te gebruiken voor de aanvragen van {props.companyName} bij Opstap. Klik op de knop om dat te
        bevestigen. Pas dan sturen we e-mails naar dit adres.
      </Text>
      <EmailButton href={props.confirmUrl}>
        E-mailadres bevestigen
      </EmailButton>
      <Text style={{ ...text, fontSize: "13px" }}>
        De link werkt 24 uur. Vroeg u hier niet om? Dan hoeft u niets te doen: er verandert niets.
      </Text>
    </EmailLayout>
  );
}

export default AdresBevestigen;
AdresBevestigen.PreviewProps = {
  contactName: "Sanne de Vries",
  companyName: "Bakkerij De Korenschoof",
  confirmUrl: "http://localhost:3000/volgen/adres/voorbeeld",
} satisfies AdresBevestigenProps;
