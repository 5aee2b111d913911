import { Heading, Text } from "@react-email/components";
import { EmailLayout, text, EmailButton } from "./layout";
import { ReasonList } from "./reason-list";
import { RequestSummary, type RequestSummaryProps, SUMMARY_PREVIEW } from "./request-summary";

export interface NieuweAanvraagSchoolProps extends RequestSummaryProps {
  schoolName: string;
  /** "woensdag 25 november om 10:00" */
  respondBy: string;
  /** The school's private link to accept or decline. */
  responseUrl: string;
  reasons: string[];
  /** The WSP's note, when it forwarded this request to the school by hand. */
  message?: string | null;
}

/** The email gets the kind as its label only ("groepsstage"); a group stage is about more pupils. */
function whatTheEmployerWants(kindLabel: string): string {
  if (kindLabel === "groepsstage") return "een werkgever bij u in de buurt wil een groep leerlingen een kans geven.";
  if (kindLabel === "vraag") return "een werkgever bij u in de buurt heeft een vraag.";
  return "een werkgever bij u in de buurt wil een leerling een kans geven.";
}

/** To the school the request was routed to: who asks, and a link to answer before the deadline. */
export function NieuweAanvraagSchool(props: NieuweAanvraagSchoolProps) {
  return (
    <EmailLayout preview={`Nieuwe aanvraag voor ${props.schoolName}: ${props.reference}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Nieuwe aanvraag: {props.kindLabel}
      </Heading>
      <Text style={text}>
        Aan {props.schoolName}: {whatTheEmployerWants(props.kindLabel)} Opstap heeft de aanvraag naar uw school gestuurd.
      </Text>
      {props.message ? (
        <>
          <Text style={text}>Het werkgeversservicepunt schrijft erbij:</Text>
          <Text style={{ ...text, whiteSpace: "pre-wrap", borderLeft: "4px solid #c9d3cd", paddingLeft: "12px" }}>{props.message}</Text>
        </>
      ) : null}
      <Text style={text}>
        Laat uiterlijk <strong>{props.respondBy}</strong> weten of u de aanvraag oppakt. Hoort Opstap niets, dan gaat de
        aanvraag naar een andere school.
      </Text>
      <EmailButton href={props.responseUrl}>
        Aanvraag bekijken en beantwoorden
      </EmailButton>
      <RequestSummary {...props} />
      <ReasonList title="Waarom uw school:" reasons={props.reasons} />
      <Text style={{ ...text, fontSize: "13px" }}>
        Deze link is alleen voor uw school. Stuur de e-mail niet door buiten uw school.
      </Text>
    </EmailLayout>
  );
}

export default NieuweAanvraagSchool;
NieuweAanvraagSchool.PreviewProps = {
  ...SUMMARY_PREVIEW,
  schoolName: "Praktijkschool De Brug",
  respondBy: "woensdag 25 november om 10:00",
  responseUrl: "http://localhost:3000/reactie/voorbeeld",
  reasons: ["Praktijkschool De Brug werkt in Utrecht, doet proefplaatsingen en heeft nog plek."],
  answers: [
    { label: "Werk", value: "Brood inpakken en de winkel netjes houden" },
    { label: "Dagen en uren", value: "Dinsdag en donderdag, 9 tot 14 uur" },
    { label: "Begeleider bij het bedrijf", value: "Sanne de Vries" },
  ],
} satisfies NieuweAanvraagSchoolProps;
