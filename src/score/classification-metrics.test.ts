import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { brierScore, prAuc, precisionAtK, rocAuc } from "./classification-metrics";
import { isotonicMap, reliabilityTable } from "./reliability-table";

/** ROC-AUC by brute force over all (positive, negative) pairs. */
function pairwiseAuc(scores: readonly number[], labels: readonly number[]): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < scores.length; i++) {
    if (!labels[i]) continue;
    for (let j = 0; j < scores.length; j++) {
      if (labels[j]) continue;
      pairs++;
      wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    }
  }
  return wins / pairs;
}

describe("rocAuc", () => {
  it("rocAuc(scores, labels) matches a hand count: 3 of 4 positive-negative pairs ordered right", () => {
    // Pairs (pos, neg): (0.9, 0.8) ✓, (0.9, 0.1) ✓, (0.3, 0.8) ✗, (0.3, 0.1) ✓ → 3/4.
    expect(rocAuc([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0])).toBe(0.75);
  });
  it("rocAuc counts ties as one half", () => {
    // (0.5, 0.5) tie ½, (0.5, 0.2) ✓, (0.7, 0.5) ✓, (0.7, 0.2) ✓ → 3.5/4.
    expect(rocAuc([0.7, 0.5, 0.5, 0.2], [1, 1, 0, 0])).toBe(0.875);
  });
  it("rocAuc is NaN without positives or negatives", () => {
    expect(rocAuc([0.1, 0.2], [0, 0])).toBeNaN();
    expect(rocAuc([0.1, 0.2], [1, 1])).toBeNaN();
  });
  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.boolean()), { minLength: 2, maxLength: 40 })])(
    "rocAuc equals the pairwise count, for any scores with ties",
    (rows) => {
      const scores = rows.map(([s]) => s / 6);
      const labels = rows.map(([, l]) => (l ? 1 : 0));
      const expected = pairwiseAuc(scores, labels);
      if (Number.isNaN(expected)) expect(rocAuc(scores, labels)).toBeNaN();
      else expect(rocAuc(scores, labels)).toBeCloseTo(expected, 12);
    },
  );
});

describe("prAuc", () => {
  it("prAuc(scores, labels) is average precision: recall ½ at precision 1, recall ½ at precision ⅔", () => {
    expect(prAuc([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0])).toBeCloseTo(0.5 * 1 + 0.5 * (2 / 3), 12);
  });
  it("prAuc treats a tied group as one threshold", () => {
    // One group of three holding both positives: precision 2/3 at recall 1.
    expect(prAuc([0.5, 0.5, 0.5], [1, 0, 1])).toBeCloseTo(2 / 3, 12);
  });
  it("prAuc is 1 for a perfect ranking and NaN without positives", () => {
    expect(prAuc([3, 2, 1], [1, 1, 0])).toBe(1);
    expect(prAuc([3, 2, 1], [0, 0, 0])).toBeNaN();
  });
});

describe("brierScore", () => {
  it("brierScore(p, y) is the mean squared error: ((0)² + (0)² + (0.5)²) / 3", () => {
    expect(brierScore([1, 0, 0.5], [1, 0, 1])).toBeCloseTo(0.25 / 3, 12);
  });
  it("brierScore of constant 0.2 on outcomes 1,0,0,0,0 is 0.16", () => {
    // (0.8² + 4 × 0.2²) / 5 = (0.64 + 0.16) / 5.
    expect(brierScore([0.2, 0.2, 0.2, 0.2, 0.2], [1, 0, 0, 0, 0])).toBeCloseTo(0.16, 12);
  });
});

describe("precisionAtK", () => {
  it("precisionAtK takes the k highest scores", () => {
    expect(precisionAtK([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0], 1)).toBe(1);
    expect(precisionAtK([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0], 3)).toBeCloseTo(2 / 3, 12);
  });
  it("precisionAtK splits a tie that straddles k pro rata", () => {
    // Top 2 of a tied group of three holding one positive: 2 × ⅓ expected hits.
    expect(precisionAtK([0.5, 0.5, 0.5, 0.1], [1, 0, 0, 1], 2)).toBeCloseTo(1 / 3, 12);
  });
});

describe("reliabilityTable", () => {
  it("reliabilityTable bins by predicted probability and reports mean predicted vs observed", () => {
    const bins = reliabilityTable([0.05, 0.15, 0.12, 0.95, 0.91], [0, 1, 0, 1, 1], 10);
    expect(bins.map((b) => [b.from, b.cases])).toEqual([[0, 1], [0.1, 2], [0.9, 2]]);
    expect(bins[1]!.meanPredicted).toBeCloseTo(0.135, 12);
    expect(bins[1]!.observed).toBe(0.5);
    expect(bins[1]!.gap).toBeCloseTo(0.365, 12);
    expect(bins[2]!.observed).toBe(1);
  });
  it("a probability of exactly 1 falls in the last bin", () => {
    expect(reliabilityTable([1], [1], 10)[0]!.from).toBe(0.9);
  });
});

describe("isotonicMap", () => {
  it("isotonicMap pools violators: [0, 1, 0, 1] → 0, ½, ½, 1", () => {
    const m = isotonicMap([1, 2, 3, 4], [0, 1, 0, 1]);
    expect([1, 2, 3, 4].map((s) => m.at(s))).toEqual([0, 0.5, 0.5, 1]);
    expect(m.at(0)).toBe(0);
    expect(m.at(10)).toBe(1);
  });
  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), { minLength: 1, maxLength: 60 })])(
    "isotonicMap is non-decreasing and preserves the mean outcome",
    (rows) => {
      const scores = rows.map(([s]) => s);
      const labels: number[] = rows.map(([, l]) => (l ? 1 : 0));
      const m = isotonicMap(scores, labels);
      for (let s = 0; s < 20; s++) expect(m.at(s + 1)).toBeGreaterThanOrEqual(m.at(s));
      const mean = labels.reduce((a, b) => a + b, 0) / labels.length;
      expect(scores.reduce((a, s) => a + m.at(s), 0) / scores.length).toBeCloseTo(mean, 9);
    },
  );
});
