import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createSheetScanner, type SheetContext } from "./sheet-scanner";

const context: SheetContext = { strings: ["A", "B & C", "x"], dateStyles: new Uint8Array([0, 1]), date1904: false };

function scan(parts: readonly string[], ctx = context): { rows: string[][]; complete: boolean } {
  const rows: string[][] = [];
  const sheet = createSheetScanner(ctx, rows);
  for (const p of parts) sheet.push(p);
  return { rows, complete: sheet.end() };
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="main"><dimension ref="A1:D4"/><cols><col min="1" max="2" width="9"/></cols><sheetData>' +
  '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t xml:space="preserve"> in line </t></is></c></row>' +
  '<!-- a comment --><row r="2"><c r="A2" s="1"><v>42278</v></c><c r="C2" t="str"><f>B1</f><v>B &amp; C</v></c></row>' +
  '<row r="4"><c r="B4" t="s"><v>2</v></c><c r="C4"><f>1+1</f><v>2</v></c></row>' +
  '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';

const EXPECTED = [
  ["A", "B & C", "", " in line "],
  ["2015-10-01", "", "B & C", ""],
  [""],
  ["", "x", "2", ""],
];

describe("createSheetScanner", () => {
  it("reads rows of a worksheet pushed whole", () => {
    expect(scan([SHEET])).toEqual({ rows: EXPECTED, complete: true });
  });

  test.prop([fc.array(fc.nat({ max: SHEET.length }), { maxLength: 40 })])("reads the same rows however the text is split into chunks", (cuts) => {
    const points = [...new Set(cuts)].sort((a, b) => a - b);
    const parts: string[] = [];
    let from = 0;
    for (const p of points) {
      parts.push(SHEET.slice(from, p));
      from = p;
    }
    parts.push(SHEET.slice(from));
    expect(scan(parts)).toEqual({ rows: EXPECTED, complete: true });
  });

  it("reads the sheet one character at a time", () => {
    expect(scan([...SHEET])).toEqual({ rows: EXPECTED, complete: true });
  });

  it("reports a sheet that stops before </sheetData> as incomplete, keeping the rows read so far", () => {
    const cut = SHEET.indexOf('<row r="4"');
    expect(scan([SHEET.slice(0, cut)])).toEqual({ rows: EXPECTED.slice(0, 2), complete: false });
  });

  it("reads an empty sheet (<sheetData/>) as no rows", () => {
    expect(scan(['<worksheet xmlns="m"><sheetData/></worksheet>'])).toEqual({ rows: [], complete: true });
  });

  it("pads rows to the widest row so far and trims styled empty cells past the last value", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="Z1" s="1"/></row>' +
      '<row r="2"><c r="C2"><v>3</v></c></row><row r="3"><c r="A3"><v>4</v></c></row></sheetData></worksheet>';
    expect(scan([xml]).rows).toEqual([
      ["1", "2"],
      ["", "", "3"],
      ["4", "", ""],
    ]);
  });

  it("keeps numbers exactly as stored: no float reformatting", () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"><v>541511</v></c><c r="B1"><v>0.1</v></c><c r="C1"><v>1.0000000000000001E-3</v></c><c r="D1"><v>62545.599999999999</v></c></row></sheetData></worksheet>';
    expect(scan([xml]).rows).toEqual([["541511", "0.1", "1.0000000000000001E-3", "62545.599999999999"]]);
  });

  it("ignores row and column numbers past Excel's last row and column instead of emitting millions of blanks", () => {
    const xml = '<worksheet><sheetData><row r="1"><c><v>1</v></c><c r="ZZZZZZ1"><v>9</v></c></row><row r="99999999"><c><v>2</v></c></row></sheetData></worksheet>';
    expect(scan([xml]).rows).toEqual([["1", "9"], ["2", ""]]);
  });
});
