/**
 * The columns of a school's own employer list for the register import, and an example file. Apart
 * from `./register-csv` (which parses with csv-parse) so the import page's JavaScript carries no
 * CSV library: csv-parse calls Node's Buffer as it loads and broke the page in the browser.
 */
export const REGISTER_IMPORT_COLUMNS = ["bedrijfsnaam", "kvk", "postcode", "contactpersoon", "email", "telefoon", "biedt", "sectoren", "laatste_contact"] as const;

export const REGISTER_IMPORT_MAX_ROWS = 2000;

export const REGISTER_IMPORT_EXAMPLE = [
  REGISTER_IMPORT_COLUMNS.join(";"),
  "Bakkerij Zonnestraal;12345678;3511 AB;Sanne de Vries;sanne@bakkerij-zonnestraal.nl;030 123 4567;proefplaatsing|stage;detailhandel;15-03-2026",
  "Hovenier Groen;;3512;Ahmed Yilmaz;;06 12345678;groepsstage;groen;",
].join("\r\n");
