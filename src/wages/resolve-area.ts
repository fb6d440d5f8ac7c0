import type { UsState } from "../datasets/filing";
import { parseState } from "../normalize/state";
import { nameKey, placeKey } from "./place-key";
import type { PlaceEntry, WageArea, WageLibrary } from "./wage-library";
import { checkPlace, type CheckedPlace, type PlaceQuery } from "./wage-query";

/** A BLS area found for a place, and how it was found. */
export interface ResolvedArea {
  readonly area: string;
  readonly areaName: string;
  /**
   * `county`: a Geography county row; `town`: a Geography town or independent-city row (New England
   * towns, `Richmond city`); `area-name`: the city named in an area's name (`Seattle-Tacoma-Bellevue, WA`).
   */
  readonly matchedBy: "county" | "town" | "area-name";
  /** The Geography county or town name matched, or null for an area-name match. */
  readonly place: string | null;
}

function distinctAreas(entries: readonly PlaceEntry[]): string[] {
  return [...new Set(entries.map((e) => e.area))];
}

function found(lib: WageLibrary, area: string, matchedBy: ResolvedArea["matchedBy"], place: string | null): ResolvedArea {
  return { area, areaName: lib.areas.get(area)?.name ?? "", matchedBy, place };
}

function byCounty(lib: WageLibrary, state: UsState, county: string): ResolvedArea | null {
  const q = placeKey(county);
  const list = lib.places.get(`${state}|${q.base}`) ?? [];
  let hits: readonly PlaceEntry[];
  if (q.explicit) hits = list.filter((e) => e.kind === q.kind);
  else {
    const counties = list.filter((e) => e.kind === "county");
    hits = counties.length > 0 ? counties : list;
  }
  const areas = distinctAreas(hits);
  return areas.length === 1 ? found(lib, areas[0]!, "county", hits[0]!.name) : null;
}

function byTown(lib: WageLibrary, state: UsState, city: string): ResolvedArea | null {
  const q = placeKey(city);
  if (q.explicit && q.kind === "county") return null;
  const hits = (lib.places.get(`${state}|${q.base}`) ?? []).filter((e) => e.kind === "city" || e.kind === "town");
  const areas = distinctAreas(hits);
  return areas.length === 1 ? found(lib, areas[0]!, "town", hits[0]!.name) : null;
}

/** States an area name ends with: `New York-Newark-Jersey City, NY-NJ-PA` → NY, NJ, PA. */
function nameStates(name: string): UsState[] {
  const comma = name.lastIndexOf(",");
  if (comma === -1) return [];
  return name
    .slice(comma + 1)
    .split("-")
    .map((s) => parseState(s.trim()))
    .filter((s): s is UsState => s !== null);
}

/** 0 when the area's name starts with the city, 1 when the city is another of its named cities, else -1. */
function cityRank(area: WageArea, city: string): number {
  const comma = area.name.lastIndexOf(",");
  if (comma === -1) return -1;
  const head = area.name.slice(0, comma);
  if (nameKey(head) === city) return 0;
  const segments = head.split("-").map(nameKey);
  if (segments[0] === city) return 0;
  return segments.includes(city) ? 1 : -1;
}

function byAreaName(lib: WageLibrary, state: UsState, city: string): ResolvedArea | null {
  const q = nameKey(city);
  if (q === "") return null;
  let best: { area: WageArea; rank: number } | null = null;
  for (const area of lib.areas.values()) {
    if (!area.states.includes(state) && !nameStates(area.name).includes(state)) continue;
    const rank = cityRank(area, q);
    if (rank < 0) continue;
    if (best === null || better(area, rank, best.area, best.rank)) best = { area, rank };
  }
  return best ? found(lib, best.area.area, "area-name", null) : null;
}

/** Lower rank first, then metropolitan (5-digit) before nonmetropolitan codes, then the lower code. */
function better(a: WageArea, rankA: number, b: WageArea, rankB: number): boolean {
  if (rankA !== rankB) return rankA < rankB;
  const metroA = a.area.length <= 5;
  const metroB = b.area.length <= 5;
  if (metroA !== metroB) return metroA;
  return Number(a.area) < Number(b.area);
}

/**
 * The area whose name is `name` (compared as {@link nameKey}s: case, punctuation and accents ignored),
 * or null. Area names come from `Geography.csv`; new-form PERM files write them in `PRIMARY_WORKSITE_BLS_AREA`.
 */
export function findAreaByName(lib: WageLibrary, name: string): string | null {
  const key = nameKey(name);
  for (const area of lib.areas.values()) if (nameKey(area.name) === key) return area.area;
  return null;
}

/** Resolve an already-validated place (see {@link resolveArea}). */
export function resolveCheckedPlace(lib: WageLibrary, place: CheckedPlace): ResolvedArea | null {
  if (place.county !== null) {
    const hit = byCounty(lib, place.state, place.county);
    if (hit) return hit;
  }
  if (place.city !== null) return byTown(lib, place.state, place.city) ?? byAreaName(lib, place.state, place.city);
  return null;
}

/**
 * Find the BLS area of a place through the library's `Geography.csv`. The rule, in order:
 *
 * 1. **county** given: the Geography row of that county in that state (`King` and `King County` both
 *    match `King County`; a bare name prefers county rows over an independent city of the same name, so
 *    `Richmond, VA` as a county is Richmond County, not Richmond city).
 * 2. **city** given (or the county was not found): a Geography *town or independent-city* row of that
 *    name in that state (New England towns before 2025: `Boston city`; Virginia's `Alexandria city`).
 * 3. Otherwise the **area whose name starts with the city**, among areas with a county in that state
 *    (or naming the state after the comma): `Seattle` → `Seattle-Tacoma-Bellevue, WA`. When no name
 *    starts with it, an area naming it as a later principal city (`Tacoma`) is taken. Ties go to
 *    metropolitan areas, then the lower code.
 *
 * A name that fits several areas equally (in steps 1–2) is not guessed: the result is then null, as
 * it is when nothing matches. An unknown state or a query without county and city throws
 * `DisclosureError("invalid_option")` naming the field. The state may ride on the city
 * (`{ city: "Seattle, WA" }`).
 *
 * @example
 * // lib: data-samples/wages/OFLC_Wages_2025-26 (generated)
 * resolveArea(lib, { city: "Seattle", state: "WA" })?.area;        // => "42660"
 * resolveArea(lib, { city: "Seattle, WA" })?.matchedBy;             // => "area-name"
 * resolveArea(lib, { county: "Santa Clara", state: "CA" })?.area;  // => "41940"
 * resolveArea(lib, { county: "King", state: "TX" })?.area;         // => "4800001"
 * resolveArea(lib, { city: "Richmond", state: "VA" })?.place;      // => "Richmond city"
 */
export function resolveArea(lib: WageLibrary, query: PlaceQuery): ResolvedArea | null {
  return resolveCheckedPlace(lib, checkPlace("resolveArea", query));
}
