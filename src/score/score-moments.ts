/**
 * The core arithmetic of a score. For an employer × SOC pair with features x and weighted filings N
 * over exposure E, the activity rate has posterior Gamma(a, b) with `a = α + N`, `b = α/μ + E`,
 * `μ = exp(θ·x)`; the certification rate q has posterior mean and variance from Beta(a_q + C, b_q + N − C);
 * the modifiers multiply by f; over a horizon of H years the number of certified filings K has mean
 * `H f q a/b` and, mixing over λ and q, second moment `H² f² E[q²] a(a+1)/b²`. A role's SOC codes add
 * up (means and variances), the total is matched to a Gamma(A, B), and
 *
 *   P(K ≥ 1) = 1 − (B / (B + 1))^A,
 *
 * exact (the negative-binomial zero) for one code with q known. The interval is the 5–95 % range of
 * `1 − e^(−Λ)` for Λ ~ Gamma(A, B): the uncertainty of the employer's rate, not of the next year's luck.
 *
 * @module
 */
import { FEATURE_COUNT, ACTIVITY_FEATURES } from "./fit-activity-prior";
import type { ScoreModel } from "./fit-score-model";
import { type ModifierShares, type ModifierSwitches, modifierShares } from "./modifier-shares";
import { type PairCounts, pairCounts, pairFeatures } from "./pair-features";
import type { ResolvedRole } from "./resolve-role";
import { gammaQuantile } from "./special-functions";

/** How to score: horizon and which modifiers apply (the pipeline is a model option). */
export interface ScoreSettings extends ModifierSwitches {
  /** Use the certification rate (denials, withdrawals); off scores "files a PERM" in any outcome. */
  readonly risk: boolean;
  readonly horizonYears: number;
}

/** The moments of one employer × SOC pair. */
export interface PairMoments {
  readonly soc: number;
  readonly counts: PairCounts;
  /** Prior mean rate (per year), and its parts: base, related occupations, pipeline (multipliers). */
  readonly priorMean: number;
  readonly base: number;
  readonly related: number;
  readonly pipeline: number;
  /** Posterior Gamma(a, b) of the filing rate per year. */
  readonly a: number;
  readonly b: number;
  readonly certification: number;
  readonly shares: ModifierShares;
  /** Expected filings (any outcome) and certified filings over the horizon, with modifiers. */
  readonly filings: number;
  readonly mean: number;
  readonly variance: number;
  /** Expected certified filings and variance without the location, education and wage modifiers. */
  readonly meanOccupation: number;
  readonly varianceOccupation: number;
}

const FEATURES = new Float64Array(FEATURE_COUNT);

/**
 * The moments of a pair from its counts (see {@link pairCounts}).
 *
 * @example
 * const model = scoreModelFor(index);
 * const role = resolveRole(model, parseRole({ soc: "15-1252" }));
 * const s = index.socs.indexOf("15-1252");
 * pairMoments(model, role, 0, s, pairCounts(model.table, 0, s), { location: true, education: true, wage: true, risk: true, horizonYears: 1 }).mean >= 0; // => true
 */
export function pairMoments(model: ScoreModel, role: ResolvedRole, unit: number, soc: number, counts: PairCounts, s: ScoreSettings): PairMoments {
  const th = model.priors.activity.coefficients;
  const alpha = model.priors.activity.shape;
  const E = model.window.exposure;
  const c: PairCounts = model.pipeline ? counts : { ...counts, lca: 0, lcaOther: 0, pw: 0 };
  pairFeatures(c, E, model.socBase[soc]!, FEATURES);
  let base = 0;
  let related = 0;
  let pipeline = 0;
  ACTIVITY_FEATURES.forEach((f, j) => {
    const v = th[f] * FEATURES[j]!;
    if (f === "intercept" || f === "socBase") base += v;
    else if (f === "lca" || f === "lcaOther" || f === "pw") pipeline += v;
    else related += v;
  });
  const priorMean = Math.exp(base + related + pipeline);
  const a = alpha + counts.perm;
  const b = alpha / priorMean + E[0];
  const q = s.risk ? model.certMean[unit]! : 1;
  const qv = s.risk ? model.certVar[unit]! : 0;
  const shares = modifierShares(model, role, unit, soc, counts.entry, s);
  const f = shares.location * shares.education * shares.wage;
  const H = s.horizonYears;
  const lam = a / b;
  const second = (a * (a + 1)) / (b * b) * (qv + q * q) * H * H;
  const meanOccupation = H * q * lam;
  const varianceOccupation = Math.max(0, second - meanOccupation * meanOccupation);
  return {
    soc, counts, priorMean, base: Math.exp(base), related: Math.exp(related), pipeline: Math.exp(pipeline), a, b, certification: q, shares,
    filings: H * f * lam,
    mean: meanOccupation * f,
    variance: varianceOccupation * f * f,
    meanOccupation,
    varianceOccupation,
  };
}

