/**
 * The register as CSV: the export of a list (as Excel in the Netherlands opens it: UTF-8 with BOM,
 * ";"), and the import of a school's own employer contacts. The import is pure and all-or-nothing:
 * every row is valid or the school gets every problem, numbered as a spreadsheet numbers its rows
 * (the header is row 1), in Dutch.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import * as z from "zod/mini";
import { csvDelimiter, type CsvRowError } from "./organisation-csv";
import { toPc4 } from "./postcode";
import { offerLabel, REGISTER_OFFER_VALUES, type RegisterOffer, statusLabel } from "./register";
import { REGISTER_IMPORT_COLUMNS, REGISTER_IMPORT_MAX_ROWS } from "./register-import-format";
import { SECTOR_VALUES } from "./sectors";

export { REGISTER_IMPORT_COLUMNS, REGISTER_IMPORT_EXAMPLE, REGISTER_IMPORT_MAX_ROWS } from "./register-import-format";

export interface RegisterCsvRow {
  companyName: string;
  kvkNumber: string | null;
  status: string;
  optedOut: boolean;
  places: string[];
  offers: string[];
  capacityThisYear: number;
  inContact: Array<{ name: string; since: string }>;
  lastContactAt: Date | null;
}

const EXPORT_COLUMNS = ["Bedrijf", "KvK-nummer", "Status", "Wil geen e-mails", "Vestigingen", "Biedt", "Plekken dit schooljaar", "In contact", "Laatste contact"];

export function registerCsv(rows: readonly RegisterCsvRow[]): string {
  return stringify(
    rows.map((r) => [
      r.companyName,
      r.kvkNumber ?? "",
      statusLabel(r.status),
      r.optedOut ? "ja" : "nee",
      r.places.join(", "),
      r.offers.map(offerLabel).join(", "),
      String(r.capacityThisYear),
      r.inContact.map((c) => `${c.name} (sinds ${c.since})`).join(", "),
      r.lastContactAt ? r.lastContactAt.toISOString().slice(0, 10) : "",
    ]),
    // Formulas escaped: a company name like "=HYPERLINK(…)" must stay text in Excel.
    { bom: true, delimiter: ";", record_delimiter: "\r\n", quote_record_delimiter: true, escape_formulas: true, header: true, columns: EXPORT_COLUMNS },
  );
}

// ---------------------------------------------------------------------------------------------
// Import


export interface RegisterImportRow {
  row: number;
  companyName: string;
  kvkNumber: string | null;
  pc4: string;
  contactName: string;
  email: string | null;
  phone: string | null;
  offers: RegisterOffer[];
  sectors: string[];
  lastContactOn: string | null;
}

const PHONE_ROW_MESSAGE = "vul een volledig Nederlands telefoonnummer in, zoals 06 12345678 of 020 123 4567, of laat leeg";

// zod/mini, as every zod schema in a module the browser may load (decision 029).
const list = z.pipe(
  z.string().check(z.trim()),
  z.transform((v) => (v === "" ? [] : v.split("|").map((s) => s.trim().toLowerCase()).filter(Boolean))),
);

const RowSchema = z.object({
  bedrijfsnaam: z
    .string()
    .check(z.trim(), z.minLength(2, "vul de naam van het bedrijf in"), z.maxLength(150, "de naam is te lang (maximaal 150 tekens)")),
  kvk: z.string().check(
    z.trim(),
    z.refine((v) => v === "" || /^\d{8}$/.test(v), "een KvK-nummer heeft 8 cijfers, of laat leeg"),
  ),
  postcode: z.string().check(
    z.trim(),
    z.refine((v) => toPc4(v) !== null, "vul een postcode in zoals 3511 AB"),
  ),
  contactpersoon: z.string().check(z.trim(), z.minLength(1, "vul een contactpersoon in"), z.maxLength(150, "de naam is te lang")),
  email: z.string().check(
    z.trim(),
    z.refine((v) => v === "" || z.safeParse(z.email(), v).success, "vul een geldig e-mailadres in, of laat leeg"),
  ),
  telefoon: z.string().check(z.trim(), z.maxLength(30, "het telefoonnummer is te lang")),
  biedt: z.pipe(list, z.array(z.enum(REGISTER_OFFER_VALUES, `kies uit: ${REGISTER_OFFER_VALUES.join(", ")}, gescheiden door |`))),
  sectoren: z.pipe(list, z.array(z.enum(SECTOR_VALUES, `kies uit: ${SECTOR_VALUES.join(", ")}, gescheiden door |`))),
  laatste_contact: z.string().check(
    z.trim(),
    z.refine(
      (v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v) || /^\d{1,2}-\d{1,2}-\d{4}$/.test(v),
      "vul een datum in zoals 15-03-2026, of laat leeg",
    ),
  ),
});

/** "15-3-2026" or "2026-03-15" as "2026-03-15"; null when it is no real date. */
function isoDate(value: string): string | null {
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : value;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * Reads a school's contacts. `knownPc4` says whether a PC4 is in the school's region (a contact
 * elsewhere belongs in another region's register); `today` bounds the last-contact date;
 * `normalisePhone` writes a phone number as the Netherlands does, or says it is none
 * (`normaliseDutchPhone`, passed in so the import page's JavaScript never carries the numbering
 * plan, decision 025).
 */
export function parseRegisterCsv(
  csvText: string,
  knownPc4: (pc4: string) => "regio" | "elders" | "onbekend",
  today: string,
  normalisePhone: (input: string) => string | null,
): { ok: true; rows: RegisterImportRow[] } | { ok: false; errors: CsvRowError[] } {
  if (csvText.includes("\u0000")) {
    return { ok: false, errors: [{ row: 0, message: "Dit is geen tekstbestand. Sla het bestand op als CSV en probeer het opnieuw." }] };
  }
  let records: string[][];
  try {
    records = parse(csvText, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, delimiter: csvDelimiter(csvText) });
  } catch {
    return { ok: false, errors: [{ row: 0, message: "Het bestand kon niet gelezen worden als CSV. Sla het bestand op als CSV (UTF-8) en probeer het opnieuw." }] };
  }
  const [header, ...body] = records;
  const expected = REGISTER_IMPORT_COLUMNS.join(",");
  if (!header || header.map((h) => h.toLowerCase()).join(",") !== expected) {
    return { ok: false, errors: [{ row: 1, message: `De kopregel moet precies zijn: ${expected} (gescheiden door komma's of puntkomma's)` }] };
  }
  if (body.length === 0) return { ok: false, errors: [{ row: 2, message: "Het bestand heeft geen werkgevers onder de kopregel." }] };
  if (body.length > REGISTER_IMPORT_MAX_ROWS) {
    return { ok: false, errors: [{ row: 0, message: `Het bestand heeft ${body.length} rijen; het maximum is ${REGISTER_IMPORT_MAX_ROWS}. Splits het bestand.` }] };
  }
  const errors: CsvRowError[] = [];
  const rows: RegisterImportRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== REGISTER_IMPORT_COLUMNS.length) {
      errors.push({ row, message: `verwacht ${REGISTER_IMPORT_COLUMNS.length} kolommen, gevonden ${cells.length}` });
      return;
    }
    const record = Object.fromEntries(REGISTER_IMPORT_COLUMNS.map((c, i) => [c, cells[i] ?? ""])) as Record<(typeof REGISTER_IMPORT_COLUMNS)[number], string>;
    const parsed = RowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ row, column: String(issue.path[0]), message: issue.message });
      return;
    }
    const r = parsed.data;
    const pc4 = toPc4(r.postcode)!;
    const where = knownPc4(pc4);
    if (where === "onbekend") errors.push({ row, column: "postcode", message: `postcode ${pc4} kennen we niet` });
    if (where === "elders") errors.push({ row, column: "postcode", message: `postcode ${pc4} ligt niet in uw regio` });
    const lastContactOn = r.laatste_contact ? isoDate(r.laatste_contact) : null;
    if (r.laatste_contact && !lastContactOn) errors.push({ row, column: "laatste_contact", message: "deze datum bestaat niet" });
    if (lastContactOn && lastContactOn > today) errors.push({ row, column: "laatste_contact", message: "deze datum ligt in de toekomst" });
    const phone = r.telefoon ? normalisePhone(r.telefoon) : null;
    if (r.telefoon && !phone) errors.push({ row, column: "telefoon", message: PHONE_ROW_MESSAGE });
    const key = `${r.bedrijfsnaam.toLowerCase()}|${pc4}`;
    const first = seen.get(key);
    if (first) errors.push({ row, message: `dit bedrijf met deze postcode staat ook al op rij ${first}` });
    else seen.set(key, row);
    rows.push({
      row,
      companyName: r.bedrijfsnaam,
      kvkNumber: r.kvk || null,
      pc4,
      contactName: r.contactpersoon,
      email: r.email || null,
      phone,
      offers: r.biedt as RegisterOffer[],
      sectors: r.sectoren,
      lastContactOn,
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

