import { Heading, Text } from "@react-email/components";
import { routedToSentence } from "../app/domain/routing-decision";
import { EmailLayout, text } from "./layout";
import { ReasonList } from "./reason-list";

export interface ProefplaatsingOntvangenProps {
  contactName: string;
  companyName: string;
  reference: string;
  municipalityName: string;
  regionName: string;
  wspName: string | null;
  /** The school the request went to; null when the WSP handles it. */
  schoolName: string | null;
  reasons: string[];
}

/** To the employer, right after they signed up for a proefplaatsing. */
export function ProefplaatsingOntvangen(props: ProefplaatsingOntvangenProps) {
  return (
    <EmailLayout preview={`Uw aanmelding ${props.reference} is ontvangen`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Bedankt voor uw aanmelding
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>
        Wij hebben de aanmelding van {props.companyName} voor een proefplaatsing goed ontvangen. Uw nummer is{" "}
        <strong>{props.reference}</strong>. Noem dit nummer als u contact met ons opneemt.
      </Text>
      <Text style={text}>{routedToSentence(props)}</Text>
      <ReasonList title="Waarom deze keuze:" reasons={props.reasons} />
      <Text style={text}>
        Wat gebeurt er nu? {props.schoolName ?? props.wspName ?? "Iemand uit uw regio"} neemt contact met u op om kennis
        te maken. Samen bekijkt u welk werk past bij een leerling. U zit nergens aan vast: een proefplaatsing is een
        eerste kennismaking.
      </Text>
      <Text style={text}>Met vriendelijke groet,{"\n"}Opstap</Text>
    </EmailLayout>
  );
}

export default ProefplaatsingOntvangen;
ProefplaatsingOntvangen.PreviewProps = {
  contactName: "Sanne de Vries",
  companyName: "Bakkerij Het Zuiden",
  reference: "OP-2026-000123",
  municipalityName: "Utrecht",
  regionName: "Midden-Utrecht",
  wspName: "Werkgeversservicepunt Midden-Utrecht",
  schoolName: "Praktijkschool De Brug",
  reasons: ["Praktijkschool De Brug werkt in Utrecht, doet proefplaatsingen en heeft nog plek."],
} satisfies ProefplaatsingOntvangenProps;
