import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { IsoDate } from "../datasets/filing";
import { excelSerialToIsoDate, fiscalYearOf, parseFilingDate } from "./date";

const DAY_MS = 86_400_000;
/** Reference: Excel serial -> date through UTC milliseconds (UTC only, so TZ cannot matter). */
function referenceSerialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

describe("parseFilingDate", () => {
  it("parseFilingDate(string) reads ISO dates and drops the time as written", () => {
    expect(parseFilingDate("2015-02-05")).toBe("2015-02-05");
    expect(parseFilingDate("2014-09-29 15:59:50")).toBe("2014-09-29");
    expect(parseFilingDate("2015-02-05T00:00:00Z")).toBe("2015-02-05");
    expect(parseFilingDate("2015-02-05T23:30:00-08:00")).toBe("2015-02-05");
    expect(parseFilingDate("2015-02-05T07:00:00.000Z")).toBe("2015-02-05");
    expect(parseFilingDate("2015-2-5")).toBe("2015-02-05");
    expect(parseFilingDate("2015/10/01")).toBe("2015-10-01");
  });

  it("parseFilingDate(string) reads M/D/YYYY and MM/DD/YYYY with an optional time", () => {
    expect(parseFilingDate("02/09/2015")).toBe("2015-02-09");
    expect(parseFilingDate("6/15/2016")).toBe("2016-06-15");
    expect(parseFilingDate("10/1/2018")).toBe("2018-10-01");
    expect(parseFilingDate("10/01/2018 14:35")).toBe("2018-10-01");
    expect(parseFilingDate("10/01/2018 02:35:07")).toBe("2018-10-01");
  });

  it("parseFilingDate(string) reads M/D/YY with 00-69 as 20YY and 70-99 as 19YY", () => {
    expect(parseFilingDate("10/1/15")).toBe("2015-10-01");
    expect(parseFilingDate("12/31/69")).toBe("2069-12-31");
    expect(parseFilingDate("1/1/70")).toBe("1970-01-01");
    expect(parseFilingDate("1/1/00")).toBe("2000-01-01");
  });

  it("parseFilingDate(string) reads Excel serial numbers written as text", () => {
    expect(parseFilingDate("42278")).toBe("2015-10-01");
    expect(parseFilingDate("42278.0")).toBe("2015-10-01");
    expect(parseFilingDate("45621")).toBe("2024-11-25");
    expect(parseFilingDate("45621.5")).toBe("2024-11-25");
    expect(parseFilingDate("46112")).toBe("2026-03-31");
    expect(parseFilingDate(" 20000 ")).toBe("1954-10-03");
    expect(parseFilingDate("80000")).toBe("2119-01-11");
  });

  it("parseFilingDate(string) rejects serials outside 20000-80000", () => {
    for (const s of ["19999", "80001", "100", "123456", "20150205", "4562.1"]) expect(parseFilingDate(s), s).toBeNull();
  });

  it("parseFilingDate(string) rejects impossible calendar dates", () => {
    for (const s of ["2/30/2020", "2/29/2019", "2019-02-29", "13/1/2020", "0/1/2020", "1/0/2020", "4/31/2021", "2015-00-10", "1900-02-29"]) {
      expect(parseFilingDate(s), s).toBeNull();
    }
    expect(parseFilingDate("2/29/2020")).toBe("2020-02-29");
    expect(parseFilingDate("2000-02-29")).toBe("2000-02-29");
  });

  it("parseFilingDate(string) rejects junk, three-digit years and trailing text", () => {
    for (const s of ["", "n/a", "15-1252", "10/1/201", "10/1/20155", "2015-02-05x", "2015-02-05Z", "10/1", "1/2/3/4", "Oct 1, 2015", "0999-01-01", "2200-01-01"]) {
      expect(parseFilingDate(s), JSON.stringify(s)).toBeNull();
    }
    expect(parseFilingDate(" 2015-02-05\u00a0")).toBe("2015-02-05");
    expect(parseFilingDate(null)).toBeNull();
    expect(parseFilingDate(undefined)).toBeNull();
  });

  test.prop([fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })])(
    "parseFilingDate agrees across ISO and US spellings of the same date",
    (y, m, d) => {
      const iso = parseFilingDate(`${y}-${m}-${d}`);
      expect(parseFilingDate(`${m}/${d}/${y}`)).toBe(iso);
      const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
      expect(iso).toBe(real ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null);
    },
  );

  const dateLike = fc.oneof(
    fc.stringMatching(/^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}( \d\d:\d\d)?$/),
    fc.stringMatching(/^\d{5}(\.\d{1,2})?$/),
  );

  test.prop([fc.oneof(fc.string({ unit: "binary" }), dateLike)])("parseFilingDate is idempotent and matches the IsoDate schema", (s) => {
    const once = parseFilingDate(s);
    if (once === null) return;
    expect(IsoDate.safeParse(once).success).toBe(true);
    expect(parseFilingDate(once)).toBe(once);
  });
});

describe("excelSerialToIsoDate", () => {
  it("excelSerialToIsoDate(number) uses the 1899-12-30 epoch", () => {
    expect(excelSerialToIsoDate(42278)).toBe("2015-10-01");
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(45658)).toBe("2025-01-01");
    expect(excelSerialToIsoDate(2958465)).toBe("9999-12-31");
  });

  it("excelSerialToIsoDate(number) returns null outside 61..2958465 and for non-finite input", () => {
    for (const n of [60, 0, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY]) expect(excelSerialToIsoDate(n), String(n)).toBeNull();
  });

  test.prop([fc.double({ min: 61, max: 2958465.99, noNaN: true })])("excelSerialToIsoDate matches a UTC reference", (serial) => {
    expect(excelSerialToIsoDate(serial)).toBe(referenceSerialDate(serial));
  });
});

describe("fiscalYearOf", () => {
  it("fiscalYearOf(date) puts October to December in the next federal fiscal year", () => {
    expect(fiscalYearOf(parseFilingDate("2015-10-01") as IsoDate)).toBe(2016);
    expect(fiscalYearOf(parseFilingDate("2015-12-31") as IsoDate)).toBe(2016);
    expect(fiscalYearOf(parseFilingDate("2016-09-30") as IsoDate)).toBe(2016);
    expect(fiscalYearOf(parseFilingDate("2016-01-01") as IsoDate)).toBe(2016);
  });

  test.prop([fc.integer({ min: 20000, max: 80000 })])("fiscalYearOf is the calendar year, plus one from October", (serial) => {
    const date = excelSerialToIsoDate(serial) as IsoDate;
    const year = Number(date.slice(0, 4));
    expect(fiscalYearOf(date)).toBe(Number(date.slice(5, 7)) >= 10 ? year + 1 : year);
  });
});
