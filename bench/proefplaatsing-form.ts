/**
 * The proefplaatsing form as a browser posts it, for the benchmarks and the chaos run: one place
 * for the fields, so a change to the form changes every load the same way. Each call needs its own
 * address and submission key, or the app answers it as a repeat of an earlier one.
 */
export function proefplaatsingBody(fill: { companyName: string; email: string; submissionKey: string; tester?: string }): string {
  const tester = fill.tester ?? "Bench Tester";
  return new URLSearchParams({
    companyName: fill.companyName,
    sector: "detailhandel",
    postcode: "3511 AB",
    work: "Broodjes smeren, vakken vullen en klanten helpen.",
    supervisor: `${tester}, bedrijfsleider`,
    startPeriod: "zo-snel-mogelijk",
    contactName: tester,
    email: fill.email,
    consent: "on",
    submissionKey: fill.submissionKey,
  }).toString();
}
