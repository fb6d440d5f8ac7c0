import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parsePlainNumber, plainDigits } from "./plain-number";

describe("parsePlainNumber", () => {
  it("parsePlainNumber(string) reads thousands commas, $ and pandas floats", () => {
    expect(parsePlainNumber("128,550.00")).toBe(128550);
    expect(parsePlainNumber("6,156,800.00")).toBe(6156800);
    expect(parsePlainNumber(" $45.5 ")).toBe(45.5);
    expect(parsePlainNumber("$ 60000")).toBe(60000);
    expect(parsePlainNumber("541511.0")).toBe(541511);
    expect(parsePlainNumber("0.0")).toBe(0);
    expect(parsePlainNumber("12.")).toBe(12);
  });

  it("parsePlainNumber(string) returns null for signs, exponents, units and misplaced commas", () => {
    for (const s of ["", " ", "-3", "+3", "1e5", "60000/yr", "1.2.3", ",100", "100,", "1,000.5,0", "1.000,50", "NaN", "Infinity", "$", "."]) {
      expect(parsePlainNumber(s), s).toBeNull();
    }
  });

  test.prop([fc.string({ unit: "binary" })])("parsePlainNumber never throws and never returns NaN or a negative", (s) => {
    const out = parsePlainNumber(s);
    expect(out === null || (Number.isFinite(out) && out >= 0)).toBe(true);
  });

  test.prop([fc.double({ min: 0, max: 1e12, noNaN: true })])("parsePlainNumber round-trips String(number)", (x) => {
    const text = String(x);
    if (/e/i.test(text)) return; // exponent notation is not a plain number
    expect(parsePlainNumber(text)).toBe(x);
  });

  // plainDigits computes the value itself (integer / power of ten); it must equal what Number() reads from the
  // comma-free text, for short numbers, long ones (the Number() fallback) and many decimals alike.
  test.prop([
    fc.oneof(
      fc.stringMatching(/^\d{1,3}(,\d{3}){0,4}(\.\d{0,6})?$/),
      fc.stringMatching(/^\d{0,20}\.?\d{0,25}$/),
    ),
  ])("plainDigits equals Number() of the comma-free text", (s) => {
    const expected = /\d/.test(s) ? Number(s.replaceAll(",", "")) : null;
    expect(plainDigits(s)).toBe(expected);
    expect(parsePlainNumber(` $${s} `)).toBe(expected);
  });
});
