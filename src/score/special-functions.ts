/**
 * The special functions the model needs: log-gamma, digamma, the regularized lower incomplete gamma
 * function and its inverse (Gamma quantiles). Plain numerics (Lanczos; series and continued fraction
 * as in Numerical Recipes), accurate to about 1e-10 in the ranges the model uses.
 *
 * @module
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046727;

/**
 * The natural log of the gamma function, for x > 0.
 *
 * @example
 * Math.round(logGamma(5) * 1e9) / 1e9; // => 3.178053830
 * logGamma(1); // => 0
 */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * The digamma function ψ(x) = d/dx log Γ(x), for x > 0.
 *
 * @example
 * Math.round(digamma(1) * 1e6) / 1e6; // => -0.577216
 */
export function digamma(x: number): number {
  let r = 0;
  while (x < 6) {
    r -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  return r + Math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}

/**
 * The trigamma function ψ₁(x) = d²/dx² log Γ(x), for x > 0.
 *
 * @example
 * Math.round(trigamma(1) * 1e6) / 1e6; // => 1.644934
 */
export function trigamma(x: number): number {
  let r = 0;
  while (x < 6) {
    r += 1 / (x * x);
    x += 1;
  }
  const f = 1 / (x * x);
  return r + 1 / x + f / 2 + (f / x) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)));
}

/**
 * The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a): the CDF at `x` of a
 * Gamma(shape a, rate 1) variable.
 *
 * @example
 * Math.round(gammaCdf(1, 1) * 1e6) / 1e6; // => 0.632121
 */
export function gammaCdf(a: number, x: number): number {
  if (x <= 0) return 0;
  if (!Number.isFinite(x)) return 1;
  const lead = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 500; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.min(1, sum * Math.exp(lead));
  }
  // Continued fraction for Q(a, x) (modified Lentz).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - Math.exp(lead) * h);
}

/**
 * The `p` quantile of a Gamma(shape `a`, rate `b`) distribution (Wilson–Hilferty start, then
 * safeguarded Newton steps on {@link gammaCdf}).
 *
 * @example
 * Math.round(gammaQuantile(0.5, 1, 1) * 1e6) / 1e6; // => 0.693147
 * gammaQuantile(0, 2, 1); // => 0
 */
export function gammaQuantile(p: number, a: number, b = 1): number {
  if (!(p > 0)) return 0;
  if (p >= 1) return Infinity;
  // Start: Wilson–Hilferty for a ≥ 1; for small a, the lower tail γ(a,x) ≈ x^a / (a Γ(a)).
  let x: number;
  if (a >= 1) {
    const z = normalQuantile(p);
    const c = 1 / (9 * a);
    x = Math.max(1e-8, a * Math.pow(1 - c + z * Math.sqrt(c), 3));
  } else {
    const t = 1 - a * (0.253 + a * 0.12);
    x = p < t ? Math.pow(p / t, 1 / a) : 1 - Math.log(1 - (p - t) / (1 - t));
  }
  let lo = 0;
  let hi = Infinity;
  const logGa = logGamma(a);
  for (let i = 0; i < 200; i++) {
    const f = gammaCdf(a, x) - p;
    if (Math.abs(f) < 1e-13 * Math.max(p, 1e-300)) break;
    if (f < 0) lo = x;
    else hi = x;
    // Newton on log x (x can be as small as 1e-100 for a small shape): d/d(log x) P(a, x) = x · density.
    const slope = Math.exp(a * Math.log(x) - x - logGa);
    let next = slope > 0 ? x * Math.exp(Math.max(-50, Math.min(50, -f / slope))) : NaN;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) next = hi === Infinity ? 2 * x + 1 : lo === 0 ? hi / 16 : Math.sqrt(lo * hi);
    if (Math.abs(next - x) <= 1e-15 * x) {
      x = next;
      break;
    }
    x = next;
  }
  return x / b;
}

/**
 * The `p` quantile of the standard normal distribution (Acklam's rational approximation, |error| < 1.2e-9).
 *
 * @example
 * Math.round(normalQuantile(0.975) * 1e4) / 1e4; // => 1.96
 */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lowP = 0.02425;
  if (p < lowP) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lowP) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}
