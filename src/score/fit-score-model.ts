/**
 * Fit the sponsorship-likelihood model on an index at an as-of date: count every employer's activity
 * in the window (recency-weighted, PERM by receipt year), then fit the priors from the data — the Gamma
 * prior of PERM activity rates (negative-binomial regression on related-occupation and pipeline
 * features), the Beta prior of certification rates (beta-binomial) and the concentrations of the
 * location, education and wage-level shares (Dirichlet-multinomial). Everything the scoring functions
 * need is precomputed here, once per index and settings; {@link scoreModelFor} caches it per index.
 *
 * @module
 */
import { z } from "zod";
import { DisclosureError } from "../errors";
import { daysBinRange } from "../sponsors/bins";
import { ATTR_DAYS, ATTR_EDUCATION, ATTR_LEVEL, ATTR_STATE, type SponsorIndex } from "../sponsors/sponsor-index";
import { type ActivityTable, activityTable } from "./activity-table";
import { type ActivityWindow, activityWindow, PERM } from "./activity-window";
import { type ConcentrationRow, fitConcentration, populationShare } from "./category-share";
import { type CertificationPrior, fitCertificationPrior } from "./fit-certification-prior";
import { ACTIVITY_FEATURES, type ActivityFeature, type ActivityPrior, FEATURE_COUNT, fitActivityPrior } from "./fit-activity-prior";
import { type PairCounts, pairFeatures } from "./pair-features";
import { type ScoreUnits, scoreUnits } from "./score-units";
import { entryAttrCounts, type PopulationShares, populationShares, type UnitAttrs, unitAttrCount, unitAttrs, unitAttrTotal } from "./unit-attrs";

/** The fitted priors of a model (plain JSON: save them, or pass them to refit on other data). */
export interface ScorePriors {
  readonly activity: ActivityPrior;
  readonly certification: CertificationPrior;
  /** Dirichlet concentrations of the location, education and wage-level shares. */
  readonly concentration: { readonly location: number; readonly education: number; readonly level: number };
}

const Priors = z.object({
  activity: z.object({ shape: z.number().positive(), coefficients: z.record(z.enum(ACTIVITY_FEATURES), z.number()) }),
  certification: z.object({ a: z.number().positive(), b: z.number().positive() }),
  concentration: z.object({ location: z.number().positive(), education: z.number().positive(), level: z.number().positive() }),
});

/**
 * Options of {@link fitScoreModel} (a zod schema; the type is its input): `asOf`, the recency half-life,
 * entity or parent scope, fixed priors and the fitting sample size.
 *
 * @example
 * const o = ScoreModelOptions.parse({});
 * [o.halfLifeYears, o.scope, o.maxFitUnits]; // => [3, "entity", 10000]
 */
export const ScoreModelOptions = z.object({
  /** Predict for the 12 months after this date (default: the index's data-as-of date). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD").optional(),
  /** Half-life of recency weights, in years (default 3; use a large number for none). */
  halfLifeYears: z.number().positive().max(1000).default(3),
  /** `entity` (default): legal entities; `parent`: roll entities up to their alias-table parents. */
  scope: z.enum(["entity", "parent"]).default("entity"),
  /** Use LCA and PW filings (the H-1B pipeline) in the activity prior (default true). */
  pipeline: z.boolean().default(true),
  /** Use these priors instead of fitting them. */
  priors: Priors.optional(),
  /** Most employers sampled (evenly by key) to fit the activity prior (default 10,000). */
  maxFitUnits: z.number().int().positive().default(10_000),
});
export type ScoreModelOptions = z.input<typeof ScoreModelOptions>;

/** Diagnostics of the fit. */
export interface ScoreModelFit {
  /** Pairs (rows) and employers in the activity fit; its log-likelihood. */
  readonly rows: number;
  readonly units: number;
  readonly logLikelihood: number;
  readonly iterations: number;
  /** Employers with PERM decisions in the certification fit. */
  readonly certificationUnits: number;
}

/** A fitted model: the window, the activity table, the priors and per-employer precomputations. */
export interface ScoreModel {
  readonly index: SponsorIndex;
  readonly window: ActivityWindow;
  readonly units: ScoreUnits;
  readonly table: ActivityTable;
  readonly attrs: UnitAttrs;
  readonly priors: ScorePriors;
  readonly scope: "entity" | "parent";
  readonly pipeline: boolean;
  readonly fit: ScoreModelFit | null;
  /** Log base rate per SOC id: log((PERM filings + ½) / E). */
  readonly socBase: Float64Array;
  /** Log prior mean (per year) of a pair with no related activity, less the SOC term, per unit. */
  readonly unrelatedEta: Float64Array;
  /** Units with filings in the window, by `unrelatedEta` descending (ties: unit order). */
  readonly unrelatedOrder: Int32Array;
  /** Posterior mean and variance of each unit's certification rate. */
  readonly certMean: Float64Array;
  readonly certVar: Float64Array;
  /** PERM groups of each SOC id: `socGroups[socGroupStart[s] … socGroupStart[s+1]-1]`. */
  readonly socGroupStart: Int32Array;
  readonly socGroups: Int32Array;
  /** Median PERM processing days in the index (for audit-length decisions). */
  readonly medianPermDays: number | null;
  /** Cache of population shares per (SOC id, attribute kind). */
  readonly population: Map<number, PopulationShares>;
}

