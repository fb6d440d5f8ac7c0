/** Copy a string so it no longer points into the (large) chunk it was sliced from. */
export function intern(s: string): string {
  return s.length === 0 ? "" : (" " + s).slice(1);
}

/** Most distinct values a cache keeps; past this, values are still computed, just not cached. */
const LIMIT = 250_000;
/** Strings shorter than this are remembered as the "last value" of a column (V8 copies substrings this short). */
const SHORT = 13;

/**
 * Cache a pure function of a raw string. Keys are interned copies, so the cache never keeps a parsed
 * chunk alive, and string results are interned too (one copy per distinct value).
 */
export function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  // Most columns repeat their previous value ("Certified", "H-1B", "Year"): compare before hashing.
  let lastKey = "\u0000";
  let lastValue: T | undefined;
  return (s: string): T => {
    if (s === lastKey) return lastValue as T;
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) {
      if (s.length < SHORT) {
        lastKey = s; // short substrings are copies in V8, so this keeps no chunk alive
        lastValue = hit;
      }
      return hit as T;
    }
    const copy = intern(s);
    let value = fn(copy);
    if (typeof value === "string") value = intern(value) as T;
    if (cache.size < LIMIT) cache.set(copy, value);
    if (s.length < SHORT) {
      lastKey = copy;
      lastValue = value;
    }
    return value;
  };
}
