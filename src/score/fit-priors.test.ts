/**
 * The prior fits recover the parameters of data simulated from their own models (seeded, so the
 * figures are fixed): Gamma–Poisson activity with a covariate, beta-binomial certification, and the
 * Dirichlet-multinomial concentration.
 */
import { describe, expect, it } from "vitest";
import { createRng, dirichlet, gamma, poisson } from "../generate/random";
import { fitConcentration, type ConcentrationRow } from "./category-share";
import { ACTIVITY_FEATURES, FEATURE_COUNT, fitActivityPrior } from "./fit-activity-prior";
import { fitCertificationPrior } from "./fit-certification-prior";

describe("fitActivityPrior", () => {
  it("recovers the Gamma shape and the log-mean coefficients of simulated Gamma–Poisson counts", () => {
    const rng = createRng(42);
    const n = 6000;
    const E = 3;
    const x = new Float64Array(n * FEATURE_COUNT);
    const y = new Float64Array(n);
    const weight = new Float64Array(n).fill(1);
    const lcaCol = ACTIVITY_FEATURES.indexOf("lca");
    for (let i = 0; i < n; i++) {
      const lca = (i % 10) / 5; // 0 … 1.8
      x[i * FEATURE_COUNT] = 1;
      x[i * FEATURE_COUNT + lcaCol] = lca;
      const mu = Math.exp(-1 + 0.7 * lca);
      const lambda = (gamma(rng, 0.8) / 0.8) * mu;
      y[i] = poisson(rng, lambda * E);
    }
    const { prior } = fitActivityPrior({ x, y, weight }, E);
    expect(prior.shape).toBeGreaterThan(0.65);
    expect(prior.shape).toBeLessThan(0.95);
    expect(prior.coefficients.intercept).toBeCloseTo(-1, 0);
    expect(Math.abs(prior.coefficients.intercept + 1)).toBeLessThan(0.12);
    expect(Math.abs(prior.coefficients.lca - 0.7)).toBeLessThan(0.12);
    expect(prior.coefficients.broad).toBe(0);
  });

  it("keeps feature coefficients at 0 or above (more related activity never lowers a prior)", () => {
    const rng = createRng(7);
    const n = 3000;
    const x = new Float64Array(n * FEATURE_COUNT);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const broad = (i % 5) / 2;
      x[i * FEATURE_COUNT] = 1;
      x[i * FEATURE_COUNT + 1] = broad;
      y[i] = poisson(rng, 2 * Math.exp(-0.8 * broad)); // a negative effect in the data
    }
    const { prior } = fitActivityPrior({ x, y, weight: new Float64Array(n).fill(1) }, 1);
    expect(prior.coefficients.broad).toBe(0);
  });
});

describe("fitCertificationPrior", () => {
  it("recovers a Beta(8, 2) prior from simulated beta-binomial counts", () => {
    const rng = createRng(3);
    const m = 3000;
    const certified = new Float64Array(m);
    const decided = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const ga = gamma(rng, 8);
      const q = ga / (ga + gamma(rng, 2));
      const n = 1 + (i % 40);
      let c = 0;
      for (let k = 0; k < n; k++) if (rng.next() < q) c++;
      certified[i] = c;
      decided[i] = n;
    }
    const p = fitCertificationPrior(certified, decided);
    expect(p.a / (p.a + p.b)).toBeCloseTo(0.8, 1);
    expect(Math.abs(p.a / (p.a + p.b) - 0.8)).toBeLessThan(0.015);
    expect(p.a + p.b).toBeGreaterThan(7);
    expect(p.a + p.b).toBeLessThan(14);
  });
  it("falls back to a weak Beta(9, 1) with fewer than three employers", () => {
    expect(fitCertificationPrior([1], [1])).toEqual({ a: 9, b: 1 });
  });
});

describe("fitConcentration", () => {
  it("recovers the concentration of simulated Dirichlet-multinomial counts", () => {
    const rng = createRng(11);
    const p0 = [0.5, 0.3, 0.15, 0.05];
    const rows: ConcentrationRow[] = [];
    for (let i = 0; i < 2000; i++) {
      const p = dirichlet(rng, p0.map((v) => v * 5));
      const counts = [0, 0, 0, 0];
      for (let k = 0; k < 12; k++) {
        let u = rng.next();
        let c = 0;
        while (c < 3 && u >= p[c]!) u -= p[c++]!;
        counts[c]!++;
      }
      rows.push({ n: 12, m: 0, cats: counts.flatMap((n, c) => (n > 0 ? [{ n, m: 0, p: p0[c]! }] : [])) });
    }
    const kappa = fitConcentration(rows);
    expect(kappa).toBeGreaterThan(4);
    expect(kappa).toBeLessThan(6.3);
  });
});
