/**
 * Fit the Gamma prior of PERM activity rates by maximum marginal likelihood (empirical Bayes): each
 * employer × occupation pair has a rate λ ~ Gamma(shape α, mean μ), its recency-weighted filings
 * y | λ ~ Poisson(λ E), so marginally y ~ NegativeBinomial(α, mean μE), with
 * `log μ = θ · x` over the pair's features (related occupations, H-1B pipeline, the occupation's base
 * rate). Newton steps on (θ, log α) jointly (observed information), with the feature
 * coefficients kept ≥ 0 so more related activity never lowers a prior, and held by a weak N(0, 2²)
 * hyperprior (it matters only for tiny indexes).
 *
 * @module
 */
import { digamma, logGamma, trigamma } from "./special-functions";
import { solveSymmetric } from "./optimize";

/**
 * The features of an employer × occupation pair, in order (the activity prior's coefficients follow it).
 *
 * @example
 * ACTIVITY_FEATURES.length; // => 8
 * ACTIVITY_FEATURES[0]; // => "intercept"
 */
export const ACTIVITY_FEATURES = ["intercept", "broad", "minor", "other", "lca", "lcaOther", "pw", "socBase"] as const;
/** One of {@link ACTIVITY_FEATURES}. */
export type ActivityFeature = (typeof ACTIVITY_FEATURES)[number];
/** Number of features. */
export const FEATURE_COUNT = ACTIVITY_FEATURES.length;

/** A fitted activity prior: Gamma shape and the log-mean coefficients. */
export interface ActivityPrior {
  /** Gamma shape α: small values mean rates vary a lot between similar employers (less shrinkage). */
  readonly shape: number;
  /** Coefficients of `log μ` (per year), by feature. */
  readonly coefficients: Readonly<Record<ActivityFeature, number>>;
}

/** Fit rows: features (row-major, FEATURE_COUNT per row), weighted counts and row weights. */
export interface ActivityRows {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly weight: Float64Array;
}

/** Diagnostics of a fit. */
export interface ActivityFit {
  readonly prior: ActivityPrior;
  readonly logLikelihood: number;
  readonly rows: number;
  readonly iterations: number;
}

const MIN_SHAPE = 0.02;
/** A weak N(0, 2²) hyperprior on the feature coefficients: negligible with real volumes, it keeps a fit on a few dozen employers sane. */
const PRIOR_VARIANCE = 4;
const MAX_SHAPE = 200;

/**
 * Fit α and θ on rows with a common exposure `E` (effective years). Features not in `free` stay at 0
 * (the intercept and socBase are always free).
 *
 * @example
 * const rows = { x: Float64Array.of(1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0), y: Float64Array.of(0, 4), weight: Float64Array.of(1, 1) };
 * Math.round(Math.exp(fitActivityPrior(rows, 2).prior.coefficients.intercept) * 100) / 100; // => 1
 */
