/**
 * Position of `x` in an ascending array of strings (binary search), or `-1` when it is absent.
 *
 * @example
 * sortedIndexOf(["ACME", "GLOBEX", "INITECH"], "GLOBEX"); // => 1
 * sortedIndexOf(["ACME", "GLOBEX", "INITECH"], "HOOLI"); // => -1
 */
export function sortedIndexOf(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === x ? lo : -1;
}
