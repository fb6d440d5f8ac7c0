/**
 * Seeded pseudo-random numbers for the sample generator: sfc32 seeded through splitmix32.
 * Everything random in `src/generate` draws from an {@link Rng} passed in explicitly, so the same seed
 * always gives byte-identical files. Never `Math.random`.
 */

/** A stream of uniform numbers in [0, 1). */
export interface Rng {
  next(): number;
}

/** 32-bit string hash (FNV-1a), used to derive independent sub-seeds from labels. */
function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A sub-seed for one purpose, e.g. `deriveSeed(seed, "file", "PERM_FY2017")`. Streams with different
 * labels are independent, so adding a file never shifts the values of another.
 *
 * @example
 * deriveSeed(1, "world") === deriveSeed(1, "world"); // => true
 */
export function deriveSeed(seed: number, ...labels: readonly (string | number)[]): number {
  let h = seed >>> 0;
  for (const label of labels) h = hashString(String(label), h ^ 0x9e3779b9);
  return h >>> 0;
}

/**
 * Mix two 32-bit integers into a seed (murmur3 finaliser): a cheap `deriveSeed` for numeric labels in hot loops.
 *
 * @example
 * mixSeed(1, 2) === mixSeed(1, 2); // => true
 */
export function mixSeed(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Create a seeded generator (sfc32).
 *
 * @example
 * const rng = createRng(42);
 * rng.next() === createRng(42).next(); // => true
 */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return { next };
}

/** Integer in [lo, hi] (inclusive). */
export function randInt(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng.next() * (hi - lo + 1));
}

/** Uniform real in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + rng.next() * (hi - lo);
}

/** True with probability p. */
export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

/** One element, uniformly. Throws on an empty list (a generator bug). */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick() from an empty list");
  return items[Math.floor(rng.next() * items.length)] as T;
}

/** Index drawn with probability proportional to `weights[i]`. */
export function weightedIndex(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i] ?? 0;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** One element drawn by weight. */
export function weightedPick<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  return items[weightedIndex(rng, weights)] as T;
}

/** Standard normal (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Log-normal with the given median and log-scale sigma. */
export function logNormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rng));
}

/** Gamma(shape, 1) (Marsaglia–Tsang; boosted for shape < 1). */
export function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(1 - rng.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A probability vector drawn from Dirichlet(alpha). */
export function dirichlet(rng: Rng, alpha: readonly number[]): number[] {
  const draws = alpha.map((a) => gamma(rng, a));
  const total = draws.reduce((s, x) => s + x, 0) || 1;
  return draws.map((x) => x / total);
}

/** Poisson(lambda), exact: Knuth's method on pieces of at most 30. */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  let remaining = lambda;
  let count = 0;
  while (remaining > 0) {
    const piece = Math.min(remaining, 30);
    remaining -= piece;
    const limit = Math.exp(-piece);
    let p = 1;
    let k = -1;
    do {
      k++;
      p *= rng.next();
    } while (p > limit);
    count += k;
  }
  return count;
}

/** Beta(a, b) via two gammas. */
export function beta(rng: Rng, a: number, b: number): number {
  const x = gamma(rng, a);
  const y = gamma(rng, b);
  return x / (x + y);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}
