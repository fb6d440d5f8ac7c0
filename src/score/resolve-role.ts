/**
 * Resolve a role against a model's index: SOC codes (or a title's learned SOC distribution) to index
 * SOC ids grouped into components, a city or area to the index's BLS areas, the education to its id,
 * and the offered wage to a PW level per SOC code (from a wage library when one is given, else
 * estimated from the index's own PERM offers).
 *
 * @module
 */
import { parseSoc2018 } from "../normalize/soc-bridge";
import { US_STATES } from "../normalize/state";
import { occupationsFor } from "../occupations/occupations-for";
import { officialSocTitle } from "../occupations/soc-title";
import { wageBinCeiling, wageBinFloor } from "../sponsors/bins";
import { ATTR_LEVEL, ATTR_WAGE, EDUCATIONS } from "../sponsors/sponsor-index";
import { wageLevelOf } from "../wages/wage-level-of";
import type { WageLibrary } from "../wages/wage-library";
import { type ScoreModel, socPopulation } from "./fit-score-model";
import type { Role } from "./role-query";

/** One part of a role: a set of SOC ids whose filings all count (a union), with a weight. */
export interface RoleComponent {
  /** SOC ids (into `index.socs`), ascending. */
  readonly socs: readonly number[];
  /** Share of the role (a title's SOC share; 1 for SOC queries). Components' weights add up to 1. */
  readonly weight: number;
  /** e.g. `Software Developers (15-1252)`. */
  readonly label: string;
}

/** The offer's PW level for one SOC code. */
export interface OfferLevel {
  /** 1–4, or 0 when the offer is below Level I. */
  readonly level: number;
  readonly source: "wage-library" | "estimated";
}

/** A role resolved against an index. */
export interface ResolvedRole {
  readonly role: Role;
  /** Plain-language name of the occupation(s). */
  readonly label: string;
  readonly components: readonly RoleComponent[];
  /** SOC codes of the query that the index does not hold. */
  readonly unknownSocs: readonly string[];
  /** Worksite state: its code and id in `index.states` (-1 when the index has no filing there). */
  readonly state: { readonly code: string; readonly id: number } | null;
  /** BLS area ids (into `index.areas`) the city or area resolved to. */
  readonly areas: readonly number[];
  /** Ids of all the index's BLS areas in the role's state (empty without a state). */
  readonly areasInState: ReadonlySet<number>;
  /** Index of the role's minimum education in `EDUCATIONS`, or -1. */
  readonly education: number;
  /** Offered annual wage and its PW level per SOC id (computed on demand, cached). */
  readonly wage: { readonly annual: number; readonly levels: Map<number, OfferLevel | null> } | null;
  /** Notes on how the role was read (e.g. an area not found). */
  readonly notes: readonly string[];
}

function socLabel(code: string): string {
  const title = officialSocTitle(code);
  return title ? `${title} (${code})` : code;
}

/** SOC ids of the index under a code: the code itself, or all codes of a broad, minor or major group. */
function socIdsUnder(socs: readonly string[], code: string): number[] {
  const prefix = code.endsWith("0000") ? code.slice(0, 2) : code.endsWith("00") ? code.slice(0, 5) : code.endsWith("0") ? code.slice(0, 6) : null;
  if (prefix === null) {
    const c = parseSoc2018(code) ?? code;
    const id = socs.indexOf(c);
    return id > 0 ? [id] : [];
  }
  const out: number[] = [];
  socs.forEach((s, id) => {
    if (id > 0 && s.startsWith(prefix)) out.push(id);
  });
  return out;
}

/**
 * The states an area name ends with.
 *
 * @example
 * areaStates("Boston-Cambridge-Newton, MA-NH"); // => ["MA", "NH"]
 */
export function areaStates(area: string): string[] {
  const comma = area.lastIndexOf(",");
  return comma < 0 ? [] : area.slice(comma + 1).trim().split("-").map((s) => s.trim());
}

/** Per index: each area's states, normalised name and normalised city names (a pure cache). */
const AREA_NAMES = new WeakMap<readonly string[], { states: string[][]; names: string[]; cities: string[][] }>();

function areaNames(areas: readonly string[]): { states: string[][]; names: string[]; cities: string[][] } {
  let a = AREA_NAMES.get(areas);
  if (!a) {
    a = {
      states: areas.map(areaStates),
      names: areas.map(norm),
      cities: areas.map((x) => x.slice(0, Math.max(0, x.lastIndexOf(","))).split("-").map(norm)),
    };
    AREA_NAMES.set(areas, a);
  }
  return a;
}

