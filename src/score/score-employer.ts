/**
 * Score one employer for a role — the job-board use: tag a listing with how likely its employer is to
 * sponsor a green card for that job. The employer is found by name, brand, FEIN or key through the
 * employer index (`findEmployer`); an unknown employer comes back `unrated`, not as a zero.
 *
 * @module
 */
import { z } from "zod";
import { findEmployer } from "../employers/find-employer";
import { DisclosureError } from "../errors";
import { sortedIndexOf } from "../normalize/sorted-index-of";
import type { SponsorIndex } from "../sponsors/sponsor-index";
import { resolveRole } from "./resolve-role";
import { parseRole, type RoleQuery } from "./role-query";
import { parseOptions, ScoreOptions, type ScoreSetup, scoreSetup } from "./score-options";
import type { ScoredEmployer } from "./scored-employer";
import { scoreUnit, unratedEmployer } from "./score-unit";
import { unitOfKey } from "./score-units";

/**
 * Options of {@link scoreEmployer}: the scoring options and how sure a name match must be.
 *
 * @example
 * ScoreEmployerOptions.parse({}).minConfidence; // => 0.5
 */
export const ScoreEmployerOptions = ScoreOptions.extend({
  /** Lowest `findEmployer` confidence accepted (default 0.5). */
  minConfidence: z.number().min(0).max(1).default(0.5),
}).strict();
export type ScoreEmployerOptions = z.input<typeof ScoreEmployerOptions>;

/** A found employer: the unit to score (in a setup of the right scope) and how it matched. */
export interface EmployerMatch {
  readonly setup: ScoreSetup;
  readonly unit: number;
  readonly match: { readonly query: string; readonly confidence: number; readonly matchedName: string };
}

/**
 * Find the unit of a name, brand, FEIN or key: a brand that names an alias-table parent is scored in
 * parent scope. Null when nothing matches well enough.
 *
 * @example
 * const o = parseOptions(ScoreEmployerOptions, {}, "x");
 * findUnit(index, "Nobody At All Ltd", o, "x"); // => null
 */
export function findUnit(index: SponsorIndex, query: string, o: z.output<typeof ScoreEmployerOptions>, fn: string): EmployerMatch | null {
  const best = findEmployer(index, query, { limit: 1, minConfidence: o.minConfidence })[0];
  if (!best) return null;
  const setup = scoreSetup(index, o, fn, best.scope === "parent" ? "parent" : o.model?.scope ?? o.scope);
  let unit = unitOfKey(setup.model.units, best.key);
  if (unit < 0 && best.scope === "entity") {
    // Parent scope: the entity's unit is its parent's.
    const e = sortedIndexOf(index.resolution.employers.key, best.key);
    if (e >= 0) unit = setup.model.units.ofEmployer[e]!;
  }
  if (unit < 0) return null;
  return { setup, unit, match: { query, confidence: best.confidence, matchedName: best.matchedName } };
}

/**
 * Score one employer (by name, brand, FEIN or key) for a role.
 *
 * @example
 * scoreEmployer(index, "Tavrix Consultancy Services", { soc: "15-1252" }).key; // => "fein:22-2610812"
 * scoreEmployer(index, "Nobody At All Ltd", { soc: "15-1252" }).status; // => "unrated"
 */
export function scoreEmployer(index: SponsorIndex, employerNameOrFein: string, role: RoleQuery, options: ScoreEmployerOptions = {}): ScoredEmployer {
  const o = parseOptions(ScoreEmployerOptions, options, "scoreEmployer");
  const parsedRole = parseRole(role, "scoreEmployer");
  if (typeof employerNameOrFein !== "string" || employerNameOrFein.trim() === "") {
    throw new DisclosureError("invalid_option", `scoreEmployer: employer: expected a non-blank name, brand or FEIN (got ${JSON.stringify(employerNameOrFein)})`);
  }
  const found = findUnit(index, employerNameOrFein, o, "scoreEmployer");
  if (!found) {
    const setup = scoreSetup(index, o, "scoreEmployer");
    const ctx = { model: setup.model, role: resolveRole(setup.model, parsedRole, setup.wages), settings: setup.settings };
    return unratedEmployer(ctx, employerNameOrFein.trim(), `no employer in the index matches "${employerNameOrFein.trim()}"`);
  }
  const { setup, unit, match } = found;
  const ctx = { model: setup.model, role: resolveRole(setup.model, parsedRole, setup.wages), settings: setup.settings };
  return { ...scoreUnit(ctx, unit), match };
}
