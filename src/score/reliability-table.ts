/**
 * Calibration: the reliability table (predicted vs observed by probability decile) and isotonic
 * regression, which the backtest uses to turn a baseline's raw score into a probability.
 *
 * @module
 */

/** One bin of a reliability table. */
export interface ReliabilityBin {
  /** Predicted-probability range [from, to) (the last bin includes 1). */
  readonly from: number;
  readonly to: number;
  readonly cases: number;
  readonly meanPredicted: number;
  readonly observed: number;
  /** |meanPredicted − observed|. */
  readonly gap: number;
}

/**
 * The reliability table over equal-width probability bins (deciles by default); empty bins are left out.
 *
 * @example
 * reliabilityTable([0.05, 0.15, 0.12], [0, 1, 0], 10).map((b) => [b.from, b.cases]); // => [[0, 1], [0.1, 2]]
 */
export function reliabilityTable(probabilities: ArrayLike<number>, labels: ArrayLike<number>, bins = 10): ReliabilityBin[] {
  const n = new Array<number>(bins).fill(0);
  const sp = new Array<number>(bins).fill(0);
  const sy = new Array<number>(bins).fill(0);
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    n[b]!++;
    sp[b]! += p;
    sy[b]! += labels[i] ? 1 : 0;
  }
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    if (n[b] === 0) continue;
    const meanPredicted = sp[b]! / n[b]!;
    const observed = sy[b]! / n[b]!;
    out.push({ from: round(b / bins), to: round((b + 1) / bins), cases: n[b]!, meanPredicted, observed, gap: Math.abs(meanPredicted - observed) });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** A monotone step function fitted by isotonic regression: `at(score)` is the calibrated probability. */
export interface IsotonicMap {
  /** Upper score of each block (ascending) and the block's fitted value. */
  readonly thresholds: readonly number[];
  readonly values: readonly number[];
  at(score: number): number;
}

/**
 * Fit a non-decreasing map from scores to outcome rates (pool-adjacent-violators). Scores above the
 * largest seen take the last value; below the smallest, the first.
 *
 * @example
 * const m = isotonicMap([1, 2, 3, 4], [0, 1, 0, 1]);
 * [m.at(1), m.at(2.5), m.at(4)]; // => [0, 0.5, 1]
 */
export function isotonicMap(scores: ArrayLike<number>, labels: ArrayLike<number>): IsotonicMap {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]! || a - b);
  // Blocks of equal scores first, then pool violators.
  const hi: number[] = [];
  const sum: number[] = [];
  const cnt: number[] = [];
  for (let i = 0; i < order.length; ) {
    let j = i;
    let s = 0;
    while (j < order.length && scores[order[j]!] === scores[order[i]!]) {
      s += labels[order[j]!] ? 1 : 0;
      j++;
    }
    hi.push(scores[order[i]!]!);
    sum.push(s);
    cnt.push(j - i);
    while (hi.length > 1 && sum[sum.length - 2]! / cnt[cnt.length - 2]! >= sum[sum.length - 1]! / cnt[cnt.length - 1]!) {
      const s1 = sum.pop()!;
      const c1 = cnt.pop()!;
      const h1 = hi.pop()!;
      sum[sum.length - 1]! += s1;
      cnt[cnt.length - 1]! += c1;
      hi[hi.length - 1] = h1;
    }
    i = j;
  }
  const values = sum.map((s, i) => s / cnt[i]!);
  return {
    thresholds: hi,
    values,
    at(score: number): number {
      if (values.length === 0) return 0;
      let lo = 0;
      let h = hi.length - 1;
      while (lo < h) {
        const mid = (lo + h) >>> 1;
        if (hi[mid]! < score) lo = mid + 1;
        else h = mid;
      }
      // `score` lies in block `lo` (or above the last threshold: the last block).
      return values[lo]!;
    },
  };
}
