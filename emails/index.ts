/**
 * Every email Opstap sends: its template and its subject. The mailer renders from this list only,
 * so an email cannot be queued for a template that does not exist.
 */
import { createElement, type ReactElement } from "react";
import { AanvraagOntvangen, type AanvraagOntvangenProps } from "./aanvraag-ontvangen";
import { AntwoordVanMedewerker, type AntwoordVanMedewerkerProps } from "./antwoord-van-medewerker";
import { BerichtVanWerkgever, type BerichtVanWerkgeverProps } from "./bericht-van-werkgever";
import { NieuweAanvraagSchool, type NieuweAanvraagSchoolProps } from "./nieuwe-aanvraag-school";
import { NieuweAanvraagWsp, type NieuweAanvraagWspProps } from "./nieuwe-aanvraag-wsp";
import { StatusGewijzigd, type StatusGewijzigdProps } from "./status-gewijzigd";
import { AanvraagElders, type AanvraagEldersProps } from "./aanvraag-elders";
import { Dagoverzicht, type DagoverzichtProps } from "./dagoverzicht";
import { Herinnering, type HerinneringProps } from "./herinnering";
import { Inlogcode, type InlogcodeProps } from "./inlogcode";
import { Uitnodiging, type UitnodigingProps } from "./uitnodiging";
import { Volglink, type VolglinkProps } from "./volglink";
import { AdresBevestigen, type AdresBevestigenProps } from "./adres-bevestigen";
import { AdresWijzigingGevraagd, type AdresWijzigingGevraagdProps } from "./adres-wijziging-gevraagd";
import { appointmentSubject } from "../app/domain/introduction";
import { Kennismaking, type KennismakingProps } from "./kennismaking";
import { KennismakingSchool, type KennismakingSchoolProps } from "./kennismaking-school";
import { checkInSubject, WerkgeverCheckIn, type WerkgeverCheckInProps } from "./werkgever-check-in";
import { WerkgeverInRegister, type WerkgeverInRegisterProps } from "./werkgever-in-register";
import { WerkgeverDoorgegeven, type WerkgeverDoorgegevenProps } from "./werkgever-doorgegeven";
import { AanvraagIngetrokken, type AanvraagIngetrokkenProps } from "./aanvraag-ingetrokken";
import { AanvraagHeropend, type AanvraagHeropendProps } from "./aanvraag-heropend";
import { VraagVoorOpstap, type VraagVoorOpstapProps } from "./vraag-voor-opstap";

/** "een proefplaatsing", "een groepsstage", but a question is "een vraag", not "een aanvraag vraag". */
function whatIsAsked(kindLabel: string): string {
  return kindLabel === "vraag" ? "een vraag van een werkgever" : `een aanvraag voor een ${kindLabel}`;
}

