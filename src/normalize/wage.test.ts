import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { WageUnit } from "../datasets/filing";
import { annualizeWage, parseWageAmount, parseWageUnit, PLAUSIBLE_ANNUAL_WAGE } from "./wage";

describe("parseWageUnit", () => {
  it("parseWageUnit(string) reads the disclosure-file unit words in any case", () => {
    const cases: Record<string, WageUnit> = {
      Year: "year", Yearly: "year", Annual: "year", yr: "year", YR: "year", " Year ": "year",
      Hour: "hour", Hourly: "hour", hr: "hour", HR: "hour", "Hourly (hr)": "hour",
      Week: "week", Weekly: "week", wk: "week", WK: "week",
      "Bi-Weekly": "biweekly", Biweekly: "biweekly", bi: "biweekly", "BI-WEEKLY": "biweekly",
      Month: "month", Monthly: "month", mth: "month", MTH: "month",
      "per hour": "hour", "(hr)": "hour",
    };
    for (const [raw, unit] of Object.entries(cases)) expect(parseWageUnit(raw), raw).toBe(unit);
  });

  it("parseWageUnit(string) returns null for units with no canonical form and for junk", () => {
    for (const s of ["Daily", "Piece rate", "", "  ", "N/A", "60000", "y", "constructor", "__proto__"]) {
      expect(parseWageUnit(s), s).toBeNull();
    }
    expect(parseWageUnit(null)).toBeNull();
    expect(parseWageUnit(undefined)).toBeNull();
  });

  test.prop([fc.string({ unit: "binary" })])("parseWageUnit is idempotent and returns a WageUnit", (s) => {
    const once = parseWageUnit(s);
    if (once === null) return;
    expect(WageUnit.safeParse(once).success).toBe(true);
    expect(parseWageUnit(once)).toBe(once);
  });
});

describe("parseWageAmount", () => {
  it("parseWageAmount(string) reads thousands commas, $ and pandas floats", () => {
    expect(parseWageAmount("128,550.00")).toEqual({ from: 128550, to: null, unit: null });
    expect(parseWageAmount("6,156,800.00")).toEqual({ from: 6156800, to: null, unit: null });
    expect(parseWageAmount("$50,000")).toEqual({ from: 50000, to: null, unit: null });
    expect(parseWageAmount("50000.0")).toEqual({ from: 50000, to: null, unit: null });
  });

  it("parseWageAmount(string) reads FY2015 LCA ranges in one string", () => {
    expect(parseWageAmount("66000 - 70000")).toEqual({ from: 66000, to: 70000, unit: null });
    expect(parseWageAmount("20000 -")).toEqual({ from: 20000, to: null, unit: null });
    expect(parseWageAmount("85000.00 -")).toEqual({ from: 85000, to: null, unit: null });
    expect(parseWageAmount("$66,000.00 - $70,000.00")).toEqual({ from: 66000, to: 70000, unit: null });
  });

  it("parseWageAmount(string) reads visadoor amounts with a unit", () => {
    expect(parseWageAmount("60000/yr")).toEqual({ from: 60000, to: null, unit: "year" });
    expect(parseWageAmount("45.5/hr")).toEqual({ from: 45.5, to: null, unit: "hour" });
    expect(parseWageAmount("99,999.99/Year")).toEqual({ from: 99999.99, to: null, unit: "year" });
    expect(parseWageAmount("66727/hr")).toEqual({ from: 66727, to: null, unit: "hour" });
    expect(parseWageAmount("5000/mth")).toEqual({ from: 5000, to: null, unit: "month" });
    expect(parseWageAmount("1500/wk")).toEqual({ from: 1500, to: null, unit: "week" });
    expect(parseWageAmount("3000/bi")).toEqual({ from: 3000, to: null, unit: "biweekly" });
    expect(parseWageAmount("37378/")).toEqual({ from: 37378, to: null, unit: null });
    expect(parseWageAmount("25 per hour")).toEqual({ from: 25, to: null, unit: "hour" });
  });

  it("parseWageAmount(string) turns zero and negative amounts into null", () => {
    expect(parseWageAmount("0.0")).toEqual({ from: null, to: null, unit: null });
    expect(parseWageAmount("0")).toEqual({ from: null, to: null, unit: null });
    expect(parseWageAmount("-5000")).toEqual({ from: null, to: null, unit: null });
    expect(parseWageAmount("60000 - 0")).toEqual({ from: 60000, to: null, unit: null });
  });

  it("parseWageAmount(string) returns null when there is no number or a part is garbage", () => {
    for (const s of ["", " ", "N/A", "Year", "-", "/yr", "abc", "12 - 3 - 4", "1e5", "60 000", "60000/day", "60000 USD"]) {
      expect(parseWageAmount(s), s).toBeNull();
    }
    expect(parseWageAmount(null)).toBeNull();
  });

  test.prop([fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^\$?[\d,.]{0,9}( ?- ?[\d,.]{0,9})?(\/(yr|hr|Year|x))?$/))])(
    "parseWageAmount never throws and returns positive finite amounts or null",
    (s) => {
      const out = parseWageAmount(s);
      if (out === null) return;
      for (const v of [out.from, out.to]) expect(v === null || (Number.isFinite(v) && v > 0)).toBe(true);
      expect(out.unit === null || WageUnit.safeParse(out.unit).success).toBe(true);
    },
  );
});

  it("parseWageAmount reads plain amounts (its fast path) exactly as Number() does", () => {
    const cases: Record<string, number | null> = {
      "128550.00": 128550,
      "128,550.00": 128550,
      "1,234,567.89": 1234567.89,
      "0.1": 0.1,
      "45.5": 45.5,
      ".5": 0.5,
      "5.": 5,
      "0012": 12,
      "0.00": null,
      "999999999999999": 999999999999999,
    };
    for (const [s, v] of Object.entries(cases)) expect(parseWageAmount(s), s).toEqual({ from: v, to: null, unit: null });
    // Not plain: a second dot, a comma after the dot or beside a non-digit, more digits than a double holds exactly.
    for (const s of ["1.2.3", "1.234,5", ",123", "123,", "1,,234"]) expect(parseWageAmount(s), s).toBeNull();
    expect(parseWageAmount("12345678901234567")?.from).toBe(12345678901234567);
  });

  // A leading space takes the general parser (the fast path accepts only digits, commas and one dot), so the two
  // paths are compared on the same text.
  test.prop([fc.oneof(fc.stringMatching(/^[\d,.]{1,20}$/), fc.stringMatching(/^\d{1,12}(\.\d{1,12})?$/))])(
    "parseWageAmount's fast path agrees with the general parser",
    (s) => {
      expect(parseWageAmount(s)).toEqual(parseWageAmount(` ${s}`));
    },
  );

