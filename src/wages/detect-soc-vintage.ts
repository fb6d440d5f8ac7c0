import type { SocVintage } from "./wage-library";

/** Codes that exist in only one SOC vintage (the computer occupations every wage year lists). */
const ONLY: readonly (readonly [SocVintage, readonly string[]])[] = [
  [2018, ["15-1211", "15-1212", "15-1221", "15-1241", "15-1244", "15-1252", "15-1253", "15-1254", "15-2051", "11-3012"]],
  [2010, ["15-1111", "15-1121", "15-1122", "15-1131", "15-1132", "15-1133", "15-1134", "15-1034", "15-1035", "15-1052"]],
  [2000, ["15-1011", "15-1021", "15-1031", "15-1032", "15-1051", "15-1061", "15-1071", "15-1081"]],
];

/**
 * The SOC vintage of a wage library: from the codes it holds (the vintage whose vintage-only codes
 * are most present), else from the wage year (SOC-2000 until 2009-10, SOC-2010 from 2010-11 through
 * 2021-22, SOC-2018 from 2022-23). Null when neither tells.
 *
 * @example
 * detectSocVintage(["15-1132", "15-1034", "29-1141"], null); // => 2010
 * detectSocVintage(["15-1252", "29-1141"], "2021-22");        // => 2018
 * detectSocVintage([], "2025-26");                            // => 2018
 * detectSocVintage([], null);                                 // => null
 */
export function detectSocVintage(codes: Iterable<string>, wageYear: string | null): SocVintage | null {
  const present = new Set(codes);
  let best: SocVintage | null = null;
  let bestHits = 0;
  for (const [vintage, only] of ONLY) {
    const hits = only.filter((c) => present.has(c)).length;
    if (hits > bestHits) {
      best = vintage;
      bestHits = hits;
    }
  }
  if (best !== null) return best;
  if (wageYear === null) return null;
  const start = Number(wageYear.slice(0, 4));
  return start >= 2022 ? 2018 : start >= 2010 ? 2010 : 2000;
}
