/**
 * Histogram bins for the distributions an index keeps per employer × occupation: offered wages on a
 * 4 % log scale (quantiles within ±2 %), and days from receipt to decision (exact to 60 days,
 * weekly to six months, then 30-day bins: LCA's 7-day decisions are exact, PERM's 1–2 years within
 * ±15 days).
 *
 * @module
 */

const WAGE_BASE = 10_000;
const WAGE_STEP = Math.log(1.04);
const MAX_WAGE_BIN = 255;

/**
 * The bin of an annual wage: 0 for none, 1 below $10,400, then bin `b` covers
 * `[10,000 × 1.04^(b-1), 10,000 × 1.04^b)`.
 *
 * @example
 * wageBin(null);    // => 0
 * wageBin(120000) === wageBin(121000); // => true
 */
export function wageBin(annual: number | null): number {
  if (annual === null || !(annual > 0)) return 0;
  if (annual < WAGE_BASE) return 1;
  return Math.min(MAX_WAGE_BIN, 1 + Math.floor(Math.log(annual / WAGE_BASE) / WAGE_STEP));
}

/**
 * The lower edge of a wage bin (bin ≥ 1).
 *
 * @example
 * wageBinFloor(1); // => 0
 * Math.round(wageBinFloor(2)); // => 10400
 */
export function wageBinFloor(bin: number): number {
  return bin <= 1 ? 0 : WAGE_BASE * Math.exp((bin - 1) * WAGE_STEP);
}

/**
 * The upper edge of a wage bin.
 *
 * @example
 * Math.round(wageBinCeiling(1)); // => 10400
 */
export function wageBinCeiling(bin: number): number {
  return WAGE_BASE * Math.exp(bin * WAGE_STEP);
}

const EXACT_DAYS = 60;
const WEEKLY_BINS = 18; // 61–186 days
const FIRST_MONTHLY_DAY = EXACT_DAYS + 1 + WEEKLY_BINS * 7; // 187
const FIRST_MONTHLY_BIN = EXACT_DAYS + 2 + WEEKLY_BINS; // 80

/**
 * The bin of a processing time in days; 0 for none. Exact to 60 days (bin = days + 1), then
 * weekly to 186 days, then 30-day bins.
 *
 * @example
 * daysBin(null); // => 0
 * daysBin(7);    // => 8
 * daysBin(400) === daysBin(401); // => true
 */
export function daysBin(days: number | null): number {
  if (days === null || days < 0) return 0;
  if (days <= EXACT_DAYS) return days + 1;
  if (days < FIRST_MONTHLY_DAY) return EXACT_DAYS + 2 + Math.floor((days - EXACT_DAYS - 1) / 7);
  return Math.min(2_000_000, FIRST_MONTHLY_BIN + Math.floor((days - FIRST_MONTHLY_DAY) / 30));
}

/**
 * The day range `[from, to]` a days bin covers (bin ≥ 1).
 *
 * @example
 * daysBinRange(8);  // => [7, 7]
 * daysBinRange(62); // => [61, 67]
 * daysBinRange(80); // => [187, 216]
 */
export function daysBinRange(bin: number): [number, number] {
  if (bin <= EXACT_DAYS + 1) return [bin - 1, bin - 1];
  if (bin < FIRST_MONTHLY_BIN) {
    const from = EXACT_DAYS + 1 + (bin - EXACT_DAYS - 2) * 7;
    return [from, from + 6];
  }
  const from = FIRST_MONTHLY_DAY + (bin - FIRST_MONTHLY_BIN) * 30;
  return [from, from + 29];
}
