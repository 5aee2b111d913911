import { Heading, Text } from "@react-email/components";
import { EmailLayout, text } from "./layout";

export interface ProefplaatsingOntvangenProps {
  contactName: string;
  companyName: string;
  reference: string;
  municipalityName: string;
  regionName: string;
  wspName: string | null;
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
      <Text style={text}>
        Uw bedrijf ligt in de gemeente {props.municipalityName}, in de arbeidsmarktregio {props.regionName}.{" "}
        {props.wspName
          ? `We hebben uw aanmelding doorgegeven aan ${props.wspName}.`
          : "We zoeken nu uit wie in uw regio uw aanmelding oppakt."}
      </Text>
      <Text style={text}>
        Wat gebeurt er nu? Iemand uit uw regio neemt contact met u op om kennis te maken. Samen bekijkt u welk werk
        past bij een leerling. U zit nergens aan vast: een proefplaatsing is een eerste kennismaking.
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
} satisfies ProefplaatsingOntvangenProps;
