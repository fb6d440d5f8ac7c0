/**
 * Wages as written in PERM, LCA and PW files: unit words (`Year`, `Bi-Weekly`, `yr`, `HR`),
 * amounts with `$` and thousands commas (`"128,550.00"`), FY2015 LCA ranges in one string
 * (`"66000 - 70000"`, `"20000 -"`), visadoor-style amounts with a unit (`60000/yr`, `37378/`),
 * and annualisation with the plausibility repair other loaders use (`77,958.00` per Hour is a
 * yearly wage typed with the wrong unit).
 *
 * @module
 */
import type { WageUnit } from "../datasets/filing";
import { parsePlainNumber, plainDigits } from "./plain-number";
import { letterKey } from "./letter-key";

/** Unit spellings, reduced to upper-case letters only (`Bi-Weekly` -> `BIWEEKLY`). */
const UNIT_WORDS: ReadonlyMap<string, WageUnit> = new Map<string, WageUnit>([
  ["YEAR", "year"], ["YEARS", "year"], ["YEARLY", "year"], ["YR", "year"], ["YRS", "year"],
  ["ANNUAL", "year"], ["ANNUALLY", "year"], ["ANNUM", "year"],
  ["HOUR", "hour"], ["HOURS", "hour"], ["HOURLY", "hour"], ["HR", "hour"], ["HRS", "hour"],
  ["WEEK", "week"], ["WEEKS", "week"], ["WEEKLY", "week"], ["WK", "week"], ["WKS", "week"],
  ["BIWEEKLY", "biweekly"], ["BIWEEK", "biweekly"], ["BI", "biweekly"], ["BIWK", "biweekly"],
  ["MONTH", "month"], ["MONTHS", "month"], ["MONTHLY", "month"], ["MTH", "month"],
  ["MTHS", "month"], ["MO", "month"], ["MON", "month"], ["MNTH", "month"],
]);

/** Multipliers to a year of full-time work (2,080 hours). */
const PER_YEAR: Readonly<Record<WageUnit, number>> = {
  year: 1,
  month: 12,
  biweekly: 26,
  week: 52,
  hour: 2080,
};

/**
 * Annual wages outside this range (inclusive bounds, USD) are treated as errors, as in ROCK.
 *
 * @example
 * PLAUSIBLE_ANNUAL_WAGE.min; // => 10000
 * PLAUSIBLE_ANNUAL_WAGE.max; // => 3000000
 */
export const PLAUSIBLE_ANNUAL_WAGE = Object.freeze({ min: 10_000, max: 3_000_000 } as const);

/**
 * An amount or range with its unit, as parsed by `parseWageAmount`.
 *
 * @example
 * parseWageAmount("66000 - 70000")?.to; // => 70000
 */
export interface WageAmount {
  readonly from: number | null;
  readonly to: number | null;
  readonly unit: WageUnit | null;
}

/**
 * An annual wage and the repair (if any) that produced it, as returned by `annualizeWage`.
 *
 * @example
 * annualizeWage(77958, "hour").repair; // => "unit_mismatch"
 */
export interface AnnualWage {
  readonly annual: number | null;
  readonly repair: "unit_mismatch" | "unit_assumed" | null;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}


/**
 * Parse a pay unit: full words, adjectives and abbreviations in any case (`Year`, `Yearly`,
 * `Annual`, `YR`, `Hourly (hr)`, `Bi-Weekly`, `bi`, `mth`, `per week`). Returns `null` for
 * anything else (including `Daily` or `Piece rate`, which have no canonical unit). Idempotent.
 *
 * @example
 * parseWageUnit("Bi-Weekly");   // => "biweekly"
 * parseWageUnit(" YR ");        // => "year"
 * parseWageUnit("Hourly (hr)"); // => "hour"
 * parseWageUnit("Daily");       // => null
 */
export function parseWageUnit(raw: string | null | undefined): WageUnit | null {
  if (raw == null) return null;
  const paren = raw.indexOf("(");
  let key = letterKey(paren === -1 ? raw : raw.slice(0, paren));
  if (key === "" && paren !== -1) key = letterKey(raw);
  const unit = UNIT_WORDS.get(key);
  if (unit !== undefined) return unit;
  return key.startsWith("PER") ? (UNIT_WORDS.get(key.slice(3)) ?? null) : null;
}

/** A parsed side of a range: `undefined` when the side is empty, `null` when it is garbage. */
function side(text: string): number | null | undefined {
  if (text.trim() === "") return undefined;
  return parsePlainNumber(text);
}

