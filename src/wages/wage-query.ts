/**
 * Validation of wage-library queries (zod). A bad query is a programmer mistake: it throws one
 * `DisclosureError("invalid_option")` whose message names the field and the bad value.
 *
 * @module
 */
import { z } from "zod";
import type { SocCode, UsState, WageUnit } from "../datasets/filing";
import { DisclosureError } from "../errors";
import { parseSocCode } from "../normalize/soc-code";
import { parseState } from "../normalize/state";
import { parseWageUnit } from "../normalize/wage";
import { parseAreaCode } from "./area-code";

/** A place to resolve to a BLS area: a county, or a city, in a state. */
export interface PlaceQuery {
  readonly county?: string | undefined;
  readonly city?: string | undefined;
  /** USPS code or state name; may be left out when `city` ends in one (`"Seattle, WA"`). */
  readonly state?: string | undefined;
}

/**
 * Where to look wages up: a BLS area code (`"42660"`, `42660`), an area name as the library writes it
 * (`"Seattle-Tacoma-Bellevue, WA"`, as new-form PERM files fill `PRIMARY_WORKSITE_BLS_AREA`), or a place.
 */
export type AreaQuery = string | number | PlaceQuery;

/** Options of `wageLevels` and `wageLevelOf`. */
export interface WageLevelsOptions {
  /** Use the ACWIA table (EDC_Export.csv: institutions of higher education and research); default false. */
  readonly acwia?: boolean | undefined;
}

/** An offered wage: amount and unit (`year`, `hour`, `Bi-Weekly`, `yr` …). */
export interface OfferedWage {
  readonly amount: number;
  readonly unit: WageUnit | string;
}

const Text = z.string().trim().min(1, "must not be blank");
const Place = z.object({ county: Text.optional(), city: Text.optional(), state: Text.optional() });
const Options = z.object({ acwia: z.boolean().optional() });
const Wage = z.object({ amount: z.number().finite().positive(), unit: Text });

function fail(fn: string, field: string, message: string): never {
  throw new DisclosureError("invalid_option", `${fn}: invalid query "${field}": ${message}`);
}

function check<T>(fn: string, field: string, schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const path = [field, ...(first?.path ?? []).map(String)].filter((p) => p !== "").join(".");
  return fail(fn, path, `${first?.message ?? "invalid"} (got ${JSON.stringify(value)})`);
}

/** Validate a SOC code (`15-1252`, `151252`, `15-1132.00`); returns it with its O*NET detail, if any. */
export function checkSoc(fn: string, value: unknown): { code: SocCode; detail: string | null } {
  const raw = check(fn, "soc", Text, value);
  const code = parseSocCode(raw);
  if (code === null) fail(fn, "soc", `"${raw}" is not a SOC code; expected e.g. "15-1252"`);
  const m = /^\s*\d{2}-?\d{4}(\.\d{2})\s*$/.exec(raw);
  return { code, detail: m ? code + m[1] : null };
}

/** A validated place: trimmed names and a USPS state code. */
export interface CheckedPlace {
  readonly county: string | null;
  readonly city: string | null;
  readonly state: UsState;
}

/** Validate a place query; `field` prefixes the names in messages (`area` → `area.state`). */
export function checkPlace(fn: string, value: unknown, field = ""): CheckedPlace {
  const p = check(fn, field, Place, value);
  let city = p.city ?? null;
  let stateRaw = p.state;
  if (stateRaw === undefined && city !== null) {
    const m = /^(.*?),\s*([A-Za-z .]+)$/.exec(city);
    if (m && parseState(m[2]!) !== null) {
      city = m[1]!.trim();
      stateRaw = m[2]!;
    }
  }
  const prefix = field === "" ? "" : field + ".";
  if (stateRaw === undefined) fail(fn, `${prefix}state`, "a state is required (USPS code or name)");
  const state = parseState(stateRaw);
  if (state === null) fail(fn, `${prefix}state`, `"${stateRaw}" is not a U.S. state or territory`);
  if (p.county === undefined && city === null) fail(fn, `${prefix}county`, "give a county or a city");
  return { county: p.county ?? null, city, state };
}

/** Validate an area query: an area code, an area name (any text with a letter), or a place. */
export function checkArea(fn: string, value: unknown): { code: string } | { name: string } | { place: CheckedPlace } {
  if (typeof value === "object" && value !== null) return { place: checkPlace(fn, value, "area") };
  const raw = check(fn, "area", z.union([Text, z.number()]), value);
  const code = parseAreaCode(raw);
  if (code !== null) return { code };
  if (typeof raw === "string" && /[A-Za-z]/.test(raw)) return { name: raw };
  return fail(fn, "area", `${JSON.stringify(raw)} is not a BLS area code or area name; pass { city, state } or { county, state } for a place`);
}

/** Validate `{ acwia }`. */
export function checkOptions(fn: string, value: unknown): { acwia: boolean } {
  const o = check(fn, "options", Options, value ?? {});
  return { acwia: o.acwia ?? false };
}

/** Validate an offered wage; the unit may be any spelling `parseWageUnit` knows. */
export function checkWage(fn: string, value: unknown): { amount: number; unit: WageUnit } {
  const w = check(fn, "wage", Wage, value);
  const unit = parseWageUnit(w.unit);
  if (unit === null) fail(fn, "wage.unit", `"${w.unit}" is not a pay unit; expected year, month, biweekly, week or hour`);
  return { amount: w.amount, unit };
}