const CACHE = new WeakMap<SponsorIndex, Map<string, ScoreModel>>();

/**
 * The model of an index for some options, fitted on first use and cached per index (a pure cache:
 * the same index and options always give the same model).
 *
 * @example
 * scoreModelFor(index) === scoreModelFor(index); // => true
 */
export function scoreModelFor(index: SponsorIndex, options: ScoreModelOptions = {}): ScoreModel {
  const parsed = parseOptions(options);
  const key = JSON.stringify(parsed);
  let perIndex = CACHE.get(index);
  if (!perIndex) CACHE.set(index, (perIndex = new Map()));
  let model = perIndex.get(key);
  if (!model) {
    model = fitParsed(index, parsed);
    if (perIndex.size > 16) perIndex.clear();
    perIndex.set(key, model);
  }
  return model;
}

function parseOptions(options: ScoreModelOptions): z.output<typeof ScoreModelOptions> {
  const parsed = ScoreModelOptions.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DisclosureError("invalid_option", `score options: "${first?.path.join(".") || "options"}": ${first?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/**
 * Fit the model on an index (see the module description and docs/scoring.md).
 *
 * @example
 * const model = fitScoreModel(index, { asOf: "2025-09-30" });
 * model.priors.activity.shape > 0; // => true
 */
export function fitScoreModel(index: SponsorIndex, options: ScoreModelOptions = {}): ScoreModel {
  return fitParsed(index, parseOptions(options));
}

function fitParsed(index: SponsorIndex, o: z.output<typeof ScoreModelOptions>): ScoreModel {
  const window = activityWindow(index, { asOf: o.asOf, halfLifeYears: o.halfLifeYears });
  const units = scoreUnits(index.resolution, o.scope);
  const table = activityTable(index, units, window);
  const attrs = unitAttrs(index, table);
  const E = window.exposure;
  const socBase = Float64Array.from(table.socPermW, (w) => Math.log((w + 0.5) / Math.max(E[0], 1e-9)));
  const { socGroupStart, socGroups } = permGroupsBySoc(index);
  const population = new Map<number, PopulationShares>();
  let priors: ScorePriors;
  let fit: ScoreModelFit | null = null;
  if (o.priors) priors = o.priors as ScorePriors;
  else {
    const rows = activityRows(table, window, socBase, o.maxFitUnits);
    const free = new Set<ActivityFeature>(ACTIVITY_FEATURES.filter((f) => o.pipeline || !["lca", "lcaOther", "pw"].includes(f)));
    const activity = fitActivityPrior(rows, E[0], free);
    const certification = fitCertificationPrior(table.certW, table.permW);
    const model0 = { index, table, attrs, socGroupStart, socGroups, population };
    priors = {
      activity: activity.prior,
      certification,
      concentration: {
        location: fitConcentration(concentrationRows(model0, ATTR_STATE, index.states.length - 1)),
        education: fitConcentration(concentrationRows(model0, ATTR_EDUCATION, 7)),
        level: fitConcentration(concentrationRows(model0, ATTR_LEVEL, 4)),
      },
    };
    let certificationUnits = 0;
    for (let u = 0; u < table.permW.length; u++) if (table.permW[u]! > 0) certificationUnits++;
    fit = { rows: activity.rows, units: rows.units, logLikelihood: Math.round(activity.logLikelihood * 1000) / 1000, iterations: activity.iterations, certificationUnits };
  }
  const th = priors.activity.coefficients;
  const U = units.key.length;
  const unrelatedEta = new Float64Array(U);
  const certMean = new Float64Array(U);
  const certVar = new Float64Array(U);
  const el = E[1] > 0 ? E[1] : Infinity;
  const { a, b } = priors.certification;
  for (let u = 0; u < U; u++) {
    unrelatedEta[u] = th.intercept + th.other * Math.log1p(table.permW[u]! / Math.max(E[0], 1e-9)) + (o.pipeline ? th.lcaOther * Math.log1p(table.lcaW[u]! / el) : 0);
    const n = a + b + table.permW[u]!;
    const mean = (a + table.certW[u]!) / n;
    certMean[u] = mean;
    certVar[u] = (mean * (1 - mean)) / (n + 1);
  }
  const activeUnits: number[] = [];
  for (let u = 0; u < U; u++) if (table.permN[u]! + table.lcaN[u]! + table.pwN[u]! > 0) activeUnits.push(u);
  const unrelatedOrder = Int32Array.from(activeUnits).sort((x, y) => unrelatedEta[y]! - unrelatedEta[x]! || x - y);
  return {
    index, window, units, table, attrs, priors, scope: o.scope, pipeline: o.pipeline, fit, socBase, unrelatedEta, unrelatedOrder,
    certMean, certVar, socGroupStart, socGroups, medianPermDays: medianPermDays(index), population,
  };
}

/** PERM groups per SOC id (CSR). */
function permGroupsBySoc(index: SponsorIndex): { socGroupStart: Int32Array; socGroups: Int32Array } {
  const { groups } = index;
  const S = index.socs.length;
  const socGroupStart = new Int32Array(S + 1);
  for (let g = 0; g < groups.node.length; g++) if (groups.program[g] === PERM) socGroupStart[groups.soc[g]! + 1]!++;
  for (let s = 0; s < S; s++) socGroupStart[s + 1]! += socGroupStart[s]!;
  const fill = socGroupStart.slice(0, S);
  const socGroups = new Int32Array(socGroupStart[S]!);
  for (let g = 0; g < groups.node.length; g++) if (groups.program[g] === PERM) socGroups[fill[groups.soc[g]!]!++] = g;
  return { socGroupStart, socGroups };
}

/**
 * The population's distribution of an attribute kind over a SOC's PERM filings (cached in the model).
 *
 * @example
 * socPopulation(scoreModelFor(index), index.socs.indexOf("15-1252"), 1).total > 0; // => true
 */
export function socPopulation(model: Pick<ScoreModel, "index" | "socGroupStart" | "socGroups" | "population">, soc: number, kind: number): PopulationShares {
  const key = soc * 8 + kind;
  let p = model.population.get(key);
  if (!p) {
    p = populationShares(model.index, model.socGroups.subarray(model.socGroupStart[soc]!, model.socGroupStart[soc + 1]!), kind);
    model.population.set(key, p);
  }
  return p;
}

/** Rows of the activity fit: related pairs of sampled units, and their unrelated pairs grouped by SOC base-rate bins. */
function activityRows(t: ActivityTable, w: ActivityWindow, socBase: Float64Array, maxUnits: number): { x: Float64Array; y: Float64Array; weight: Float64Array; units: number } {
  const E = w.exposure;
  const U = t.units.key.length;
  const active: number[] = [];
  for (let u = 0; u < U; u++) if (t.permN[u]! + t.lcaN[u]! + t.pwN[u]! > 0) active.push(u);
  const step = Math.max(1, Math.ceil(active.length / maxUnits));
  const sample = active.filter((_, i) => i % step === 0);
  const unitWeight = active.length / Math.max(1, sample.length);
  // The SOC universe: codes with PERM filings in the window, by minor group, and base-rate bins.
  const socs: number[] = [];
  for (let s = 1; s < t.socPermW.length; s++) if (t.socPermW[s]! > 0) socs.push(s);
  const byMinor = new Map<number, number[]>();
  for (const s of socs) {
    const m = t.socMinor[s]!;
    const list = byMinor.get(m);
    if (list) list.push(s);
    else byMinor.set(m, [s]);
  }
  const sorted = [...socs].sort((a, b) => socBase[a]! - socBase[b]! || a - b);
  const B = Math.min(12, sorted.length);
  const binOf = new Int32Array(socBase.length).fill(-1);
  const binSize = new Array<number>(B).fill(0);
  const binMean = new Array<number>(B).fill(0);
  sorted.forEach((s, i) => {
    const b = Math.min(B - 1, Math.floor((i * B) / sorted.length));
    binOf[s] = b;
    binSize[b]!++;
    binMean[b]! += socBase[s]!;
  });
  for (let b = 0; b < B; b++) binMean[b]! /= Math.max(1, binSize[b]!);
  const x: number[] = [];
  const y: number[] = [];
  const weight: number[] = [];
  const feats = new Float64Array(FEATURE_COUNT);
  const push = (yy: number, wt: number) => {
    for (let j = 0; j < FEATURE_COUNT; j++) x.push(feats[j]!);
    y.push(yy);
    weight.push(wt);
  };
  const broadSum = new Map<number, number>();
  const minorSum = new Map<number, number>();
  const touched = new Set<number>();
  const entryOf = new Map<number, number>();
  for (const u of sample) {
    broadSum.clear();
    minorSum.clear();
    touched.clear();
    entryOf.clear();
    for (let e = t.entryStart[u]!; e < t.entryStart[u + 1]!; e++) {
      const s = t.entrySoc[e]!;
      entryOf.set(s, e);
      if (s === 0) continue;
      const b = t.socBroad[s]!;
      const m = t.socMinor[s]!;
      broadSum.set(b, (broadSum.get(b) ?? 0) + t.entryPermW[e]!);
      minorSum.set(m, (minorSum.get(m) ?? 0) + t.entryPermW[e]!);
      touched.add(m);
    }
    const touchedInBin = new Array<number>(B).fill(0);
    for (const m of [...touched].sort((a, b) => a - b)) {
      for (const s of byMinor.get(m) ?? []) {
        touchedInBin[binOf[s]!]!++;
        const e = entryOf.get(s) ?? -1;
        const perm = e >= 0 ? t.entryPermW[e]! : 0;
        const lca = e >= 0 ? t.entryLcaW[e]! : 0;
        const c: PairCounts = {
          perm, cert: 0, entry: e,
          broad: (broadSum.get(t.socBroad[s]!) ?? 0) - perm,
          minor: (minorSum.get(m) ?? 0) - (broadSum.get(t.socBroad[s]!) ?? 0),
          other: t.permW[u]! - (minorSum.get(m) ?? 0),
          lca, lcaOther: t.lcaW[u]! - lca, pw: e >= 0 ? t.entryPwW[e]! : 0,
        };
        pairFeatures(c, E, socBase[s]!, feats);
        push(perm, unitWeight);
      }
    }
    const c: PairCounts = { perm: 0, cert: 0, entry: -1, broad: 0, minor: 0, other: t.permW[u]!, lca: 0, lcaOther: t.lcaW[u]!, pw: 0 };
    for (let b = 0; b < B; b++) {
      const n = binSize[b]! - touchedInBin[b]!;
      if (n <= 0) continue;
      pairFeatures(c, E, binMean[b]!, feats);
      push(0, n * unitWeight);
    }
  }
  return { x: Float64Array.from(x), y: Float64Array.from(y), weight: Float64Array.from(weight), units: sample.length };
}

/** Rows for fitting one concentration: entries with ≥ 2 PERM filings of a known value, sampled evenly (≤ 3,000). */
function concentrationRows(
  model: Pick<ScoreModel, "index" | "table" | "attrs" | "socGroupStart" | "socGroups" | "population">,
  kind: number,
  categories: number,
): ConcentrationRow[] {
  const t = model.table;
  const candidates: number[] = [];
  for (let e = 0; e < t.entrySoc.length; e++) if (t.entrySoc[e]! > 0 && t.entryPermN[e]! >= 2) candidates.push(e);
  const step = Math.max(1, Math.ceil(candidates.length / 3000));
  const rows: ConcentrationRow[] = [];
  for (let i = 0; i < candidates.length; i += step) {
    const e = candidates[i]!;
    const u = t.entryUnit[e]!;
    const counts = entryAttrCounts(model.index, t, e, kind);
    let n = 0;
    for (const v of counts.values()) n += v;
    if (n < 2) continue;
    const pop = socPopulation(model, t.entrySoc[e]!, kind);
    const m = unitAttrTotal(model.attrs, u, kind) - n;
    rows.push({
      n,
      m: Math.max(0, m),
      cats: [...counts].sort((a, b) => a[0] - b[0]).map(([v, c]) => ({ n: c, m: Math.max(0, unitAttrCount(model.attrs, u, kind, v) - c), p: populationShare(pop, v, categories) })),
    });
  }
  return rows;
}

function medianPermDays(index: SponsorIndex): number | null {
  const { groups, attrs } = index;
  const bins = new Map<number, number>();
  let total = 0;
  for (let g = 0; g < groups.node.length; g++) {
    if (groups.program[g] !== PERM) continue;
    for (let a = groups.attrStart[g]!; a < groups.attrStart[g + 1]!; a++) {
      if (attrs.kind[a] !== ATTR_DAYS) continue;
      bins.set(attrs.value[a]!, (bins.get(attrs.value[a]!) ?? 0) + attrs.count[a]!);
      total += attrs.count[a]!;
    }
  }
  if (total === 0) return null;
  let seen = 0;
  for (const [bin, n] of [...bins].sort((a, b) => a[0] - b[0])) {
    seen += n;
    if (seen >= total / 2) {
      const [from, to] = daysBinRange(bin);
      return Math.round((from + to) / 2);
    }
  }
  return null;
}
