/** Copy a string so it no longer points into the (large) chunk it was sliced from. */
export function intern(s: string): string {
  return s.length === 0 ? "" : (" " + s).slice(1);
}

/** Most distinct values a cache keeps; past this, values are still computed, just not cached. */
const LIMIT = 250_000;

/** A cached result and the interned copy of the raw string it came from. */
interface Entry<T> {
  readonly key: string;
  readonly value: T;
}

/**
 * Cache a pure function of a raw string. Keys are interned copies, so the cache never keeps a parsed
 * chunk alive, and string results are interned too (one copy per distinct value).
 *
 * Give each column its own cache: most columns repeat their previous value ("Certified", "H-1B", "Year",
 * the same employer for a run of rows), and that is checked with one string comparison before hashing.
 */
export function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, Entry<T>>();
  // The previous value's interned copy (never the parsed substring, which would keep its chunk alive).
  let last: Entry<T> = { key: "\u0000", value: undefined as T };
  return (s: string): T => {
    if (s === last.key) return last.value;
    const hit = cache.get(s);
    if (hit !== undefined) {
      last = hit;
      return hit.value;
    }
    const key = intern(s);
    let value = fn(key);
    if (typeof value === "string") value = intern(value) as T;
    const entry = { key, value };
    if (cache.size < LIMIT) cache.set(key, entry);
    last = entry;
    return value;
  };
}