function positive(value: number | undefined): number | null {
  return value !== undefined && value > 0 ? value : null;
}

/**
 * Parse a wage cell: an amount or a `from - to` range, with an optional unit after `/` or a
 * space (`60000/yr`, `99,999.99/Year`, `45.5/hr`, `37378/`). `$` and thousands commas are
 * allowed. Amounts that are zero or negative become `null` (`0.0` in a TO column means "no
 * upper bound"); a missing unit is `null`. Returns `null` when there is no number at all, when
 * a part is not a number, or when the text after the amount is not a known unit (`60000/day`).
 * Never throws.
 *
 * @example
 * parseWageAmount("128,550.00");    // => { from: 128550, to: null, unit: null }
 * parseWageAmount("66000 - 70000"); // => { from: 66000, to: 70000, unit: null }
 * parseWageAmount("85000.00 -");    // => { from: 85000, to: null, unit: null }
 * parseWageAmount("45.5/hr");       // => { from: 45.5, to: null, unit: "hour" }
 * parseWageAmount("0.0");           // => { from: null, to: null, unit: null }
 * parseWageAmount("N/A");           // => null
 */
export function parseWageAmount(raw: string | null | undefined): WageAmount | null {
  if (raw == null) return null;
  // The common cell is a bare amount ("128,550.00"): read it without slicing or trimming.
  const plain = plainDigits(raw);
  if (plain !== null) return { from: plain > 0 ? plain : null, to: null, unit: null };
  const s = raw.trim();
  let cut = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 47 || isLetter(c)) {
      cut = i;
      break;
    }
  }
  const unitText = cut === s.length ? "" : s.slice(s.charCodeAt(cut) === 47 ? cut + 1 : cut);
  const amountText = s.slice(0, cut).trim();
  const dash = amountText.indexOf("-");
  let from: number | null | undefined;
  let to: number | null | undefined;
  if (dash === 0) {
    // A negative amount: a number, but not a usable one.
    if (side(amountText.slice(1)) == null) return null;
    from = 0;
  } else if (dash === -1) {
    from = side(amountText);
  } else {
    from = side(amountText.slice(0, dash));
    to = side(amountText.slice(dash + 1));
  }
  if (from === null || to === null) return null;
  if (from === undefined && to === undefined) return null;
  const unit = parseWageUnit(unitText);
  // Text after the amount that is not a known unit (`60000/day`, `1e5`): the amount's meaning is unknown.
  if (unit === null && letterKey(unitText) !== "") return null;
  return { from: positive(from), to: positive(to), unit };
}

function roundToCents(value: number): number {
  return Math.round(value * 100) / 100;
}

function isPlausible(value: number): boolean {
  return value >= PLAUSIBLE_ANNUAL_WAGE.min && value <= PLAUSIBLE_ANNUAL_WAGE.max;
}

/**
 * Convert an amount to a yearly wage (Year x1, Month x12, Bi-Weekly x26, Week x52,
 * Hour x2080, rounded to cents) and repair the common unit errors:
 * - the annualised value is outside `PLAUSIBLE_ANNUAL_WAGE` but the amount itself is inside:
 *   the amount was a yearly wage with the wrong unit (`unit_mismatch`);
 * - the unit is missing and the amount is inside the range: taken as yearly (`unit_assumed`);
 * - nothing plausible: `annual` is `null`.
 * Never throws; never returns `NaN`.
 *
 * @example
 * annualizeWage(45.5, "hour");  // => { annual: 94640, repair: null }
 * annualizeWage(7.7, "hour");   // => { annual: 16016, repair: null }
 * annualizeWage(77958, "hour"); // => { annual: 77958, repair: "unit_mismatch" }
 * annualizeWage(37378, null);   // => { annual: 37378, repair: "unit_assumed" }
 * annualizeWage(6156800, "year"); // => { annual: null, repair: null }
 */
export function annualizeWage(amount: number | null, unit: WageUnit | null): AnnualWage {
  if (amount === null || !Number.isFinite(amount) || amount <= 0) return { annual: null, repair: null };
  const rawAmount = roundToCents(amount);
  const multiplier = unit === null ? undefined : PER_YEAR[unit];
  if (multiplier === undefined) {
    return isPlausible(rawAmount) ? { annual: rawAmount, repair: "unit_assumed" } : { annual: null, repair: null };
  }
  const annual = roundToCents(amount * multiplier);
  if (isPlausible(annual)) return { annual, repair: null };
  if (isPlausible(rawAmount)) return { annual: rawAmount, repair: "unit_mismatch" };
  return { annual: null, repair: null };
}
