import { Heading, Text } from "@react-email/components";
import { EmailLayout, text } from "./layout";
import { ReasonList } from "./reason-list";
import { RequestSummary, type RequestSummaryProps, SUMMARY_PREVIEW } from "./request-summary";

export interface NieuweAanvraagWspProps extends RequestSummaryProps {
  wspName: string;
  /** The school that has the request; null when no school fits and the WSP handles it. */
  schoolName: string | null;
  reasons: string[];
}

/** To the WSP of the employer's region: a lead to follow, or a request to handle itself. */
export function NieuweAanvraagWsp(props: NieuweAanvraagWspProps) {
  return (
    <EmailLayout preview={`Aanvraag ${props.reference} uit uw regio`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {props.schoolName ? `Ter informatie: ${props.kindLabel}` : `Voor u: ${props.kindLabel}`}
      </Heading>
      <Text style={text}>
        {props.schoolName
          ? `Aan ${props.wspName}: een werkgever uit uw regio heeft zich via Opstap aangemeld. De aanvraag is doorgestuurd naar ${props.schoolName}. U hoeft nu niets te doen.`
          : `Aan ${props.wspName}: een werkgever uit uw regio heeft zich via Opstap aangemeld. Er is geen school gevonden die de aanvraag kan oppakken. Wilt u contact opnemen met de werkgever?`}
      </Text>
      <RequestSummary {...props} />
      <ReasonList title="Waarom deze keuze:" reasons={props.reasons} />
    </EmailLayout>
  );
}

export default NieuweAanvraagWsp;
NieuweAanvraagWsp.PreviewProps = {
  ...SUMMARY_PREVIEW,
  wspName: "Werkgeversservicepunt Midden-Utrecht",
  schoolName: "Praktijkschool De Brug",
  reasons: ["Postcode 3511 ligt in de gemeente Utrecht, in de arbeidsmarktregio Midden-Utrecht."],
} satisfies NieuweAanvraagWspProps;
