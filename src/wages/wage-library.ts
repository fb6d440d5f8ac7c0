/**
 * The in-memory model of one OFLC wage year ("Online Wage Library" / FLAG wage data): the ALC
 * (all-industry) and EDC (ACWIA: higher education and research) wage tables, the BLS areas of
 * `Geography.csv`, SOC titles and the O*NET → OES SOC crosswalk. Built by `readWageLibrary`; read
 * with `wageLevels`, `wageLevelOf` and `resolveArea`. See docs/wage-library.md.
 *
 * @module
 */
import type { Issue } from "../errors";
import type { UsState } from "../datasets/filing";
import type { PlaceKind } from "./place-key";

/**
 * The `Label` values of `ALC_Export.csv` / `EDC_Export.csv` (wage year 2023-24 onward); `null` is a
 * blank label (hourly wages, or annual ones recognised by magnitude in files without the column).
 *
 * @example
 * WAGE_LABELS.includes("High Wage"); // => true
 */
export const WAGE_LABELS = Object.freeze(["Annual Wage", "High Wage", "No Leveled Wage", "No ACWIA"] as const);
/** One of {@link WAGE_LABELS}: the `Label` column of an ALC/EDC row (wage year 2023-24 on). */
export type WageLabel = (typeof WAGE_LABELS)[number];

/** SOC vintage of a wage year: SOC-2000 (to 2009-10), SOC-2010 (2010-11 to 2021-22), SOC-2018 (2022-23 on). */
export type SocVintage = 2000 | 2010 | 2018;

/**
 * GeoLvl of a wage row: 1 = the area's own estimate; 2 = area plus contiguous counties; 3 = statewide;
 * 4 = national. Anything above 1 means DOL fell back to a wider area.
 */
export type GeoLvl = 1 | 2 | 3 | 4;

/**
 * Values at or above this are annual wages; below it, hourly (hourly wages top out near $210, annual
 * wages start above $15,000). Used for rows without a `Label` (files before wage year 2023-24).
 *
 * @example
 * ANNUAL_BASIS_MIN; // => 1000
 */
export const ANNUAL_BASIS_MIN = 1000;

/**
 * Hours in a full-time work year: hourly × 2080 = annual.
 *
 * @example
 * 55.1 * HOURS_PER_YEAR; // => 114608
 */
export const HOURS_PER_YEAR = 2080;

/** Label codes stored per row (0 = blank). */
export const LABEL_CODE: Readonly<Record<WageLabel, number>> = Object.freeze({
  "Annual Wage": 1,
  "High Wage": 2,
  "No Leveled Wage": 3,
  "No ACWIA": 4,
});

/**
 * One wage table (ALC or EDC) in columnar form: at most a few hundred thousand rows of area × SOC.
 * Values are kept exactly as written (hourly or annual; `annual[row]` says which); missing ones are NaN.
 */
export interface WageTable {
  readonly kind: "ALC" | "EDC";
  readonly file: string;
  readonly rows: number;
  /** Area code → SOC code (as written, e.g. the hybrid `15-1034`) → row. */
  readonly index: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Five values per row: Level1, Level2, Level3, Level4, Average. NaN = missing. */
  readonly values: Float64Array;
  /** GeoLvl per row (0 when blank). */
  readonly geoLvl: Uint8Array;
  /** Label per row: 0 blank, else `LABEL_CODE`. */
  readonly label: Uint8Array;
  /** 1 when the row's values are annual, 0 when hourly. */
  readonly annual: Uint8Array;
  /** True when the file had a `Label` column (wage year 2023-24 onward). */
  readonly hasLabelColumn: boolean;
}

/** One county (or New England town) row of `Geography.csv`. */
export interface WagePlace {
  readonly name: string;
  readonly state: UsState;
}

/** A Geography row found under a place key. */
export interface PlaceEntry {
  readonly area: string;
  /** The county or town name as written (cleaned). */
  readonly name: string;
  readonly kind: PlaceKind;
}

/** A BLS area: a metro area (CBSA code, `41940`) or a nonmetropolitan area (7 digits, `5100004`). */
export interface WageArea {
  readonly area: string;
  readonly name: string;
  /** States with at least one county in the area, in file order. */
  readonly states: readonly UsState[];
  readonly places: readonly WagePlace[];
}

/** Counts of what a wage library holds. */
export interface WageLibrarySummary {
  readonly alcRows: number;
  readonly edcRows: number;
  /** Wage rows refused (levels that decrease, mixed hourly/annual values, no area or SOC). */
  readonly refused: number;
  readonly areas: number;
  readonly places: number;
  readonly occupations: number;
  readonly crosswalk: number;
}

/** One wage year of the OFLC wage library, ready for lookups. Plain, read-only data. */
export interface WageLibrary {
  /** `2025-26` (July 1 – June 30), from the option, the zip/folder name, or null. */
  readonly wageYear: string | null;
  /** SOC vintage of the codes in the tables (detected from the codes, else from the wage year). */
  readonly socVintage: SocVintage | null;
  readonly alc: WageTable | null;
  readonly edc: WageTable | null;
  /** Area code → area. */
  readonly areas: ReadonlyMap<string, WageArea>;
  /** `ST|BASE` (state code and `placeKey(name).base`) → the Geography rows with that base name in that state. */
  readonly places: ReadonlyMap<string, readonly PlaceEntry[]>;
  /** SOC code → title (oes_soc_occs.csv, completed from xwalk_plus.csv). */
  readonly occupations: ReadonlyMap<string, string>;
  /** O*NET code (`15-1132.00`) or its SOC part (`15-1132`) → OES SOC codes of the wage tables. */
  readonly crosswalk: ReadonlyMap<string, readonly string[]>;
  /** Member files read, as named in the input. */
  readonly files: readonly string[];
  readonly issues: readonly Issue[];
  readonly summary: WageLibrarySummary;
}
