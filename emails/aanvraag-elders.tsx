import { Heading, Text } from "@react-email/components";
import { EmailLayout, text } from "./layout";

export interface AanvraagEldersProps {
  organisationName: string;
  reference: string;
  companyName: string;
  byName: string;
}

/** To a school that had a request the WSP gave to another school: it need not do anything more. */
export function AanvraagElders(props: AanvraagEldersProps) {
  return (
    <EmailLayout preview={`Aanvraag ${props.reference} ligt nu bij een andere school`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Aanvraag {props.reference} ligt nu bij een andere school
      </Heading>
      <Text style={text}>Beste collega van {props.organisationName},</Text>
      <Text style={text}>
        {props.byName} heeft de aanvraag van {props.companyName} aan een andere school gegeven. U hoeft er niets meer mee te
        doen. De link in de eerdere e-mail werkt niet meer voor een antwoord.
      </Text>
    </EmailLayout>
  );
}

export default AanvraagElders;
AanvraagElders.PreviewProps = {
  organisationName: "Praktijkschool De Brug",
  reference: "OP-2026-000123",
  companyName: "Bakkerij Jansen",
  byName: "Werkgeversservicepunt Midden-Utrecht",
} satisfies AanvraagEldersProps;
