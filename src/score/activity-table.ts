/**
 * What each unit (employer) did in each occupation within a model's window: recency-weighted and raw
 * counts of PERM filings (and how they ended), LCA and PW filings, per unit × SOC-2018 code
 * ("entries", sorted by unit then SOC) and per unit, with the index groups behind each entry (for
 * distributions and evidence). Built in one pass over the index's cells.
 *
 * @module
 */
import type { SocCode } from "../datasets/filing";
import { isApproved } from "../normalize/status";
import { socBroadGroup, socMinorGroup } from "../normalize/soc-code";
import { STATUSES, type SponsorIndex } from "../sponsors/sponsor-index";
import { type ActivityWindow, caseWeight, LCA, PERM, PW } from "./activity-window";
import type { ScoreUnits } from "./score-units";

/** Per-unit and per-entry activity, columnar. */
export interface ActivityTable {
  readonly units: ScoreUnits;
  /** Recency-weighted PERM filings, PERM certifications, LCA and PW filings of each unit (all occupations). */
  readonly permW: Float64Array;
  readonly certW: Float64Array;
  readonly lcaW: Float64Array;
  readonly pwW: Float64Array;
  /** Raw counts in the window: PERM filings, certified, denied, withdrawn; LCA and PW filings. */
  readonly permN: Uint32Array;
  readonly certN: Uint32Array;
  readonly deniedN: Uint32Array;
  readonly withdrawnN: Uint32Array;
  readonly lcaN: Uint32Array;
  readonly pwN: Uint32Array;
  /** Entries of unit `u` are `entryStart[u] … entryStart[u+1]-1`, sorted by SOC id. */
  readonly entryStart: Int32Array;
  readonly entryUnit: Int32Array;
  /** SOC id (index into `index.socs`; 0 = unknown). */
  readonly entrySoc: Int32Array;
  readonly entryPermW: Float64Array;
  readonly entryCertW: Float64Array;
  readonly entryLcaW: Float64Array;
  readonly entryPwW: Float64Array;
  readonly entryPermN: Uint32Array;
  readonly entryCertN: Uint32Array;
  readonly entryDeniedN: Uint32Array;
  readonly entryWithdrawnN: Uint32Array;
  readonly entryLcaN: Uint32Array;
  readonly entryPwN: Uint32Array;
  /** First and last decision fiscal year of the entry's PERM filings in the window (0 = none). */
  readonly entryFirstFy: Uint16Array;
  readonly entryLastFy: Uint16Array;
  /** Index groups of entry `e` are `entryGroups[entryGroupStart[e] … entryGroupStart[e+1]-1]`. */
  readonly entryGroupStart: Int32Array;
  readonly entryGroups: Int32Array;
  /** Broad-occupation and minor-group ids of each SOC id (-1 for unknown). */
  readonly socBroad: Int32Array;
  readonly socMinor: Int32Array;
  /** Recency-weighted PERM filings per SOC id, all units. */
  readonly socPermW: Float64Array;
  /** Entries per minor group: `minorEntries[minorStart[m] … minorStart[m+1]-1]`, ascending. */
  readonly minorStart: Int32Array;
  readonly minorEntries: Int32Array;
}

/**
 * The broad and minor group ids of an index's SOC codes (-1 for the unknown code at 0).
 *
 * @example
 * socGroupIds(["", "15-1252", "15-1253", "15-1211"]).minor; // => Int32Array.of(-1, 0, 0, 0)
 */
export function socGroupIds(socs: readonly string[]): { broad: Int32Array; minor: Int32Array; broadCodes: string[]; minorCodes: string[] } {
  const broadIds = new Map<string, number>();
  const minorIds = new Map<string, number>();
  const broad = new Int32Array(socs.length).fill(-1);
  const minor = new Int32Array(socs.length).fill(-1);
  socs.forEach((s, i) => {
    if (i === 0 || s === "") return;
    const b = socBroadGroup(s as SocCode);
    const m = socMinorGroup(s as SocCode);
    if (!broadIds.has(b)) broadIds.set(b, broadIds.size);
    if (!minorIds.has(m)) minorIds.set(m, minorIds.size);
    broad[i] = broadIds.get(b)!;
    minor[i] = minorIds.get(m)!;
  });
  return { broad, minor, broadCodes: [...broadIds.keys()], minorCodes: [...minorIds.keys()] };
}

interface Acc {
  soc: number;
  permW: number;
  certW: number;
  lcaW: number;
  pwW: number;
  permN: number;
  certN: number;
  deniedN: number;
  withdrawnN: number;
  lcaN: number;
  pwN: number;
  firstFy: number;
  lastFy: number;
  groups: number[];
}

/**
 * Count every unit's activity in a window.
 *
 * @example
 * const w = activityWindow(index, { halfLifeYears: 3 });
 * const t = activityTable(index, scoreUnits(index.resolution, "entity"), w);
 * t.entryStart.length === t.units.key.length + 1; // => true
 */
