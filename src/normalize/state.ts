/**
 * U.S. states and territories as written in OFLC files: USPS codes (`NY`), full names in any
 * case with or without spaces (`NEWYORK`, `New York`, `DISTRICT OF COLUMBIA`), and misspelt
 * names (`MASSACHUSETTES`), all to the two-letter USPS code.
 *
 * @module
 */
import type { UsState } from "../datasets/filing";
import { letterKey } from "./letter-key";

/**
 * USPS code -> name for the 50 states, DC and the territories and freely associated states
 * with USPS codes (PR, GU, VI, AS, MP, FM, MH, PW).
 *
 * @example
 * US_STATES["MA"]; // => "Massachusetts"
 * Object.keys(US_STATES).length; // => 59
 */
export const US_STATES: Readonly<Record<string, string>> = Object.freeze({
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California",
  CO: "Colorado", CT: "Connecticut", DE: "Delaware", DC: "District of Columbia", FL: "Florida",
  GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana",
  IA: "Iowa", KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine",
  MD: "Maryland", MA: "Massachusetts", MI: "Michigan", MN: "Minnesota", MS: "Mississippi",
  MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada", NH: "New Hampshire",
  NJ: "New Jersey", NM: "New Mexico", NY: "New York", NC: "North Carolina", ND: "North Dakota",
  OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania", RI: "Rhode Island",
  SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah",
  VT: "Vermont", VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin",
  WY: "Wyoming",
  PR: "Puerto Rico", GU: "Guam", VI: "U.S. Virgin Islands", AS: "American Samoa",
  MP: "Northern Mariana Islands", FM: "Federated States of Micronesia", MH: "Marshall Islands",
  PW: "Palau",
});

/** Other names seen or plausible for the same places, as letter-only keys. */
const ALIASES: readonly (readonly [string, string])[] = [
  ["WASHINGTONDC", "DC"],
  ["VIRGINISLANDS", "VI"],
  ["VIRGINISLANDSUS", "VI"],
  ["VIRGINISLANDSOFTHEUNITEDSTATES", "VI"],
  ["COMMONWEALTHOFPUERTORICO", "PR"],
  ["COMMONWEALTHOFTHENORTHERNMARIANAISLANDS", "MP"],
  ["MICRONESIA", "FM"],
  ["REPUBLICOFTHEMARSHALLISLANDS", "MH"],
  ["REPUBLICOFPALAU", "PW"],
];


/** Letter-only name key -> code, for exact name matches. */
const BY_NAME: ReadonlyMap<string, UsState> = new Map<string, UsState>([
  ...Object.entries(US_STATES).map(([code, name]) => [letterKey(name), code as UsState] as const),
  ...ALIASES.map(([key, code]) => [key, code as UsState] as const),
]);

/** Names long enough for a typo match (`IOWA`, `OHIO`, `UTAH`, `TEXAS` … are too short). */
const FUZZY_NAMES: readonly (readonly [string, UsState])[] = [...BY_NAME].filter(([key]) => key.length >= 6);

const MAX_EDITS = 2;

/** Levenshtein distance of `a` and `b`, or `MAX_EDITS + 1` as soon as it must exceed `MAX_EDITS`. */
function boundedEditDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_EDITS) return MAX_EDITS + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > MAX_EDITS) return MAX_EDITS + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] ?? MAX_EDITS + 1, MAX_EDITS + 1);
}

/** The one name within `MAX_EDITS` edits that is strictly closer than every other, if any. */
function closestName(key: string): UsState | null {
  let best: UsState | null = null;
  let bestDistance = MAX_EDITS + 1;
  let tied = false;
  for (const [name, code] of FUZZY_NAMES) {
    const distance = boundedEditDistance(key, name);
    if (distance < bestDistance) {
      best = code;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance && code !== best) {
      tied = true;
    }
  }
  return bestDistance <= MAX_EDITS && !tied ? best : null;
}

/**
 * Parse a state or territory to its USPS code: codes (`NY`, `n.y.`), full names in any case and
 * spacing (`NEWYORK`, `District of Columbia`, `Puerto Rico`), and typos of names of 6+ letters
 * within 2 edits when one name is strictly closest (`MASSACHUSETTES` -> `MA`). Returns `null`
 * otherwise. Idempotent; never throws.
 *
 * @example
 * parseState("NEWYORK");        // => "NY"
 * parseState(" il ");           // => "IL"
 * parseState("MASSACHUSETTES"); // => "MA"
 * parseState("INDIA");          // => null
 */
export function parseState(raw: string | null | undefined): UsState | null {
  if (raw == null) return null;
  if (raw.length === 2 && Object.hasOwn(US_STATES, raw)) return raw as UsState;
  const key = letterKey(raw);
  if (key.length === 2) return Object.hasOwn(US_STATES, key) ? (key as UsState) : null;
  const exact = BY_NAME.get(key);
  if (exact !== undefined) return exact;
  return key.length >= 6 ? closestName(key) : null;
}
