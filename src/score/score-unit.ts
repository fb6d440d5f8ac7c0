/**
 * The full score of one unit (employer) for a resolved role: probability, interval, expected filings,
 * each factor's contribution with its counts and case numbers, and the history behind them.
 *
 * @module
 */
import type { IsoDate } from "../datasets/filing";
import { isApproved } from "../normalize/status";
import { officialSocTitle } from "../occupations/soc-title";
import { daysBinRange } from "../sponsors/bins";
import { ATTR_AREA, ATTR_DAYS, ATTR_EDUCATION, ATTR_LEVEL, ATTR_STATE, EDUCATIONS, LEVELS, STATUSES } from "../sponsors/sponsor-index";
import { caseEvidence } from "./case-evidence";
import { LCA, PERM } from "./activity-window";
import type { ScoreModel } from "./fit-score-model";
import { entryKindCount, unitKindCount } from "./modifier-shares";
import type { ResolvedRole } from "./resolve-role";
import { type PairMoments, roleMoments, type ScoreSettings } from "./score-moments";
import type { Factor, ScoredEmployer, ScoredHistory, ScoreStatus } from "./scored-employer";
import { entryAttrCounts } from "./unit-attrs";

/** Everything a score needs besides the unit. */
export interface ScoreContext {
  readonly model: ScoreModel;
  readonly role: ResolvedRole;
  readonly settings: ScoreSettings;
}

/** Fewer PERM filings than this in the role's occupation(s) flag a score as low-sample. */
export const LOW_SAMPLE = 5;

const APPROVED = STATUSES.map((s) => isApproved(s));
const DENIED = STATUSES.indexOf("denied");
const WITHDRAWN = STATUSES.indexOf("withdrawn");

/**
 * The SOC ids of a role, as a set.
 *
 * @example
 * roleSocSet({ components: [{ socs: [3, 5], weight: 1, label: "" }] }).size; // => 2
 */
export function roleSocSet(role: Pick<ResolvedRole, "components">): Set<number> {
  return new Set(role.components.flatMap((c) => c.socs));
}

/**
 * Whether a unit is rated, a validated zero, or unrated, and its PERM filings in the role.
 *
 * @example
 * const model = scoreModelFor(index);
 * unitStatus(model, resolveRole(model, parseRole({ soc: "15-1252" })), 0).status.length > 0; // => true
 */
export function unitStatus(model: ScoreModel, role: ResolvedRole, unit: number, socs: ReadonlySet<number> = roleSocSet(role)): { status: ScoreStatus; lowSample: boolean; permInRole: number; reason: string | null } {
  const t = model.table;
  if (model.window.exposure[0] <= 0) return { status: "unrated", lowSample: true, permInRole: 0, reason: "the index has no PERM decisions up to the as-of date" };
  if (t.permN[unit]! + t.lcaN[unit]! + t.pwN[unit]! === 0) {
    return { status: "unrated", lowSample: true, permInRole: 0, reason: `no filings in FY${model.window.firstFiscalYear}–FY${model.window.dataFiscalYear}` };
  }
  let permInRole = 0;
  for (let e = t.entryStart[unit]!; e < t.entryStart[unit + 1]!; e++) if (socs.has(t.entrySoc[e]!)) permInRole += t.entryPermN[e]!;
  return { status: permInRole > 0 ? "rated" : "no-history", lowSample: permInRole < LOW_SAMPLE, permInRole, reason: null };
}

function base(ctx: ScoreContext, name: string, key: string | null, scope: "entity" | "parent"): Omit<ScoredEmployer, "status" | "lowSample" | "probability" | "interval" | "occupationProbability" | "expectedFilings" | "expectedCertified" | "baseRate" | "factors" | "occupations" | "history" | "reason"> {
  const { model, role } = ctx;
  return {
    key,
    name,
    scope,
    role: {
      label: role.label,
      state: role.state?.code ?? null,
      areas: role.areas.map((a) => model.index.areas[a]!),
      education: role.role.education,
      wage: role.wage?.annual ?? null,
      notes: role.notes,
    },
    asOf: model.window.asOf,
    horizonMonths: Math.round(ctx.settings.horizonYears * 12),
    dataAsOf: model.index.asOf as IsoDate | null,
    match: null,
  };
}

/**
 * An unrated result (unknown employer, or nothing to go on).
 *
 * @example
 * const model = scoreModelFor(index);
 * const ctx = { model, role: resolveRole(model, parseRole({ soc: "15-1252" })), settings: { location: true, education: true, wage: true, risk: true, horizonYears: 1 } };
 * unratedEmployer(ctx, "Nobody Inc", "not in the index").probability; // => null
 */
