/**
 * Prevailing-wage levels as written in PERM, LCA and PW files (`Level I`…`Level IV`, `I`…`IV`
 * in FLAG LCA files, `1`…`4`, pandas `2.0`), to the `PwLevel` enum. `N/A`, `OES Mean` and blank
 * mean no level.
 *
 * @module
 */
import type { PwLevel } from "../datasets/filing";

const LEVELS: ReadonlyMap<string, PwLevel> = new Map<string, PwLevel>([
  ["I", "I"], ["II", "II"], ["III", "III"], ["IV", "IV"],
  ["1", "I"], ["2", "II"], ["3", "III"], ["4", "IV"],
]);

/**
 * Parse a prevailing-wage level in any case and spacing, with or without the word `Level`.
 * Returns `null` for anything else. Idempotent; never throws.
 *
 * @example
 * parsePwLevel("Level III"); // => "III"
 * parsePwLevel("level 2");   // => "II"
 * parsePwLevel("4.0");       // => "IV"
 * parsePwLevel("N/A");       // => null
 */
export function parsePwLevel(raw: string | null | undefined): PwLevel | null {
  if (raw == null) return null;
  const s = raw.trim();
  const end = s.endsWith(".0") ? s.length - 2 : s.length;
  let key = "";
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) key += s[i];
    else if (c >= 97 && c <= 122) key += String.fromCharCode(c - 32);
    else if (c !== 32 && c !== 45 && c !== 95 && c !== 9 && c !== 0xa0) return null; // space, -, _
  }
  if (key.startsWith("LEVEL")) key = key.slice(5);
  return LEVELS.get(key) ?? null;
}
