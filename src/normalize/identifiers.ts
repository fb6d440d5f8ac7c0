/**
 * Identifiers and small numbers that converters mangle: FEINs and ZIP codes that lost a leading
 * zero in Excel (`7094` for `07094`), pandas floats (`123456789.0`, `541511.0`, `1.0`), ZIP+4
 * with or without the +4 (`78229-3900`, `55305-`), counts with thousands commas, and yes/no flags
 * (`Y`, `N`, and the `0`/`1` counts that replaced them in FY2018 LCA files).
 *
 * @module
 */
import type { Fein } from "../datasets/filing";
import { parsePlainNumber } from "./plain-number";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** Trim, then drop a pandas `.0` / `.00` tail (`"541511.0"` -> `"541511"`). */
function trimFloatTail(raw: string): string {
  const s = raw.trim();
  const dot = s.lastIndexOf(".");
  if (dot === -1 || dot === s.length - 1) return s;
  for (let i = dot + 1; i < s.length; i++) if (s.charCodeAt(i) !== 48) return s;
  return s.slice(0, dot);
}

/**
 * Parse a federal employer identification number to `NN-NNNNNNN`. Accepts `12-3456789`,
 * `123456789` and pandas `123456789.0`; 8 undashed digits (Excel dropped a leading zero) are
 * padded to 9. All-same-digit placeholders (`000000000`, `999999999`) are `null`. Idempotent.
 *
 * @example
 * parseFein("123456789.0"); // => "12-3456789"
 * parseFein("12345678");    // => "01-2345678"
 * parseFein("00-0000000");  // => null
 */
export function parseFein(raw: string | null | undefined): Fein | null {
  if (raw == null) return null;
  const s = trimFloatTail(raw);
  let digits = s.length === 10 && s.charCodeAt(2) === 45 ? s.slice(0, 2) + s.slice(3) : s;
  if (digits.length === 8 && digits === s) digits = `0${digits}`;
  if (digits.length !== 9 || !allDigits(digits)) return null;
  if (digits === digits.charAt(0).repeat(9)) return null;
  return `${digits.slice(0, 2)}-${digits.slice(2)}` as Fein;
}

/**
 * Parse a U.S. ZIP code to its 5 digits: ZIP+4 (`78229-3900`, `782293900`), a trailing hyphen
 * (`55305-`), pandas floats (`98052.0`) and ZIPs that lost leading zeros in Excel (`7094` ->
 * `07094`; 3 to 5 digits). `00000` and anything else are `null`. Idempotent.
 *
 * @example
 * parsePostalCode("78229-3900"); // => "78229"
 * parsePostalCode("7094.0");     // => "07094"
 * parsePostalCode("55305-");     // => "55305"
 * parsePostalCode("SW1A 1AA");   // => null
 */
export function parsePostalCode(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = trimFloatTail(raw);
  let head = s;
  let separator = s.indexOf("-");
  if (separator === -1) separator = s.indexOf(" ");
  if (separator !== -1) {
    const tail = s.slice(separator + 1);
    if (tail !== "" && (tail.length !== 4 || !allDigits(tail))) return null;
    head = s.slice(0, separator);
  } else if (s.length === 9) {
    head = s.slice(0, 5);
  }
  if (head.length < 3 || head.length > 5 || !allDigits(head)) return null;
  const zip = head.padStart(5, "0");
  return zip === "00000" ? null : zip;
}

/**
 * Parse a NAICS industry code: 2 to 6 digits, not starting with 0; pandas `541511.0` is
 * accepted. Returns the digits as a string, or `null`. Idempotent.
 *
 * @example
 * parseNaics("541511.0"); // => "541511"
 * parseNaics("54");       // => "54"
 * parseNaics("5415111");  // => null
 */
export function parseNaics(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = trimFloatTail(raw);
  if (s.length < 2 || s.length > 6 || !allDigits(s) || s.charCodeAt(0) === 48) return null;
  return s;
}

/**
 * Parse a count (workers, positions, employees): a non-negative integer, with optional thousands
 * commas and a pandas `.0`. Returns `null` for fractions, negatives and anything else.
 *
 * @example
 * parseCount("1.0");   // => 1
 * parseCount("1,234"); // => 1234
 * parseCount("2.5");   // => null
 */
export function parseCount(raw: string | null | undefined): number | null {
  if (raw == null || raw.indexOf("$") !== -1) return null;
  const value = parsePlainNumber(raw);
  return value !== null && Number.isSafeInteger(value) ? value : null;
}

/**
 * Parse a number of months (experience, training): a non-negative number, `24.0` -> 24.
 * Returns `null` for negatives and anything that is not a plain number.
 *
 * @example
 * parseMonths("24.0"); // => 24
 * parseMonths("6.5");  // => 6.5
 * parseMonths("two");  // => null
 */
export function parseMonths(raw: string | null | undefined): number | null {
  if (raw == null || raw.indexOf("$") !== -1) return null;
  return parsePlainNumber(raw);
}

const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ["Y", true], ["YES", true], ["TRUE", true], ["T", true], ["1", true],
  ["N", false], ["NO", false], ["FALSE", false], ["F", false], ["0", false],
]);

/**
 * Parse a yes/no flag: `Y`/`N`, `Yes`/`No`, `TRUE`/`FALSE`, `T`/`F`, `1`/`0` (also `1.0`),
 * any case. Returns `null` for anything else (including counts above 1).
 *
 * @example
 * parseYesNo("Y");     // => true
 * parseYesNo("false"); // => false
 * parseYesNo("0.0");   // => false
 * parseYesNo("maybe"); // => null
 */
export function parseYesNo(raw: string | null | undefined): boolean | null {
  if (raw == null) return null;
  return YES_NO.get(trimFloatTail(raw).toUpperCase()) ?? null;
}
