import { describe, expect, it } from "vitest";
import { isDateFormatCode, parseDateStyles } from "./parse-date-styles";

describe("isDateFormatCode", () => {
  it("isDateFormatCode(code) is true for day, month and year formats", () => {
    for (const code of ["m/d/yyyy", "yyyy\\-mm\\-dd", "d-mmm-yy", "[$-409]mmmm d, yyyy;@", "mm/dd/yyyy hh:mm", "mmm"]) expect(isDateFormatCode(code), code).toBe(true);
  });
  it("isDateFormatCode(code) is false for numbers, text, pure times and letters inside quotes or brackets", () => {
    for (const code of ["General", "#,##0.00", "0.00E+00", "@", '0.0 "days"', "[Red]#,##0", "h:mm:ss", "[h]:mm:ss", "mm:ss", '_("$"* #,##0_)'])
      expect(isDateFormatCode(code), code).toBe(false);
  });
});

describe("parseDateStyles", () => {
  it("parseDateStyles(xml) marks cellXfs whose built-in or custom number format is a date", () => {
    const xml =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="#,##0.0"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="4"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs></styleSheet>';
    expect([...parseDateStyles(xml)]).toEqual([0, 1, 0, 1, 0, 1]);
  });
});
