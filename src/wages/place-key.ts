/**
 * Match keys for the county and town names of `Geography.csv` (`King County`, `Bourne town`,
 * `Richmond city`, `Mayaguez Municipio`, `Miami-Dade County  (old def)`) and for what users type
 * (`KING`, `king county`, `St. Louis`).
 *
 * @module
 */

/** What kind of place a Geography name is, from its last word(s). */
export type PlaceKind = "county" | "city" | "town" | "other";

/** Trailing words → kind, longest first. */
const SUFFIXES: readonly (readonly [string, PlaceKind])[] = [
  ["CITY AND BOROUGH", "county"],
  ["CENSUS AREA", "county"],
  ["COUNTY", "county"],
  ["PARISH", "county"],
  ["BOROUGH", "county"],
  ["MUNICIPIO", "county"],
  ["MUNICIPALITY", "county"],
  ["CITY", "city"],
  ["TOWN", "town"],
  ["TOWNSHIP", "town"],
  ["PLANTATION", "town"],
];

/** A place name reduced for matching: its base name without the kind word, and the kind. */
export interface PlaceKey {
  /** Upper-case letters and digits separated by single spaces, accents removed, `SAINT` → `ST`. */
  readonly base: string;
  /** The kind named by the trailing word, or `other` when there is none. */
  readonly kind: PlaceKind;
  /** True when the name carried a kind word (`King County`), false for a bare name (`King`). */
  readonly explicit: boolean;
}

/**
 * Reduce a name to upper-case ASCII words: accents removed (`Mayagüez` → `MAYAGUEZ`), punctuation
 * and parenthetical notes dropped, `SAINT`/`STE` spelled `ST`.
 *
 * @example
 * nameKey("St. Louis city");       // => "ST LOUIS CITY"
 * nameKey("Mayagüez Municipio");    // => "MAYAGUEZ MUNICIPIO"
 * nameKey("Miami-Dade County  (old def)"); // => "MIAMI DADE COUNTY"
 */
export function nameKey(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\([^)]*\)/g, " ")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "");
  return words.map((w) => (w === "SAINT" || w === "STE" ? "ST" : w)).join(" ");
}

/**
 * The match key of a county or town name: its base name and kind.
 *
 * @example
 * placeKey("King County");   // => { base: "KING", kind: "county", explicit: true }
 * placeKey("Richmond city"); // => { base: "RICHMOND", kind: "city", explicit: true }
 * placeKey("Bourne town");   // => { base: "BOURNE", kind: "town", explicit: true }
 * placeKey("seattle");       // => { base: "SEATTLE", kind: "other", explicit: false }
 */
export function placeKey(name: string): PlaceKey {
  const key = nameKey(name);
  for (const [suffix, kind] of SUFFIXES) {
    if (key.endsWith(" " + suffix)) return { base: key.slice(0, key.length - suffix.length - 1), kind, explicit: true };
  }
  return { base: key, kind: "other", explicit: false };
}
