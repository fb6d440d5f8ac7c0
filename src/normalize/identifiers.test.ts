import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { Fein } from "../datasets/filing";
import { parseCount, parseFein, parseMonths, parseNaics, parsePostalCode, parseYesNo } from "./identifiers";

describe("parseFein", () => {
  it("parseFein(string) reads dashed, undashed and pandas-float FEINs", () => {
    expect(parseFein("12-3456789")).toBe("12-3456789");
    expect(parseFein("123456789")).toBe("12-3456789");
    expect(parseFein("123456789.0")).toBe("12-3456789");
    expect(parseFein(" 12-3456789 ")).toBe("12-3456789");
  });

  it("parseFein(string) pads 8 digits that lost a leading zero in Excel", () => {
    expect(parseFein("12345678")).toBe("01-2345678");
    expect(parseFein("12345678.0")).toBe("01-2345678");
  });

  it("parseFein(string) rejects placeholders and malformed values", () => {
    for (const s of ["000000000", "00-0000000", "999999999", "11-1111111", "1234567", "1234567890", "12-345678", "1-23456789", "12 3456789", "ABCDEFGHI", "123456789.5", ""]) {
      expect(parseFein(s), s).toBeNull();
    }
    expect(parseFein(null)).toBeNull();
  });

  test.prop([fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^\d{2}-?\d{6,7}(\.0)?$/))])("parseFein is idempotent and matches the Fein schema", (s) => {
    const once = parseFein(s);
    if (once === null) return;
    expect(Fein.safeParse(once).success).toBe(true);
    expect(parseFein(once)).toBe(once);
  });
});

describe("parsePostalCode", () => {
  it("parsePostalCode(string) keeps the 5-digit ZIP of ZIP+4 and trailing hyphens", () => {
    expect(parsePostalCode("78229-3900")).toBe("78229");
    expect(parsePostalCode("55305-")).toBe("55305");
    expect(parsePostalCode("782293900")).toBe("78229");
    expect(parsePostalCode("78229 3900")).toBe("78229");
  });

  it("parsePostalCode(string) restores leading zeros Excel dropped and pandas floats", () => {
    expect(parsePostalCode("07094")).toBe("07094");
    expect(parsePostalCode("7094")).toBe("07094");
    expect(parsePostalCode("7094.0")).toBe("07094");
    expect(parsePostalCode("98052.0")).toBe("98052");
    expect(parsePostalCode("501")).toBe("00501");
  });

  it("parsePostalCode(string) rejects everything else", () => {
    for (const s of ["", "00000", "12", "123456", "SW1A 1AA", "78229-39", "78229-39000", "7809a", "98052.5", "K1A 0B1"]) {
      expect(parsePostalCode(s), s).toBeNull();
    }
    expect(parsePostalCode(null)).toBeNull();
  });

  test.prop([fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^\d{3,9}(-\d{0,4})?(\.0)?$/))])("parsePostalCode is idempotent and returns 5 digits", (s) => {
    const once = parsePostalCode(s);
    if (once === null) return;
    expect(once).toMatch(/^\d{5}$/);
    expect(parsePostalCode(once)).toBe(once);
  });
});

describe("parseNaics", () => {
  it("parseNaics(string) reads 2-6 digit codes and pandas floats", () => {
    expect(parseNaics("541511")).toBe("541511");
    expect(parseNaics("541511.0")).toBe("541511");
    expect(parseNaics("54")).toBe("54");
    expect(parseNaics(" 5415 ")).toBe("5415");
  });

  it("parseNaics(string) rejects other lengths, leading zeros and junk", () => {
    for (const s of ["5", "5415111", "054151", "54-1511", "N/A", "", "541511.5"]) expect(parseNaics(s), s).toBeNull();
  });

  test.prop([fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^\d{1,7}(\.0)?$/))])("parseNaics is idempotent", (s) => {
    const once = parseNaics(s);
    if (once === null) return;
    expect(once).toMatch(/^[1-9]\d{1,5}$/);
    expect(parseNaics(once)).toBe(once);
  });
});

describe("parseCount", () => {
  it("parseCount(string) reads non-negative integers with commas and pandas floats", () => {
    expect(parseCount("1.0")).toBe(1);
    expect(parseCount("1,234")).toBe(1234);
    expect(parseCount("0")).toBe(0);
    expect(parseCount(" 25 ")).toBe(25);
  });

  it("parseCount(string) rejects fractions, negatives, money and junk", () => {
    for (const s of ["2.5", "-1", "$5", "one", "", "1e3", "99999999999999999999"]) expect(parseCount(s), s).toBeNull();
  });

  test.prop([fc.string({ unit: "binary" })])("parseCount is idempotent through String()", (s) => {
    const once = parseCount(s);
    if (once === null) return;
    expect(Number.isSafeInteger(once) && once >= 0).toBe(true);
    expect(parseCount(String(once))).toBe(once);
  });
});

describe("parseMonths", () => {
  it("parseMonths(string) reads non-negative numbers of months", () => {
    expect(parseMonths("24.0")).toBe(24);
    expect(parseMonths("6.5")).toBe(6.5);
    expect(parseMonths("0")).toBe(0);
  });

  it("parseMonths(string) rejects negatives and junk", () => {
    for (const s of ["-6", "two", "", "$3", "24 months"]) expect(parseMonths(s), s).toBeNull();
  });

  test.prop([fc.string({ unit: "binary" })])("parseMonths is idempotent through String()", (s) => {
    const once = parseMonths(s);
    if (once === null) return;
    expect(Number.isFinite(once) && once >= 0).toBe(true);
    if (!/e/.test(String(once))) expect(parseMonths(String(once))).toBe(once);
  });
});

describe("parseYesNo", () => {
  it("parseYesNo(string) reads Y/N, Yes/No, TRUE/FALSE and 1/0 in any case", () => {
    for (const s of ["Y", "y", "Yes", "YES", "TRUE", "true", "T", "1", "1.0"]) expect(parseYesNo(s), s).toBe(true);
    for (const s of ["N", "n", "No", "NO", "FALSE", "false", "F", "0", "0.0", " N "]) expect(parseYesNo(s), s).toBe(false);
  });

  it("parseYesNo(string) returns null for anything else", () => {
    for (const s of ["", "2", "maybe", "N/A", "YN"]) expect(parseYesNo(s), s).toBeNull();
    expect(parseYesNo(null)).toBeNull();
  });

  test.prop([fc.string({ unit: "binary" })])("parseYesNo is idempotent through String()", (s) => {
    const once = parseYesNo(s);
    if (once === null) return;
    expect(parseYesNo(String(once))).toBe(once);
  });
});
