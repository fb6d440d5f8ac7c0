/**
 * Metrics of scores against 0/1 outcomes, as the backtest reports them: ROC-AUC (ties count one
 * half), PR-AUC as average precision (tied scores form one threshold), the Brier score, and
 * precision@k (a tie straddling k counts its expected share of positives). Pure; no sorting surprises:
 * ties are handled explicitly, never by input order.
 *
 * @module
 */

function check(scores: ArrayLike<number>, labels: ArrayLike<number>): void {
  if (scores.length !== labels.length) throw new RangeError(`scores (${scores.length}) and labels (${labels.length}) differ in length`);
}

/** Indices sorted by score, descending (ties by index, for determinism only). */
function descending(scores: ArrayLike<number>): Int32Array {
  const order = new Int32Array(scores.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/**
 * The area under the ROC curve: the probability that a random positive scores above a random negative
 * (ties count ½). NaN when there are no positives or no negatives.
 *
 * @example
 * rocAuc([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0]); // => 0.75
 * rocAuc([0.5, 0.5], [1, 0]); // => 0.5
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  check(scores, labels);
  const order = descending(scores);
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < labels.length; i++) (labels[i] ? pos++ : neg++);
  if (pos === 0 || neg === 0) return NaN;
  // Walk tied groups from the top: each negative in a group beats the positives below it.
  let area = 0;
  let posAbove = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let p = 0;
    let n = 0;
    while (j < order.length && scores[order[j]!] === scores[order[i]!]) {
      if (labels[order[j]!]) p++;
      else n++;
      j++;
    }
    area += n * (posAbove + p / 2);
    posAbove += p;
    i = j;
  }
  return area / (pos * neg);
}

/**
 * Average precision (the area under the precision-recall curve, step-wise): Σ over thresholds of
 * (recall gained) × (precision at that threshold), a tied group being one threshold. NaN without positives.
 *
 * @example
 * prAuc([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0]); // => 0.8333333333333333
 */
export function prAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  check(scores, labels);
  const order = descending(scores);
  let pos = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]) pos++;
  if (pos === 0) return NaN;
  let tp = 0;
  let seen = 0;
  let ap = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let p = 0;
    while (j < order.length && scores[order[j]!] === scores[order[i]!]) {
      if (labels[order[j]!]) p++;
      j++;
    }
    tp += p;
    seen += j - i;
    if (p > 0) ap += (p / pos) * (tp / seen);
    i = j;
  }
  return ap;
}

/**
 * The Brier score: mean squared difference between predicted probabilities and outcomes.
 *
 * @example
 * brierScore([1, 0, 0.5], [1, 0, 1]); // => 0.08333333333333333
 */
export function brierScore(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  check(probabilities, labels);
  let s = 0;
  for (let i = 0; i < labels.length; i++) {
    const d = probabilities[i]! - (labels[i] ? 1 : 0);
    s += d * d;
  }
  return labels.length === 0 ? NaN : s / labels.length;
}

/**
 * Precision among the k highest scores; when a group of tied scores straddles k, it contributes its
 * share of positives pro rata (the expectation over random tie-breaks).
 *
 * @example
 * precisionAtK([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0], 2); // => 0.5
 * precisionAtK([0.5, 0.5, 0.5, 0.1], [1, 0, 0, 1], 2); // => 0.3333333333333333
 */
export function precisionAtK(scores: ArrayLike<number>, labels: ArrayLike<number>, k: number): number {
  check(scores, labels);
  const order = descending(scores);
  const limit = Math.min(k, order.length);
  if (limit <= 0) return NaN;
  let taken = 0;
  let hits = 0;
  for (let i = 0; i < order.length && taken < limit; ) {
    let j = i;
    let p = 0;
    while (j < order.length && scores[order[j]!] === scores[order[i]!]) {
      if (labels[order[j]!]) p++;
      j++;
    }
    const size = j - i;
    const take = Math.min(size, limit - taken);
    hits += (p * take) / size;
    taken += take;
    i = j;
  }
  return hits / limit;
}
