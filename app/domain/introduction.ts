/**
 * The kennismaking (introduction) as an appointment: where, when and with whom the employer meets
 * the school or WSP. Pure: the words and the calendar event are built from these plain values.
 */

/** "organisation": at the school (or the WSP's office); "address": an address staff type in. */
export const INTRODUCTION_PLACE_KINDS = ["organisation", "address"] as const;
export type IntroductionPlaceKind = (typeof INTRODUCTION_PLACE_KINDS)[number];
