/**
 * SOC occupation codes as written in disclosure files: `15-1252`, `151252` (dash lost),
 * `15-1252.00` (O*NET detail), `151252.0` (a pandas float). Anything else is rejected: titles
 * that landed in the code column, 5-digit metro-area codes (`35614`), Excel dates (`11/1/2021`),
 * DOT-era 3-digit codes and typos whose major group does not exist (`10-1021.00`).
 *
 * No vintage bridging happens here; see `soc-bridge.ts`.
 *
 * @module
 */
import type { SocCode } from "../datasets/filing";

/** The 23 SOC major groups (11, 13, …, 53, 55), shared by SOC-2000, 2010 and 2018. */
const MAJOR_GROUPS: ReadonlySet<string> = new Set([
  "11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31", "33",
  "35", "37", "39", "41", "43", "45", "47", "49", "51", "53", "55",
]);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Parse a SOC code into canonical `NN-NNNN` form. An O*NET suffix (`.00`, `.01`) is dropped,
 * so detail occupations collapse to their SOC code. Returns `null` for anything that is not a
 * SOC code of a real major group. Idempotent; never throws.
 *
 * @example
 * parseSocCode("15-1252");     // => "15-1252"
 * parseSocCode(" 151252.0 ");  // => "15-1252"
 * parseSocCode("15-1199.01");  // => "15-1199"
 * parseSocCode("35614");       // => null
 * parseSocCode("10-1021.00");  // => null
 */
export function parseSocCode(raw: string | null | undefined): SocCode | null {
  if (raw == null) return null;
  const s = raw.trim();
  let end = s.length;
  const dot = s.indexOf(".");
  if (dot !== -1) {
    const suffixLength = s.length - dot - 1;
    if (suffixLength < 1 || suffixLength > 2 || !allDigits(s, dot + 1, s.length)) return null;
    end = dot;
  }
  let code: string;
  if (end === 7) {
    if (s.charCodeAt(2) !== 45 || !allDigits(s, 0, 2) || !allDigits(s, 3, 7)) return null;
    code = end === s.length ? s : s.slice(0, 7);
  } else if (end === 6) {
    if (!allDigits(s, 0, 6)) return null;
    code = `${s.slice(0, 2)}-${s.slice(2, 6)}`;
  } else {
    return null;
  }
  return MAJOR_GROUPS.has(code.slice(0, 2)) ? (code as SocCode) : null;
}

/**
 * The SOC major group of a code, `NN-0000`.
 *
 * @example
 * socMajorGroup("15-1252" as SocCode); // => "15-0000"
 */
export function socMajorGroup(code: SocCode): string {
  return `${code.slice(0, 2)}-0000`;
}

/**
 * The SOC minor group of a code, `NN-NN00`.
 *
 * @example
 * socMinorGroup("15-1252" as SocCode); // => "15-1200"
 */
export function socMinorGroup(code: SocCode): string {
  return `${code.slice(0, 5)}00`;
}

/**
 * The SOC broad occupation of a code, `NN-NNN0`.
 *
 * @example
 * socBroadGroup("15-1252" as SocCode); // => "15-1250"
 */
export function socBroadGroup(code: SocCode): string {
  return `${code.slice(0, 6)}0`;
}
