/** When an employer would like to start: the choices on the forms and their words. */
export const START_PERIODS = [
  { value: "zo-snel-mogelijk", label: "Zo snel mogelijk" },
  { value: "binnen-3-maanden", label: "Binnen 3 maanden" },
  { value: "na-de-zomer", label: "Na de zomervakantie" },
  { value: "weet-ik-nog-niet", label: "Weet ik nog niet" },
] as const;
