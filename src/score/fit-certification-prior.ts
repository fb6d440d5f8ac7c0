/**
 * Fit the Beta prior of employers' PERM certification rates by maximum marginal likelihood: each
 * employer's certified count c of n decided filings (recency-weighted, so not necessarily whole) is
 * beta-binomial, c ~ BetaBinomial(n, a, b). The posterior mean `(a + c) / (a + b + n)` then shrinks
 * a 1-of-1 record towards the population rate, and leaves a 95-of-100 record near 95 %.
 *
 * @module
 */
import { maximizeSimplex } from "./optimize";
import { logGamma } from "./special-functions";

/** Beta(a, b) prior of certification rates. */
export interface CertificationPrior {
  readonly a: number;
  readonly b: number;
}

/**
 * Fit (a, b) from certified and decided counts (equal-length arrays); rows with nothing decided are skipped.
 * With too little data it returns the weak prior Beta(9, 1) (mean 90 %, worth 10 filings).
 *
 * @example
 * const p = fitCertificationPrior(Float64Array.of(9, 18, 27, 5), Float64Array.of(10, 20, 30, 10));
 * p.a / (p.a + p.b) > 0.7; // => true
 */
export function fitCertificationPrior(certified: ArrayLike<number>, decided: ArrayLike<number>, weight?: ArrayLike<number>): CertificationPrior {
  const rows: number[] = [];
  for (let i = 0; i < decided.length; i++) if (decided[i]! > 0) rows.push(i);
  if (rows.length < 3) return { a: 9, b: 1 };
  const ll = ([la, lb]: readonly number[]): number => {
    const a = Math.exp(la!);
    const b = Math.exp(lb!);
    const base = logGamma(a + b) - logGamma(a) - logGamma(b);
    let s = 0;
    for (const i of rows) {
      const c = Math.min(certified[i]!, decided[i]!);
      const n = decided[i]!;
      s += (weight ? weight[i]! : 1) * (base + logGamma(c + a) + logGamma(n - c + b) - logGamma(n + a + b));
    }
    return s;
  };
  const [la, lb] = maximizeSimplex(ll, [Math.log(9), Math.log(1)], 0.7);
  const clamp = (v: number) => Math.round(Math.min(1e4, Math.max(0.05, Math.exp(v))) * 1e6) / 1e6;
  return { a: clamp(la!), b: clamp(lb!) };
}
