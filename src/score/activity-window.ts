/**
 * The time frame of a score: which decision fiscal years the model may see at an as-of date, how much of
 * each year the index covers, the PERM decision lag, recency weights and the resulting exposures.
 *
 * PERM filings are bucketed by the fiscal year they were *received* (when the employer acted), not
 * decided: a receipt takes 6–18 months to decide, so of the applications received in the latest
 * years only a part is visible yet. The expected visible share of receipt year `a` is
 * `c(a) = Σ_k lag[k] · coverage(a + k)`, where `lag[k]` is the share of PERM decisions made `k` fiscal
 * years after receipt (from the index's processing times) and `coverage(d)` the share of decision
 * year `d` the index holds (0 for a year without a file, the elapsed share for the current year).
 * A receipt year counts with recency weight `w(a) = 2^(−(asOf − midpoint(a)) / halfLife)`, and the
 * PERM exposure is `E = Σ_a w(a) · c(a)` effective years. LCA and PW decisions come days after
 * receipt, so they are bucketed by decision year with exposure `Σ_d w(d) · coverage(d)`.
 *
 * @module
 */
import type { IsoDate } from "../datasets/filing";
import { daysBinRange } from "../sponsors/bins";
import { dayNumber } from "../sponsors/day-number";
import { ATTR_DAYS, type SponsorIndex } from "../sponsors/sponsor-index";

/** Programs by id, as the index stores them: PERM 0, LCA 1, PW 2. */
export const PERM = 0;
export const LCA = 1;
export const PW = 2;

/** Most fiscal years between receipt and decision that the lag distribution keeps. */
const MAX_LAG = 5;
const DAYS_PER_YEAR = 365.25;
/** Used when the index holds no PERM processing times (about the FY2016–FY2025 pattern). */
const DEFAULT_LAG: readonly number[] = [0.3, 0.6, 0.1];

/** The time frame of a fitted model. */
export interface ActivityWindow {
  /** The date the prediction is made at; the horizon starts the next day. */
  readonly asOf: IsoDate;
  /** Last decision fiscal year the model sees. */
  readonly dataFiscalYear: number;
  /** First decision fiscal year with data (any program), or `dataFiscalYear` when none. */
  readonly firstFiscalYear: number;
  readonly halfLifeYears: number;
  /** Share of PERM decisions made k fiscal years after receipt, k = 0, 1, … */
  readonly lagShares: readonly number[];
  /** Share of each decision fiscal year the index covers, per program (PERM, LCA, PW), from `firstFiscalYear - MAX_LAG`. */
  readonly coverage: readonly (readonly number[])[];
  /** Effective years of observation per program (PERM by receipt year; LCA and PW by decision year). */
  readonly exposure: readonly [number, number, number];
  /** Factor on PERM weights that makes weighted counts as informative as raw Poisson counts: Σ w c / Σ w² c. */
  readonly permScale: number;
  /** Fiscal year of `coverage[p][0]` and of the weight tables. */
  readonly baseFiscalYear: number;
  /** Recency weight of a fiscal year (index `fy - baseFiscalYear`). */
  readonly yearWeight: Float64Array;
  /** Weight of a PERM decision in decision year d whose receipt year is unknown: Σ_k lag[k] w(d - k). */
  readonly spreadWeight: Float64Array;
}

/**
 * The fiscal year (Oct 1 – Sep 30) of an ISO date.
 *
 * @example
 * fiscalYearOfDate("2024-10-01"); // => 2025
 * fiscalYearOfDate("2024-09-30"); // => 2024
 */
export function fiscalYearOfDate(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 10 ? y + 1 : y;
}

/**
 * The share of PERM decisions made 0, 1, 2 … fiscal years after the fiscal year of receipt, from the
 * index's PERM processing times (receipt → decision days) with receipts spread evenly over a year.
 *
 * @example
 * lagShares(index).length > 0; // => true
 */
export function lagShares(index: SponsorIndex): number[] {
  const { groups, attrs } = index;
  const hist = new Map<number, number>();
  let total = 0;
  for (let g = 0; g < groups.node.length; g++) {
    if (groups.program[g] !== PERM) continue;
    for (let a = groups.attrStart[g]!; a < groups.attrStart[g + 1]!; a++) {
      if (attrs.kind[a] !== ATTR_DAYS) continue;
      hist.set(attrs.value[a]!, (hist.get(attrs.value[a]!) ?? 0) + attrs.count[a]!);
      total += attrs.count[a]!;
    }
  }
  if (total === 0) return [...DEFAULT_LAG];
  const shares = new Array<number>(MAX_LAG + 1).fill(0);
  for (const [bin, n] of hist) {
    const [from, to] = daysBinRange(bin);
    const years = Math.max(0, (from + to) / 2) / DAYS_PER_YEAR;
    const k = Math.min(MAX_LAG, Math.floor(years));
    const r = years - Math.floor(years);
    // A receipt at a uniform point of its year lands k years later with probability 1 − r, k + 1 with r.
    shares[k]! += (n * (1 - r)) / total;
    shares[Math.min(MAX_LAG, k + 1)]! += (n * r) / total;
  }
  while (shares.length > 1 && shares[shares.length - 1]! === 0) shares.pop();
  return shares;
}

/** Options of {@link activityWindow}. */
export interface ActivityWindowOptions {
  readonly asOf?: string | undefined;
  readonly halfLifeYears: number;
}

