/**
 * The key employer names are matched on: {@link normalizeEmployerName}'s key with `AND` read as `&`
 * (`JOHNSON AND JOHNSON` = `JOHNSON & JOHNSON`). Two filings whose names share a match key are
 * spellings of one name (`CAPGEMINI AMERICA INC` / `CAPGEMINI AMERICA, INC.`).
 *
 * @module
 */
import { normalizeEmployerName } from "../normalize/employer-name";

/**
 * The match key of an employer name, or `null` when nothing is left. Idempotent.
 *
 * @example
 * employerMatchKey("Johnson and Johnson");                          // => "JOHNSON & JOHNSON"
 * employerMatchKey("COGNIZANT TECHNOLOGY SOLUTIONS U.S. CORPORATION"); // => "COGNIZANT TECHNOLOGY SOLUTIONS US"
 * employerMatchKey("TECH MAHINDRA (AMERICAS),INC.");                 // => "TECH MAHINDRA AMERICAS"
 */
export function employerMatchKey(raw: string | null | undefined): string | null {
  const key = normalizeEmployerName(raw);
  if (key === null) return null;
  return key.includes("AND") ? key.replace(/(^| )AND(?= |$)/g, "$1&") : key;
}

/**
 * The words of a match key, and the key with spaces removed (`JPMORGANCHASE`), for lookups that do not
 * care how a brand is spaced.
 *
 * @example
 * squashKey("JP MORGAN CHASE"); // => "JPMORGANCHASE"
 */
export function squashKey(key: string): string {
  return key.replace(/ /g, "");
}
