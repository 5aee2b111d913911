import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, label, text, value } from "./layout";

export interface NieuweAanvraagWspProps {
  wspName: string;
  kindLabel: string;
  reference: string;
  companyName: string;
  sectorLabel: string;
  municipalityName: string;
  postcode: string;
  work: string;
  contactName: string;
  email: string;
  phone: string | null;
}

/** To the WSP of the employer's region: a new lead to follow. */
export function NieuweAanvraagWsp(props: NieuweAanvraagWspProps) {
  const rows: Array<[string, string]> = [
    ["Nummer", props.reference],
    ["Bedrijf", props.companyName],
    ["Sector", props.sectorLabel],
    ["Plaats", `${props.municipalityName} (${props.postcode})`],
    ["Werk dat het bedrijf aanbiedt", props.work],
    ["Contactpersoon", props.contactName],
  ];
  return (
    <EmailLayout preview={`Nieuwe aanmelding ${props.reference} uit uw regio`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Nieuwe aanmelding: {props.kindLabel}
      </Heading>
      <Text style={text}>
        Aan {props.wspName}: een werkgever uit uw regio heeft zich via Opstap aangemeld.
      </Text>
      {rows.map(([l, v]) => (
        <div key={l}>
          <Text style={label}>{l}</Text>
          <Text style={value}>{v}</Text>
        </div>
      ))}
      <Text style={label}>E-mail</Text>
      <Text style={value}>
        <Link href={`mailto:${props.email}`}>{props.email}</Link>
      </Text>
      {props.phone ? (
        <>
          <Text style={label}>Telefoon</Text>
          <Text style={value}>{props.phone}</Text>
        </>
      ) : null}
    </EmailLayout>
  );
}

export default NieuweAanvraagWsp;
NieuweAanvraagWsp.PreviewProps = {
  wspName: "Werkgeversservicepunt Midden-Utrecht",
  kindLabel: "proefplaatsing",
  reference: "OP-2026-000123",
  companyName: "Bakkerij Het Zuiden",
  sectorLabel: "Detailhandel",
  municipalityName: "Utrecht",
  postcode: "3511",
  work: "Brood inpakken en de winkel netjes houden",
  contactName: "Sanne de Vries",
  email: "sanne@example.org",
  phone: null,
} satisfies NieuweAanvraagWspProps;