export function fitActivityPrior(rows: ActivityRows, exposure: number, free: ReadonlySet<ActivityFeature> = new Set(ACTIVITY_FEATURES)): ActivityFit {
  const F = FEATURE_COUNT;
  const n = rows.y.length;
  const { x, y, weight } = rows;
  const isFree = ACTIVITY_FEATURES.map((f, j) => j === 0 || j === F - 1 || free.has(f));
  // Drop features that never vary from 0 in the rows (nothing to learn), keep the rest.
  for (let j = 1; j < F; j++) {
    if (!isFree[j]) continue;
    let any = false;
    for (let i = 0; i < n && !any; i++) if (x[i * F + j] !== 0) any = true;
    if (!any) isFree[j] = false;
  }
  const theta = new Array<number>(F).fill(0);
  let sy = 0;
  let sw = 0;
  for (let i = 0; i < n; i++) {
    sy += weight[i]! * y[i]!;
    sw += weight[i]!;
  }
  const E = Math.max(exposure, 1e-9);
  theta[0] = Math.log(Math.max(sy, 1e-6) / (sw * E));
  let alpha = 0.5;
  const logLik = (th: readonly number[], a: number): number => {
    let ll = 0;
    const la = logGamma(a);
    for (let i = 0; i < n; i++) {
      let e = 0;
      for (let j = 0; j < F; j++) e += x[i * F + j]! * th[j]!;
      const m = E * Math.exp(e);
      const yi = y[i]!;
      let li = a * Math.log(a / (a + m));
      if (yi > 0) li += logGamma(yi + a) - la + yi * Math.log(m / (a + m));
      ll += weight[i]! * li;
    }
    for (let j = 1; j < F - 1; j++) ll -= (th[j]! * th[j]!) / (2 * PRIOR_VARIANCE);
    return ll;
  };
  let ll = logLik(theta, alpha);
  let iterations = 0;
  const P = F + 1; // θ and u = log α
  for (let it = 0; it < 100; it++) {
    iterations = it + 1;
    // Gradient and observed Hessian in (θ, log α).
    const g = new Array<number>(P).fill(0);
    const h = new Array<number>(P * P).fill(0);
    const da = digamma(alpha);
    const ta = trigamma(alpha);
    for (let i = 0; i < n; i++) {
      let e = 0;
      for (let j = 0; j < F; j++) e += x[i * F + j]! * theta[j]!;
      const m = E * Math.exp(e);
      const yi = y[i]!;
      const wi = weight[i]!;
      const am = alpha + m;
      const gEta = (alpha * (yi - m)) / am;
      const hEta = (alpha * m * (alpha + yi)) / (am * am); // −∂²ℓ/∂η², always ≥ 0
      let gA = Math.log(alpha / am) + 1 - (alpha + yi) / am;
      let hA = 1 / alpha - 1 / am - (m - yi) / (am * am);
      if (yi > 0) {
        gA += digamma(yi + alpha) - da;
        hA += trigamma(yi + alpha) - ta;
      }
      const gU = alpha * gA;
      const hU = alpha * alpha * hA + gU;
      const hEtaU = (alpha * (yi - m) * m) / (am * am);
      for (let j = 0; j < F; j++) {
        const xj = x[i * F + j]!;
        if (xj === 0) continue;
        g[j]! += wi * gEta * xj;
        for (let k = 0; k <= j; k++) h[j * P + k]! += wi * hEta * xj * x[i * F + k]!;
        h[F * P + j]! -= wi * hEtaU * xj;
      }
      g[F]! += wi * gU;
      h[F * P + F]! -= wi * hU;
    }
    for (let j = 1; j < F - 1; j++) {
      g[j]! -= theta[j]! / PRIOR_VARIANCE;
      h[j * P + j]! += 1 / PRIOR_VARIANCE;
    }
    // Newton system on the free, non-blocked coordinates (h holds −∂²ℓ, lower triangle).
    const use = [...ACTIVITY_FEATURES.map((_, j) => isFree[j]! && !(j > 0 && j < F - 1 && theta[j]! <= 0 && g[j]! <= 0)), true];
    const idx = use.flatMap((a, j) => (a ? [j] : []));
    const k = idx.length;
    const hk = new Array<number>(k * k);
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        const ja = idx[a]!;
        const jb = idx[b]!;
        hk[a * k + b] = ja >= jb ? h[ja * P + jb]! : h[jb * P + ja]!;
      }
    }
    if (!(h[F * P + F]! > 0)) {
      // Not concave in log α here: take a gradient step in α only.
      for (let a = 0; a < k - 1; a++) hk[a * k + k - 1] = hk[(k - 1) * k + a] = 0;
      hk[k * k - 1] = Math.abs(g[F]!) + 1;
    }
    const step = solveSymmetric(hk, idx.map((j) => g[j]!));
    let t = 1;
    let moved = false;
    const before = ll;
    for (let tries = 0; tries < 40; tries++) {
      const next = [...theta];
      let nextAlpha = alpha;
      idx.forEach((j, a) => {
        if (j === F) nextAlpha = Math.min(MAX_SHAPE, Math.max(MIN_SHAPE, alpha * Math.exp(Math.max(-2, Math.min(2, t * step[a]!)))));
        else {
          next[j] = theta[j]! + t * step[a]!;
          if (j > 0 && j < F - 1 && next[j]! < 0) next[j] = 0;
        }
      });
      const nl = logLik(next, nextAlpha);
      if (nl >= ll) {
        for (let j = 0; j < F; j++) theta[j] = next[j]!;
        alpha = nextAlpha;
        moved = nl > ll;
        ll = nl;
        break;
      }
      t /= 2;
    }
    (globalThis as any).TRACE?.push([it, ll, alpha, t, k, theta.map(v=>+v.toFixed(3)).join(',')]);
    if (!moved || Math.abs(ll - before) <= 1e-11 * (1 + Math.abs(ll))) break;
  }
  const coefficients = Object.fromEntries(ACTIVITY_FEATURES.map((f, j) => [f, round(theta[j]!)])) as Record<ActivityFeature, number>;
  return { prior: { shape: round(alpha), coefficients }, logLikelihood: ll, rows: n, iterations };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
