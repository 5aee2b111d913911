import { Heading, Text } from "@react-email/components";
import { EmailLayout, text, EmailButton } from "./layout";

export interface UitnodigingProps {
  name: string;
  invitedBy: string;
  organisationName: string | null;
  roleLabel: string;
  acceptUrl: string;
  validUntil: string;
}

/** An administrator invites someone to work in the Opstap back office. */
export function Uitnodiging(props: UitnodigingProps) {
  return (
    <EmailLayout preview="U bent uitgenodigd voor Opstap">
      <Heading as="h1" style={{ fontSize: "22px" }}>
        U bent uitgenodigd voor Opstap
      </Heading>
      <Text style={text}>Beste {props.name},</Text>
      <Text style={text}>
        {props.invitedBy} nodigt u uit om aanvragen van werkgevers te behandelen in Opstap
        {props.organisationName ? `, voor ${props.organisationName}` : ""}. Uw rol: {props.roleLabel.toLowerCase()}.
      </Text>
      <EmailButton href={props.acceptUrl}>
        Uitnodiging aannemen
      </EmailButton>
      <Text style={text}>De uitnodiging werkt tot {props.validUntil}. U heeft geen wachtwoord nodig: u logt in met een code per e-mail.</Text>
    </EmailLayout>
  );
}

export default Uitnodiging;
Uitnodiging.PreviewProps = {
  name: "Fatima El Amrani",
  invitedBy: "Beheer Opstap",
  organisationName: "Werkgeversservicepunt Midden-Utrecht",
  roleLabel: "Accountmanager werkgeversservicepunt",
  acceptUrl: "http://localhost:3000/uitnodiging/voorbeeld",
  validUntil: "donderdag 3 december 2026",
} satisfies UitnodigingProps;