/**
 * The time frame of a model fitted at `asOf` (default: the index's data-as-of date). The model sees
 * decision fiscal years up to the one holding `min(asOf, index.asOf)`; when `asOf` falls inside a fiscal
 * year the index covers beyond it, that year is left out (the index keeps fiscal years, not dates).
 *
 * @example
 * activityWindow(index, { asOf: "2024-09-30", halfLifeYears: 3 }).dataFiscalYear; // => 2024
 */
export function activityWindow(index: SponsorIndex, options: ActivityWindowOptions): ActivityWindow {
  const totals = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  const { groups, cells } = index;
  let maxFy = 0;
  let minFy = Infinity;
  for (let g = 0; g < groups.node.length; g++) {
    const t = totals[groups.program[g]!]!;
    for (let k = groups.cellStart[g]!; k < groups.cellStart[g + 1]!; k++) {
      const d = cells.decisionFy[k]!;
      if (d === 0) continue;
      t.set(d, (t.get(d) ?? 0) + cells.count[k]!);
      if (d > maxFy) maxFy = d;
      if (d < minFy) minFy = d;
    }
  }
  const indexAsOf: string = index.asOf ?? (maxFy > 0 ? `${maxFy}-09-30` : "1970-09-30");
  const asOf = (options.asOf ?? indexAsOf) as IsoDate;
  let dataFy: number;
  let lastShare = 1;
  if (asOf >= indexAsOf) {
    dataFy = fiscalYearOfDate(indexAsOf);
    lastShare = elapsedShare(indexAsOf);
  } else {
    dataFy = asOf.slice(5) === "09-30" ? fiscalYearOfDate(asOf) : fiscalYearOfDate(asOf) - 1;
  }
  const firstFy = Number.isFinite(minFy) ? Math.min(minFy, dataFy) : dataFy;
  const lag = lagShares(index);
  const base = firstFy - lag.length;
  const span = dataFy - base + 1;
  const coverage = totals.map((t) => {
    const c = new Array<number>(span).fill(0);
    for (let fy = base; fy <= dataFy; fy++) if ((t.get(fy) ?? 0) > 0) c[fy - base] = fy === dataFy ? lastShare : 1;
    return c;
  });
  const tau = dayNumber(asOf);
  const h = options.halfLifeYears;
  const yearWeight = new Float64Array(span);
  for (let i = 0; i < span; i++) {
    const age = (tau - dayNumber(`${base + i}-04-01`)) / DAYS_PER_YEAR;
    yearWeight[i] = Number.isFinite(h) ? Math.pow(0.5, Math.max(0, age) / h) : 1;
  }
  const spreadWeight = new Float64Array(span);
  for (let i = 0; i < span; i++) {
    let s = 0;
    for (let k = 0; k < lag.length; k++) s += lag[k]! * (i - k >= 0 ? yearWeight[i - k]! : yearWeight[0]!);
    spreadWeight[i] = s;
  }
  let permExposure = 0;
  let permSquares = 0;
  for (let a = 0; a < span; a++) {
    let visible = 0;
    for (let k = 0; k < lag.length && a + k < span; k++) visible += lag[k]! * coverage[PERM]![a + k]!;
    permExposure += yearWeight[a]! * visible;
    permSquares += yearWeight[a]! * yearWeight[a]! * visible;
  }
  // Weighted counts are under-dispersed (variance λ Σw²c, mean λ Σwc): scale PERM weights by Σwc / Σw²c so
  // that they carry the information of as many Poisson filings (1 when nothing is discounted).
  const permScale = permSquares > 0 ? permExposure / permSquares : 1;
  const decisionExposure = (p: number) => coverage[p]!.reduce((s, c, i) => s + c * yearWeight[i]!, 0);
  return {
    asOf,
    dataFiscalYear: dataFy,
    firstFiscalYear: firstFy,
    halfLifeYears: h,
    lagShares: lag,
    coverage,
    exposure: [permExposure * permScale, decisionExposure(LCA), decisionExposure(PW)],
    permScale,
    baseFiscalYear: base,
    yearWeight,
    spreadWeight,
  };
}

function elapsedShare(iso: string): number {
  const fy = fiscalYearOfDate(iso);
  const start = dayNumber(`${fy - 1}-10-01`);
  const end = dayNumber(`${fy}-09-30`);
  return Math.min(1, Math.max(0, (dayNumber(iso) - start + 1) / (end - start + 1)));
}

/**
 * The recency weight of one case: PERM by receipt fiscal year (or spread over likely receipt years
 * when only the decision year is known), LCA and PW by decision year; 0 outside the window.
 *
 * @example
 * const w = activityWindow(index, { halfLifeYears: 3 });
 * caseWeight(w, 1, w.dataFiscalYear + 1, 0); // => 0
 */
export function caseWeight(w: ActivityWindow, program: number, decisionFy: number, receivedFy: number): number {
  const last = w.dataFiscalYear;
  if (decisionFy > last) return 0;
  if (decisionFy === 0 && (receivedFy === 0 || receivedFy > last)) return 0;
  if (program === PERM) {
    if (receivedFy > 0) return (w.yearWeight[Math.max(0, receivedFy - w.baseFiscalYear)] ?? 0) * w.permScale;
    return (w.spreadWeight[Math.max(0, decisionFy - w.baseFiscalYear)] ?? 0) * w.permScale;
  }
  return w.yearWeight[Math.max(0, (decisionFy || receivedFy) - w.baseFiscalYear)] ?? 0;
}
