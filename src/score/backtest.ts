/**
 * Backtest: fit the model on decisions through fiscal year t, predict for every employer known by then
 * and every role (an occupation group: a SOC code, broad or minor group) whether it gets at least one
 * certified PERM decided in FY t+1, and compare with what happened — next to the baselines computed in
 * the same run on the same cases.
 *
 * @module
 */
import { z } from "zod";
import type { Filing } from "../datasets/filing";
import { DisclosureError } from "../errors";
import { isApproved } from "../normalize/status";
import { buildSponsorIndex } from "../sponsors/build-sponsor-index";
import { STATUSES, type SponsorIndex } from "../sponsors/sponsor-index";
import { PERM } from "./activity-window";
import { BASELINES, type Baseline, type BaselineInputs, baselineScore } from "./baselines";
import { brierScore, prAuc, precisionAtK, rocAuc } from "./classification-metrics";
import { type ScoreModel, scoreModelFor } from "./fit-score-model";
import { isotonicMap, type ReliabilityBin, reliabilityTable } from "./reliability-table";
import { resolveRole, type ResolvedRole } from "./resolve-role";
import { parseRole } from "./role-query";
import { roleMoments, type ScoreSettings } from "./score-moments";

/**
 * Options of {@link backtest} (a zod schema; the type is its input). Only `trainThrough` is required.
 *
 * @example
 * const o = BacktestOptions.parse({ trainThrough: 2024 });
 * [o.topRoles, o.k, o.bins]; // => [10, [10, 50, 100, 500], 10]
 */
export const BacktestOptions = z.object({
  /** Last decision fiscal year the model is fitted on. */
  trainThrough: z.number().int().min(1990).max(2100),
  /** The fiscal year predicted; must be trainThrough + 1 (the model's 12-month horizon). */
  testFiscalYear: z.number().int().optional(),
  /** Roles: SOC codes (detailed, broad or minor). Default: the `topRoles` detailed codes with most PERM filings through trainThrough. */
  roles: z.array(z.string().trim().min(1)).min(1).optional(),
  topRoles: z.number().int().positive().max(200).default(10),
  halfLifeYears: z.number().positive().max(1000).default(3),
  scope: z.enum(["entity", "parent"]).default("entity"),
  pipeline: z.boolean().default(true),
  /** k of precision@k (default 10, 50, 100, 500). */
  k: z.array(z.number().int().positive()).default([10, 50, 100, 500]),
  /** Calibration bins (equal width) and the fewest cases a bin needs to be judged (default 10, 200). */
  bins: z.number().int().min(2).max(100).default(10),
  minBinCases: z.number().int().positive().default(200),
  /** Also return every case (role, employer key, model probability, outcome), e.g. to compare with a known truth. */
  includeCases: z.boolean().default(false),
});
export type BacktestOptions = z.input<typeof BacktestOptions>;

/** Metrics of one scorer. */
export interface BacktestMetrics {
  readonly auc: number;
  readonly prAuc: number;
  /** Brier score of the probabilities (baselines: after an isotonic map fitted on the previous year's split; null without one). */
  readonly brier: number | null;
  readonly precisionAtK: Readonly<Record<string, number>>;
  readonly meanPredicted: number | null;
  /** Reliability table (null for a baseline without a calibration split). */
  readonly reliability: readonly ReliabilityBin[] | null;
  /** Largest |predicted − observed| over bins with at least `minBinCases` cases. */
  readonly maxCalibrationGap: number | null;
}

/** One role of a backtest. */
export interface BacktestRole {
  readonly role: string;
  readonly label: string;
  readonly cases: number;
  readonly positives: number;
  readonly modelAuc: number;
}

/** The result of {@link backtest}. */
export interface BacktestResult {
  readonly trainThrough: number;
  readonly testFiscalYear: number;
  readonly asOf: string;
  readonly halfLifeYears: number;
  readonly roles: readonly BacktestRole[];
  /** Employer × role cases (employers with any filing through trainThrough) and positives among them. */
  readonly cases: number;
  readonly positives: number;
  /** Positives from employers with no filing through trainThrough (no scorer can rank them; not in `cases`). */
  readonly unseenPositives: number;
  readonly model: BacktestMetrics;
  readonly baselines: Readonly<Record<Baseline, BacktestMetrics>>;
  /** The fitted priors, for the record. */
  readonly priors: ScoreModel["priors"];
  /** Every case, when `includeCases` was set (else null). */
  readonly caseList: readonly { readonly role: string; readonly key: string; readonly probability: number; readonly outcome: number }[] | null;
}

