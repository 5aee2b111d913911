/**
 * A CSV file sent with a form (the organisations import and a school's register import): read
 * from the multipart body with a size limit, checked (name, type, size) and decoded, or the
 * Dutch problem to show beside the file field. What the rows mean is the caller's.
 */
import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import type { CsvRowError } from "~/domain/organisation-csv";
import { csvUploadProblem, decodeCsvUpload, MAX_UPLOAD_BYTES, UPLOAD_PROBLEMS } from "~/forms/administration";

/** What an import page shows when nothing was imported. */
export type ImportFailure = { fileName: string | null; problem: string | null; errors: CsvRowError[] };

export type CsvUpload = { ok: true; fileName: string | null; text: string } | { ok: false; failure: ImportFailure };

export async function readCsvUpload(request: Request, field = "bestand"): Promise<CsvUpload> {
  let file: File;
  try {
    const formData = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES + 1 }));
    const sent = formData.get(field);
    if (typeof sent !== "object" || sent === null) return refused(null, UPLOAD_PROBLEMS.missing);
    file = sent;
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return refused(null, UPLOAD_PROBLEMS.tooLarge);
    // Not a multipart body at all (a hand-made POST): the same as no file.
    if (error instanceof TypeError) return refused(null, UPLOAD_PROBLEMS.missing);
    throw error;
  }
  const fileName = file.name || null;
  const problem = csvUploadProblem({ name: file.name, type: file.type, size: file.size });
  if (problem) return refused(fileName, problem);
  const decoded = decodeCsvUpload(await file.arrayBuffer());
  if (!decoded.ok) return refused(fileName, decoded.message);
  return { ok: true, fileName, text: decoded.text };
}

function refused(fileName: string | null, problem: string): CsvUpload {
  return { ok: false, failure: { fileName, problem, errors: [] } };
}
