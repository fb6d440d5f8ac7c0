import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { xlsxRows } from "../io/xlsx/xlsx-rows";
import { writeXlsx, type WriteXlsxOptions } from "./write-xlsx";

async function bytesOf(header: string[], rows: string[][], options: WriteXlsxOptions = {}): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of writeXlsx(header, rows, options)) parts.push(c);
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    all.set(p, off);
    off += p.length;
  }
  return all;
}

async function readBack(bytes: Uint8Array): Promise<string[][]> {
  async function* one() {
    yield bytes;
  }
  const rows: string[][] = [];
  for await (const b of xlsxRows(one(), "w.xlsx", { bytes: 0 })) rows.push(...b.rows);
  return rows;
}

const header = ["CASE_NUMBER", "DECISION_DATE", "WAGE", "POSTAL", "TITLE", "BLANK", "TS"];
const rows = [
  ["I-200-1", "2024-10-01", "119000.00", "02139", "R&D <lead> \"quoted\"", "", "2024-10-01 08:30:00"],
  ["I-200-2", "1900-01-05", "0.1", "27701", "  padded  ", "", ""],
  ["I-200-3", "n/a", "-12", "98052", "line1\nline2\r_x000D_ \u0001", "", ""],
];

describe("writeXlsx", () => {
  it("writeXlsx(header, rows) writes a workbook xlsxRows reads back: numbers and dates inferred, text kept exactly (control characters too)", async () => {
    const back = await readBack(await bytesOf(header, rows));
    expect(back).toEqual([
      header,
      ["I-200-1", "2024-10-01", "119000", "02139", 'R&D <lead> "quoted"', "", "2024-10-01 08:30:00"],
      ["I-200-2", "1900-01-05", "0.1", "27701", "  padded  ", "", ""],
      ["I-200-3", "n/a", "-12", "98052", "line1\nline2\r_x000D_ \u0001", "", ""],
    ]);
  });

  it("stores a date as a date-formatted serial and a decimal as a number, as Excel does", async () => {
    const files = unzipSync(await bytesOf(header, rows));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet).toContain('<c r="B2" s="1"><v>45566</v></c>');
    expect(sheet).toContain('<c r="C2"><v>119000</v></c>');
    expect(sheet).toContain('<c r="D2" t="s">');
    expect(sheet).not.toContain('r="F2"');
  });

  it("with values: 'text' keeps every value a string", async () => {
    const back = await readBack(await bytesOf(header, rows, { values: "text" }));
    expect(back.slice(1)).toEqual(rows);
  });

  it("writes inline strings, or shared strings before or after the sheet, all read back alike", async () => {
    const expected = await readBack(await bytesOf(header, rows));
    for (const options of [{ strings: "inline" }, { sharedStringsFirst: false }, { level: 0 }] as const) {
      const bytes = await bytesOf(header, rows, options);
      expect(await readBack(bytes), JSON.stringify(options)).toEqual(expected);
    }
    const names = Object.keys(unzipSync(await bytesOf(header, rows, { sharedStringsFirst: false })));
    expect(names.indexOf("xl/sharedStrings.xml")).toBeGreaterThan(names.indexOf("xl/worksheets/sheet1.xml"));
    const excel = Object.keys(unzipSync(await bytesOf(header, rows)));
    expect(excel.indexOf("xl/sharedStrings.xml")).toBeLessThan(excel.indexOf("xl/worksheets/sheet1.xml"));
  });

  it("streams rows from an async iterable and names the sheet", async () => {
    async function* many() {
      for (let i = 0; i < 2500; i++) yield [`I-${i}`, "2024-10-01", String(i)];
    }
    const parts: Uint8Array[] = [];
    for await (const c of writeXlsx(["A", "B", "C"], many(), { sheetName: "LCA & Co", sharedStringsFirst: false })) parts.push(c);
    expect(parts.length).toBeGreaterThan(2);
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let off = 0;
    for (const p of parts) {
      all.set(p, off);
      off += p.length;
    }
    const back = await readBack(all);
    expect(back).toHaveLength(2501);
    expect(back[2500]).toEqual(["I-2499", "2024-10-01", "2499"]);
    expect(strFromU8(unzipSync(all)["xl/workbook.xml"]!)).toContain('name="LCA &amp; Co"');
  });
});
