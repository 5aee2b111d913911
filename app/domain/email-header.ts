/**
 * Text that ends up in an email header (the subject) comes partly from what employers typed, such
 * as a company name. A line break there could add headers of its own, so control characters become
 * spaces before anything is stored or sent.
 */
export function headerSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();
}

/**
 * A file name as a download header may carry it: letters, digits, dot, dash and underscore only
 * (no quote, semicolon or line break to end the header early), never empty or hidden.
 */
export function downloadFilename(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "");
  return safe === "" ? "bijlage" : safe.slice(0, 100);
}
