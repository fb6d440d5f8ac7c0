/**
 * The ranking hot path: the probability of a role for many employers without building objects. It does
 * the same arithmetic, in the same order, as `pairMoments` and `roleMoments`, so it gives the same
 * numbers. It works on flat arrays of counts per (SOC, candidate).
 *
 * @module
 */
import type { ScoreModel } from "./fit-score-model";
import { modifierShares } from "./modifier-shares";
import type { ResolvedRole } from "./resolve-role";
import { atLeastOne, type ScoreSettings } from "./score-moments";

/** Counts of the candidates (employers with activity in a role SOC's minor group), per role SOC. */
export interface CandidateCounts {
  /** Candidate units, ascending. */
  readonly units: Int32Array;
  /** Distinct SOC ids of the role, ascending; counts of SOC j, candidate i are at `j * units.length + i`. */
  readonly socs: Int32Array;
  readonly perm: Float64Array;
  readonly broad: Float64Array;
  readonly minor: Float64Array;
  readonly other: Float64Array;
  readonly lca: Float64Array;
  readonly pw: Float64Array;
  readonly entry: Int32Array;
  /** Slot of each unit in `units`, or -1. */
  readonly slot: Int32Array;
}

/**
 * Gather the counts of every employer with activity in the minor group of a role SOC.
 *
 * @example
 * const model = scoreModelFor(index);
 * const c = candidateCounts(model, resolveRole(model, parseRole({ soc: "15-1252" })));
 * c.units.length > 0; // => true
 */
export function candidateCounts(model: ScoreModel, role: ResolvedRole): CandidateCounts {
  const t = model.table;
  const U = model.units.key.length;
  const socs = Int32Array.from(new Set(role.components.flatMap((c) => c.socs))).sort();
  const slot = new Int32Array(U).fill(-1);
  const minors = [...new Set(Array.from(socs, (s) => t.socMinor[s]!))].filter((m) => m >= 0);
  const list: number[] = [];
  for (const m of minors) {
    for (let j = t.minorStart[m]!; j < t.minorStart[m + 1]!; j++) {
      const u = t.entryUnit[t.minorEntries[j]!]!;
      if (slot[u] === -1) {
        slot[u] = 0;
        list.push(u);
      }
    }
  }
  const units = Int32Array.from(list).sort();
  units.forEach((u, i) => (slot[u] = i));
  const C = units.length;
  const n = socs.length * C;
  const out: CandidateCounts = {
    units, socs, slot,
    perm: new Float64Array(n), broad: new Float64Array(n), minor: new Float64Array(n), other: new Float64Array(n),
    lca: new Float64Array(n), pw: new Float64Array(n), entry: new Int32Array(n).fill(-1),
  };
  for (let j = 0; j < socs.length; j++) {
    const s = socs[j]!;
    const m = t.socMinor[s]!;
    const b = t.socBroad[s]!;
    if (m < 0) continue;
    for (let k = t.minorStart[m]!; k < t.minorStart[m + 1]!; k++) {
      const e = t.minorEntries[k]!;
      const idx = j * C + slot[t.entryUnit[e]!]!;
      const es = t.entrySoc[e]!;
      const w = t.entryPermW[e]!;
      out.other[idx]! += w; // the minor group's total, for now
      if (es === s) {
        out.perm[idx] = w;
        out.lca[idx] = t.entryLcaW[e]!;
        out.pw[idx] = t.entryPwW[e]!;
        out.entry[idx] = e;
      } else if (t.socBroad[es] === b) out.broad[idx]! += w;
      else out.minor[idx]! += w;
    }
    for (let i = 0; i < C; i++) out.other[j * C + i] = t.permW[units[i]!]! - out.other[j * C + i]!;
  }
  return out;
}

/** Result of {@link roleScore}: probability and expected certified filings. */
export interface RoleScore {
  p: number;
  m: number;
}