const SETTINGS: ScoreSettings = { location: false, education: false, wage: false, risk: true, horizonYears: 1 };

interface RoleCases {
  units: number[];
  p: number[];
  labels: number[];
  baseline: Record<Baseline, number[]>;
  unseen: number;
}

/**
 * Run a backtest on an index (or on filings, from which an index is built).
 *
 * @example
 * const r = backtest(index, { trainThrough: 2024, roles: ["15-1252"] });
 * r.testFiscalYear; // => 2025
 */
export function backtest(input: SponsorIndex | Iterable<Filing>, options: BacktestOptions): BacktestResult {
  const parsed = BacktestOptions.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DisclosureError("invalid_option", `backtest: "${first?.path.join(".") || "options"}": ${first?.message ?? "invalid"}`);
  }
  const o = parsed.data;
  const t = o.trainThrough;
  const test = o.testFiscalYear ?? t + 1;
  if (test !== t + 1) throw new DisclosureError("invalid_option", `backtest: "testFiscalYear" must be trainThrough + 1 (${t + 1}), the model's 12-month horizon; got ${test}`);
  const index = isIndex(input) ? input : buildSponsorIndex(input);
  const asOf = `${t}-09-30`;
  const model = scoreModelFor(index, { asOf, halfLifeYears: o.halfLifeYears, scope: o.scope, pipeline: o.pipeline });
  if (model.window.exposure[0] <= 0) throw new DisclosureError("invalid_option", `backtest: the index has no PERM decisions through FY${t}`);
  const roles = o.roles ?? topSocs(model, o.topRoles);
  const current = roles.map((code) => roleCases(model, code, t, test, true));
  // The baselines' probability maps: isotonic regression on the previous year's split (t−1 → t).
  const prevModel = hasPermYear(model, t - 1) ? scoreModelFor(index, { asOf: `${t - 1}-09-30`, halfLifeYears: o.halfLifeYears, scope: o.scope, pipeline: o.pipeline, priors: model.priors }) : null;
  const previous = prevModel ? roles.map((code) => roleCases(prevModel, code, t - 1, t, false)) : null;

  const pool = (cs: RoleCases[], pick: (c: RoleCases) => number[]) => cs.flatMap(pick);
  const labels = pool(current, (c) => c.labels);
  const p = pool(current, (c) => c.p);
  const metrics = (scores: number[], probabilities: number[] | null): BacktestMetrics => {
    const reliability = probabilities ? reliabilityTable(probabilities, labels, o.bins) : null;
    const judged = reliability?.filter((b) => b.cases >= o.minBinCases) ?? [];
    return {
      auc: round(rocAuc(scores, labels)),
      prAuc: round(prAuc(scores, labels)),
      brier: probabilities ? round(brierScore(probabilities, labels)) : null,
      precisionAtK: Object.fromEntries(o.k.map((k) => [String(k), round(precisionAtK(scores, labels, k))])),
      meanPredicted: probabilities ? round(probabilities.reduce((s, v) => s + v, 0) / Math.max(1, probabilities.length)) : null,
      reliability: reliability?.map((b) => ({ ...b, meanPredicted: round(b.meanPredicted), observed: round(b.observed), gap: round(b.gap) })) ?? null,
      maxCalibrationGap: judged.length > 0 ? round(Math.max(...judged.map((b) => b.gap))) : null,
    };
  };
  const baselines = {} as Record<Baseline, BacktestMetrics>;
  for (const name of BASELINES) {
    const scores = pool(current, (c) => c.baseline[name]);
    let probabilities: number[] | null = null;
    if (previous) {
      const map = isotonicMap(pool(previous, (c) => c.baseline[name]), pool(previous, (c) => c.labels));
      probabilities = scores.map((s) => map.at(s));
    }
    baselines[name] = metrics(scores, probabilities);
  }
  return {
    trainThrough: t,
    testFiscalYear: test,
    asOf,
    halfLifeYears: o.halfLifeYears,
    roles: roles.map((role, i) => {
      const c = current[i]!;
      return { role, label: resolveRole(model, parseRole({ soc: role }, "backtest")).label, cases: c.labels.length, positives: c.labels.reduce((s, v) => s + v, 0), modelAuc: round(rocAuc(c.p, c.labels)) };
    }),
    cases: labels.length,
    positives: labels.reduce((s, v) => s + v, 0),
    unseenPositives: current.reduce((s, c) => s + c.unseen, 0),
    model: metrics(p, p),
    baselines,
    priors: model.priors,
    caseList: o.includeCases
      ? current.flatMap((c, i) => c.units.map((u, j) => ({ role: roles[i]!, key: model.units.key[u]!, probability: c.p[j]!, outcome: c.labels[j]! })))
      : null,
  };
}

