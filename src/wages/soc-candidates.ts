import type { SocCode } from "../datasets/filing";
import { parseSoc2018, SOC_2010_TO_2018, toSoc2018 } from "../normalize/soc-bridge";
import type { WageLibrary } from "./wage-library";

/** SOC-2018 code → the older codes (SOC-2010, OFLC hybrids, SOC-2000) that bridge to it, in table order. */
const OLDER: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [old, current] of Object.entries(SOC_2010_TO_2018)) {
    const list = m.get(current);
    if (list) list.push(old);
    else m.set(current, [old]);
  }
  return m;
})();

/** 0 for an ordinary code, 1 for an OFLC "Non R&D" hybrid, 2 for an "R&D" hybrid (by title). */
function hybridRank(lib: WageLibrary, code: string): number {
  const title = lib.occupations.get(code);
  if (title === undefined) return 0;
  if (/\bNon[- ]?R&D\b/i.test(title)) return 1;
  return /\bR&D\b/.test(title) ? 2 : 0;
}

/**
 * The codes to try, best first, when looking up `code` in a wage library, in groups:
 *
 * 1. the code itself, then what `xwalk_plus.csv` maps it (or its O*NET detail) to;
 * 2. its SOC-2018 code (a SOC-2010 query against a SOC-2018 library; an O*NET detail that moved on its
 *    own, `15-1199.01` → `15-1253`, first) and that code's crosswalk;
 * 3. the older codes that bridge to that SOC-2018 code, read in reverse (a SOC-2018 query against a
 *    SOC-2010 library: `15-1252` → `15-1132`, `15-1133`, the hybrids `15-1034` … and SOC-2000 codes),
 *    each followed by its own crosswalk.
 *
 * Within a group, ordinary codes come before OFLC "Non R&D" hybrids, and those before "R&D" ones.
 */
export function socCandidates(lib: WageLibrary, code: SocCode, detail: string | null): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const group = (head: string, mapped: readonly string[]) => {
    const rest = [...new Set(mapped)].filter((c) => c !== head);
    rest.sort((a, b) => hybridRank(lib, a) - hybridRank(lib, b));
    for (const c of [head, ...rest]) {
      if (!seen.has(c)) {
        seen.add(c);
        out.push(c);
      }
    }
  };
  const xwalk = (c: string) => lib.crosswalk.get(c) ?? [];
  group(code, [...(detail ? xwalk(detail) : []), ...xwalk(code)]);
  const currents = [...new Set([detail ? parseSoc2018(detail) : null, toSoc2018(code)])].filter((c): c is SocCode => c !== null);
  for (const current of currents) group(current, xwalk(current));
  for (const current of currents) for (const old of OLDER.get(current) ?? []) group(old, xwalk(old));
  return out;
}
