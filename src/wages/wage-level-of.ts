import type { PwLevel } from "../datasets/filing";
import { lookupWageLevels, type WageLevels } from "./wage-levels";
import type { WageLibrary } from "./wage-library";
import { checkWage, type AreaQuery, type OfferedWage, type WageLevelsOptions } from "./wage-query";

/** Where an offered wage falls among the four levels. */
export interface WageLevelOf {
  /** The highest level the wage reaches, or `below I`. */
  readonly level: "below I" | PwLevel;
  /** The offered wage per year (amount × 2080 for hourly, × 52 weekly, × 26 bi-weekly, × 12 monthly). */
  readonly annual: number;
  /** Annual dollars still missing to reach `nextLevel`; null at Level IV. */
  readonly headroomToNext: number | null;
  readonly nextLevel: PwLevel | null;
  /** The levels compared against. */
  readonly wages: WageLevels;
}

const ORDER: readonly PwLevel[] = ["I", "II", "III", "IV"];
const PER_YEAR = { year: 1, month: 12, biweekly: 26, week: 52, hour: 2080 } as const;
const cents = (v: number) => Math.round(v * 100) / 100;

/**
 * The prevailing-wage level an offered wage reaches for an occupation in an area: the highest level
 * whose annual wage it meets (equal counts), the next level, and how many annual dollars short of it
 * the offer is. Same lookup rules and errors as {@link wageLevels}; null when the library has no
 * leveled wages there (not found, `High Wage`, `No Leveled Wage`).
 *
 * @example
 * // lib: data-samples/wages/OFLC_Wages_2025-26 (generated)
 * wageLevelOf(lib, { amount: 165000, unit: "year" }, "15-1252", "42660")?.level; // => "III"
 * wageLevelOf(lib, { amount: 165000, unit: "year" }, "15-1252", "42660")?.headroomToNext; // => 12424
 * wageLevelOf(lib, { amount: 40, unit: "hour" }, "15-1252", "42660")?.level; // => "below I"
 */
export function wageLevelOf(
  lib: WageLibrary,
  wage: OfferedWage,
  soc: string,
  area: AreaQuery,
  options: WageLevelsOptions = {},
): WageLevelOf | null {
  const { amount, unit } = checkWage("wageLevelOf", wage);
  const wages = lookupWageLevels("wageLevelOf", lib, soc, area, options);
  if (wages === null || wages.levels === null) return null;
  const annual = cents(amount * PER_YEAR[unit]);
  let level: WageLevelOf["level"] = "below I";
  let nextLevel: PwLevel | null = null;
  let headroomToNext: number | null = null;
  for (const l of ORDER) {
    const w = wages.levels[l];
    if (w === null) continue;
    if (annual >= w.annual) level = l;
    else {
      nextLevel = l;
      headroomToNext = cents(w.annual - annual);
      break;
    }
  }
  return { level, annual, headroomToNext, nextLevel, wages };
}