function isIndex(x: SponsorIndex | Iterable<Filing>): x is SponsorIndex {
  return typeof x === "object" && x !== null && "format" in x && "groups" in x;
}

function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : x;
}

function hasPermYear(model: ScoreModel, fy: number): boolean {
  const i = fy - model.window.baseFiscalYear;
  return i >= 0 && (model.window.coverage[PERM]![i] ?? 0) > 0;
}

/** The detailed SOC codes with most PERM filings through the training year (ties: code). */
function topSocs(model: ScoreModel, n: number): string[] {
  const totals = new Map<number, number>();
  const t = model.table;
  for (let e = 0; e < t.entrySoc.length; e++) if (t.entrySoc[e]! > 0) totals.set(t.entrySoc[e]!, (totals.get(t.entrySoc[e]!) ?? 0) + t.entryPermN[e]!);
  return [...totals]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, n)
    .map(([s]) => model.index.socs[s]!);
}

/** Cases of one role: every unit known through `t`, its model probability, baseline scores and outcome in `test`. */
function roleCases(model: ScoreModel, code: string, t: number, test: number, withModel: boolean): RoleCases {
  const { index, table, units } = model;
  const role: ResolvedRole = resolveRole(model, parseRole({ soc: code }, "backtest"));
  const socs = new Set(role.components.flatMap((c) => c.socs));
  const U = units.key.length;
  const known = new Uint8Array(U);
  for (let u = 0; u < U; u++) if (table.permN[u]! + table.lcaN[u]! + table.pwN[u]! > 0) known[u] = 1;
  // Per unit: filings and certifications in the role through t, years with filings, last year; outcome in `test`.
  const filings = new Float64Array(U);
  const certified = new Float64Array(U);
  const last = new Int32Array(U);
  const outcome = new Uint8Array(U);
  const years = new Map<number, Set<number>>();
  const approved = STATUSES.map((s) => isApproved(s));
  const { groups, cells } = index;
  for (const s of socs) {
    for (let j = model.socGroupStart[s]!; j < model.socGroupStart[s + 1]!; j++) {
      const g = model.socGroups[j]!;
      const u = units.ofNode[groups.node[g]!]!;
      if (u < 0) continue;
      for (let k = groups.cellStart[g]!; k < groups.cellStart[g + 1]!; k++) {
        const d = cells.decisionFy[k]!;
        const n = cells.count[k]!;
        if (d === test && approved[cells.status[k]!]) outcome[u] = 1;
        if (d === 0 || d > t) continue;
        filings[u]! += n;
        if (approved[cells.status[k]!]) certified[u]! += n;
        if (d > last[u]!) last[u] = d;
        if (d > t - 5) {
          let set = years.get(u);
          if (!set) years.set(u, (set = new Set()));
          set.add(d);
        }
      }
    }
  }
  let covered = 0;
  for (let fy = t - 4; fy <= t; fy++) if (hasPermYear(model, fy)) covered++;
  let maxFilings = 0;
  for (let u = 0; u < U; u++) if (known[u] && filings[u]! > maxFilings) maxFilings = filings[u]!;
  const out: RoleCases = { units: [], p: [], labels: [], baseline: { rawPermCount: [], rawCertifiedInSoc: [], handGrade: [] }, unseen: 0 };
  for (let u = 0; u < U; u++) {
    if (!known[u]) {
      if (outcome[u]) out.unseen++;
      continue;
    }
    out.units.push(u);
    out.labels.push(outcome[u]!);
    out.p.push(withModel ? roleMoments(model, role, u, SETTINGS, false).probability : 0);
    const x: BaselineInputs = {
      permTotal: table.permN[u]!,
      filingsInRole: filings[u]!,
      certifiedInRole: certified[u]!,
      yearsWithFilings: years.get(u)?.size ?? 0,
      yearsCovered: covered,
      lastFiscalYear: last[u]!,
      trainThrough: t,
    };
    for (const name of BASELINES) out.baseline[name].push(baselineScore(name, x, maxFilings));
  }
  return out;
}
