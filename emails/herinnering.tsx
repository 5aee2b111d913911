import { Heading, Text } from "@react-email/components";
import { EmailLayout, text, EmailButton } from "./layout";

export interface HerinneringProps {
  organisationName: string;
  reference: string;
  companyName: string;
  /** "school": the answer is due soon; "wsp": nobody picked the request up. */
  audience: "school" | "wsp";
  dueText: string | null;
  requestUrl: string;
}

/** A reminder that a request is waiting for an answer. */
export function Herinnering(props: HerinneringProps) {
  return (
    <EmailLayout preview={`Herinnering: aanvraag ${props.reference} wacht op u`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Aanvraag {props.reference} wacht op u
      </Heading>
      <Text style={text}>Beste collega van {props.organisationName},</Text>
      {props.audience === "school" ? (
        <Text style={text}>
          {props.companyName} wacht op antwoord. Laat uiterlijk {props.dueText} weten of uw school de aanvraag oppakt.
          Anders gaat de aanvraag naar een andere school. U kunt antwoorden met de link in de eerste e-mail, of in Opstap.
        </Text>
      ) : (
        <Text style={text}>
          Niemand heeft de aanvraag van {props.companyName} nog opgepakt. Wilt u kijken wie de werkgever kan helpen?
        </Text>
      )}
      <EmailButton href={props.requestUrl}>
        Bekijk de aanvraag
      </EmailButton>
    </EmailLayout>
  );
}

export default Herinnering;
Herinnering.PreviewProps = {
  organisationName: "Praktijkschool De Brug",
  reference: "OP-2026-000123",
  companyName: "Bakkerij Jansen",
  audience: "school",
  dueText: "donderdag 3 december om 10:00",
  requestUrl: "http://localhost:3000/backoffice/aanvragen/OP-2026-000123",
} satisfies HerinneringProps;
