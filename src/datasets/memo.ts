/** Copy a string so it no longer points into the (large) chunk it was sliced from. */
export function intern(s: string): string {
  return s.length === 0 ? "" : (" " + s).slice(1);
}

/** Most distinct values a cache keeps; past this, values are still computed, just not cached. */
const LIMIT = 250_000;

/** A cached result, the interned copy of the raw string it came from, and what other columns showed beside it. */
export interface Cached<T> {
  readonly key: string;
  readonly value: T;
  /**
   * Entries of other columns last seen in the same row as this one, by slot (see `related` in map-row): an
   * employer name remembers its FEIN and address cells, so the next row of that employer compares raw strings
   * instead of looking each one up.
   */
  related: Cached<unknown>[] | null;
}

/**
 * Cache a pure function of a raw string, returning the cache entry. Keys are interned copies, so the cache never
 * keeps a parsed chunk alive, and string results are interned too (one copy per distinct value).
 *
 * Give each column its own cache: most columns repeat their previous value ("Certified", "H-1B", "Year",
 * the same employer for a run of rows), and that is checked with one string comparison before hashing.
 */
export function cache<T>(fn: (s: string) => T): (s: string) => Cached<T> {
  const entries = new Map<string, Cached<T>>();
  // The previous value's entry (its key is an interned copy, never the parsed substring); null before the first
  // value, since no placeholder string is safe from matching a real cell.
  let last: Cached<T> | null = null;
  return (s: string): Cached<T> => {
    if (last !== null && s === last.key) return last;
    const hit = entries.get(s);
    if (hit !== undefined) return (last = hit);
    const key = intern(s);
    let value = fn(key);
    if (typeof value === "string") value = intern(value) as T;
    const entry: Cached<T> = { key, value, related: null };
    if (entries.size < LIMIT) entries.set(key, entry);
    return (last = entry);
  };
}
