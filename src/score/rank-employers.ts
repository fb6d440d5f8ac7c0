/**
 * Rank employers by how likely they are to get a PERM certified for a role within the horizon.
 * Every employer with filings in the window is considered: those with activity in the role's minor
 * group(s) are scored in full; the others (no related history) are scored in order of their prior and
 * the scan stops once no remaining one can reach the list, so the top k is exact.
 *
 * @module
 */
import { z } from "zod";
import { parseState } from "../normalize/state";
import { ATTR_STATE, type SponsorIndex } from "../sponsors/sponsor-index";
import { unitKindCount } from "./modifier-shares";
import type { PairCounts } from "./pair-features";
import { resolveRole } from "./resolve-role";
import { parseRole, type RoleQuery } from "./role-query";
import { parseOptions, ScoreOptions, scoreSetup } from "./score-options";
import { roleMoments, type ScoreSettings } from "./score-moments";
import type { ScoredEmployer } from "./scored-employer";
import { roleSocSet, type ScoreContext, scoreUnit } from "./score-unit";
import { createTopK } from "./top-k";

/** Options of {@link rankEmployers}: the scoring options plus list size and filters. */
export const RankOptions = ScoreOptions.extend({
  /** Most employers listed (default 25). */
  limit: z.number().int().positive().max(10_000).default(25),
  /** Only employers with filings (any program, any occupation) in one of these worksite states. */
  states: z.array(z.string()).optional(),
  /** Only employers with at least this many PERM filings in the role's occupation(s) in the window (default 0). */
  minFilings: z.number().nonnegative().default(0),
  /** Only employers with a filing of one of these programs in the role's occupation(s). */
  programs: z.array(z.enum(["PERM", "LCA", "PW"])).min(1).optional(),
}).strict();
export type RankOptions = z.input<typeof RankOptions>;

/** A ranked employer: its score and its place in the list. */
export type RankedEmployer = ScoredEmployer & { readonly rank: number };

const PROGRAM_ID = { PERM: 0, LCA: 1, PW: 2 } as const;

/**
 * Employers ranked by probability (ties: higher expected certified filings, then employer key), each
 * with interval, expected filings, factor contributions, evidence and data-as-of.
 *
 * @example
 * const top = rankEmployers(index, { soc: "15-1252" }, { limit: 3 });
 * top.length; // => 3
 * top[0]!.probability! >= top[1]!.probability!; // => true
 */
export function rankEmployers(index: SponsorIndex, role: RoleQuery, options: RankOptions = {}): RankedEmployer[] {
  const o = parseOptions(RankOptions, options, "rankEmployers");
  const parsedRole = parseRole(role, "rankEmployers");
  const { model, settings, wages } = scoreSetup(index, o, "rankEmployers");
  const resolved = resolveRole(model, parsedRole, wages);
  const ctx: ScoreContext = { model, role: resolved, settings };
  const t = model.table;
  const socs = roleSocSet(resolved);
  if (model.window.exposure[0] <= 0 || socs.size === 0) return [];
  const stateIds = o.states?.map((s) => {
    const code = parseState(s);
    return code === null ? -1 : index.states.indexOf(code);
  }).filter((id) => id > 0);
  if (o.states && stateIds!.length === 0) return [];
  const programs = o.programs?.map((p) => PROGRAM_ID[p]);

  // Counts of every unit with activity in the minor group of a role SOC, per SOC.
  const touched = new Map<number, Map<number, PairCounts>>();
  for (const s of [...socs].sort((a, b) => a - b)) {
    const perUnit = new Map<number, PairCounts>();
    touched.set(s, perUnit);
    const m = t.socMinor[s]!;
    const b = t.socBroad[s]!;
    for (let j = t.minorStart[m]!; j < t.minorStart[m + 1]!; j++) {
      const e = t.minorEntries[j]!;
      const u = t.entryUnit[e]!;
      let c = perUnit.get(u);
      if (!c) perUnit.set(u, (c = { perm: 0, cert: 0, broad: 0, minor: 0, other: t.permW[u]!, lca: 0, lcaOther: t.lcaW[u]!, pw: 0, entry: -1 }));
      const es = t.entrySoc[e]!;
      const w = t.entryPermW[e]!;
      c.other -= w;
      if (es === s) {
        c.perm = w;
        c.cert = t.entryCertW[e]!;
        c.lca = t.entryLcaW[e]!;
        c.lcaOther = t.lcaW[u]! - c.lca;
        c.pw = t.entryPwW[e]!;
        c.entry = e;
      } else if (t.socBroad[es] === b) c.broad += w;
      else c.minor += w;
    }
  }
  const unrelated = (u: number): PairCounts => ({ perm: 0, cert: 0, broad: 0, minor: 0, other: t.permW[u]!, lca: 0, lcaOther: t.lcaW[u]!, pw: 0, entry: -1 });
  const countsOf = (u: number) => (s: number) => touched.get(s)!.get(u) ?? unrelated(u);

  const passes = (u: number): boolean => {
    if (t.permN[u]! + t.lcaN[u]! + t.pwN[u]! === 0) return false;
    if (o.minFilings > 0 || programs) {
      let perm = 0;
      let any = false;
      for (let e = t.entryStart[u]!; e < t.entryStart[u + 1]!; e++) {
        if (!socs.has(t.entrySoc[e]!)) continue;
        perm += t.entryPermN[e]!;
        if (programs) for (const p of programs) if ((p === 0 ? t.entryPermN[e]! : p === 1 ? t.entryLcaN[e]! : t.entryPwN[e]!) > 0) any = true;
      }
      if (perm < o.minFilings) return false;
      if (programs && !any) return false;
    }
    if (stateIds && unitKindCount(model.attrs, u, ATTR_STATE, stateIds).hit <= 0) return false;
    return true;
  };

  const top = createTopK(o.limit);
  const isCandidate = new Uint8Array(model.units.key.length);
  const candidates: number[] = [];
  for (const perUnit of touched.values()) {
    for (const u of perUnit.keys()) {
      if (isCandidate[u]) continue;
      isCandidate[u] = 1;
      candidates.push(u);
    }
  }
  for (const u of candidates) {
    if (!passes(u)) continue;
    const r = roleMoments(model, resolved, u, settings, false, countsOf(u));
    top.push({ u, p: r.probability, m: r.expectedCertified });
  }
  // Employers with no activity in the role's minor groups: the prior alone, scanned while one could still make the list.
  if (o.minFilings <= 0 && !programs) {
    const bound: ScoreSettings = { location: false, education: false, wage: false, risk: false, horizonYears: settings.horizonYears };
    for (let i = 0; i < model.unrelatedOrder.length; i++) {
      const u = model.unrelatedOrder[i]!;
      if (isCandidate[u]) continue;
      // The bound (no modifiers, certain certification) falls with the prior, which falls along the order.
      const kth = top.threshold();
      if (kth >= 0 && roleMoments(model, resolved, u, bound, false, () => unrelated(u)).probability < kth) break;
      if (!passes(u)) continue;
      const r = roleMoments(model, resolved, u, settings, false, () => unrelated(u));
      top.push({ u, p: r.probability, m: r.expectedCertified });
    }
  }
  return top.sorted().map((s, i) => ({ ...scoreUnit(ctx, s.u), rank: i + 1 }));
}
