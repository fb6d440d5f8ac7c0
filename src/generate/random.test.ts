import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { createRng, deriveSeed, dirichlet, poisson, randInt, shuffle, weightedIndex } from "./random";

describe("createRng", () => {
  it("createRng(seed) repeats the same stream for the same seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
  it("createRng(seed) gives different streams for different seeds", () => {
    expect(createRng(1).next()).not.toBe(createRng(2).next());
  });
  test.prop([fc.integer()])("createRng(seed).next() stays in [0, 1)", (seed) => {
    const rng = createRng(seed);
    for (let i = 0; i < 20; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe("deriveSeed", () => {
  it("deriveSeed(seed, ...labels) is stable and label-sensitive", () => {
    expect(deriveSeed(7, "file", "a.csv")).toBe(deriveSeed(7, "file", "a.csv"));
    expect(deriveSeed(7, "file", "a.csv")).not.toBe(deriveSeed(7, "file", "b.csv"));
    expect(deriveSeed(7, "x")).not.toBe(deriveSeed(8, "x"));
  });
});

describe("distributions", () => {
  it("poisson(rng, λ) has mean λ, for small and large λ", () => {
    const rng = createRng(3);
    for (const lambda of [0.3, 4, 75]) {
      let sum = 0;
      const n = 4000;
      for (let i = 0; i < n; i++) sum += poisson(rng, lambda);
      expect(Math.abs(sum / n - lambda)).toBeLessThan(4 * Math.sqrt(lambda / n) + 0.01);
    }
    expect(poisson(rng, 0)).toBe(0);
  });
  it("weightedIndex(rng, weights) never picks a zero weight", () => {
    const rng = createRng(5);
    for (let i = 0; i < 500; i++) expect(weightedIndex(rng, [0, 2, 0, 1])).not.toBe(0);
  });
  it("dirichlet(rng, alpha) sums to 1", () => {
    const p = dirichlet(createRng(9), [0.5, 1, 3]);
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
  });
  it("randInt(rng, lo, hi) covers both ends", () => {
    const rng = createRng(11);
    const seen = new Set(Array.from({ length: 200 }, () => randInt(rng, 1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
  it("shuffle(rng, items) permutes without mutating the input", () => {
    const items = [1, 2, 3, 4, 5];
    const out = shuffle(createRng(1), items);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect([...out].sort()).toEqual(items);
  });
});
