/**
 * Case numbers as numbers. The index remembers every case it has counted (so that adding the same
 * quarter twice replaces instead of double-counting), and ten years of LCA are ~7 million case numbers:
 * as strings in a `Map` they would take ~600 MB. Official case numbers pack exactly into 53 bits:
 *
 * - `I-200-22271-555674` (LCA, new-form PERM `G-100-…`, PW `P-100-…`): letter, 3-digit prefix,
 *   `YYDDD` receipt day, 6-digit sequence;
 * - `A-15243-20441` (PERM before FY2024 Q4): letter, `YYDDD`, 5-digit sequence.
 *
 * Packed keys are ≥ 0 and decode back to the case number. Any other spelling is hashed to a negative
 * 52-bit key (two unrelated cases share one with probability ≈ n²/2⁵³: 10⁻⁴ for a million of them).
 *
 * @module
 */
import type { Program } from "../datasets/filing";

const PROGRAM_CODE: Readonly<Record<Program, number>> = { PERM: 0, LCA: 1, PW: 2 };
const PROGRAMS: readonly Program[] = ["PERM", "LCA", "PW"];
const NO_PREFIX = 1023;
const STANDARD = /^([A-Z])-(?:(\d{3})-)?(\d{2})(\d{3})-(\d{5,6})$/;

/** 2^32, 2^20, 2^16 … as multipliers (bit shifts overflow 32 bits). */
const SEQ = 2 ** 20;
const DAY = 2 ** 16;
const PREFIX = 2 ** 10;
const LETTER = 2 ** 5;

/**
 * The numeric key of a case: exact for official case-number formats (decodable with
 * {@link caseNumberOfKey}), a 52-bit hash otherwise (negative).
 *
 * @example
 * caseKey("LCA", "I-200-22271-555674") >= 0; // => true
 * caseKey("PERM", "not-a-case-number") < 0;  // => true
 */
export function caseKey(program: Program, caseNumber: string): number {
  const fast = packFast(PROGRAM_CODE[program], caseNumber);
  if (fast >= 0) return fast;
  const m = STANDARD.exec(caseNumber);
  if (m !== null) {
    const prefix = m[2] === undefined ? NO_PREFIX : Number(m[2]);
    const seqText = m[5]!;
    const ddd = Number(m[4]);
    // A-YYDDD-NNNNN has 5 sequence digits, the prefixed forms 6.
    if (ddd >= 1 && ddd <= 366 && (m[2] === undefined) === (seqText.length === 5)) {
      const yyddd = Number(m[3]) * 366 + ddd - 1;
      const letter = m[1]!.charCodeAt(0) - 65;
      return (((PROGRAM_CODE[program] * LETTER + letter) * PREFIX + prefix) * DAY + yyddd) * SEQ + Number(seqText);
    }
  }
  return -1 - hash52(`${program}|${caseNumber}`);
}

/**
 * The case number of a packed key, or `null` for a hashed one.
 *
 * @example
 * caseNumberOfKey(caseKey("LCA", "I-200-22271-555674")); // => "I-200-22271-555674"
 * caseNumberOfKey(caseKey("PERM", "A-15243-20441"));     // => "A-15243-20441"
 */
export function caseNumberOfKey(key: number): string | null {
  if (key < 0) return null;
  const seq = key % SEQ;
  let rest = (key - seq) / SEQ;
  const yyddd = rest % DAY;
  rest = (rest - yyddd) / DAY;
  const prefix = rest % PREFIX;
  rest = (rest - prefix) / PREFIX;
  const letter = String.fromCharCode(65 + (rest % LETTER));
  const yy = Math.floor(yyddd / 366);
  const ddd = (yyddd % 366) + 1;
  const day = `${String(yy).padStart(2, "0")}${String(ddd).padStart(3, "0")}`;
  return prefix === NO_PREFIX
    ? `${letter}-${day}-${String(seq).padStart(5, "0")}`
    : `${letter}-${String(prefix).padStart(3, "0")}-${day}-${String(seq).padStart(6, "0")}`;
}

/**
 * The program of a packed key, or `null` for a hashed one.
 *
 * @example
 * programOfKey(caseKey("PW", "P-100-22223-841001")); // => "PW"
 */
export function programOfKey(key: number): Program | null {
  if (key < 0) return null;
  return PROGRAMS[Math.floor(key / (SEQ * DAY * PREFIX * LETTER))] ?? null;
}

/** Digits `s[from, to)` as a number, or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The two official layouts without a regular expression (the hot path); -1 when `s` is neither. */
function packFast(program: number, s: string): number {
  const letter = s.charCodeAt(0) - 65;
  if (letter < 0 || letter > 25 || s.charCodeAt(1) !== 45) return -1;
  let prefix: number;
  let at: number;
  let seq: number;
  if (s.length === 18 && s.charCodeAt(5) === 45 && s.charCodeAt(11) === 45) {
    prefix = digits(s, 2, 5);
    at = 6;
    seq = digits(s, 12, 18);
  } else if (s.length === 13 && s.charCodeAt(7) === 45) {
    prefix = NO_PREFIX;
    at = 2;
    seq = digits(s, 8, 13);
  } else return -1;
  const yy = digits(s, at, at + 2);
  const ddd = digits(s, at + 2, at + 5);
  if (prefix < 0 || seq < 0 || yy < 0 || ddd < 1 || ddd > 366) return -1;
  return (((program * LETTER + letter) * PREFIX + prefix) * DAY + yy * 366 + ddd - 1) * SEQ + seq;
}

/** 52-bit string hash: two independent 32-bit FNV-1a variants, 20 bits of the second. */
function hash52(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return (a >>> 0) + (b & 0xfffff) * 4294967296;
}
