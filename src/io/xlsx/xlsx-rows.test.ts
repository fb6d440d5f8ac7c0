import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../datasets/read";
import { chunked, makeXlsx, type WorkbookSpec } from "../../../test/make-xlsx";
import { xlsxRows } from "./xlsx-rows";

async function read(bytes: Uint8Array, options: { sheet?: string | number } = {}, chunk = 1 << 16) {
  const info = { bytes: 0 };
  const batches: { rows: string[][]; final: boolean }[] = [];
  for await (const b of xlsxRows(chunked(bytes, chunk), "test.xlsx", info, options)) batches.push(b);
  return { rows: batches.flatMap((b) => b.rows), batches, info };
}

const basic: WorkbookSpec = {
  strings: ["<t>CASE_NUMBER</t>", "<t>EMPLOYER</t>", "<t>NAICS</t>", "<t>Acme &amp; Co</t>", "<r><t>Big</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> Corp</t></r>"],
  sheets: [
    {
      name: "Data",
      data:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>I-200-1</t></is></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>541511</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>I-200-2</t></is></c><c r="B3" t="s"><v>4</v></c><c r="C3"><v>0.1</v></c></row>',
    },
  ],
};

describe("xlsxRows", () => {
  it("xlsxRows(bytes) reads shared strings (rich-text runs joined, entities decoded), inline strings and exact numbers", async () => {
    const { rows, batches, info } = await read(makeXlsx(basic));
    expect(rows).toEqual([
      ["CASE_NUMBER", "EMPLOYER", "NAICS"],
      ["I-200-1", "Acme & Co", "541511"],
      ["I-200-2", "Big Corp", "0.1"],
    ]);
    expect(batches.at(-1)!.final).toBe(true);
    expect(batches.slice(0, -1).every((b) => !b.final)).toBe(true);
    expect(info.bytes).toBe(makeXlsx(basic).length);
  });

  it("reads the same rows whatever the chunk size, down to one byte at a time, stored or deflated", async () => {
    const expected = (await read(makeXlsx(basic))).rows;
    for (const size of [1, 7, 64, 1000]) expect((await read(makeXlsx(basic), {}, size)).rows).toEqual(expected);
    expect((await read(makeXlsx({ ...basic, level: 0 }), {}, 13)).rows).toEqual(expected);
  });

  it("places sparse cells by their r reference and fills missing rows with blank rows", async () => {
    const { rows } = await read(
      makeXlsx({
        sheets: [
          {
            name: "S",
            data:
              '<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c><c r="B1" t="inlineStr"><is><t>B</t></is></c><c r="C1" t="inlineStr"><is><t>C</t></is></c><c r="D1" t="inlineStr"><is><t>D</t></is></c></row>' +
              '<row r="2"><c r="C2"><v>3</v></c></row>' +
              '<row r="5"><c r="A5"><v>1</v></c><c r="D5" s="0"/></row>' + // rows 3 and 4 are missing
              "<row><c><v>7</v></c><c><v>8</v></c></row>" + // no r: row 6, columns A and B
              '<row r="7" spans="1:4"/>' + // an empty padding row
              '<row r="8"><c r="A8" s="1"/><c r="B8" s="1"/></row>', // styled empty cells only
          },
        ],
      }),
    );
    expect(rows).toEqual([["A", "B", "C", "D"], ["", "", "3", ""], [""], [""], ["1", "", "", ""], ["7", "8", "", ""], [""], [""]]);
  });

  it("turns date-formatted numbers into ISO dates (built-in and custom formats, 1900 and 1904 systems) and leaves other numbers alone", async () => {
    const data =
      '<row r="1"><c r="A1" s="1"><v>42278</v></c><c r="B1" s="2"><v>45621.75</v></c><c r="C1" s="3"><v>128550</v></c><c r="D1"><v>42278</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="str"><f>A1&amp;"x"</f><v>a&amp;b</v></c><c r="H1" s="4"><v>0.5</v></c></row>';
    const spec: WorkbookSpec = { sheets: [{ name: "S", data }], styles: [0, 14, 164, 4, 20], numFmts: { 164: "m/d/yyyy h:mm" } };
    expect((await read(makeXlsx(spec))).rows).toEqual([["2015-10-01", "2024-11-25 18:00:00", "128550", "42278", "TRUE", "#N/A", "a&b", "0.5"]]);
    const d1904 = '<row r="1"><c r="A1" s="1"><v>40816</v></c></row>';
    expect((await read(makeXlsx({ sheets: [{ name: "S", data: d1904 }], date1904: true }))).rows).toEqual([["2015-10-01"]]);
  });

  it("decodes OOXML _xHHHH_ escapes and character references in strings", async () => {
    const spec: WorkbookSpec = {
      strings: ["<t>line_x000D_break</t>", "<t>lit_x005F_x0041_</t>", "<t>caf&#233; &#x2013; ok</t>"],
      sheets: [{ name: "S", data: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' }],
    };
    expect((await read(makeXlsx(spec))).rows).toEqual([["line\rbreak", "lit_x0041_", "café – ok"]]);
  });

  it("reads the first worksheet by default, another one by name (exact, then any case) or 0-based index", async () => {
    const spec: WorkbookSpec = {
      sheets: [
        { name: "Notes", data: '<row r="1"><c r="A1" t="inlineStr"><is><t>read me</t></is></c></row>' },
        { name: "R&D Data", data: '<row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row>' },
      ],
    };
    expect((await read(makeXlsx(spec))).rows).toEqual([["read me"]]);
    expect((await read(makeXlsx(spec), { sheet: "R&D Data" })).rows).toEqual([["second"]]);
    expect((await read(makeXlsx(spec), { sheet: "r&d data" })).rows).toEqual([["second"]]);
    expect((await read(makeXlsx(spec), { sheet: 1 })).rows).toEqual([["second"]]);
  });

  it("throws invalid_option for a sheet that is not there, naming the file and listing the sheets", async () => {
    const spec: WorkbookSpec = { sheets: [{ name: "Notes", data: "" }, { name: "Data", data: "" }] };
    await expect(read(makeXlsx(spec), { sheet: "FY2024" })).rejects.toMatchObject({
      name: "DisclosureError",
      code: "invalid_option",
      message: expect.stringMatching(/^test\.xlsx: no sheet named "FY2024" in this workbook; its sheets are: "Notes", "Data"/),
    });
    await expect(read(makeXlsx(spec), { sheet: 2 })).rejects.toMatchObject({ code: "invalid_option", message: expect.stringContaining('"Notes", "Data"') });
  });

  it("reads any zip entry order: shared strings after the sheet, or the sheets before the workbook", async () => {
    const expected = (await read(makeXlsx(basic))).rows;
    expect((await read(makeXlsx({ ...basic, order: "strings-last" }))).rows).toEqual(expected);
    expect((await read(makeXlsx({ ...basic, order: "sheets-first" }), {}, 5)).rows).toEqual(expected);
    const two: WorkbookSpec = { ...basic, sheets: [{ name: "Other", data: '<row r="1"><c r="A1"><v>9</v></c></row>' }, basic.sheets[0]!] };
    expect((await read(makeXlsx({ ...two, order: "sheets-first" }), { sheet: "Data" })).rows).toEqual(expected);
  });

  it("reads SpreadsheetML written with a namespace prefix (<x:row>, <x:c>)", async () => {
    const expected = (await read(makeXlsx(basic))).rows;
    expect((await read(makeXlsx({ ...basic, prefix: "x:" }))).rows).toEqual(expected);
  });

  it("yields batches of a few thousand rows, the last one final", async () => {
    const data = Array.from({ length: 10_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const { rows, batches } = await read(makeXlsx({ sheets: [{ name: "S", data }] }));
    expect(rows).toHaveLength(10_000);
    expect(rows[9_999]).toEqual(["9999"]);
    expect(batches.length).toBeGreaterThan(1);
    expect(Math.max(...batches.map((b) => b.rows.length))).toBeLessThanOrEqual(16_384);
    expect(batches.map((b) => b.final)).toEqual([...batches.slice(1).map(() => false), true]);
  });

  it("throws xlsx_input for a zip without a workbook, pointing at a CSV inside", async () => {
    const bytes = zipSync({ "LCA_FY2024.csv": strToU8("CASE_NUMBER\nI-200-1\n"), "readme.txt": strToU8("hi") });
    await expect(read(bytes)).rejects.toMatchObject({
      name: "DisclosureError",
      code: "xlsx_input",
      message: "test.xlsx: zip archive without an Excel workbook inside; expected an .xlsx disclosure file (it holds LCA_FY2024.csv, readme.txt: unzip it and read that file)",
    });
    await expect(read(zipSync({ "a.bin": new Uint8Array([1, 2, 3]) }))).rejects.toMatchObject({
      code: "xlsx_input",
      message: "test.xlsx: zip archive without an Excel workbook inside; expected an .xlsx disclosure file",
    });
  });

  it("throws truncated_file for a workbook cut anywhere, never returning partial rows silently", async () => {
    const bytes = makeXlsx(basic);
    for (const cut of [10, 100, Math.floor(bytes.length / 2), bytes.length - 30, bytes.length - 1]) {
      await expect(read(bytes.subarray(0, cut)), `cut at ${cut}`).rejects.toMatchObject({
        name: "DisclosureError",
        code: "truncated_file",
        message: expect.stringContaining("test.xlsx: the .xlsx file is cut short or damaged"),
      });
    }
  });

  it("throws truncated_file for a cell that refers to a shared string the table does not hold", async () => {
    const spec: WorkbookSpec = { strings: ["<t>a</t>"], sheets: [{ name: "S", data: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row>' }] };
    await expect(read(makeXlsx(spec))).rejects.toMatchObject({
      code: "truncated_file",
      message: expect.stringContaining("a cell refers to shared string 7, but the table holds 1"),
    });
  });

  it("throws truncated_file for corrupt compressed data", async () => {
    const bytes = makeXlsx(basic).slice();
    const name = strToU8("xl/worksheets/sheet1.xml");
    const header = bytes.findIndex((_b, i) => name.every((c, k) => bytes[i + k] === c));
    for (let i = header + name.length + 10; i < header + name.length + 40; i++) bytes[i] = bytes[i]! ^ 0x5a; // inside its deflate data
    await expect(read(bytes)).rejects.toMatchObject({ name: "DisclosureError", code: "truncated_file" });
  });

  it("passes input stream errors through unchanged", async () => {
    const boom = new Error("disk on fire");
    async function* failing() {
      yield makeXlsx(basic).subarray(0, 200);
      throw boom;
    }
    await expect(
      (async () => {
        for await (const _ of xlsxRows(failing(), "test.xlsx", { bytes: 0 })) void _;
      })(),
    ).rejects.toBe(boom);
  });
});

describe("readDataset on .xlsx", () => {
  it("reads filings from a workbook just like from its CSV twin", async () => {
    const header = ["CASE_NUMBER", "DECISION_DATE", "CASE_STATUS", "PW_AMOUNT_9089", "PW_UNIT_OF_PAY_9089", "JOB_INFO_JOB_TITLE", "EMPLOYER_NAME"];
    const strings = [...header, "Certified", "Year", "Engineer", "Acme Inc."].map((s) => `<t>${s}</t>`);
    const cells = (r: number, vals: string[]) => `<row r="${r}">${vals.join("")}</row>`;
    const data =
      cells(1, header.map((_h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`)) +
      cells(2, ['<c r="A2" t="inlineStr"><is><t>A-15001-00001</t></is></c>', '<c r="B2" s="1"><v>42278</v></c>', '<c r="C2" t="s"><v>7</v></c>', '<c r="D2"><v>128550</v></c>', '<c r="E2" t="s"><v>8</v></c>', '<c r="F2" t="s"><v>9</v></c>', '<c r="G2" t="s"><v>10</v></c>']) +
      '<row r="400"/>';
    const xlsx = await readDataset(makeXlsx({ strings, sheets: [{ name: "S", data }] }), { file: "perm.xlsx" });
    const csv = await readDataset(`${header.join(",")}\nA-15001-00001,10/1/15,Certified,"128,550.00",Year,Engineer,Acme Inc.\n`, { file: "perm.csv" });
    expect(xlsx.summary).toMatchObject({ format: "xlsx", kept: 1, blank: 398, read: 399 });
    expect(xlsx.rows.map((f) => ({ ...f, source: { ...f.source, file: "" } }))).toEqual(csv.rows.map((f) => ({ ...f, source: { ...f.source, file: "" } })));
  });
});
