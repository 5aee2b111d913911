import { Heading, Text } from "@react-email/components";
import { EmailButton, EmailLayout, text } from "./layout";
import { ReasonList } from "./reason-list";
import { RequestSummary, type RequestSummaryProps, SUMMARY_PREVIEW } from "./request-summary";

export interface VraagVoorOpstapProps extends RequestSummaryProps {
  /** Who runs this installation, as its administrators filled it in. */
  operatorName: string;
  reasons: string[];
  /** The request's page in the back office (administrators only). */
  requestUrl: string;
}

/**
 * To the team behind Opstap: a request that no school or WSP holds. A question about "iets anders"
 * sent without a postcode, or a request from a region without a known WSP (decision 032).
 */
export function VraagVoorOpstap(props: VraagVoorOpstapProps) {
  const withoutPlace = props.municipalityName === null;
  return (
    <EmailLayout preview={`Aanvraag ${props.reference} wacht op het team van Opstap`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Voor het team van Opstap: {props.kindLabel}
      </Heading>
      <Text style={text}>
        Aan {props.operatorName}:{" "}
        {withoutPlace
          ? "een werkgever stuurde een vraag zonder postcode. Daarom kon Opstap de vraag niet naar een school of werkgeversservicepunt sturen. Wilt u de werkgever antwoorden?"
          : "een werkgever stuurde een aanvraag uit een regio zonder bekend werkgeversservicepunt. Niemand anders heeft de aanvraag. Wilt u de werkgever helpen?"}
      </Text>
      <RequestSummary {...props} />
      <ReasonList title="Waarom bij u:" reasons={props.reasons} />
      <EmailButton href={props.requestUrl}>Open de aanvraag</EmailButton>
    </EmailLayout>
  );
}

export default VraagVoorOpstap;
VraagVoorOpstap.PreviewProps = {
  ...SUMMARY_PREVIEW,
  kindLabel: "vraag",
  companyName: "",
  sectorLabel: "Niet opgegeven",
  municipalityName: null,
  postcode: null,
  answers: [
    { label: "Onderwerp", value: "Iets anders" },
    { label: "Uw vraag", value: "Kan ik ook iemand voor de zaterdag aannemen?" },
  ],
  operatorName: "Stichting Opstap Voorbeeldregio",
  reasons: ["De werkgever gaf geen postcode. Het team van Opstap beantwoordt de vraag, of stuurt hem door."],
  requestUrl: "http://localhost:3000/backoffice/aanvragen/OP-2026-000123",
} satisfies VraagVoorOpstapProps;
