/**
 * Smoothed shares for the modifiers (where the employer files, at what education and wage level), in
 * two Dirichlet levels with one concentration κ: the employer's share of category c in an occupation is
 *
 *   π_c = (n_c + κ p̃_c) / (n + κ),   p̃_c = (m_c + κ p_c) / (m + κ),
 *
 * where n counts its PERM filings in the occupation, m its other filings (any program or occupation),
 * and p_c the population's share among the occupation's PERM filings. So a big filer's own mix
 * dominates, a small one is pulled towards its other filings and then towards everyone's. κ is fitted
 * by maximizing the Dirichlet-multinomial marginal likelihood of employers' occupation counts.
 *
 * @module
 */
import { maximizeOnInterval } from "./optimize";
import { logGamma } from "./special-functions";
import type { PopulationShares } from "./unit-attrs";

/**
 * The two-level smoothed share of one category.
 *
 * @example
 * categoryShare(9, 10, 0, 0, 0.1, 2); // => 0.7666666666666666
 * categoryShare(0, 0, 0, 0, 0.1, 2);  // => 0.1
 */
export function categoryShare(nc: number, n: number, mc: number, m: number, pc: number, kappa: number): number {
  const prior = (mc + kappa * pc) / (m + kappa);
  return (nc + kappa * prior) / (n + kappa);
}

/**
 * A population share with add-½ smoothing over `categories` possible values (never 0).
 *
 * @example
 * populationShare({ counts: new Map([[1, 3]]), total: 3 }, 1, 4); // => 0.7
 */
export function populationShare(pop: PopulationShares, value: number, categories: number): number {
  return ((pop.counts.get(value) ?? 0) + 0.5) / (pop.total + 0.5 * categories);
}

/** One employer × occupation for fitting κ: its counts n_c (> 0 only), other-filing counts m_c and population shares p_c. */
export interface ConcentrationRow {
  readonly n: number;
  readonly m: number;
  readonly cats: readonly { readonly n: number; readonly m: number; readonly p: number }[];
}

/**
 * The concentration κ maximizing the Dirichlet-multinomial likelihood of the rows (in [0.05, 500];
 * 4 when there are no rows).
 *
 * @example
 * const rows = [{ n: 10, m: 0, cats: [{ n: 10, m: 0, p: 0.5 }] }, { n: 10, m: 0, cats: [{ n: 5, m: 0, p: 0.5 }, { n: 5, m: 0, p: 0.5 }] }];
 * fitConcentration(rows) > 0; // => true
 */
export function fitConcentration(rows: readonly ConcentrationRow[]): number {
  if (rows.length === 0) return 4;
  const ll = (logKappa: number): number => {
    const k = Math.exp(logKappa);
    let s = 0;
    for (const r of rows) {
      s += logGamma(k) - logGamma(r.n + k);
      for (const c of r.cats) {
        const a = k * ((c.m + k * c.p) / (r.m + k));
        s += logGamma(c.n + a) - logGamma(a);
      }
    }
    return s;
  };
  const best = maximizeOnInterval(ll, Math.log(0.05), Math.log(500), 1e-6);
  return Math.round(Math.exp(best) * 1e4) / 1e4;
}
