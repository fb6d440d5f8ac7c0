import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { daysBin, daysBinRange, wageBin, wageBinCeiling, wageBinFloor } from "./bins";

describe("bins", () => {
  test.prop([fc.double({ min: 10_400, max: 5_000_000, noNaN: true })])("a wage lies inside its bin, which is 4 % wide", (w) => {
    const b = wageBin(w);
    expect(wageBinFloor(b)).toBeLessThanOrEqual(w * (1 + 1e-12));
    expect(wageBinCeiling(b)).toBeGreaterThan(w * (1 - 1e-12));
    expect(wageBinCeiling(b) / wageBinFloor(b)).toBeCloseTo(1.04, 10);
  });
  test.prop([fc.integer({ min: 0, max: 20_000 })])("a processing time lies inside its bin", (d) => {
    const [from, to] = daysBinRange(daysBin(d));
    expect(from).toBeLessThanOrEqual(d);
    expect(to).toBeGreaterThanOrEqual(d);
  });
  it("missing values go to bin 0", () => {
    expect(wageBin(null)).toBe(0);
    expect(wageBin(0)).toBe(0);
    expect(daysBin(-3)).toBe(0);
  });
});
