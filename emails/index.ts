/**
 * Every email Opstap sends: its template and its subject. The mailer renders from this list only,
 * so an email cannot be queued for a template that does not exist.
 */
import { createElement, type ReactElement } from "react";
import { NieuweAanvraagSchool, type NieuweAanvraagSchoolProps } from "./nieuwe-aanvraag-school";
import { NieuweAanvraagWsp, type NieuweAanvraagWspProps } from "./nieuwe-aanvraag-wsp";
import { ProefplaatsingOntvangen, type ProefplaatsingOntvangenProps } from "./proefplaatsing-ontvangen";

export const EMAIL_TEMPLATES = {
  "proefplaatsing-ontvangen": {
    subject: (p: ProefplaatsingOntvangenProps) => `Uw aanmelding voor een proefplaatsing is ontvangen (${p.reference})`,
    element: (p: ProefplaatsingOntvangenProps): ReactElement => createElement(ProefplaatsingOntvangen, p),
  },
  "nieuwe-aanvraag-school": {
    subject: (p: NieuweAanvraagSchoolProps) => `Nieuwe aanvraag ${p.kindLabel} voor uw school (${p.reference})`,
    element: (p: NieuweAanvraagSchoolProps): ReactElement => createElement(NieuweAanvraagSchool, p),
  },
  "nieuwe-aanvraag-wsp": {
    subject: (p: NieuweAanvraagWspProps) =>
      p.schoolName
        ? `Ter informatie: aanvraag ${p.kindLabel} uit uw regio (${p.reference})`
        : `Voor u: aanvraag ${p.kindLabel} uit uw regio (${p.reference})`,
    element: (p: NieuweAanvraagWspProps): ReactElement => createElement(NieuweAanvraagWsp, p),
  },
} as const;

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;
export type EmailProps<T extends EmailTemplateName> = Parameters<(typeof EMAIL_TEMPLATES)[T]["subject"]>[0];
