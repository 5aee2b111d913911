/**
 * Reads the organisations CSV (schools and WSPs) into validated rows. Pure: it is given the known
 * regions and municipalities and returns either every row or every error, numbered as a
 * spreadsheet numbers them (the header is row 1), so an import is all-or-nothing.
 */
import { parse } from "csv-parse/sync";
import * as z from "zod/mini";
import {
  isOrganisationWebsite,
  type KnownPlaces,
  municipalitiesOutsideRegion,
  ORGANISATION_SLUG_PATTERN,
  ORGANISATION_WEBSITE_RULE,
  type OrganisationProblem,
  type OrganisationRow,
  organisationProblems,
} from "./organisation-rules";
import { ORGANISATION_KINDS, SCHOOL_TYPES } from "./organisations";
import { SECTOR_VALUES } from "./sectors";

export type { KnownPlaces, OrganisationRow };

export const ORGANISATION_CSV_COLUMNS = [
  "slug",
  "soort",
  "naam",
  "regio",
  "schooltype",
  "sectoren",
  "proefplaatsing",
  "groepsstage",
  "groep_min",
  "groep_max",
  "capaciteit",
  "werkgebied",
  "email",
  "telefoon",
  "website",
  "actief",
] as const;

export interface CsvRowError {
  row: number;
  column?: string;
  message: string;
}

/** The CSV column each shared rule is about. */
const PROBLEM_COLUMNS: Record<OrganisationProblem["field"], (typeof ORGANISATION_CSV_COLUMNS)[number]> = {
  schoolType: "schooltype",
  groepsstageMinSize: "groep_min",
  groepsstageMaxSize: "groep_max",
};

// zod/mini, as every zod schema in a module the browser may load (decision 029).
const yesNo = z.pipe(
  z.string().check(
    z.trim(),
    z.toLowerCase(),
    z.refine((v) => v === "ja" || v === "nee", "vul ja of nee in"),
  ),
  z.transform((v) => v === "ja"),
);

const optionalCount = z.pipe(
  z.string().check(
    z.trim(),
    z.refine((v) => v === "" || /^\d{1,4}$/.test(v), "vul een heel getal in, of laat leeg"),
  ),
  z.transform((v) => (v === "" ? null : Number(v))),
);

const list = z.pipe(
  z.string().check(z.trim()),
  z.transform((v) => (v === "" ? [] : v.split("|").map((s) => s.trim()).filter(Boolean))),
);

const RowSchema = z.object({
  slug: z.string().check(z.trim(), z.regex(ORGANISATION_SLUG_PATTERN, "alleen kleine letters, cijfers en streepjes")),
  soort: z.enum(ORGANISATION_KINDS, "vul wsp of school in"),
  naam: z.string().check(z.trim(), z.minLength(2, "vul de naam in"), z.maxLength(200, "de naam is te lang")),
  regio: z.string().check(z.trim(), z.minLength(1, "vul de regio in")),
  schooltype: z.string().check(
    z.trim(),
    z.toLowerCase(),
    z.refine((v) => v === "" || (SCHOOL_TYPES as readonly string[]).includes(v), "vul pro of vso in, of laat leeg"),
  ),
  sectoren: z.pipe(list, z.array(z.enum(SECTOR_VALUES, `kies uit: ${SECTOR_VALUES.join(", ")}`))),
  proefplaatsing: yesNo,
  groepsstage: yesNo,
  groep_min: optionalCount,
  groep_max: optionalCount,
  capaciteit: optionalCount,
  werkgebied: z.string().check(z.trim()),
  email: z.email("vul een geldig e-mailadres in").check(z.trim()),
  telefoon: z.string().check(z.trim()),
  website: z.string().check(
    z.trim(),
    z.refine((v) => v === "" || isOrganisationWebsite(v), ORGANISATION_WEBSITE_RULE),
  ),
  actief: yesNo,
});

/**
 * Dutch Excel saves CSV with ";" between the columns, other tools with ",". The header line has
 * no quotes or commas in its names, so whichever of the two it holds is the file's separator.
 */
export function csvDelimiter(csvText: string): "," | ";" {
  const firstLine = csvText.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
}

/** csv-parse's errors, in Dutch and with the line to look at. */
function csvReadError(error: unknown): string {
  const { code, lines } = error as { code?: string; lines?: number };
  const where = lines ? ` (rond regel ${lines})` : "";
  if (code && /QUOTE/.test(code)) {
    return `Een aanhalingsteken (") staat niet goed${where}. Zet tekst met een komma of puntkomma tussen aanhalingstekens, en sluit ze ook weer af.`;
  }
  return `Het bestand kon niet gelezen worden als CSV${where}. Sla het bestand op als CSV (UTF-8) en probeer het opnieuw.`;
}