export const EMAIL_TEMPLATES = {
  "aanvraag-ontvangen": {
    subject: (p: AanvraagOntvangenProps) => `Uw aanvraag is ontvangen (${p.reference})`,
    element: (p: AanvraagOntvangenProps): ReactElement => createElement(AanvraagOntvangen, p),
  },
  "nieuwe-aanvraag-school": {
    subject: (p: NieuweAanvraagSchoolProps) => `Voor uw school: ${whatIsAsked(p.kindLabel)} (${p.reference})`,
    element: (p: NieuweAanvraagSchoolProps): ReactElement => createElement(NieuweAanvraagSchool, p),
  },
  "nieuwe-aanvraag-wsp": {
    subject: (p: NieuweAanvraagWspProps) =>
      p.schoolName
        ? `Ter informatie: ${whatIsAsked(p.kindLabel)} uit uw regio (${p.reference})`
        : `Voor u: ${whatIsAsked(p.kindLabel)} uit uw regio (${p.reference})`,
    element: (p: NieuweAanvraagWspProps): ReactElement => createElement(NieuweAanvraagWsp, p),
  },
  "vraag-voor-opstap": {
    subject: (p: VraagVoorOpstapProps) => `Voor het team van Opstap: ${whatIsAsked(p.kindLabel)} (${p.reference})`,
    element: (p: VraagVoorOpstapProps): ReactElement => createElement(VraagVoorOpstap, p),
  },
  "status-gewijzigd": {
    subject: (p: StatusGewijzigdProps) => `Nieuws over uw aanvraag ${p.reference}`,
    element: (p: StatusGewijzigdProps): ReactElement => createElement(StatusGewijzigd, p),
  },
  "bericht-van-werkgever": {
    subject: (p: BerichtVanWerkgeverProps) =>
      p.erased
        ? `Aanvraag ${p.reference} is ingetrokken`
        : p.withdrawn
          ? `${p.companyName} heeft aanvraag ${p.reference} ingetrokken`
          : `Bericht van ${p.companyName} over aanvraag ${p.reference}`,
    element: (p: BerichtVanWerkgeverProps): ReactElement => createElement(BerichtVanWerkgever, p),
  },
  "antwoord-van-medewerker": {
    subject: (p: AntwoordVanMedewerkerProps) => `Bericht van ${p.organisationName} over uw aanvraag ${p.reference}`,
    element: (p: AntwoordVanMedewerkerProps): ReactElement => createElement(AntwoordVanMedewerker, p),
  },
  volglink: {
    subject: () => "Uw link naar al uw aanvragen bij Opstap",
    element: (p: VolglinkProps): ReactElement => createElement(Volglink, p),
  },
  inlogcode: {
    // Never the code itself: a subject shows on lock screens and in notifications.
    subject: () => "Uw inlogcode voor Opstap",
    element: (p: InlogcodeProps): ReactElement => createElement(Inlogcode, p),
  },
  "aanvraag-elders": {
    subject: (p: AanvraagEldersProps) => `Aanvraag ${p.reference} ligt nu bij een andere school`,
    element: (p: AanvraagEldersProps): ReactElement => createElement(AanvraagElders, p),
  },
  herinnering: {
    subject: (p: HerinneringProps) => `Herinnering: aanvraag ${p.reference} wacht op antwoord`,
    element: (p: HerinneringProps): ReactElement => createElement(Herinnering, p),
  },
  dagoverzicht: {
    subject: (p: DagoverzichtProps) => {
      const total = p.items.length + p.more;
      return `Opstap: ${total} ${total === 1 ? "aanvraag wacht" : "aanvragen wachten"} op u`;
    },
    element: (p: DagoverzichtProps): ReactElement => createElement(Dagoverzicht, p),
  },
  "adres-bevestigen": {
    subject: () => "Bevestig uw nieuwe e-mailadres voor Opstap",
    element: (p: AdresBevestigenProps): ReactElement => createElement(AdresBevestigen, p),
  },
  "adres-wijziging-gevraagd": {
    subject: () => "Iemand wil uw e-mailadres bij Opstap wijzigen",
    element: (p: AdresWijzigingGevraagdProps): ReactElement => createElement(AdresWijzigingGevraagd, p),
  },
  uitnodiging: {
    subject: () => "Uitnodiging: aanvragen behandelen in Opstap",
    element: (p: UitnodigingProps): ReactElement => createElement(Uitnodiging, p),
  },
  // The employer register (decision 028).
  "werkgever-check-in": {
    subject: (p: WerkgeverCheckInProps) => checkInSubject(p.reason, p.schoolYear),
    element: (p: WerkgeverCheckInProps): ReactElement => createElement(WerkgeverCheckIn, p),
  },
  "werkgever-in-register": {
    subject: () => "U staat in het werkgeversregister van Opstap",
    element: (p: WerkgeverInRegisterProps): ReactElement => createElement(WerkgeverInRegister, p),
  },
  "werkgever-doorgegeven": {
    subject: (p: WerkgeverDoorgegevenProps) => `${p.fromOrganisation} geeft een werkgever aan u door: ${p.companyName}`,
    element: (p: WerkgeverDoorgegevenProps): ReactElement => createElement(WerkgeverDoorgegeven, p),
  },
  "aanvraag-ingetrokken": {
    subject: (p: AanvraagIngetrokkenProps) => `U heeft uw aanvraag ${p.reference} ingetrokken`,
    element: (p: AanvraagIngetrokkenProps): ReactElement => createElement(AanvraagIngetrokken, p),
  },
  "aanvraag-heropend": {
    subject: (p: AanvraagHeropendProps) => `${p.companyName} heeft aanvraag ${p.reference} weer geopend`,
    element: (p: AanvraagHeropendProps): ReactElement => createElement(AanvraagHeropend, p),
  },
  kennismaking: {
    subject: (p: KennismakingProps) => appointmentSubject(p.change, p.when, p.reference),
    element: (p: KennismakingProps): ReactElement => createElement(Kennismaking, p),
  },
  "kennismaking-school": {
    subject: (p: KennismakingSchoolProps) => `${appointmentSubject(p.change, p.when, p.reference)}: ${p.companyName}`,
    element: (p: KennismakingSchoolProps): ReactElement => createElement(KennismakingSchool, p),
  },
} as const;

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;
export type EmailProps<T extends EmailTemplateName> = Parameters<(typeof EMAIL_TEMPLATES)[T]["element"]>[0];
