import { describe, expect, it } from "vitest";
import { excelDateText } from "./excel-date-text";

describe("excelDateText", () => {
  it("excelDateText(serial) gives YYYY-MM-DD in the 1900 date system (day 0 = 1899-12-30)", () => {
    expect(excelDateText("42278")).toBe("2015-10-01");
    expect(excelDateText("43441")).toBe("2018-12-07");
    expect(excelDateText("61")).toBe("1900-03-01");
    expect(excelDateText("2958465")).toBe("9999-12-31");
    expect(excelDateText("36526")).toBe("2000-01-01");
    expect(excelDateText("47177")).toBe("2029-02-28");
  });
  it("excelDateText(serial) handles January–February 1900, before Excel's phantom 1900-02-29", () => {
    expect(excelDateText("1")).toBe("1900-01-01");
    expect(excelDateText("59")).toBe("1900-02-28");
    expect(excelDateText("60")).toBe("60");
  });
  it("excelDateText(serial) adds HH:MM:SS for a time of day, rounded to the second", () => {
    expect(excelDateText("45621.75")).toBe("2024-11-25 18:00:00");
    expect(excelDateText("45621.0000116")).toBe("2024-11-25 00:00:01");
    expect(excelDateText("45621.9999999")).toBe("2024-11-26");
    expect(excelDateText("42278.0")).toBe("2015-10-01");
  });
  it("excelDateText(serial, true) uses the 1904 date system", () => {
    expect(excelDateText("40816", true)).toBe("2015-10-01");
    expect(excelDateText("1", true)).toBe("1904-01-02");
  });
  it("excelDateText(text) leaves what is not a date serial as written", () => {
    for (const v of ["", "abc", "-5", "0", "0.5", "3000000", "NaN", "Infinity"]) expect(excelDateText(v)).toBe(v);
  });
});