describe("annualizeWage", () => {
  it("annualizeWage multiplies by the unit (Year 1, Month 12, Bi-Weekly 26, Week 52, Hour 2080)", () => {
    expect(annualizeWage(128550, "year")).toEqual({ annual: 128550, repair: null });
    expect(annualizeWage(5000, "month")).toEqual({ annual: 60000, repair: null });
    expect(annualizeWage(3000, "biweekly")).toEqual({ annual: 78000, repair: null });
    expect(annualizeWage(1500, "week")).toEqual({ annual: 78000, repair: null });
    expect(annualizeWage(45.5, "hour")).toEqual({ annual: 94640, repair: null });
  });

  it("annualizeWage rounds to cents", () => {
    expect(annualizeWage(33.333, "hour")).toEqual({ annual: 69332.64, repair: null });
    expect(annualizeWage(99999.999, "year")).toEqual({ annual: 100000, repair: null });
  });

  it("annualizeWage keeps low but real hourly wages (7.70/Hour poultry workers)", () => {
    expect(annualizeWage(7.7, "hour")).toEqual({ annual: 16016, repair: null });
  });

  it("annualizeWage repairs a yearly amount typed with the wrong unit", () => {
    expect(annualizeWage(77958, "hour")).toEqual({ annual: 77958, repair: "unit_mismatch" }); // A-17220-73286
    expect(annualizeWage(66727, "hour")).toEqual({ annual: 66727, repair: "unit_mismatch" }); // A-09306-71722
    expect(annualizeWage(300000, "month")).toEqual({ annual: 300000, repair: "unit_mismatch" });
  });

  it("annualizeWage assumes a yearly amount when the unit is missing and the amount is plausible", () => {
    expect(annualizeWage(37378, null)).toEqual({ annual: 37378, repair: "unit_assumed" });
    expect(annualizeWage(45.5, null)).toEqual({ annual: null, repair: null });
  });

  it("annualizeWage returns null when nothing is plausible", () => {
    expect(annualizeWage(6156800, "year")).toEqual({ annual: null, repair: null }); // A-14234-00833
    expect(annualizeWage(5000, "year")).toEqual({ annual: null, repair: null });
    expect(annualizeWage(2, "hour")).toEqual({ annual: null, repair: null });
    expect(annualizeWage(null, "year")).toEqual({ annual: null, repair: null });
    expect(annualizeWage(0, "year")).toEqual({ annual: null, repair: null });
    expect(annualizeWage(-50000, "year")).toEqual({ annual: null, repair: null });
    expect(annualizeWage(Number.NaN, "year")).toEqual({ annual: null, repair: null });
    expect(annualizeWage(Number.POSITIVE_INFINITY, null)).toEqual({ annual: null, repair: null });
  });

  it("annualizeWage treats the plausible range bounds as inclusive", () => {
    expect(PLAUSIBLE_ANNUAL_WAGE).toEqual({ min: 10000, max: 3000000 });
    expect(annualizeWage(10000, "year")).toEqual({ annual: 10000, repair: null });
    expect(annualizeWage(3000000, "year")).toEqual({ annual: 3000000, repair: null });
    expect(annualizeWage(9999.99, "year")).toEqual({ annual: null, repair: null });
  });

  test.prop([
    fc.option(fc.double({ noNaN: false }), { nil: null }),
    fc.option(fc.constantFrom<WageUnit>("hour", "week", "biweekly", "month", "year"), { nil: null }),
  ])("annualizeWage never throws and returns a plausible annual wage or null", (amount, unit) => {
    const { annual, repair } = annualizeWage(amount, unit);
    if (annual === null) {
      expect(repair).toBeNull();
      return;
    }
    expect(annual).toBeGreaterThanOrEqual(PLAUSIBLE_ANNUAL_WAGE.min);
    expect(annual).toBeLessThanOrEqual(PLAUSIBLE_ANNUAL_WAGE.max);
    expect(repair === null || unit === null || repair === "unit_mismatch").toBe(true);
  });

  test.prop([fc.double({ min: 10000, max: 3000000, noNaN: true })])(
    "annualizeWage(x, 'year') is idempotent on its own output",
    (x) => {
      const once = annualizeWage(x, "year").annual;
      expect(once).not.toBeNull();
      expect(annualizeWage(once, "year").annual).toBe(once);
    },
  );
});
