/**
 * The baselines a backtest compares the model with, computed from the same training window: the raw
 * PERM count (MyVisaJobs-style, all occupations), the raw certified count in the role's SOC codes, and
 * a hand-weighted 0–100 grade of the kind sponsor sites publish.
 *
 * @module
 */

/** What the baselines see of one employer for one role, through the training year. */
export interface BaselineInputs {
  /** PERM filings in any occupation. */
  readonly permTotal: number;
  /** PERM filings, certifications and decided filings in the role's SOC codes. */
  readonly filingsInRole: number;
  readonly certifiedInRole: number;
  /** Of the last five fiscal years with PERM data, how many had a filing in the role. */
  readonly yearsWithFilings: number;
  readonly yearsCovered: number;
  /** Last fiscal year with a filing in the role (0 = none) and the training year. */
  readonly lastFiscalYear: number;
  readonly trainThrough: number;
}

/**
 * The names of the baselines the model is compared with in a backtest, in report order.
 *
 * @example
 * BASELINES; // => ["rawPermCount", "rawCertifiedInSoc", "handGrade"]
 */
export const BASELINES = ["rawPermCount", "rawCertifiedInSoc", "handGrade"] as const;
/** One of {@link BASELINES}. */
export type Baseline = (typeof BASELINES)[number];

/**
 * The hand-weighted grade: approval 40 % (certified ÷ filed in the role), volume 30 % (log filings in
 * the role ÷ log of the most any employer filed), consistency 20 % (share of the last five data years
 * with a filing), recency 10 % (1 in the training year, falling to 0 over five years).
 *
 * @example
 * Math.round(handGrade({ permTotal: 10, filingsInRole: 10, certifiedInRole: 10, yearsWithFilings: 5, yearsCovered: 5, lastFiscalYear: 2023, trainThrough: 2023 }, 10)); // => 100
 */
export function handGrade(x: BaselineInputs, maxFilingsInRole: number): number {
  const approval = x.filingsInRole > 0 ? x.certifiedInRole / x.filingsInRole : 0;
  const volume = maxFilingsInRole > 0 ? Math.log1p(x.filingsInRole) / Math.log1p(maxFilingsInRole) : 0;
  const consistency = x.yearsCovered > 0 ? x.yearsWithFilings / x.yearsCovered : 0;
  const recency = x.lastFiscalYear > 0 ? Math.max(0, 1 - (x.trainThrough - x.lastFiscalYear) / 5) : 0;
  return 100 * (0.4 * approval + 0.3 * volume + 0.2 * consistency + 0.1 * recency);
}

/**
 * A baseline's score for one employer and role.
 *
 * @example
 * baselineScore("rawCertifiedInSoc", { permTotal: 10, filingsInRole: 4, certifiedInRole: 3, yearsWithFilings: 2, yearsCovered: 5, lastFiscalYear: 2022, trainThrough: 2023 }, 10); // => 3
 */
export function baselineScore(name: Baseline, x: BaselineInputs, maxFilingsInRole: number): number {
  switch (name) {
    case "rawPermCount":
      return x.permTotal;
    case "rawCertifiedInSoc":
      return x.certifiedInRole;
    case "handGrade":
      return handGrade(x, maxFilingsInRole);
  }
}