export function unratedEmployer(ctx: ScoreContext, name: string, reason: string, key: string | null = null): ScoredEmployer {
  return {
    ...base(ctx, name, key, ctx.model.scope),
    status: "unrated",
    lowSample: true,
    probability: null,
    interval: null,
    occupationProbability: null,
    expectedFilings: null,
    expectedCertified: null,
    baseRate: null,
    factors: [],
    occupations: [],
    history: null,
    reason,
  };
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const fmtRate = (x: number) => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));

/**
 * Score one unit in full.
 *
 * @example
 * const model = scoreModelFor(index);
 * const ctx = { model, role: resolveRole(model, parseRole({ soc: "15-1252" })), settings: { location: true, education: true, wage: true, risk: true, horizonYears: 1 } };
 * scoreUnit(ctx, 0).asOf === model.window.asOf; // => true
 */
export function scoreUnit(ctx: ScoreContext, unit: number): ScoredEmployer {
  const { model, role, settings } = ctx;
  const { units, index } = model;
  const socs = roleSocSet(role);
  const st = unitStatus(model, role, unit, socs);
  if (st.status === "unrated") return unratedEmployer(ctx, units.name[unit]!, st.reason ?? "unrated", units.key[unit]!);
  const moments = roleMoments(model, role, unit, settings, true);
  const history = unitHistory(model, unit, socs);
  const main = moments.pairs.reduce<PairMoments | null>((best, p) => (best === null || p.mean > best.mean ? p : best), null);
  const factors = main ? unitFactors(ctx, unit, main, socs, history) : [];
  const weights = new Map<number, number>();
  for (const c of role.components) for (const s of c.socs) weights.set(s, (weights.get(s) ?? 0) + c.weight);
  return {
    ...base(ctx, units.name[unit]!, units.key[unit]!, units.scope),
    status: st.status,
    lowSample: st.lowSample,
    probability: r6(moments.probability),
    interval: [r6(moments.interval[0]), r6(moments.interval[1])],
    occupationProbability: r6(moments.occupationProbability),
    expectedFilings: r4(moments.expectedFilings),
    expectedCertified: r4(moments.expectedCertified),
    baseRate: main ? r4(main.base) : null,
    factors,
    occupations: moments.pairs.map((p) => ({
      soc: index.socs[p.soc]!,
      title: officialSocTitle(index.socs[p.soc]!),
      weight: r4(role.components.length === 1 ? 1 : (weights.get(p.soc) ?? 0)),
      expectedCertified: r4(p.mean),
    })).sort((a, b) => b.expectedCertified - a.expectedCertified || (a.soc < b.soc ? -1 : 1)),
    history,
    reason: null,
  };
}

function unitHistory(model: ScoreModel, unit: number, socs: ReadonlySet<number>): ScoredHistory {
  const { table: t, index } = model;
  let filings = 0;
  let certified = 0;
  let denied = 0;
  let withdrawn = 0;
  let lca = 0;
  let pw = 0;
  let from = 0;
  let to = 0;
  const states = new Map<number, number>();
  const levels = new Map<number, number>();
  const education = new Map<number, number>();
  const add = (m: Map<number, number>, counts: Map<number, number>) => {
    for (const [v, n] of counts) m.set(v, (m.get(v) ?? 0) + n);
  };
  for (let e = t.entryStart[unit]!; e < t.entryStart[unit + 1]!; e++) {
    if (!socs.has(t.entrySoc[e]!)) continue;
    filings += t.entryPermN[e]!;
    certified += t.entryCertN[e]!;
    denied += t.entryDeniedN[e]!;
    withdrawn += t.entryWithdrawnN[e]!;
    lca += t.entryLcaN[e]!;
    pw += t.entryPwN[e]!;
    if (t.entryFirstFy[e]! > 0 && (from === 0 || t.entryFirstFy[e]! < from)) from = t.entryFirstFy[e]!;
    if (t.entryLastFy[e]! > to) to = t.entryLastFy[e]!;
    if (t.entryPermN[e]! > 0) {
      add(states, entryAttrCounts(index, t, e, ATTR_STATE));
      add(levels, entryAttrCounts(index, t, e, ATTR_LEVEL));
      add(education, entryAttrCounts(index, t, e, ATTR_EDUCATION));
    }
  }
  const sorted = <K extends string>(m: Map<number, number>, label: (v: number) => string, key: K) =>
    [...m].map(([v, n]) => ({ [key]: label(v), filings: n }) as { [P in K]: string } & { filings: number }).sort((a, b) => b.filings - a.filings || (a[key] < b[key] ? -1 : 1));
  return {
    fromFiscalYear: from || null,
    toFiscalYear: to || null,
    perm: { filings, certified, denied, withdrawn },
    permAll: { filings: t.permN[unit]!, certified: t.certN[unit]!, denied: t.deniedN[unit]!, withdrawn: t.withdrawnN[unit]! },
    lca,
    lcaAll: t.lcaN[unit]!,
    pw,
    states: sorted(states, (v) => index.states[v] ?? "", "state"),
    levels: sorted(levels, (v) => LEVELS[v] ?? "", "level"),
    education: sorted(education, (v) => EDUCATIONS[v] ?? "", "education"),
  };
}

