import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { addDays, dayNumber, excelSerial, fiscalYearOf, formatDate, isoOfDay, yyddd } from "./calendar";

describe("calendar", () => {
  it("dayNumber/isoOfDay agree with known dates, leap days included", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(isoOfDay(dayNumber("2024-02-29"))).toBe("2024-02-29");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });
  test.prop([fc.integer({ min: -30000, max: 80000 })])("isoOfDay(dayNumber(x)) round-trips", (day) => {
    expect(dayNumber(isoOfDay(day))).toBe(day);
  });
  test.prop([fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2150-12-31T00:00:00Z"), noInvalidDate: true })])(
    "isoOfDay matches the proleptic Gregorian calendar",
    (d) => {
      const iso = d.toISOString().slice(0, 10);
      expect(isoOfDay(dayNumber(iso))).toBe(iso);
      expect(dayNumber(iso)).toBe(Math.floor(d.getTime() / 86_400_000));
    },
  );
  it("fiscalYearOf(date) starts the year on October 1", () => {
    expect(fiscalYearOf("2024-09-30")).toBe(2024);
    expect(fiscalYearOf("2024-10-01")).toBe(2025);
  });
  it("yyddd(date) is the year and day of year of case numbers", () => {
    expect(yyddd("2014-07-02")).toBe("14183");
    expect(yyddd("2024-01-01")).toBe("24001");
  });
  it("excelSerial(date) uses the 1899-12-30 epoch", () => {
    expect(excelSerial("2024-11-25")).toBe(45621);
    expect(excelSerial("2015-10-01")).toBe(42278);
  });
  it("formatDate(date, style) writes every style the files use", () => {
    expect(formatDate("2016-10-01", "mdy")).toBe("10/1/2016");
    expect(formatDate("2016-10-01", "mdy2")).toBe("10/1/16");
    expect(formatDate("2016-01-05", "mdy-padded")).toBe("01/05/2016");
    expect(formatDate("2024-11-25", "excel")).toBe("45621");
    expect(formatDate("2024-11-25", "iso-time")).toMatch(/^2024-11-25 \d\d:\d\d:\d\d$/);
    expect(formatDate("", "mdy")).toBe("");
  });
});
