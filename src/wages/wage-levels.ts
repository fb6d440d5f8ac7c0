import type { PwLevel, SocCode } from "../datasets/filing";
import { DisclosureError } from "../errors";
import { findAreaByName, resolveCheckedPlace } from "./resolve-area";
import { socCandidates } from "./soc-candidates";
import {
  HOURS_PER_YEAR,
  WAGE_LABELS,
  type GeoLvl,
  type SocVintage,
  type WageLabel,
  type WageLibrary,
  type WageTable,
} from "./wage-library";
import { checkArea, checkOptions, checkSoc, type AreaQuery, type WageLevelsOptions } from "./wage-query";

/** One wage as both an hourly rate and an annual (2,080-hour) salary, rounded to cents. */
export interface HourlyAnnual {
  readonly hourly: number;
  readonly annual: number;
}

/** The four prevailing-wage levels of one area and occupation; a level is null when DOL left it blank. */
export type LevelWages = Readonly<Record<PwLevel, HourlyAnnual | null>>;

/** What the wage library says for one area × occupation. */
export interface WageLevels {
  readonly area: string;
  readonly areaName: string | null;
  /** 1 area estimate, 2 area + contiguous counties, 3 statewide, 4 national; null when not given. */
  readonly geoLvl: GeoLvl | null;
  /** The SOC code asked for (canonical). */
  readonly socQueried: SocCode;
  /** The code of the wage row used (may be a bridged or OFLC hybrid code, e.g. `15-1034`). */
  readonly socUsed: string;
  readonly socTitle: string | null;
  readonly socVintage: SocVintage | null;
  readonly wageYear: string | null;
  readonly table: "ALC" | "EDC";
  /** Levels I–IV; null when the row has no leveled wages (`High Wage`, `No Leveled Wage`, `No ACWIA`, all blank). */
  readonly levels: LevelWages | null;
  /** The mean wage (for H-2 programs; not a level). */
  readonly average: HourlyAnnual | null;
  readonly label: WageLabel | null;
  /** How the file wrote the values: hourly, or annual (`Annual Wage`, or an annual magnitude). */
  readonly basis: "hour" | "year";
}

const cents = (v: number) => Math.round(v * 100) / 100;

function amounts(value: number, annual: boolean): HourlyAnnual | null {
  if (Number.isNaN(value)) return null;
  return annual ? { hourly: cents(value / HOURS_PER_YEAR), annual: cents(value) } : { hourly: cents(value), annual: cents(value * HOURS_PER_YEAR) };
}

function hasData(table: WageTable, row: number): boolean {
  for (let i = 0; i < 5; i++) if (!Number.isNaN(table.values[row * 5 + i]!)) return true;
  return false;
}

/** Pick the table of a query, or throw when the library lacks it. */
export function tableOf(lib: WageLibrary, acwia: boolean, fn: string): WageTable {
  const table = acwia ? lib.edc : lib.alc;
  if (table === null) {
    throw new DisclosureError(
      "invalid_option",
      `${fn}: invalid query "options.acwia": this wage library has no ${acwia ? "EDC_Export.csv (ACWIA wages)" : "ALC_Export.csv"}`,
    );
  }
  return table;
}

/**
 * The prevailing-wage levels of an occupation in an area, from the ALC table (or the EDC table with
 * `{ acwia: true }`). The area is a BLS area code, an area name as the library writes it (new-form PERM
 * files give one in `worksite.blsArea`), or a place (`{ city, state }`, `{ county, state }`, resolved by
 * {@link resolveArea}). The SOC code may be of another vintage than the library: a SOC-2018
 * query against a SOC-2010 library is bridged through the SOC table in reverse and `xwalk_plus.csv`
 * (`15-1252` → `15-1132`, or OFLC's hybrid `15-1034` "Non R&D" when that is the row with wages), and
 * `socUsed` names the row taken. Hourly values × 2080 = annual; `Annual Wage` rows (and, before the
 * `Label` column existed, rows of annual magnitude) are annual ÷ 2080 = hourly. `High Wage` rows have
 * `levels: null` and an average only. Returns null when the area or occupation is not in the library;
 * a malformed query throws `DisclosureError("invalid_option")` naming the field.
 *
 * @example
 * // lib: data-samples/wages/OFLC_Wages_2025-26 (generated)
 * wageLevels(lib, "15-1252", "42660")?.levels?.II; // => { hourly: 60.67, annual: 126193.6 }
 * wageLevels(lib, "15-1132", { city: "Seattle", state: "WA" })?.socUsed; // => "15-1252"
 * wageLevels(lib, "15-1252", "Seattle-Tacoma-Bellevue, WA")?.area; // => "42660"
 * wageLevels(lib, "29-1216", "42660")?.label; // => "High Wage"
 * wageLevels(lib, "29-1216", "42660")?.levels; // => null
 */
export function wageLevels(lib: WageLibrary, soc: string, area: AreaQuery, options: WageLevelsOptions = {}): WageLevels | null {
  return lookupWageLevels("wageLevels", lib, soc, area, options);
}

/** {@link wageLevels}, with `fn` naming the public function in error messages. */
export function lookupWageLevels(fn: string, lib: WageLibrary, soc: unknown, area: unknown, options: unknown): WageLevels | null {
  const { code, detail } = checkSoc(fn, soc);
  const where = checkArea(fn, area);
  const { acwia } = checkOptions(fn, options);
  const table = tableOf(lib, acwia, fn);
  const areaCode =
    "code" in where ? where.code : "name" in where ? findAreaByName(lib, where.name) : (resolveCheckedPlace(lib, where.place)?.area ?? null);
  if (areaCode === null) return null;
  const bySoc = table.index.get(areaCode);
  if (bySoc === undefined) return null;
  let row = -1;
  let used = "";
  const exact = detail === null ? bySoc.get(code) : undefined; // the common case, without building candidates
  const candidates = exact !== undefined && hasData(table, exact) ? [code] : socCandidates(lib, code, detail);
  for (const candidate of candidates) {
    const r = bySoc.get(candidate);
    if (r === undefined) continue;
    if (row === -1) {
      row = r;
      used = candidate;
    }
    if (hasData(table, r)) {
      row = r;
      used = candidate;
      break;
    }
  }
  if (row === -1) return null;
  const annual = table.annual[row] === 1;
  const v = (i: number) => table.values[row * 5 + i]!;
  const levels: LevelWages = { I: amounts(v(0), annual), II: amounts(v(1), annual), III: amounts(v(2), annual), IV: amounts(v(3), annual) };
  const labelCode = table.label[row]!;
  const geo = table.geoLvl[row]!;
  return {
    area: areaCode,
    areaName: lib.areas.get(areaCode)?.name ?? null,
    geoLvl: geo === 0 ? null : (geo as GeoLvl),
    socQueried: code,
    socUsed: used,
    socTitle: lib.occupations.get(used) ?? lib.occupations.get(code) ?? null,
    socVintage: lib.socVintage,
    wageYear: lib.wageYear,
    table: table.kind,
    levels: levels.I || levels.II || levels.III || levels.IV ? levels : null,
    average: amounts(v(4), annual),
    label: labelCode === 0 ? null : (WAGE_LABELS[labelCode - 1] ?? null),
    basis: annual ? "year" : "hour",
  };
}
