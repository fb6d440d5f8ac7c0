/**
 * Employer names. One employer appears under many spellings (`CAPGEMINI AMERICA INC`,
 * `CAPGEMINI AMERICA, INC.`; `COGNIZANT TECHNOLOGY SOLUTIONS US CORP` / `… U.S. CORPORATION`;
 * `ERNST &AMP;  YOUNG U.S. LLP`), and the legal-name field sometimes carries a trade name
 * (`UHCP D/B/A UPMC MEDICAL EDUCATION`). `normalizeEmployerName` builds the matching key that
 * groups the spellings; `splitTradeName` separates a legal name from its d/b/a name for display.
 *
 * Key format: upper-case words separated by single spaces. `&` is always its own word
 * (`AT&T` and `AT & T` -> `AT & T`; `L&T` -> `L & T`). Dots and apostrophes are deleted
 * (`U.S.` -> `US`, `2.7` -> `27`, `MACY'S` -> `MACYS`); other punctuation and hyphens separate
 * words (`HEWLETT-PACKARD` -> `HEWLETT PACKARD`). Runs of single letters or digits are joined
 * (`U. S.` -> `US`, `J P MORGAN` -> `JP MORGAN`, `L L C` -> `LLC`).
 *
 * @module
 */
import { cleanText } from "./text";

/** Legal-form words stripped from the end of a key, repeatedly. */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  "INC", "INCORPORATED", "LLC", "LLP", "LP", "LTD", "LIMITED", "PLC", "PLLC",
  "PC", "PA", "CORP", "CORPORATION", "CO", "COMPANY",
]);

/** Long legal-form words also recognised when glued to the previous word (`SERVICESLIMITED`). */
const GLUED_SUFFIXES: readonly string[] = ["INCORPORATED", "CORPORATION", "LIMITED"];

/** A glued suffix is split off only when at least this many characters remain. */
const MIN_GLUED_STEM = 3;

/** The shortest word that can hold a glued suffix (`LIMITED` plus a stem). */
const MIN_GLUED_WORD = 7 + MIN_GLUED_STEM;

const KEEP = 0;
const DELETE = 1;
const SEPARATE = 2;

/**
 * What a key does with each ASCII character: delete `.` `'` `` ` ``; keep letters, digits and
 * `# $ % & + @` (`&` is then made its own word); every other control or punctuation character
 * separates words.
 */
const ASCII_CLASS: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(128).fill(SEPARATE);
  for (let c = 48; c <= 57; c++) table[c] = KEEP;
  for (let c = 65; c <= 90; c++) table[c] = KEEP;
  for (let c = 97; c <= 122; c++) table[c] = KEEP;
  for (const ch of "#$%&+@") table[ch.charCodeAt(0)] = KEEP;
  for (const ch of ".'`") table[ch.charCodeAt(0)] = DELETE;
  return table;
})();

/** The class of any UTF-16 code unit: `´ ‘ ’` are deleted; dashes and curly double quotes separate. */
function charClass(c: number): number {
  if (c < 128) return ASCII_CLASS[c] ?? SEPARATE;
  if (c === 0xb4 || c === 0x2018 || c === 0x2019) return DELETE;
  return (c >= 0x2010 && c <= 0x2015) || c === 0x201c || c === 0x201d || c === 0x2212 ? SEPARATE : KEEP;
}

function isSingleLetterOrDigit(token: string): boolean {
  if (token.length !== 1) return false;
  const c = token.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Split an upper-cased name into words (see the module notes for the punctuation rules), in one
 * pass: `&` becomes its own word, glued legal-form suffixes are split off, and runs of single
 * letters/digits are joined (`U S` -> `US`, `L L C` -> `LLC`).
 */
function words(upper: string): string[] {
  const out: string[] = [];
  let lastWasSingle = false;
  let pending = ""; // the part of the current word before a deleted character
  let start = 0;
  for (let i = 0; i <= upper.length; i++) {
    const c = i === upper.length ? 32 : upper.charCodeAt(i);
    const kind = charClass(c);
    if (kind === DELETE) {
      pending += upper.slice(start, i);
      start = i + 1;
      continue;
    }
    const isAmpersand = c === 38;
    if (kind === KEEP && !isAmpersand) continue;
    const word = pending === "" ? upper.slice(start, i) : pending + upper.slice(start, i);
    pending = "";
    start = i + 1;
    if (word !== "") lastWasSingle = pushWord(out, word, lastWasSingle);
    if (isAmpersand) {
      out.push("&");
      lastWasSingle = false;
    }
  }
  return out;
}

/** Append one word to `out`; returns whether it was a single letter/digit (joined to a previous one). */
function pushWord(out: string[], word: string, lastWasSingle: boolean): boolean {
  if (isSingleLetterOrDigit(word)) {
    if (lastWasSingle) out[out.length - 1] = `${out[out.length - 1] ?? ""}${word}`;
    else out.push(word);
    return true;
  }
  if (word.length >= MIN_GLUED_WORD && endsWithGluedSuffix(word)) pushUnglued(out, word);
  else out.push(word);
  return false;
}

function endsWithGluedSuffix(word: string): boolean {
  for (const suffix of GLUED_SUFFIXES) if (word.endsWith(suffix)) return true;
  return false;
}

/** Push `word`, split into stem + suffix words when it ends with glued legal-form words. */
function pushUnglued(out: string[], word: string): void {
  const tail: string[] = [];
  let stem = word;
  for (let found = true; found; ) {
    found = false;
    for (const suffix of GLUED_SUFFIXES) {
      if (stem.length - suffix.length >= MIN_GLUED_STEM && stem.endsWith(suffix)) {
        tail.unshift(suffix);
        stem = stem.slice(0, stem.length - suffix.length);
        found = true;
        break;
      }
    }
  }
  out.push(stem, ...tail);
}

/** The words before a d/b/a marker (`DBA`, `D/B/A` and `D.B.A.` all arrive as `DBA`). */
function legalPart(tokens: string[]): string[] {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i] === "DBA") return tokens.slice(0, i);
    if (tokens[i] === "DOING" && tokens[i + 1] === "BUSINESS" && tokens[i + 2] === "AS") return tokens.slice(0, i);
  }
  return tokens;
}

