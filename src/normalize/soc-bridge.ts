/**
 * Bridge SOC codes of every vintage found in OFLC files to SOC-2018, so one employer's role can
 * be matched across years: disclosure data moved from SOC-2010 to SOC-2018 around FY2020-21, and
 * the wage library uses OFLC hybrid R&D / Non-R&D codes (`15-1034`/`15-1035`, `15-1217`/`15-1218`).
 * The tables live in `soc-2010-to-2018.ts` (re-exported here) and can be printed.
 *
 * @module
 */
import type { SocCode } from "../datasets/filing";
import { parseSocCode } from "./soc-code";
import { O_NET_2010_DETAIL_TO_2018, SOC_2010_TO_2018 } from "./soc-2010-to-2018";

export { O_NET_2010_DETAIL_TO_2018, SOC_2010_TO_2018 };

/**
 * Map a SOC code to its SOC-2018 code. Codes that did not change, and codes this library does not
 * know, map to themselves. Idempotent; never throws.
 *
 * @example
 * toSoc2018("15-1132" as SocCode); // => "15-1252"
 * // OFLC hybrid code "Software Developers, Applications, R&D":
 * toSoc2018("15-1035" as SocCode); // => "15-1252"
 * toSoc2018("15-1252" as SocCode); // => "15-1252"
 */
export function toSoc2018(code: SocCode): SocCode {
  const bridged = SOC_2010_TO_2018[code];
  return bridged === undefined ? code : (bridged as SocCode);
}

/**
 * Parse a SOC code as written (see `parseSocCode`) and bridge it to SOC-2018. An O*NET-SOC 2010
 * detail code that moved on its own (`15-1199.01` Software QA engineers -> `15-1253`) is looked up
 * before the suffix is dropped. Returns `null` when the value is not a SOC code. Idempotent.
 *
 * @example
 * parseSoc2018("15-1132.00"); // => "15-1252"
 * parseSoc2018("151121");     // => "15-1211"
 * parseSoc2018("15-1199.01"); // => "15-1253"
 * parseSoc2018("15-1199.02"); // => "15-1299"
 * parseSoc2018("n/a");        // => null
 */
export function parseSoc2018(raw: string | null | undefined): SocCode | null {
  const code = parseSocCode(raw);
  if (code === null) return null;
  const s = (raw as string).trim();
  const dot = s.indexOf(".");
  if (dot !== -1 && s.length - dot === 3) {
    const detail = O_NET_2010_DETAIL_TO_2018[code + s.slice(dot)];
    if (detail !== undefined) return detail as SocCode;
  }
  return toSoc2018(code);
}
