import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { digamma, gammaCdf, gammaQuantile, logGamma, normalQuantile, trigamma } from "./special-functions";

describe("special functions", () => {
  it("logGamma matches log((n-1)!) and Γ(½) = √π", () => {
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 10);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 10);
    expect(logGamma(1e-3)).toBeCloseTo(6.907178885383854, 8);
  });
  it("digamma and trigamma match known values", () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649, 9);
    expect(digamma(0.5)).toBeCloseTo(-1.9635100260, 9);
    expect(trigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 9);
    expect(trigamma(0.5)).toBeCloseTo(Math.PI ** 2 / 2, 8);
  });
  it("gammaCdf matches the exponential and Erlang CDFs", () => {
    expect(gammaCdf(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    // Erlang(3): 1 − e^(−x)(1 + x + x²/2) at x = 4.
    expect(gammaCdf(3, 4)).toBeCloseTo(1 - Math.exp(-4) * (1 + 4 + 8), 12);
  });
  it("normalQuantile matches the usual z values", () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536, 6);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.3263479, 6);
  });
  test.prop([fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.02, max: 500, noNaN: true })])(
    "gammaQuantile inverts gammaCdf",
    (p, a) => {
      const x = gammaQuantile(p, a);
      expect(gammaCdf(a, x)).toBeCloseTo(p, 7);
    },
  );
  it("gammaQuantile scales with the rate", () => {
    expect(gammaQuantile(0.3, 2, 4)).toBeCloseTo(gammaQuantile(0.3, 2, 1) / 4, 12);
  });
});
