import { Button, Heading, Text } from "@react-email/components";
import { handlerNameFor, nextStepSentence, routedToSentence } from "../app/domain/routing-decision";
import { EmailLayout, label, text, value } from "./layout";
import { ReasonList } from "./reason-list";

export interface AanvraagOntvangenProps {
  /** The kind: "proefplaatsing", "groepsstage" or "vraag"; the email calls every kind an "aanvraag". */
  kindLabel: string;
  contactName: string;
  companyName: string;
  reference: string;
  /** Empty for a question sent without a postcode: the team behind Opstap reads it. */
  municipalityName: string | null;
  wspName: string | null;
  /** The school the request went to; null when the WSP handles it. */
  schoolName: string | null;
  /** When the school answers at the latest ("woensdag 25 november om 10:00"). */
  respondBy: string | null;
  reasons: string[];
  trackingUrl: string;
  /** What the employer filled in, with Dutch labels ("Wat u ons stuurde"). */
  sent?: Array<{ label: string; value: string }>;
}

/** To the employer, right after a request: the reference, who handles it, by when, and the link. */
export function AanvraagOntvangen(props: AanvraagOntvangenProps) {
  const handler = handlerNameFor(props);
  return (
    <EmailLayout preview={`Uw aanvraag ${props.reference} is ontvangen`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Bedankt voor uw aanvraag
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>
        Wij hebben {props.companyName ? `de aanvraag van ${props.companyName}` : "uw aanvraag"} goed ontvangen. Soort
        aanvraag: een {props.kindLabel}. Uw nummer is <strong>{props.reference}</strong>. Noem dit nummer als u contact met
        ons opneemt.
      </Text>
      <Text style={text}>{routedToSentence(props)}</Text>
      <Text style={text}>{nextStepSentence(handler, props.respondBy)}</Text>
      <ReasonList title="Waarom deze keuze:" reasons={props.reasons} />
      <Text style={text}>Op uw eigen pagina ziet u hoe het met uw aanvraag gaat. Daar kunt u ook een bericht sturen of uw aanvraag intrekken.</Text>
      <Button
        href={props.trackingUrl}
        style={{ backgroundColor: "#1f5f46", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600 }}
      >
        Bekijk uw aanvraag
      </Button>
      <Text style={{ ...text, fontSize: "13px" }}>Deze link is alleen voor u. Stuur de e-mail niet door.</Text>
      {props.sent && props.sent.length > 0 ? (
        <>
          <Heading as="h2" style={{ fontSize: "18px" }}>
            Wat u ons stuurde
          </Heading>
          {props.sent.map((row) => (
            <div key={row.label}>
              <Text style={label}>{row.label}</Text>
              <Text style={{ ...value, whiteSpace: "pre-wrap" }}>{row.value}</Text>
            </div>
          ))}
        </>
      ) : null}
      <Text style={text}>Met vriendelijke groet,{"\n"}Opstap</Text>
    </EmailLayout>
  );
}

export default AanvraagOntvangen;
AanvraagOntvangen.PreviewProps = {
  kindLabel: "proefplaatsing",
  contactName: "Sanne de Vries",
  companyName: "Bakkerij Het Zuiden",
  reference: "OP-2026-000123",
  municipalityName: "Utrecht",
  wspName: "Werkgeversservicepunt Midden-Utrecht",
  schoolName: "Praktijkschool De Brug",
  respondBy: "woensdag 25 november om 10:00",
  reasons: ["Praktijkschool De Brug werkt in Utrecht, doet proefplaatsingen en heeft nog plek."],
  trackingUrl: "http://localhost:3000/volgen/voorbeeld",
  sent: [
    { label: "Bedrijf", value: "Bakkerij Het Zuiden" },
    { label: "Werk", value: "Brood inpakken en de winkel netjes houden." },
  ],
} satisfies AanvraagOntvangenProps;
