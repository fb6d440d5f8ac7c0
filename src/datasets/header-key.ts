/**
 * Canonical key of a header name, so spelling drift does not matter: trims, drops a BOM, upper-cases,
 * turns spaces, hyphens and dots into `_`, collapses runs of `_`, and drops a trailing `_9089`.
 *
 * @example
 * headerKey("EMPLOYER_ POSTAL _CODE"); // => "EMPLOYER_POSTAL_CODE"
 * headerKey("PW AMOUNT_9089");          // => "PW_AMOUNT"
 * headerKey("case_received_date");      // => "CASE_RECEIVED_DATE"
 */
export function headerKey(name: string): string {
  return name
    .replace(/^\ufeff/, "")
    .trim()
    .toUpperCase()
    .replace(/[\s\-.]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "")
    .replace(/_9089$/, "");
}
