/**
 * Distributions the modifiers need, read from the index's `attrs`: per unit (all programs and
 * occupations) and per entry (PERM filings of one occupation) counts of worksite states, BLS areas,
 * minimum education and PW levels; and the population's distribution per occupation.
 *
 * @module
 */
import { ATTR_AREA, ATTR_EDUCATION, ATTR_LEVEL, ATTR_STATE, type SponsorIndex } from "../sponsors/sponsor-index";
import type { ActivityTable } from "./activity-table";
import { PERM } from "./activity-window";

/** The attribute kinds the modifiers use. */
export const MODIFIER_KINDS: readonly number[] = [ATTR_STATE, ATTR_AREA, ATTR_EDUCATION, ATTR_LEVEL];

/**
 * The attrs of one kind within `[from, to)` of a group's attrs (sorted by kind, then value): `[lo, hi)`.
 *
 * @example
 * kindRange(Uint8Array.of(1, 1, 3, 4), 0, 4, 3); // => [2, 3]
 */
export function kindRange(kinds: ArrayLike<number>, from: number, to: number, kind: number): [number, number] {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (kinds[mid]! < kind) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < to && kinds[end] === kind) end++;
  return [lo, end];
}

/** Per-unit counts of modifier attributes, CSR sorted by kind then value. */
export interface UnitAttrs {
  readonly start: Int32Array;
  readonly kind: Uint8Array;
  readonly value: Int32Array;
  readonly count: Float64Array;
}

/**
 * Count each unit's states, areas, education levels and PW levels over all its groups.
 *
 * @example
 * const w = activityWindow(index, { halfLifeYears: 3 });
 * const t = activityTable(index, scoreUnits(index.resolution, "entity"), w);
 * unitAttrs(index, t).start.length === t.units.key.length + 1; // => true
 */
export function unitAttrs(index: SponsorIndex, table: ActivityTable): UnitAttrs {
  const U = table.units.key.length;
  const { groups, attrs } = index;
  const wanted = new Uint8Array(8);
  for (const k of MODIFIER_KINDS) wanted[k] = 1;
  const start = new Int32Array(U + 1);
  const kind: number[] = [];
  const value: number[] = [];
  const count: number[] = [];
  const acc = new Map<number, number>();
  for (let u = 0; u < U; u++) {
    start[u] = kind.length;
    acc.clear();
    for (let e = table.entryStart[u]!; e < table.entryStart[u + 1]!; e++) {
      for (let j = table.entryGroupStart[e]!; j < table.entryGroupStart[e + 1]!; j++) {
        const g = table.entryGroups[j]!;
        for (let a = groups.attrStart[g]!; a < groups.attrStart[g + 1]!; a++) {
          const k = attrs.kind[a]!;
          if (!wanted[k]) continue;
          const key = k * 0x1000000 + attrs.value[a]!;
          acc.set(key, (acc.get(key) ?? 0) + attrs.count[a]!);
        }
      }
    }
    for (const key of [...acc.keys()].sort((a, b) => a - b)) {
      kind.push(Math.floor(key / 0x1000000));
      value.push(key % 0x1000000);
      count.push(acc.get(key)!);
    }
  }
  start[U] = kind.length;
  return { start, kind: Uint8Array.from(kind), value: Int32Array.from(value), count: Float64Array.from(count) };
}

/**
 * A unit's count of one attribute value (all programs and occupations).
 *
 * @example
 * unitAttrCount({ start: Int32Array.of(0, 1), kind: Uint8Array.of(1), value: Int32Array.of(5), count: Float64Array.of(3) }, 0, 1, 5); // => 3
 */
export function unitAttrCount(ua: UnitAttrs, unit: number, kind: number, value: number): number {
  for (let j = ua.start[unit]!; j < ua.start[unit + 1]!; j++) {
    if (ua.kind[j] === kind && ua.value[j] === value) return ua.count[j]!;
    if (ua.kind[j]! > kind) break;
  }
  return 0;
}

/**
 * A unit's total count of one attribute kind (values known).
 *
 * @example
 * unitAttrTotal({ start: Int32Array.of(0, 2), kind: Uint8Array.of(1, 1), value: Int32Array.of(5, 6), count: Float64Array.of(3, 1) }, 0, 1); // => 4
 */
export function unitAttrTotal(ua: UnitAttrs, unit: number, kind: number): number {
  let s = 0;
  for (let j = ua.start[unit]!; j < ua.start[unit + 1]!; j++) if (ua.kind[j] === kind) s += ua.count[j]!;
  return s;
}

/**
 * Counts of one attribute kind over an entry's PERM groups: value → count.
 *
 * @example
 * entryAttrCounts(index, { entryGroupStart: Int32Array.of(0, 0), entryGroups: new Int32Array(0) }, 0, 1).size; // => 0
 */
export function entryAttrCounts(
  index: SponsorIndex,
  table: Pick<ActivityTable, "entryGroupStart" | "entryGroups">,
  entry: number,
  kind: number,
  program = PERM,
): Map<number, number> {
  const out = new Map<number, number>();
  const { groups, attrs } = index;
  for (let j = table.entryGroupStart[entry]!; j < table.entryGroupStart[entry + 1]!; j++) {
    const g = table.entryGroups[j]!;
    if (groups.program[g] !== program) continue;
    const [lo, hi] = kindRange(attrs.kind, groups.attrStart[g]!, groups.attrStart[g + 1]!, kind);
    for (let a = lo; a < hi; a++) out.set(attrs.value[a]!, (out.get(attrs.value[a]!) ?? 0) + attrs.count[a]!);
  }
  return out;
}

/** The population's distribution of one attribute over the PERM filings of one SOC id. */
export interface PopulationShares {
  readonly counts: ReadonlyMap<number, number>;
  readonly total: number;
}

/**
 * The distribution of an attribute over all PERM filings of a SOC id (every unit), from a list of the
 * SOC's PERM groups.
 *
 * @example
 * populationShares(index, [], 1).total; // => 0
 */
export function populationShares(index: SponsorIndex, socGroups: ArrayLike<number>, kind: number): PopulationShares {
  const counts = new Map<number, number>();
  let total = 0;
  const { groups, attrs } = index;
  for (let i = 0; i < socGroups.length; i++) {
    const g = socGroups[i]!;
    const [lo, hi] = kindRange(attrs.kind, groups.attrStart[g]!, groups.attrStart[g + 1]!, kind);
    for (let a = lo; a < hi; a++) {
      counts.set(attrs.value[a]!, (counts.get(attrs.value[a]!) ?? 0) + attrs.count[a]!);
      total += attrs.count[a]!;
    }
  }
  return { counts, total };
}