/**
 * The matching key for an employer name: upper-cased; `&AMP;` -> `&`; punctuation removed
 * (see the module notes); a leading `THE` dropped; cut before a d/b/a marker (the legal name is
 * kept); legal-form suffixes (INC, LLC, LLP, LP, LTD, LIMITED, PLC, PLLC, PC, PA, CORP,
 * CORPORATION, CO, COMPANY, and a trailing `& CO`) stripped until none is left, never down to
 * nothing. Idempotent; never throws; `null` when no word remains.
 *
 * @example
 * normalizeEmployerName("CAPGEMINI AMERICA, INC.");               // => "CAPGEMINI AMERICA"
 * normalizeEmployerName("ERNST &AMP;  YOUNG U.S. LLP");           // => "ERNST & YOUNG US"
 * normalizeEmployerName("GOLDMAN, SACHS & CO.");                  // => "GOLDMAN SACHS"
 * normalizeEmployerName("HEWLETT-PACKARD ENTERPRISE COMPANY");    // => "HEWLETT PACKARD ENTERPRISE"
 * normalizeEmployerName("2.7 AUGUST APPAREL, INC. DBA ENGLISH ROSE"); // => "27 AUGUST APPAREL"
 * normalizeEmployerName("TATA CONSULTANCY SERVICESLIMITED");      // => "TATA CONSULTANCY SERVICES"
 * normalizeEmployerName(" , ");                                   // => null
 */
export function normalizeEmployerName(raw: string | null | undefined): string | null {
  const text = cleanText(raw);
  if (text === null) return null;
  let tokens = legalPart(words(text.toUpperCase()));
  if (tokens.length === 0) return null;
  let first = 0;
  while (tokens.length - first > 1 && tokens[first] === "THE") first++;
  if (first > 0) tokens = tokens.slice(first);
  let end = tokens.length;
  while (end > 1) {
    const last = tokens[end - 1]!;
    if (last === "&" || LEGAL_SUFFIXES.has(last)) end--;
    else break;
  }
  return (end === tokens.length ? tokens : tokens.slice(0, end)).join(" ");
}

/**
 * A legal name and the trade name it was filed with, as returned by `splitTradeName`.
 *
 * @example
 * splitTradeName("UHCP D/B/A UPMC MEDICAL EDUCATION")?.legal; // => "UHCP"
 */
export interface TradeNameSplit {
  readonly legal: string;
  readonly dba: string | null;
}

/**
 * A d/b/a marker after a space, comma, semicolon or `(`: `DBA`, `D/B/A`, `D.B.A.`, `D. B. A.`,
 * `doing business as`, any case, followed by a space, `:`, `.`, `)`, `,`, `;` or `-`. A marker at
 * the very end does not count: there is no trade name after it, and a legal part cut from a
 * longer value must not gain a marker it did not have (idempotence).
 */
const TRADE_NAME_MARKER = /[\s,;(]\(?\s*(?:d\/b\/a|d\.\s?b\.\s?a\.?|dba|doing business as)(?=[\s:.),;-])/i;

/**
 * Split a legal-name field at its first d/b/a marker (` DBA `, ` D/B/A `, ` D.B.A. `,
 * `(DBA X)`, any case). Both parts are cleaned with `cleanText` and otherwise left as written;
 * separators around the marker are dropped. A name without a marker (or with nothing before it)
 * has `dba: null`. Returns `null` for an empty value. Never throws.
 *
 * @example
 * splitTradeName("UHCP D/B/A UPMC MEDICAL EDUCATION"); // => { legal: "UHCP", dba: "UPMC MEDICAL EDUCATION" }
 * splitTradeName("ADROIX CORP (DBA CODEFORCE 360)");   // => { legal: "ADROIX CORP", dba: "CODEFORCE 360" }
 * splitTradeName("Google Inc.");                       // => { legal: "Google Inc.", dba: null }
 */
export function splitTradeName(raw: string | null | undefined): TradeNameSplit | null {
  const text = cleanText(raw);
  if (text === null) return null;
  const match = TRADE_NAME_MARKER.exec(text);
  if (match === null) return { legal: text, dba: null };
  const legal = text.slice(0, match.index).replace(/[\s,;:-]+$/, "");
  if (legal === "") return { legal: text, dba: null };
  let dba = text.slice(match.index + match[0].length).replace(/^[\s:.,;-]+/, "");
  if (dba.endsWith(")") && !dba.includes("(")) dba = dba.slice(0, -1);
  return { legal, dba: cleanText(dba) };
}
