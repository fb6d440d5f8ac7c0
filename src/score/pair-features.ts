/**
 * The features of one employer × occupation (SOC-2018 code) pair that set its prior activity rate:
 * graded occupation match (other codes of the same broad occupation, of the same minor group, and
 * the rest of the employer's PERM activity), the H-1B pipeline (LCA filings in the code and elsewhere,
 * prevailing-wage requests in the code) and the code's base rate. Rates are per effective year, on a
 * log1p scale.
 *
 * @module
 */
import type { ActivityTable } from "./activity-table";
import { FEATURE_COUNT } from "./fit-activity-prior";

/** Recency-weighted counts around one pair. */
export interface PairCounts {
  /** PERM filings in the code itself. */
  perm: number;
  /** PERM certifications in the code itself. */
  cert: number;
  /** PERM filings in other codes of the same broad occupation. */
  broad: number;
  /** PERM filings in other broad occupations of the same minor group. */
  minor: number;
  /** PERM filings outside the minor group (including filings without a SOC code). */
  other: number;
  /** LCA filings in the code, and elsewhere. */
  lca: number;
  lcaOther: number;
  /** PW determinations in the code. */
  pw: number;
  /** Entry of the pair in the activity table, or -1. */
  entry: number;
}

/**
 * The counts around a pair, by scanning the unit's entries.
 *
 * @example
 * const w = activityWindow(index, { halfLifeYears: 3 });
 * const t = activityTable(index, scoreUnits(index.resolution, "entity"), w);
 * pairCounts(t, 0, index.socs.indexOf("15-1252")).perm >= 0; // => true
 */
export function pairCounts(t: ActivityTable, unit: number, soc: number): PairCounts {
  const c: PairCounts = { perm: 0, cert: 0, broad: 0, minor: 0, other: 0, lca: 0, lcaOther: 0, pw: 0, entry: -1 };
  const b = soc > 0 ? t.socBroad[soc]! : -2;
  const m = soc > 0 ? t.socMinor[soc]! : -2;
  let inMinor = 0;
  for (let e = t.entryStart[unit]!; e < t.entryStart[unit + 1]!; e++) {
    const s = t.entrySoc[e]!;
    const pw = t.entryPermW[e]!;
    if (s === 0 || t.socMinor[s] !== m) continue;
    inMinor += pw;
    if (s === soc) {
      c.perm = pw;
      c.cert = t.entryCertW[e]!;
      c.lca = t.entryLcaW[e]!;
      c.pw = t.entryPwW[e]!;
      c.entry = e;
    } else if (t.socBroad[s] === b) c.broad += pw;
    else c.minor += pw;
  }
  // Everything outside the minor group, as the total less the group (the ranking computes it the same way).
  c.other = t.permW[unit]! - inMinor;
  c.lcaOther = t.lcaW[unit]! - c.lca;
  return c;
}

/**
 * Write a pair's features (see `ACTIVITY_FEATURES`) into `out` at `offset`.
 *
 * @example
 * const out = new Float64Array(8);
 * pairFeatures({ perm: 0, cert: 0, broad: 2, minor: 0, other: 0, lca: 0, lcaOther: 0, pw: 0, entry: -1 }, [2, 1, 1], -3, out);
 * Math.round(out[1]! * 1000) / 1000; // => 0.693
 */
export function pairFeatures(c: PairCounts, exposure: readonly number[], socBase: number, out: Float64Array, offset = 0): void {
  const ep = Math.max(exposure[0]!, 1e-9);
  const el = exposure[1]! > 0 ? exposure[1]! : Infinity;
  const ew = exposure[2]! > 0 ? exposure[2]! : Infinity;
  out[offset] = 1;
  out[offset + 1] = Math.log1p(c.broad / ep);
  out[offset + 2] = Math.log1p(c.minor / ep);
  out[offset + 3] = Math.log1p(Math.max(0, c.other) / ep);
  out[offset + 4] = Math.log1p(c.lca / el);
  out[offset + 5] = Math.log1p(Math.max(0, c.lcaOther) / el);
  out[offset + 6] = Math.log1p(c.pw / ew);
  out[offset + FEATURE_COUNT - 1] = socBase;
}
