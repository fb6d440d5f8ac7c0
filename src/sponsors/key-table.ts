/**
 * An open-addressing hash table from integer keys to dense ids (0, 1, 2… in insertion order), on
 * typed arrays: 12–20 bytes per key instead of the ~80 of a `Map` with number keys, which is what lets
 * the index hold ten years of case numbers in memory. Keys live in fixed-size pages, so growing never
 * copies them (only the slot array is rebuilt). Internal to the index builder.
 *
 * @module
 */

/** Integer keys (any safe integer, negative too) → dense ids in insertion order. */
export interface KeyTable {
  /** Number of keys. */
  readonly size: number;
  /** The id of `key`, inserting it (with the next id) when absent. */
  intern(key: number): number;
  /** The id of `key`, or -1 when absent. */
  get(key: number): number;
  /** The key of an id. */
  keyOf(id: number): number;
  /** The keys in id order (a copy of the used part). */
  keys(): Float64Array;
}

const PAGE_BITS = 16;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;

/** Mix both 32-bit halves of a safe integer into a 32-bit hash (murmur3 finaliser). */
function hashKey(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul((hi + 0x632be5ab) | 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Create an empty {@link KeyTable}. Keys must be safe integers (|key| < 2^53); ids are dense.
 *
 * @example
 * const t = createKeyTable();
 * t.intern(2 ** 40); t.intern(7); t.intern(2 ** 40);
 * t.size; // => 2
 * t.get(7); // => 1
 */
export function createKeyTable(expected = 1024): KeyTable {
  let capacity = 1024;
  while (capacity * 0.7 < expected) capacity *= 2;
  let mask = capacity - 1;
  let slots = new Int32Array(capacity).fill(-1);
  const pages: Float64Array[] = [];
  let size = 0;
  const keyAt = (id: number): number => pages[id >>> PAGE_BITS]![id & PAGE_MASK]!;

  const grow = (): void => {
    capacity *= 2;
    mask = capacity - 1;
    slots = new Int32Array(capacity).fill(-1);
    for (let id = 0; id < size; id++) {
      let i = hashKey(keyAt(id)) & mask;
      while (slots[i] !== -1) i = (i + 1) & mask;
      slots[i] = id;
    }
  };

  return {
    get size() {
      return size;
    },
    intern(key) {
      let i = hashKey(key) & mask;
      for (;;) {
        const id = slots[i]!;
        if (id === -1) break;
        if (keyAt(id) === key) return id;
        i = (i + 1) & mask;
      }
      const id = size++;
      const page = id >>> PAGE_BITS;
      if (page === pages.length) pages.push(new Float64Array(page > 0 ? PAGE_SIZE : Math.min(PAGE_SIZE, Math.max(256, expected))));
      else if ((id & PAGE_MASK) === pages[page]!.length) {
        const next = new Float64Array(Math.min(PAGE_SIZE, pages[page]!.length * 2));
        next.set(pages[page]!);
        pages[page] = next;
      }
      pages[page]![id & PAGE_MASK] = key;
      slots[i] = id;
      if (size > capacity * 0.7) grow();
      return id;
    },
    get(key) {
      let i = hashKey(key) & mask;
      for (;;) {
        const id = slots[i]!;
        if (id === -1) return -1;
        if (keyAt(id) === key) return id;
        i = (i + 1) & mask;
      }
    },
    keyOf(id) {
      return keyAt(id);
    },
    keys() {
      const out = new Float64Array(size);
      for (let p = 0; p < pages.length; p++) out.set(pages[p]!.subarray(0, Math.min(PAGE_SIZE, size - p * PAGE_SIZE)), p * PAGE_SIZE);
      return out;
    },
  };
}
