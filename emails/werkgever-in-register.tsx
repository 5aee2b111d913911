import { Heading, Text } from "@react-email/components";
import { EmailButton, EmailLayout, EmailLink, text } from "./layout";

export interface WerkgeverInRegisterProps {
  contactName: string;
  companyName: string;
  organisationName: string;
  /** The private page; `?antwoord=stop` opens it at "stop". */
  answerUrl: string;
  privacyUrl: string;
  validUntil: string;
}

/**
 * To an employer that a school or the WSP added by hand: they did not fill in a form, so this
 * email tells them they are in the register, who sees it, and how to get out with one click.
 */
export function WerkgeverInRegister(props: WerkgeverInRegisterProps) {
  return (
    <EmailLayout preview={`${props.organisationName} heeft ${props.companyName} in het werkgeversregister gezet`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        U staat in het werkgeversregister van uw regio
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>
        {props.organisationName} heeft {props.companyName} in Opstap gezet. Opstap is het register van werkgevers die leerlingen
        van het praktijkonderwijs en het voortgezet speciaal onderwijs een kans geven.
      </Text>
      <Text style={text}>
        De scholen en het werkgeversservicepunt in uw regio zien uw bedrijfsnaam, uw contactgegevens en wie contact met u heeft.
        Zo bellen ze u niet twee keer voor hetzelfde. Een paar keer per jaar vragen we of u plek heeft.
      </Text>
      <Text style={text}>Wilt u dit niet? Klik dan op de knop. Dan mailen we u niet meer.</Text>
      <EmailButton href={`${props.answerUrl}?antwoord=stop`}>Ik wil niet in het register</EmailButton>
      <Text style={text}>
        Kloppen uw gegevens niet? <EmailLink href={`${props.answerUrl}?antwoord=gegevens`}>Pas ze aan</EmailLink>. Meer over wat
        we bewaren: <EmailLink href={props.privacyUrl}>privacyverklaring</EmailLink>.
      </Text>
      <Text style={{ ...text, fontSize: "13px" }}>De link werkt tot {props.validUntil}.</Text>
    </EmailLayout>
  );
}

export default WerkgeverInRegister;
WerkgeverInRegister.PreviewProps = {
  contactName: "Sanne de Vries",
  companyName: "Bakkerij Zonnestraal",
  organisationName: "Praktijkschool De Brug",
  answerUrl: "http://localhost:3000/werkgever/voorbeeld",
  privacyUrl: "http://localhost:3000/privacy",
  validUntil: "30 januari 2027",
} satisfies WerkgeverInRegisterProps;
