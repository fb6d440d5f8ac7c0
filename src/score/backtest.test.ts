/**
 * The backtest on generated multi-year data (a small world, FY2018–FY2023, known generating process):
 * the model beats every baseline on ROC-AUC, its pooled metrics are the metrics of its own case list,
 * and the options are validated. The full-size calibration run (30,000 employers) is
 * bench/score-backtest.mjs; its figures are in docs/scoring.md.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readDataset } from "../datasets/read";
import { DisclosureError } from "../errors";
import { createSponsorIndexBuilder } from "../sponsors/create-sponsor-index-builder";
import type { SponsorIndex } from "../sponsors/sponsor-index";
import { backtest, type BacktestResult } from "./backtest";
import { BASELINES } from "./baselines";
import { brierScore, rocAuc } from "./classification-metrics";
import { generateHistory } from "./generate-history";

let index: SponsorIndex;
let result: BacktestResult;

beforeAll(async () => {
  const { files } = generateHistory(5, { size: 700, fromFiscalYear: 2018, toFiscalYear: 2023, lcaRate: 0.3 });
  const builder = createSponsorIndexBuilder();
  for (const f of files) builder.addAll((await readDataset(f.bytes, { file: f.file })).rows);
  index = builder.finish();
  result = backtest(index, { trainThrough: 2022, topRoles: 8, includeCases: true });
}, 180_000);

describe("backtest on generated history", () => {
  it("predicts FY t+1 from data through FY t, for every employer known by then and each role", () => {
    expect(result.trainThrough).toBe(2022);
    expect(result.testFiscalYear).toBe(2023);
    expect(result.asOf).toBe("2022-09-30");
    expect(result.roles.length).toBe(8);
    expect(result.cases).toBe(result.roles.reduce((s, r) => s + r.cases, 0));
    expect(result.positives).toBeGreaterThan(50);
  });

  it("the model beats every baseline on ROC-AUC and PR-AUC", () => {
    for (const b of BASELINES) {
      expect(result.model.auc, b).toBeGreaterThan(result.baselines[b].auc);
      expect(result.model.prAuc, b).toBeGreaterThan(result.baselines[b].prAuc);
    }
    expect(result.model.auc).toBeGreaterThan(0.95);
  });

  it("pooled metrics are the metrics of the case list, and the reliability table covers every case", () => {
    const cases = result.caseList!;
    const p = cases.map((c) => c.probability);
    const y = cases.map((c) => c.outcome);
    expect(result.model.auc).toBeCloseTo(rocAuc(p, y), 6);
    expect(result.model.brier!).toBeCloseTo(brierScore(p, y), 6);
    expect(result.model.reliability!.reduce((s, b) => s + b.cases, 0)).toBe(result.cases);
    expect(result.model.meanPredicted!).toBeCloseTo(p.reduce((s, v) => s + v, 0) / p.length, 6);
  });

  it("the model's mean prediction is within 0.05 of the observed rate in the populated bins", () => {
    for (const b of result.model.reliability!.filter((b) => b.cases >= 200)) expect(b.gap, `${b.from}–${b.to}`).toBeLessThanOrEqual(0.05);
    expect(Math.abs(result.model.meanPredicted! - result.positives / result.cases)).toBeLessThan(0.005);
  });

  it("baselines get probabilities from the previous year's split, so they have a Brier score too", () => {
    for (const b of BASELINES) expect(result.baselines[b].brier).not.toBeNull();
  });

  it("is deterministic", () => {
    const again = backtest(index, { trainThrough: 2022, topRoles: 8 });
    expect({ ...again, caseList: null }).toEqual({ ...result, caseList: null });
  });

  it("validates its options", () => {
    expect(() => backtest(index, { trainThrough: 2022, testFiscalYear: 2024 })).toThrow(/"testFiscalYear" must be trainThrough \+ 1 \(2023\)/);
    expect(() => backtest(index, { trainThrough: 1800 })).toThrow(DisclosureError);
    expect(() => backtest(index, { trainThrough: 2000 })).toThrow(/no PERM decisions through FY2000/);
  });
});
