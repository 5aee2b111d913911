/**
 * How long Opstap keeps personal data, and from which moment each period counts. Pure: the job
 * that applies it is `app/models/retention.server.ts`; the schedule is documented in
 * docs/privacy.md. Each period can be changed with an environment variable (see env.server.ts).
 */

export interface RetentionPeriods {
  /** Contact details and answers of a closed request, counted from when it closed. */
  closedRequestDays: number;
  /** The text of a sent email, counted from when it was sent. The row stays: it was sent. */
  sentEmailBodyDays: number;
  /** Staff sessions and sign-ins, counted from when they ended. */
  sessionDays: number;
  /** The audit log, counted from the entry. */
  auditLogDays: number;
  /** Rate-limit windows: the longest window is a day. */
  rateLimitHours: number;
}

export const DEFAULT_RETENTION: RetentionPeriods = {
  // Two school years: long enough to see whether a placement led to work, and to answer
  // questions about it; after that the figures keep the count without the person.
  closedRequestDays: 730,
  sentEmailBodyDays: 30,
  sessionDays: 30,
  auditLogDays: 730,
  rateLimitHours: 25,
};

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface RetentionCutoffs {
  closedRequestsBefore: Date;
  sentEmailBodiesBefore: Date;
  sessionsBefore: Date;
  auditLogBefore: Date;
  rateLimitWindowsBefore: Date;
}

export function retentionCutoffs(periods: RetentionPeriods, now: Date): RetentionCutoffs {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  return {
    closedRequestsBefore: ago(periods.closedRequestDays * DAY_MS),
    sentEmailBodiesBefore: ago(periods.sentEmailBodyDays * DAY_MS),
    sessionsBefore: ago(periods.sessionDays * DAY_MS),
    auditLogBefore: ago(periods.auditLogDays * DAY_MS),
    rateLimitWindowsBefore: ago(periods.rateLimitHours * HOUR_MS),
  };
}

export interface RetentionReport {
  requestsAnonymised: number;
  employersErased: number;
  emailBodiesPurged: number;
  linksRemoved: number;
  sessionsRemoved: number;
  signInsRemoved: number;
  invitesRemoved: number;
  auditEntriesRemoved: number;
  rateLimitWindowsRemoved: number;
}

const REPORT_WORDS: Record<keyof RetentionReport, string> = {
  requestsAnonymised: "afgesloten aanvragen zonder persoonsgegevens gemaakt",
  employersErased: "werkgevers zonder aanvragen gewist",
  emailBodiesPurged: "teksten van verstuurde e-mails gewist",
  linksRemoved: "verlopen links verwijderd",
  sessionsRemoved: "oude inlogsessies verwijderd",
  signInsRemoved: "oude inlogcodes verwijderd",
  invitesRemoved: "oude uitnodigingen verwijderd",
  auditEntriesRemoved: "oude regels uit het logboek verwijderd",
  rateLimitWindowsRemoved: "oude tellers van de limieten verwijderd",
};

/** "3 afgesloten aanvragen …; 12 teksten …", leaving out what was zero; null when nothing happened. */
export function describeRetention(report: RetentionReport): string | null {
  const parts = (Object.keys(REPORT_WORDS) as (keyof RetentionReport)[])
    .filter((key) => report[key] > 0 && key !== "rateLimitWindowsRemoved")
    .map((key) => `${report[key]} ${REPORT_WORDS[key]}`);
  return parts.length > 0 ? `Bewaartermijnen: ${parts.join("; ")}.` : null;
}