/**
 * The probability of a role for one unit: candidate `slot` of `counts`, or (slot -1) a unit with no
 * activity in the role's minor groups. Writes into `out` and returns it.
 *
 * @example
 * const model = scoreModelFor(index);
 * const role = resolveRole(model, parseRole({ soc: "15-1252" }));
 * const c = candidateCounts(model, role);
 * const s = { location: true, education: true, wage: true, risk: true, horizonYears: 1 };
 * roleScore(model, role, s, c, c.units[0]!, 0, { p: 0, m: 0 }).p === roleMoments(model, role, c.units[0]!, s, false).probability; // => true
 */
export function roleScore(model: ScoreModel, role: ResolvedRole, s: ScoreSettings, counts: CandidateCounts, unit: number, slot: number, out: RoleScore): RoleScore {
  const t = model.table;
  const th = model.priors.activity.coefficients;
  const alpha = model.priors.activity.shape;
  const E = model.window.exposure;
  const ep = Math.max(E[0], 1e-9);
  const el = E[1] > 0 ? E[1] : Infinity;
  const ew = E[2] > 0 ? E[2] : Infinity;
  const pipe = model.pipeline;
  const q = s.risk ? model.certMean[unit]! : 1;
  const qv = s.risk ? model.certVar[unit]! : 0;
  const H = s.horizonYears;
  const modifiers = (s.location && (role.state !== null || role.areas.length > 0)) || (s.education && role.education > 0) || (s.wage && role.wage !== null);
  const C = counts.units.length;
  let probability = 0;
  let expected = 0;
  for (const comp of role.components) {
    let m = 0;
    let v = 0;
    for (const soc of comp.socs) {
      let perm = 0;
      let broad = 0;
      let minor = 0;
      let other = t.permW[unit]!;
      let lca = 0;
      let pw = 0;
      let entry = -1;
      if (slot >= 0) {
        const idx = socIndex(counts.socs, soc) * C + slot;
        perm = counts.perm[idx]!;
        broad = counts.broad[idx]!;
        minor = counts.minor[idx]!;
        other = counts.other[idx]!;
        lca = counts.lca[idx]!;
        pw = counts.pw[idx]!;
        entry = counts.entry[idx]!;
      }
      const lcaOther = t.lcaW[unit]! - lca;
      // As pairFeatures and pairMoments, in the same order.
      const base = th.intercept * 1 + th.socBase * model.socBase[soc]!;
      const related = th.broad * Math.log1p(broad / ep) + th.minor * Math.log1p(minor / ep) + th.other * Math.log1p(Math.max(0, other) / ep);
      const pipeline = pipe
        ? th.lca * Math.log1p(lca / el) + th.lcaOther * Math.log1p(Math.max(0, lcaOther) / el) + th.pw * Math.log1p(pw / ew)
        : th.lca * Math.log1p(0 / el) + th.lcaOther * Math.log1p(Math.max(0, 0) / el) + th.pw * Math.log1p(0 / ew);
      const priorMean = Math.exp(base + related + pipeline);
      const a = alpha + perm;
      const b = alpha / priorMean + E[0];
      let f = 1;
      if (modifiers) {
        const sh = modifierShares(model, role, unit, soc, entry, s);
        f = sh.location * sh.education * sh.wage;
      }
      const lam = a / b;
      const second = ((a * (a + 1)) / (b * b)) * (qv + q * q) * H * H;
      const meanOccupation = H * q * lam;
      const varianceOccupation = Math.max(0, second - meanOccupation * meanOccupation);
      m += meanOccupation * f;
      v += varianceOccupation * f * f;
    }
    expected += comp.weight * m;
    probability += comp.weight * atLeastOne(m, v);
  }
  out.p = probability;
  out.m = expected;
  return out;
}

function socIndex(socs: Int32Array, soc: number): number {
  let lo = 0;
  let hi = socs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (socs[mid]! < soc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