function unitFactors(ctx: ScoreContext, unit: number, main: PairMoments, socs: ReadonlySet<number>, h: ScoredHistory): Factor[] {
  const { model, role, settings } = ctx;
  const { table: t, index } = model;
  const through = model.window.dataFiscalYear;
  const roleEntries: number[] = [];
  const groupsOf = (entries: readonly number[]) => entries.flatMap((e) => Array.from(t.entryGroups.subarray(t.entryGroupStart[e]!, t.entryGroupStart[e + 1]!)));
  for (let e = t.entryStart[unit]!; e < t.entryStart[unit + 1]!; e++) if (socs.has(t.entrySoc[e]!)) roleEntries.push(e);
  const roleGroups = groupsOf(roleEntries);
  const code = index.socs[main.soc]!;
  const factors: Factor[] = [];
  const posterior = main.a / main.b;
  const years = h.fromFiscalYear && h.toFiscalYear ? (h.fromFiscalYear === h.toFiscalYear ? `FY${h.fromFiscalYear}` : `FY${h.fromFiscalYear}–FY${h.toFiscalYear}`) : `FY${model.window.firstFiscalYear}–FY${through}`;
  factors.push({
    name: "occupation",
    multiplier: r4(posterior / main.priorMean),
    summary: h.perm.filings > 0
      ? `${h.perm.filings} PERM filings in the occupation (${years}), ${h.perm.certified} certified: ${fmtRate(posterior)} filings/yr expected vs ${fmtRate(main.priorMean)} before its own history`
      : `no PERM filings in the occupation (${years}): ${fmtRate(posterior)} filings/yr expected from related activity alone`,
    counts: { filings: h.perm.filings, certified: h.perm.certified, denied: h.perm.denied, withdrawn: h.perm.withdrawn },
    caseNumbers: caseEvidence(index, roleGroups, PERM, (s) => APPROVED[s]!, through, 3),
  });
  // Related occupations (raw counts relative to the main code).
  let broad = 0;
  let minor = 0;
  let other = 0;
  const b = t.socBroad[main.soc]!;
  const m = t.socMinor[main.soc]!;
  for (let e = t.entryStart[unit]!; e < t.entryStart[unit + 1]!; e++) {
    const s = t.entrySoc[e]!;
    if (s === main.soc) continue;
    if (s > 0 && t.socBroad[s] === b) broad += t.entryPermN[e]!;
    else if (s > 0 && t.socMinor[s] === m) minor += t.entryPermN[e]!;
    else other += t.entryPermN[e]!;
  }
  factors.push({
    name: "related",
    multiplier: r4(main.related),
    summary: `${broad} PERM filings in the same broad occupation (${code.slice(0, 6)}0), ${minor} in the same minor group (${code.slice(0, 5)}00), ${other} elsewhere`,
    counts: { broad, minor, other },
    caseNumbers: [],
  });
  if (model.pipeline) {
    const lcaGroups = roleGroups;
    factors.push({
      name: "pipeline",
      multiplier: r4(main.pipeline),
      summary: `${h.lca} H-1B/E-3 LCAs in the occupation, ${h.lcaAll - h.lca} elsewhere; ${h.pw} prevailing-wage requests in the occupation`,
      counts: { lcaInOccupation: h.lca, lcaElsewhere: h.lcaAll - h.lca, pwInOccupation: h.pw },
      caseNumbers: caseEvidence(index, lcaGroups, LCA, (s) => APPROVED[s]!, through, 2),
    });
  }
  if (settings.risk) {
    const all = groupsOf(Array.from({ length: t.entryStart[unit + 1]! - t.entryStart[unit]! }, (_, i) => t.entryStart[unit]! + i));
    const decided = h.permAll.filings;
    factors.push({
      name: "certification",
      multiplier: r4(main.certification),
      summary: decided > 0
        ? `${h.permAll.certified} of ${decided} PERM filings certified (${h.permAll.denied} denied, ${h.permAll.withdrawn} withdrawn): certification rate ${pct(main.certification)} after shrinkage`
        : `no PERM decisions yet: certification rate ${pct(main.certification)} (the population's)`,
      counts: { certified: h.permAll.certified, denied: h.permAll.denied, withdrawn: h.permAll.withdrawn },
      caseNumbers: caseEvidence(index, all, PERM, (s) => s === DENIED || s === WITHDRAWN, through, 3),
    });
  }
  if (settings.location && (role.state !== null || role.areas.length > 0)) {
    const st = role.state;
    const inState = st && st.id > 0 ? roleEntries.reduce((s, e) => s + entryKindCount(index, t, e, ATTR_STATE, [st.id]).hit, 0) : 0;
    const known = roleEntries.reduce((s, e) => s + entryKindCount(index, t, e, ATTR_STATE, []).total, 0);
    const inArea = role.areas.length > 0 ? roleEntries.reduce((s, e) => s + entryKindCount(index, t, e, ATTR_AREA, role.areas).hit, 0) : 0;
    const unitInState = st && st.id > 0 ? unitKindCount(model.attrs, unit, ATTR_STATE, [st.id]) : { hit: 0, total: 0 };
    const where = role.areas.length > 0 ? index.areas[role.areas[0]!]! + (role.areas.length > 1 ? ` (+${role.areas.length - 1})` : "") : st?.code ?? "";
    factors.push({
      name: "location",
      multiplier: r4(main.shares.location),
      summary: `${role.areas.length > 0 ? `${inArea} in ${where}, ` : ""}${st ? `${inState} in ${st.code}` : ""}, ${Math.max(0, known - (st ? inState : inArea))} elsewhere of its PERM filings in the occupation; ${Math.round(unitInState.hit)} of all its filings in ${st?.code ?? where}`,
      counts: { inArea, inState, elsewhere: Math.max(0, known - (st ? inState : inArea)), allFilingsInState: unitInState.hit },
      caseNumbers: [],
    });
  }
  if (settings.education && role.education > 0) {
    const match = roleEntries.reduce((s, e) => s + entryKindCount(index, t, e, ATTR_EDUCATION, [role.education]).hit, 0);
    const known = roleEntries.reduce((s, e) => s + entryKindCount(index, t, e, ATTR_EDUCATION, []).total, 0);
    const eb = role.education >= EDUCATIONS.indexOf("masters") ? "EB-2 (advanced degree)" : "EB-3 (or EB-2 with five years' progressive experience)";
    factors.push({
      name: "education",
      multiplier: r4(main.shares.education),
      summary: `${match} of ${known} PERM filings in the occupation require a ${EDUCATIONS[role.education]} degree; path ${eb}`,
      counts: { matching: match, known },
      caseNumbers: [],
    });
  }
  if (settings.wage && role.wage !== null) {
    const lv = main.shares.level;
    const l = lv ? Math.max(1, lv.level) : 0;
    const atLevel = l > 0 ? roleEntries.reduce((s, e) => s + entryKindCount(index, t, e, ATTR_LEVEL, [l]).hit, 0) : 0;
    const known = roleEntries.reduce((s, e) => s + entryKindCount(index, t, e, ATTR_LEVEL, []).total, 0);
    factors.push({
      name: "wage",
      multiplier: r4(main.shares.wage),
      summary: lv
        ? `$${Math.round(role.wage.annual).toLocaleString("en-US")}/yr is ${lv.level === 0 ? "below Level I (scored as Level I)" : `Level ${LEVELS[l]}`} (${lv.source === "wage-library" ? "OFLC wage library" : "estimated from the index's PERM offers"}); ${atLevel} of ${known} PERM filings in the occupation at that level`
        : `no wage levels for the occupation: not scored`,
      counts: { level: l, atLevel, known },
      caseNumbers: [],
    });
  }
  // Audit-length decisions: shown, not scored.
  if (model.medianPermDays !== null) {
    let long = 0;
    let known = 0;
    const threshold = model.medianPermDays + 180;
    for (const e of roleEntries) {
      for (const [bin, n] of entryAttrCounts(index, t, e, ATTR_DAYS)) {
        const [from, to] = daysBinRange(bin);
        known += n;
        if ((from + to) / 2 > threshold) long += n;
      }
    }
    if (known > 0) {
      factors.push({
        name: "audit",
        multiplier: 1,
        summary: `${long} of ${known} PERM decisions in the occupation took over ${threshold} days (audit-length; the index median is ${model.medianPermDays}); shown, not scored`,
        counts: { auditLength: long, decided: known, thresholdDays: threshold },
        caseNumbers: [],
      });
    }
  }
  return factors;
}