export function parseOrganisationCsv(
  csvText: string,
  places: KnownPlaces,
): { ok: true; rows: OrganisationRow[] } | { ok: false; errors: CsvRowError[] } {
  // PostgreSQL cannot store a NUL character; a text file never holds one, a binary file does.
  if (csvText.includes("\u0000")) {
    return { ok: false, errors: [{ row: 0, message: "Dit is geen tekstbestand. Sla het bestand op als CSV en probeer het opnieuw." }] };
  }
  let records: string[][];
  try {
    records = parse(csvText, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, delimiter: csvDelimiter(csvText) });
  } catch (error) {
    return { ok: false, errors: [{ row: 0, message: csvReadError(error) }] };
  }
  const [header, ...body] = records;
  const expected = ORGANISATION_CSV_COLUMNS.join(",");
  if (!header || header.join(",") !== expected) {
    return {
      ok: false,
      errors: [{ row: 1, message: `De kopregel moet precies zijn: ${expected} (gescheiden door komma's of puntkomma's)` }],
    };
  }

  const errors: CsvRowError[] = [];
  const rows: OrganisationRow[] = [];
  const seenSlugs = new Map<string, number>();

  body.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.length !== ORGANISATION_CSV_COLUMNS.length) {
      errors.push({ row: rowNumber, message: `verwacht ${ORGANISATION_CSV_COLUMNS.length} kolommen, gevonden ${cells.length}` });
      return;
    }
    const record = Object.fromEntries(ORGANISATION_CSV_COLUMNS.map((c, i) => [c, cells[i] ?? ""])) as Record<
      (typeof ORGANISATION_CSV_COLUMNS)[number],
      string
    >;
    const rowErrors: CsvRowError[] = [];
    const fail = (column: string, message: string) => rowErrors.push({ row: rowNumber, column, message });

    // Checks against the reference data need only the raw text, so they run even when other
    // columns are wrong: the whole row's problems are reported in one go.
    const regio = record.regio.trim();
    const slug = record.slug.trim();
    const firstSeen = seenSlugs.get(slug);
    if (firstSeen) fail("slug", `staat ook al op rij ${firstSeen}`);
    else if (slug) seenSlugs.set(slug, rowNumber);
    if (regio && !places.regionSlugs.has(regio)) fail("regio", `onbekende arbeidsmarktregio "${regio}"`);
    let serviceArea: string[] = [];
    if (record.werkgebied.trim().toLowerCase() === "regio") {
      serviceArea = [...(places.municipalitiesByRegion.get(regio) ?? [])];
    } else {
      serviceArea = [...new Set(record.werkgebied.split("|").map((c) => c.trim().toUpperCase()).filter(Boolean))];
      if (serviceArea.length === 0) fail("werkgebied", 'vul gemeentecodes in (GM0344|GM0355) of "regio"');
      for (const code of serviceArea) {
        if (!places.municipalityRegion.has(code)) fail("werkgebied", `onbekende gemeentecode "${code}"`);
      }
      // The organisation form's rule. Only said when the row's own region is known: with an
      // unknown region, the region is the thing to fix.
      const outside = places.regionSlugs.has(regio) ? municipalitiesOutsideRegion(serviceArea, regio, places) : [];
      for (const code of outside) {
        const codeRegion = places.municipalityRegion.get(code);
        if (codeRegion) {
          fail("werkgebied", `gemeente ${code} hoort bij regio ${codeRegion}, niet bij ${regio}; kies alleen gemeenten uit de eigen regio`);
        }
      }
    }

    const result = RowSchema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        rowErrors.push({ row: rowNumber, column: String(issue.path[0]), message: issue.message });
      }
      errors.push(...rowErrors);
      return;
    }
    const r = result.data;
    const shared = organisationProblems({
      kind: r.soort,
      schoolType: r.schooltype === "" ? null : r.schooltype,
      offersGroepsstage: r.groepsstage,
      groepsstageMinSize: r.groep_min,
      groepsstageMaxSize: r.groep_max,
    });
    for (const problem of shared) fail(PROBLEM_COLUMNS[problem.field], problem.message);

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }
    rows.push({
      slug: r.slug,
      kind: r.soort,
      name: r.naam,
      regionSlug: r.regio,
      schoolType: r.schooltype === "" ? null : (r.schooltype as OrganisationRow["schoolType"]),
      sectors: r.sectoren,
      takesProefplaatsing: r.proefplaatsing,
      offersGroepsstage: r.groepsstage,
      groepsstageMinSize: r.groep_min,
      groepsstageMaxSize: r.groep_max,
      capacityPerSchoolYear: r.capaciteit,
      serviceArea: [...new Set(serviceArea)],
      contactEmail: r.email,
      contactPhone: r.telefoon === "" ? null : r.telefoon,
      website: r.website === "" ? null : r.website,
      active: r.actief,
    });
  });

  if (body.length === 0) errors.push({ row: 2, message: "het bestand bevat geen organisaties" });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
