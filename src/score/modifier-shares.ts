/**
 * The role's modifiers as shares of an employer's PERM filings in one occupation: where (the worksite
 * state, or BLS area nested in its state), at what minimum education and at what PW level. Each share
 * is two-level smoothed (see `category-share.ts`), so it is never 0 and a small employer's share leans
 * on its other filings and then on everyone's. Each multiplies the expected filings: the event becomes
 * "a certified PERM for this occupation *in this place, at this education and level*".
 *
 * @module
 */
import { ATTR_AREA, ATTR_EDUCATION, ATTR_LEVEL, ATTR_STATE, type SponsorIndex } from "../sponsors/sponsor-index";
import type { ActivityTable } from "./activity-table";
import { PERM } from "./activity-window";
import { categoryShare } from "./category-share";
import { type ScoreModel, socPopulation } from "./fit-score-model";
import { offerLevel, type OfferLevel, type ResolvedRole } from "./resolve-role";
import { kindRange, type UnitAttrs } from "./unit-attrs";

/** Which modifiers apply. */
export interface ModifierSwitches {
  readonly location: boolean;
  readonly education: boolean;
  readonly wage: boolean;
}

/** The modifier shares of one employer × occupation (1 when a modifier is off or the role has none). */
export interface ModifierShares {
  readonly location: number;
  readonly education: number;
  readonly wage: number;
  /** The offer's level used for `wage` (null when none). */
  readonly level: OfferLevel | null;
}

/**
 * Counts of some values of one kind and the kind's total, over an entry's PERM groups.
 *
 * @example
 * entryKindCount(index, { entryGroupStart: Int32Array.of(0, 0), entryGroups: new Int32Array(0) }, -1, 1, [1]); // => { hit: 0, total: 0 }
 */
export function entryKindCount(index: SponsorIndex, t: Pick<ActivityTable, "entryGroupStart" | "entryGroups">, entry: number, kind: number, values: readonly number[]): { hit: number; total: number } {
  let hit = 0;
  let total = 0;
  if (entry < 0) return { hit, total };
  const { groups, attrs } = index;
  for (let j = t.entryGroupStart[entry]!; j < t.entryGroupStart[entry + 1]!; j++) {
    const g = t.entryGroups[j]!;
    if (groups.program[g] !== PERM) continue;
    const [lo, hi] = kindRange(attrs.kind, groups.attrStart[g]!, groups.attrStart[g + 1]!, kind);
    for (let a = lo; a < hi; a++) {
      total += attrs.count[a]!;
      if (values.includes(attrs.value[a]!)) hit += attrs.count[a]!;
    }
  }
  return { hit, total };
}

/**
 * Counts of some values of one kind and the kind's total, over all of a unit's filings.
 *
 * @example
 * unitKindCount({ start: Int32Array.of(0, 2), kind: Uint8Array.of(1, 1), value: Int32Array.of(5, 6), count: Float64Array.of(3, 1) }, 0, 1, [6]); // => { hit: 1, total: 4 }
 */
export function unitKindCount(ua: UnitAttrs, unit: number, kind: number, values: readonly number[]): { hit: number; total: number } {
  let hit = 0;
  let total = 0;
  for (let j = ua.start[unit]!; j < ua.start[unit + 1]!; j++) {
    const k = ua.kind[j]!;
    if (k < kind) continue;
    if (k > kind) break;
    total += ua.count[j]!;
    if (values.includes(ua.value[j]!)) hit += ua.count[j]!;
  }
  return { hit, total };
}

/** The smoothed share of some values of a kind for a unit in a SOC, given the population prior share. */
function share(model: ScoreModel, unit: number, entry: number, kind: number, values: readonly number[], prior: number, kappa: number): number {
  const n = entryKindCount(model.index, model.table, entry, kind, values);
  const m = unitKindCount(model.attrs, unit, kind, values);
  return categoryShare(n.hit, n.total, Math.max(0, m.hit - n.hit), Math.max(0, m.total - n.total), prior, kappa);
}

/** The population's (smoothed) share of some values among a SOC's PERM filings. */
function populationShareOf(model: ScoreModel, soc: number, kind: number, values: readonly number[], categories: number): number {
  const pop = socPopulation(model, soc, kind);
  let hit = 0;
  for (const v of values) hit += pop.counts.get(v) ?? 0;
  return (hit + 0.5 * values.length) / (pop.total + 0.5 * categories);
}

/**
 * The location, education and wage-level shares of one employer (unit) in one SOC id; `entry` is the
 * unit's activity-table entry for the SOC, or -1.
 *
 * @example
 * const model = scoreModelFor(index);
 * const role = resolveRole(model, parseRole({ soc: "15-1252" }));
 * modifierShares(model, role, 0, index.socs.indexOf("15-1252"), -1, { location: true, education: true, wage: true }).location; // => 1
 */
export function modifierShares(model: ScoreModel, role: ResolvedRole, unit: number, soc: number, entry: number, on: ModifierSwitches): ModifierShares {
  const { index, priors } = model;
  const kLoc = priors.concentration.location;
  let location = 1;
  if (on.location && (role.state !== null || role.areas.length > 0)) {
    let stateShare = 1;
    if (role.state !== null) {
      const v = role.state.id > 0 ? [role.state.id] : [];
      const pop = v.length > 0 ? populationShareOf(model, soc, ATTR_STATE, v, index.states.length - 1) : 0.5 / (socPopulation(model, soc, ATTR_STATE).total + 0.5 * index.states.length);
      stateShare = share(model, unit, entry, ATTR_STATE, v, pop, kLoc);
    }
    if (role.areas.length > 0) {
      // Areas nest in the state: their prior is the state share times the areas' part of the state's filings.
      let prior: number;
      const popAreas = socPopulation(model, soc, ATTR_AREA);
      let hit = 0;
      for (const a of role.areas) hit += popAreas.counts.get(a) ?? 0;
      if (role.state !== null) {
        let inState = 0;
        let inStateAreas = 0;
        for (const [a, n] of popAreas.counts) {
          if (role.areasInState.has(a)) {
            inState += n;
            inStateAreas++;
          }
        }
        prior = stateShare * ((hit + 0.5 * role.areas.length) / (inState + 0.5 * Math.max(inStateAreas, role.areas.length)));
      } else prior = (hit + 0.5 * role.areas.length) / (popAreas.total + 0.5 * (index.areas.length - 1));
      location = share(model, unit, entry, ATTR_AREA, role.areas, Math.min(1, prior), kLoc);
    } else location = stateShare;
  }
  let education = 1;
  if (on.education && role.education > 0) {
    const prior = populationShareOf(model, soc, ATTR_EDUCATION, [role.education], 7);
    education = share(model, unit, entry, ATTR_EDUCATION, [role.education], prior, priors.concentration.education);
  }
  let wage = 1;
  let level: OfferLevel | null = null;
  if (on.wage && role.wage !== null) {
    level = offerLevel(model, role, soc);
    if (level !== null) {
      const l = Math.max(1, level.level);
      const prior = populationShareOf(model, soc, ATTR_LEVEL, [l], 4);
      wage = share(model, unit, entry, ATTR_LEVEL, [l], prior, priors.concentration.level);
    }
  }
  return { location, education, wage, level };
}
