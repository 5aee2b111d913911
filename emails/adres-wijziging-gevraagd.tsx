import { Heading, Text } from "@react-email/components";
import { EmailLayout, text } from "./layout";

export interface AdresWijzigingGevraagdProps {
  contactName: string;
  /** The new address, partly hidden: "n•••@example.org". */
  newAddress: string;
}

/** To the old address when someone asks to move the employer's email to another address. */
export function AdresWijzigingGevraagd(props: AdresWijzigingGevraagdProps) {
  return (
    <EmailLayout preview="Iemand wil uw e-mailadres bij Opstap wijzigen">
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Uw e-mailadres bij Opstap wijzigen
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>
        Via uw pagina bij Opstap is gevraagd om voortaan dit e-mailadres te gebruiken: {props.newAddress}. Dat gebeurt pas
        als iemand op de link klikt die we naar dat adres stuurden.
      </Text>
      <Text style={text}>
        Was u dit zelf? Dan hoeft u niets te doen. Was u dit niet? Klik dan niet op links in andere e-mails en neem contact met
        ons op via de contactpagina van Opstap.
      </Text>
    </EmailLayout>
  );
}

export default AdresWijzigingGevraagd;
AdresWijzigingGevraagd.PreviewProps = { contactName: "Sanne de Vries", newAddress: "n•••@example.org" } satisfies AdresWijzigingGevraagdProps;
