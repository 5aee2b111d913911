import { Section, Text } from "@react-email/components";
import type { HandlerContact } from "../app/domain/handler-contact";
import { telHref } from "../app/domain/phone";
import { EmailLink, label, text } from "./layout";

/**
 * Who the employer can call or write to about the request: the person at the school or WSP that
 * holds it, with their phone and email (set in *Mijn account*), or the organisation's own.
 */
export function HandlerContactBlock({ contact, intro = "Heeft u een vraag? Neem dan contact op met:" }: { contact: HandlerContact; intro?: string }) {
  const who = contact.personName ? `${contact.personName}, ${contact.organisationName}` : contact.organisationName;
  return (
    <Section style={{ borderLeft: "4px solid #1f5f46", paddingLeft: "12px", margin: "16px 0" }}>
      <Text style={{ ...label, margin: "0 0 4px" }}>Uw contactpersoon</Text>
      <Text style={{ ...text, margin: "0 0 4px" }}>{intro}</Text>
      <Text style={{ ...text, margin: "0 0 4px", fontWeight: 700 }}>{who}</Text>
      {contact.phone ? (
        <Text style={{ ...text, margin: "0 0 4px" }}>
          Telefoon: <EmailLink href={telHref(contact.phone)}>{contact.phone}</EmailLink>
        </Text>
      ) : null}
      {contact.email ? (
        <Text style={{ ...text, margin: "0" }}>
          E-mail: <EmailLink href={`mailto:${contact.email}`}>{contact.email}</EmailLink>
        </Text>
      ) : null}
    </Section>
  );
}
