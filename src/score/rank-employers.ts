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
import { resolveRole } from "./resolve-role";
import { parseRole, type RoleQuery } from "./role-query";
import { parseOptions, ScoreOptions, scoreSetup } from "./score-options";
import type { ScoreSettings } from "./score-moments";
import { candidateCounts, roleScore } from "./role-scorer";
import type { ScoredEmployer } from "./scored-employer";
import { roleSocSet, type ScoreContext, scoreUnit } from "./score-unit";
import { createTopK } from "./top-k";

/**
 * Options of {@link rankEmployers}: the scoring options plus list size and filters (a strict zod schema: an
 * unknown option is an error).
 *
 * @example
 * RankOptions.parse({}).limit; // => 25
 * RankOptions.safeParse({ top: 5 }).success; // => false
 */
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
  const counts = candidateCounts(model, resolved);
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
  const score = { p: 0, m: 0 };
  const modifiers = (settings.location && (resolved.state !== null || resolved.areas.length > 0)) || (settings.education && resolved.education > 0) || (settings.wage && resolved.wage !== null);
  if (modifiers && resolved.components.every((c) => c.socs.length === 1)) {
    // The shares are ≤ 1 and scale a one-code component's mean and spread together, so the probability
    // without them bounds the probability with them: score in that order and stop below the k-th best.
    const plain: ScoreSettings = { ...settings, location: false, education: false, wage: false };
    const order: number[] = [];
    const bound = new Float64Array(counts.units.length);
    for (let i = 0; i < counts.units.length; i++) {
      if (!passes(counts.units[i]!)) continue;
      bound[i] = roleScore(model, resolved, plain, counts, counts.units[i]!, i, score).p;
      order.push(i);
    }
    order.sort((a, b) => bound[b]! - bound[a]! || a - b);
    for (const i of order) {
      const kth = top.threshold();
      if (kth >= 0 && bound[i]! < kth) break;
      roleScore(model, resolved, settings, counts, counts.units[i]!, i, score);
      top.push({ u: counts.units[i]!, p: score.p, m: score.m });
    }
  } else {
    for (let i = 0; i < counts.units.length; i++) {
      const u = counts.units[i]!;
      if (!passes(u)) continue;
      roleScore(model, resolved, settings, counts, u, i, score);
      top.push({ u, p: score.p, m: score.m });
    }
  }
  // Employers with no activity in the role's minor groups: the prior alone, scanned while one could still make the list.
  if (o.minFilings <= 0 && !programs) {
    const bound: ScoreSettings = { location: false, education: false, wage: false, risk: false, horizonYears: settings.horizonYears };
    for (let i = 0; i < model.unrelatedOrder.length; i++) {
      const u = model.unrelatedOrder[i]!;
      if (counts.slot[u]! >= 0) continue;
      // The bound (no modifiers, certain certification) falls with the prior, which falls along the order.
      const kth = top.threshold();
      if (kth >= 0 && roleScore(model, resolved, bound, counts, u, -1, score).p < kth) break;
      if (!passes(u)) continue;
      roleScore(model, resolved, settings, counts, u, -1, score);
      top.push({ u, p: score.p, m: score.m });
    }
  }
  return top.sorted().map((s, i) => ({ ...scoreUnit(ctx, s.u), rank: i + 1 }));
}