export function activityTable(index: SponsorIndex, units: ScoreUnits, w: ActivityWindow): ActivityTable {
  const U = units.key.length;
  const { groups, cells } = index;
  const approved = STATUSES.map((s) => isApproved(s));
  const deniedId = STATUSES.indexOf("denied");
  const withdrawnId = STATUSES.indexOf("withdrawn");
  const last = w.dataFiscalYear;
  const unit = {
    permW: new Float64Array(U), certW: new Float64Array(U), lcaW: new Float64Array(U), pwW: new Float64Array(U),
    permN: new Uint32Array(U), certN: new Uint32Array(U), deniedN: new Uint32Array(U), withdrawnN: new Uint32Array(U),
    lcaN: new Uint32Array(U), pwN: new Uint32Array(U),
  };
  const entryStart = new Int32Array(U + 1);
  const out: Acc[] = [];
  const entryUnit: number[] = [];
  const socPermW = new Float64Array(index.socs.length);
  const scratch = new Map<number, Acc>();
  for (let u = 0; u < U; u++) {
    entryStart[u] = out.length;
    scratch.clear();
    for (let j = units.nodeStart[u]!; j < units.nodeStart[u + 1]!; j++) {
      const node = units.nodes[j]!;
      for (let g = groups.nodeGroupStart[node]!; g < groups.nodeGroupStart[node + 1]!; g++) {
        const s = groups.soc[g]!;
        const p = groups.program[g]!;
        let acc = scratch.get(s);
        if (!acc) {
          acc = { soc: s, permW: 0, certW: 0, lcaW: 0, pwW: 0, permN: 0, certN: 0, deniedN: 0, withdrawnN: 0, lcaN: 0, pwN: 0, firstFy: 0, lastFy: 0, groups: [] };
          scratch.set(s, acc);
        }
        acc.groups.push(g);
        for (let k = groups.cellStart[g]!; k < groups.cellStart[g + 1]!; k++) {
          const d = cells.decisionFy[k]!;
          const r = cells.receivedFy[k]!;
          if (d > last || (d === 0 && (r === 0 || r > last))) continue;
          const n = cells.count[k]!;
          const weight = caseWeight(w, p, d, r) * n;
          const st = cells.status[k]!;
          if (p === PERM) {
            acc.permW += weight;
            acc.permN += n;
            if (approved[st]) {
              acc.certW += weight;
              acc.certN += n;
            } else if (st === deniedId) acc.deniedN += n;
            else if (st === withdrawnId) acc.withdrawnN += n;
            if (d > 0) {
              if (acc.firstFy === 0 || d < acc.firstFy) acc.firstFy = d;
              if (d > acc.lastFy) acc.lastFy = d;
            }
          } else if (p === LCA) {
            acc.lcaW += weight;
            acc.lcaN += n;
          } else if (p === PW) {
            acc.pwW += weight;
            acc.pwN += n;
          }
        }
      }
    }
    const list = [...scratch.values()].sort((a, b) => a.soc - b.soc);
    for (const acc of list) {
      if (acc.permN + acc.lcaN + acc.pwN === 0) continue;
      out.push(acc);
      entryUnit.push(u);
      unit.permW[u]! += acc.permW;
      unit.certW[u]! += acc.certW;
      unit.lcaW[u]! += acc.lcaW;
      unit.pwW[u]! += acc.pwW;
      unit.permN[u]! += acc.permN;
      unit.certN[u]! += acc.certN;
      unit.deniedN[u]! += acc.deniedN;
      unit.withdrawnN[u]! += acc.withdrawnN;
      unit.lcaN[u]! += acc.lcaN;
      unit.pwN[u]! += acc.pwN;
      socPermW[acc.soc]! += acc.permW;
    }
  }
  entryStart[U] = out.length;
  const E = out.length;
  const f64 = (pick: (a: Acc) => number) => Float64Array.from(out, pick);
  const u32 = (pick: (a: Acc) => number) => Uint32Array.from(out, pick);
  const entryGroupStart = new Int32Array(E + 1);
  let total = 0;
  out.forEach((a, e) => {
    entryGroupStart[e] = total;
    total += a.groups.length;
  });
  entryGroupStart[E] = total;
  const entryGroups = new Int32Array(total);
  out.forEach((a, e) => entryGroups.set(a.groups.sort((x, y) => x - y), entryGroupStart[e]!));
  const { broad, minor, minorCodes } = socGroupIds(index.socs);
  const entrySoc = Int32Array.from(out, (a) => a.soc);
  const minorStart = new Int32Array(minorCodes.length + 1);
  for (let e = 0; e < E; e++) if (minor[entrySoc[e]!]! >= 0) minorStart[minor[entrySoc[e]!]! + 1]!++;
  for (let m = 0; m < minorCodes.length; m++) minorStart[m + 1]! += minorStart[m]!;
  const fill = minorStart.slice(0, minorCodes.length);
  const minorEntries = new Int32Array(minorStart[minorCodes.length]!);
  for (let e = 0; e < E; e++) {
    const m = minor[entrySoc[e]!]!;
    if (m >= 0) minorEntries[fill[m]!++] = e;
  }
  return {
    units,
    ...unit,
    entryStart,
    entryUnit: Int32Array.from(entryUnit),
    entrySoc,
    entryPermW: f64((a) => a.permW),
    entryCertW: f64((a) => a.certW),
    entryLcaW: f64((a) => a.lcaW),
    entryPwW: f64((a) => a.pwW),
    entryPermN: u32((a) => a.permN),
    entryCertN: u32((a) => a.certN),
    entryDeniedN: u32((a) => a.deniedN),
    entryWithdrawnN: u32((a) => a.withdrawnN),
    entryLcaN: u32((a) => a.lcaN),
    entryPwN: u32((a) => a.pwN),
    entryFirstFy: Uint16Array.from(out, (a) => a.firstFy),
    entryLastFy: Uint16Array.from(out, (a) => a.lastFy),
    entryGroupStart,
    entryGroups,
    socBroad: broad,
    socMinor: minor,
    socPermW,
    minorStart,
    minorEntries,
  };
}
