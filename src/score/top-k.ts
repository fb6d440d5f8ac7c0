/**
 * Keep the k best of a stream of scored items in a binary heap: O(n log k), with a total order
 * (probability, then expected certified filings, both descending, then unit ascending), so the
 * result never depends on the order items arrive in.
 *
 * @module
 */

/** A scored unit. */
export interface Scored {
  readonly u: number;
  readonly p: number;
  readonly m: number;
}

/**
 * Whether `a` ranks before `b`.
 *
 * @example
 * ranksBefore({ u: 2, p: 0.5, m: 1 }, { u: 1, p: 0.5, m: 1 }); // => false
 */
export function ranksBefore(a: Scored, b: Scored): boolean {
  return a.p > b.p || (a.p === b.p && (a.m > b.m || (a.m === b.m && a.u < b.u)));
}

/** The k best items seen so far. */
export interface TopK {
  push(item: Scored): void;
  /** The probability an item must beat to enter (−1 while fewer than k are held). */
  threshold(): number;
  /** The held items, best first. */
  sorted(): Scored[];
}

/**
 * A keeper of the k best items.
 *
 * @example
 * const top = createTopK(2);
 * [{ u: 0, p: 0.1, m: 0 }, { u: 1, p: 0.9, m: 0 }, { u: 2, p: 0.5, m: 0 }].forEach((x) => top.push(x));
 * top.sorted().map((x) => x.u); // => [1, 2]
 */
export function createTopK(k: number): TopK {
  const heap: Scored[] = []; // the worst held item at heap[0]
  const worse = (i: number, j: number) => ranksBefore(heap[j]!, heap[i]!);
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(l, w)) w = l;
      if (r < heap.length && worse(r, w)) w = r;
      if (w === i) return;
      swap(i, w);
      i = w;
    }
  };
  return {
    push(item) {
      if (heap.length < k) {
        heap.push(item);
        let i = heap.length - 1;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (!worse(i, parent)) break;
          swap(i, parent);
          i = parent;
        }
      } else if (k > 0 && ranksBefore(item, heap[0]!)) {
        heap[0] = item;
        down(0);
      }
    },
    threshold: () => (heap.length < k ? -1 : heap[0]!.p),
    sorted: () => [...heap].sort((a, b) => (ranksBefore(a, b) ? -1 : ranksBefore(b, a) ? 1 : 0)),
  };
}
