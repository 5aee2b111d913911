/** The sectors employers choose from; they match the sectors schools place pupils in. */
export const SECTORS = [
  { value: "detailhandel", label: "Detailhandel (winkel, supermarkt)" },
  { value: "zorg-en-welzijn", label: "Zorg en welzijn" },
  { value: "techniek-en-productie", label: "Techniek en productie" },
  { value: "horeca", label: "Horeca (keuken, bediening)" },
  { value: "logistiek", label: "Logistiek (magazijn, transport)" },
  { value: "facilitaire-dienstverlening", label: "Facilitaire dienstverlening (schoonmaak, onderhoud)" },
  { value: "groen", label: "Groen (tuin, dieren, agrarisch)" },
  { value: "bouw", label: "Bouw en installatie" },
  { value: "overheid", label: "Overheid" },
  { value: "anders", label: "Anders" },
] as const;

export type Sector = (typeof SECTORS)[number]["value"];
export const SECTOR_VALUES = SECTORS.map((s) => s.value) as [Sector, ...Sector[]];

export function sectorLabel(value: string): string {
  return SECTORS.find((s) => s.value === value)?.label ?? value;
}
