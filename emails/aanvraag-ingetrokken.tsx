import { Heading, Text } from "@react-email/components";
import { EmailButton, EmailLayout, text } from "./layout";

export interface AanvraagIngetrokkenProps {
  contactName: string;
  reference: string;
  /** Who had the request and has been told, when anybody had it. */
  handlerName: string | null;
  /** "woensdag 16 december om 14:03": the last moment to reopen. */
  reopenUntil: string;
  /** A fresh link to this request; the page there has the "Heropenen" button. */
  trackingUrl: string;
}

/** To the employer right after they withdrew a request: it is done, and how to take it back. */
export function AanvraagIngetrokken(props: AanvraagIngetrokkenProps) {
  return (
    <EmailLayout preview={`U heeft uw aanvraag ${props.reference} ingetrokken`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Uw aanvraag {props.reference} is ingetrokken
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>
        U heeft uw aanvraag ingetrokken.{" "}
        {props.handlerName ? `We hebben ${props.handlerName} laten weten dat zij er niets meer mee hoeven te doen.` : null}
      </Text>
      <Text style={text}>
        Was dit een vergissing, of wilt u toch verder? Dan kunt u de aanvraag weer openen tot {props.reopenUntil}. Uw aanvraag
        gaat dan verder waar hij was gebleven.
      </Text>
      <EmailButton href={props.trackingUrl}>Bekijk of heropen uw aanvraag</EmailButton>
      <Text style={{ ...text, fontSize: "13px" }}>
        Heeft u de aanvraag niet zelf ingetrokken? Open dan de link en heropen de aanvraag. Stuur de link niet door: wie hem
        heeft, ziet uw aanvraag.
      </Text>
    </EmailLayout>
  );
}

export default AanvraagIngetrokken;
AanvraagIngetrokken.PreviewProps = {
  contactName: "Sanne de Vries",
  reference: "OP-2026-000123",
  handlerName: "Praktijkschool De Brug",
  reopenUntil: "woensdag 16 december om 14:03",
  trackingUrl: "http://localhost:3000/volgen/voorbeeld#aanvraag-OP-2026-000123",
} satisfies AanvraagIngetrokkenProps;
