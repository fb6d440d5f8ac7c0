/** Copy a string so it no longer points into the (large) chunk it was sliced from. */
export function intern(s: string): string {
  return s.length === 0 ? "" : (" " + s).slice(1);
}

/** Most distinct values a cache keeps; past this, values are still computed, just not cached. */
const LIMIT = 250_000;

/**
 * Cache a pure function of a raw string. Keys are interned copies, so the cache never keeps a parsed
 * chunk alive, and string results are interned too (one copy per distinct value).
 */
export function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const copy = intern(s);
    let value = fn(copy);
    if (typeof value === "string") value = intern(value) as T;
    if (cache.size < LIMIT) cache.set(copy, value);
    return value;
  };
}