/**
 * P(at least one event) when the event count is mixed-Poisson with a Gamma-distributed mean of the
 * given mean and variance (moment-matched); 1 − e^(−mean) when the variance is 0.
 *
 * @example
 * Math.round(atLeastOne(1, 0) * 1000) / 1000; // => 0.632
 * Math.round(atLeastOne(1, 1) * 1000) / 1000; // => 0.5
 */
export function atLeastOne(mean: number, variance: number): number {
  if (!(mean > 0)) return 0;
  if (!(variance > 1e-12 * mean * mean)) return -Math.expm1(-mean);
  const A = (mean * mean) / variance;
  const B = mean / variance;
  return -Math.expm1(-A * Math.log1p(1 / B));
}

/**
 * The 5–95 % interval of the probability `1 − e^(−Λ)`, Λ ~ Gamma with the given mean and variance.
 *
 * @example
 * atLeastOneInterval(1, 0).map((v) => Math.round(v * 1000) / 1000); // => [0.632, 0.632]
 */
export function atLeastOneInterval(mean: number, variance: number, level = 0.9): [number, number] {
  if (!(mean > 0)) return [0, 0];
  if (!(variance > 1e-12 * mean * mean)) {
    const p = -Math.expm1(-mean);
    return [p, p];
  }
  const A = (mean * mean) / variance;
  const B = mean / variance;
  const tail = (1 - level) / 2;
  return [-Math.expm1(-gammaQuantile(tail, A, B)), -Math.expm1(-gammaQuantile(1 - tail, A, B))];
}

/** The combined probability of a resolved role for one unit: Σ over components of weight × P(union of its SOCs). */
export interface RoleMoments {
  readonly probability: number;
  readonly occupationProbability: number;
  readonly interval: [number, number];
  readonly expectedFilings: number;
  readonly expectedCertified: number;
  readonly pairs: readonly PairMoments[];
}

/**
 * Score every SOC of a role for one unit and combine them.
 *
 * @example
 * const model = scoreModelFor(index);
 * const role = resolveRole(model, parseRole({ soc: "15-1252" }));
 * const r = roleMoments(model, role, 0, { location: true, education: true, wage: true, risk: true, horizonYears: 1 }, true);
 * r.probability >= r.interval[0] && r.probability <= 1; // => true
 */
export function roleMoments(
  model: ScoreModel,
  role: ResolvedRole,
  unit: number,
  s: ScoreSettings,
  withInterval: boolean,
  countsOf: (soc: number) => PairCounts = (soc) => pairCounts(model.table, unit, soc),
): RoleMoments {
  let probability = 0;
  let occupationProbability = 0;
  let lo = 0;
  let hi = 0;
  let expectedFilings = 0;
  let expectedCertified = 0;
  const pairs: PairMoments[] = [];
  for (const comp of role.components) {
    let m = 0;
    let v = 0;
    let mo = 0;
    let vo = 0;
    for (const soc of comp.socs) {
      const p = pairMoments(model, role, unit, soc, countsOf(soc), s);
      pairs.push(p);
      m += p.mean;
      v += p.variance;
      mo += p.meanOccupation;
      vo += p.varianceOccupation;
      expectedFilings += comp.weight * p.filings;
    }
    expectedCertified += comp.weight * m;
    probability += comp.weight * atLeastOne(m, v);
    occupationProbability += comp.weight * atLeastOne(mo, vo);
    if (withInterval) {
      const [l, h] = atLeastOneInterval(m, v);
      lo += comp.weight * l;
      hi += comp.weight * h;
    }
  }
  return { probability, occupationProbability, interval: [lo, hi], expectedFilings, expectedCertified, pairs };
}
