import { Text } from "@react-email/components";
import { label, value, EmailLink } from "./layout";

/** What the employer asked, as the school and the WSP see it in their email. */
export interface RequestSummaryProps {
  kindLabel: string;
  reference: string;
  companyName: string;
  sectorLabel: string;
  /** Both empty for a question sent without a postcode (decision 032). */
  municipalityName: string | null;
  postcode: string | null;
  work: string;
  contactName: string;
  email: string;
  phone: string | null;
  /**
   * Every answer the employer gave, with a Dutch label ("Aantal leerlingen", "Wanneer beginnen"…),
   * as the back office shows them. When given, these replace the single "work" line, so a group
   * stage or a question reaches the school with all its facts.
   */
  answers?: Array<{ label: string; value: string }> | null;
}

export function RequestSummary(props: RequestSummaryProps) {
  const rows: Array<[string, string]> = [
    ["Nummer", props.reference],
    ["Bedrijf", props.companyName],
    ["Sector", props.sectorLabel],
    ...(props.municipalityName && props.postcode
      ? ([["Plaats", `${props.municipalityName} (${props.postcode})`]] as Array<[string, string]>)
      : []),
    ...(props.answers && props.answers.length > 0
      ? props.answers.map((a): [string, string] => [a.label, a.value])
      : ([["Werk dat het bedrijf aanbiedt", props.work]] as Array<[string, string]>)),
    ["Contactpersoon", props.contactName],
  ];
  return (
    <>
      {rows.map(([l, v]) => (
        <div key={l}>
          <Text style={label}>{l}</Text>
          <Text style={{ ...value, whiteSpace: "pre-wrap" }}>{v}</Text>
        </div>
      ))}
      <Text style={label}>E-mail</Text>
      <Text style={value}>
        <EmailLink href={`mailto:${props.email}`}>{props.email}</EmailLink>
      </Text>
      {props.phone ? (
        <>
          <Text style={label}>Telefoon</Text>
          <Text style={value}>{props.phone}</Text>
        </>
      ) : null}
    </>
  );
}

export const SUMMARY_PREVIEW: RequestSummaryProps = {
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
};