function norm(s: string): string {
  return s.toUpperCase().replace(/[^A-Z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Resolve a role (see {@link parseRole}) against a model.
 *
 * @example
 * const r = resolveRole(scoreModelFor(index), parseRole({ soc: "15-1250", state: "WA" }));
 * r.components.length; // => 1
 */
export function resolveRole(model: ScoreModel, role: Role, wages?: WageLibrary): ResolvedRole {
  const { index } = model;
  const notes: string[] = [];
  const components: RoleComponent[] = [];
  const unknownSocs: string[] = [];
  let label: string;
  if (role.socs !== null) {
    const ids = new Set<number>();
    for (const code of role.socs) {
      const under = socIdsUnder(index.socs, code);
      if (under.length === 0) unknownSocs.push(code);
      for (const id of under) ids.add(id);
    }
    const socs = [...ids].sort((a, b) => a - b);
    label = role.socs.map((c) => socLabel(parseSoc2018(c) ?? c)).join(", ");
    components.push({ socs, weight: 1, label });
    if (unknownSocs.length > 0) notes.push(`no filings in the index for SOC ${unknownSocs.join(", ")}`);
  } else {
    const matches = occupationsFor(index, role.title!);
    const total = matches.reduce((s, m) => s + m.share, 0);
    for (const m of matches) {
      const id = index.socs.indexOf(m.soc);
      if (id > 0) components.push({ socs: [id], weight: m.share / total, label: socLabel(m.soc) });
    }
    label = components.length === 0
      ? `"${role.title}"`
      : `"${role.title}" (${components.slice(0, 3).map((c) => `${c.label} ${Math.round(c.weight * 100)}%`).join(", ")})`;
    if (components.length === 0) notes.push(`the index has no filings with a job title like "${role.title}"`);
  }

  let stateCode: string | null = role.state;
  const areas: number[] = [];
  if (role.area !== null || role.city !== null) {
    let city = role.city === null ? null : norm(role.city);
    if (city !== null && stateCode === null) {
      const m = /^(.*?),\s*([A-Za-z]{2})$/.exec(role.city!);
      if (m) {
        city = norm(m[1]!);
        stateCode = m[2]!.toUpperCase();
      }
    }
    const want = role.area === null ? null : norm(role.area);
    const names = areaNames(index.areas);
    for (let id = 1; id < index.areas.length; id++) {
      if (stateCode !== null && !names.states[id]!.includes(stateCode)) continue;
      const name = names.names[id]!;
      if (want !== null && !(name === want || name.includes(want))) continue;
      if (city !== null && !names.cities[id]!.includes(city)) continue;
      areas.push(id);
    }
    if (areas.length === 0) notes.push(`no BLS area in the index matches ${role.area ?? role.city}${stateCode ? `, ${stateCode}` : ""}; scored by state`);
    if (stateCode === null && areas.length > 0) {
      const states = new Set(areas.flatMap((id) => names.states[id]!));
      if (states.size === 1) stateCode = [...states][0]!;
    }
  }
  const state = stateCode === null ? null : { code: stateCode, id: index.states.indexOf(stateCode) };
  const areasInState = new Set<number>();
  if (state !== null) {
    const names = areaNames(index.areas);
    for (let id = 1; id < index.areas.length; id++) if (names.states[id]!.includes(state.code)) areasInState.add(id);
  }
  if (state !== null && !(state.code in US_STATES)) notes.push(`unknown state ${state.code}`);
  const education = role.education === null ? -1 : EDUCATIONS.indexOf(role.education);
  const wage = role.wage === null ? null : { annual: role.wage.annual, levels: new Map<number, OfferLevel | null>() };
  const resolved: ResolvedRole = { role, label, components, unknownSocs, state, areas, areasInState, education, wage, notes };
  if (wage !== null && wages !== undefined) {
    for (const c of components) for (const s of c.socs) wage.levels.set(s, libraryLevel(wages, wage.annual, index.socs[s]!, resolved, index.areas));
  }
  return resolved;
}

function libraryLevel(lib: WageLibrary, annual: number, soc: string, role: ResolvedRole, areaNames: readonly string[]): OfferLevel | null {
  const where = role.areas.length > 0 ? areaNames[role.areas[0]!]! : role.role.city !== null && role.state !== null ? { city: role.role.city, state: role.state.code } : null;
  if (where === null) return null;
  try {
    const r = wageLevelOf(lib, { amount: annual, unit: "year" }, soc, where);
    if (r === null) return null;
    return { level: r.level === "below I" ? 0 : ["I", "II", "III", "IV"].indexOf(r.level) + 1, source: "wage-library" };
  } catch {
    return null;
  }
}

/**
 * The offer's PW level for a SOC id: from the wage library when the role was resolved with one, else
 * estimated from the index — the offer's percentile among the SOC's PERM offers, read against the
 * SOC's mix of PW levels (higher offers, higher levels). Null when the index has no offers or levels.
 *
 * @example
 * const model = scoreModelFor(index);
 * const role = resolveRole(model, parseRole({ soc: "15-1252", wage: 400000 }));
 * offerLevel(model, role, index.socs.indexOf("15-1252"))?.level; // => 4
 */
export function offerLevel(model: ScoreModel, role: ResolvedRole, soc: number): OfferLevel | null {
  if (role.wage === null) return null;
  const cached = role.wage.levels.get(soc);
  if (cached !== undefined) return cached;
  const wages = socPopulation(model, soc, ATTR_WAGE);
  const levels = socPopulation(model, soc, ATTR_LEVEL);
  let out: OfferLevel | null = null;
  if (wages.total > 0 && levels.total > 0) {
    let below = 0;
    for (const [bin, n] of wages.counts) {
      const lo = wageBinFloor(bin);
      const hi = wageBinCeiling(bin);
      if (role.wage.annual >= hi) below += n;
      else if (role.wage.annual > lo) below += (n * Math.log(role.wage.annual / Math.max(lo, 1))) / Math.log(hi / Math.max(lo, 1));
    }
    const p = below / wages.total;
    let cum = 0;
    let level = 4;
    for (let l = 1; l <= 4; l++) {
      cum += (levels.counts.get(l) ?? 0) / levels.total;
      if (p <= cum + 1e-12) {
        level = l;
        break;
      }
    }
    out = { level, source: "estimated" };
  }
  role.wage.levels.set(soc, out);
  return out;
}
