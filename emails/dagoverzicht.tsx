import { Heading, Text } from "@react-email/components";
import { EmailLayout, text, EmailButton, EmailLink } from "./layout";

export interface DagoverzichtItem {
  reference: string;
  companyName: string;
  why: string;
  url: string;
}

export interface DagoverzichtProps {
  name: string;
  items: DagoverzichtItem[];
  /** How many more there are than the list shows. */
  more: number;
  inboxUrl: string;
  accountUrl: string;
}

/** The daily email of what needs a person's attention; only sent when there is something. */
export function Dagoverzicht(props: DagoverzichtProps) {
  const total = props.items.length + props.more;
  return (
    <EmailLayout preview={`${total} ${total === 1 ? "aanvraag wacht" : "aanvragen wachten"} op u`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Wat er vandaag op u wacht
      </Heading>
      <Text style={text}>Goedemorgen {props.name},</Text>
      <Text style={text}>
        {total === 1 ? "Deze aanvraag vraagt" : `Deze ${total} aanvragen vragen`} uw aandacht:
      </Text>
      {props.items.map((item) => (
        <Text key={item.reference} style={text}>
          <EmailLink href={item.url}>{item.reference}</EmailLink> – {item.companyName}: {item.why}
        </Text>
      ))}
      {props.more > 0 ? <Text style={text}>En nog {props.more} meer.</Text> : null}
      <EmailButton href={props.inboxUrl}>
        Naar de aanvragen
      </EmailButton>
      <Text style={{ ...text, fontSize: "13px" }}>
        Wilt u deze e-mail niet meer? Zet hem uit bij <EmailLink href={props.accountUrl}>Mijn account</EmailLink>.
      </Text>
    </EmailLayout>
  );
}

export default Dagoverzicht;
Dagoverzicht.PreviewProps = {
  name: "Fatima",
  items: [{ reference: "OP-2026-000123", companyName: "Bakkerij Jansen", why: "nog niemand heeft hem opgepakt", url: "http://localhost:3000/backoffice/aanvragen/OP-2026-000123" }],
  more: 0,
  inboxUrl: "http://localhost:3000/backoffice",
  accountUrl: "http://localhost:3000/backoffice/account",
} satisfies DagoverzichtProps;
