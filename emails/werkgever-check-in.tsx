import { Heading, Text } from "@react-email/components";
import { EmailButton, EmailLayout, EmailLink, text } from "./layout";

export type CheckInEmailReason = "schooljaar" | "na_plaatsing" | "stil";

export interface WerkgeverCheckInProps {
  contactName: string;
  companyName: string;
  reason: CheckInEmailReason;
  /** "2027/2028": the school year asked about. */
  schoolYear: string;
  /** The private page with the four answers; each answer link opens it at that answer. */
  answerUrl: string;
  /** "30 januari 2027": until when the link works. */
  validUntil: string;
}

const HEADINGS: Record<CheckInEmailReason, string> = {
  schooljaar: "Heeft u volgend schooljaar plek voor een leerling?",
  na_plaatsing: "Bedankt voor de plaatsing. Is er weer plek?",
  stil: "Heeft u weer plek voor een leerling?",
};

export function checkInSubject(reason: CheckInEmailReason, schoolYear: string): string {
  return reason === "schooljaar" ? `Heeft u in schooljaar ${schoolYear} plek voor een leerling?` : HEADINGS[reason];
}

/** The warm-keeping check-in: one question, four answers, each one click on a private page. */
export function WerkgeverCheckIn(props: WerkgeverCheckInProps) {
  const intro =
    props.reason === "schooljaar"
      ? `Het nieuwe schooljaar (${props.schoolYear}) komt eraan. Scholen in uw regio zoeken weer plekken voor hun leerlingen.`
      : props.reason === "na_plaatsing"
        ? "Een leerling heeft onlangs bij u gewerkt of stage gelopen. Dank u wel daarvoor."
        : "We hebben elkaar een tijd niet gesproken. Scholen in uw regio zoeken plekken voor hun leerlingen.";
  return (
    <EmailLayout preview={HEADINGS[props.reason]}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {HEADINGS[props.reason]}
      </Heading>
      <Text style={text}>Beste {props.contactName},</Text>
      <Text style={text}>{intro}</Text>
      <Text style={text}>Heeft {props.companyName} plek voor een leerling? Kies een antwoord. U hoeft niet in te loggen.</Text>
      <EmailButton href={`${props.answerUrl}?antwoord=plek`}>Ja, ik heb weer plek</EmailButton>
      <Text style={text}>
        <EmailLink href={`${props.answerUrl}?antwoord=niet-nu`}>Nu even niet</EmailLink>
        {" · "}
        <EmailLink href={`${props.answerUrl}?antwoord=gegevens`}>Mijn gegevens kloppen niet</EmailLink>
        {" · "}
        <EmailLink href={`${props.answerUrl}?antwoord=stop`}>Stuur mij geen e-mails meer</EmailLink>
      </Text>
      <Text style={{ ...text, fontSize: "13px" }}>
        De link werkt tot {props.validUntil}. Stuur deze e-mail niet door: wie de link heeft, kan namens u antwoorden.
      </Text>
    </EmailLayout>
  );
}

export default WerkgeverCheckIn;
WerkgeverCheckIn.PreviewProps = {
  contactName: "Sanne de Vries",
  companyName: "Bakkerij Zonnestraal",
  reason: "schooljaar",
  schoolYear: "2027/2028",
  answerUrl: "http://localhost:3000/werkgever/voorbeeld",
  validUntil: "30 juli 2027",
} satisfies WerkgeverCheckInProps;
