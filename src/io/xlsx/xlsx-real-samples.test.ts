import { createReadStream, existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../datasets/read";
import type { Filing } from "../../datasets/filing";
import { chunked } from "../../../test/make-xlsx";
import { xlsxRows } from "./xlsx-rows";

/** ../shared/oflc/samples beside the repository (read-only real files); absent on a fresh clone. */
const dir = fileURLToPath(new URL("../../../../shared/oflc/samples/", import.meta.url));
const XLSX = `${dir}perm_fy2016-19_subset_emf226_derived.xlsx`;
const CSV = `${dir}perm_fy2016-19_subset_emf226_derived.csv`;

const withoutFile = (f: Filing) => ({ ...f, source: { ...f.source, file: "" } });

async function sheetRows(bytes: Uint8Array): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const b of xlsxRows(chunked(bytes), XLSX, { bytes: 0 })) rows.push(...b.rows);
  return rows;
}

describe.skipIf(!existsSync(dir))("the real PERM workbook (Excel 2013) and its CSV twin", () => {
  it("reads the same 4,027 filings, field for field, from the .xlsx as from the .csv", async () => {
    const xlsx = await readDataset(readFileSync(XLSX), { file: XLSX });
    const csv = await readDataset(readFileSync(CSV), { file: CSV });
    expect(xlsx.rows).toHaveLength(4027);
    expect(csv.rows).toHaveLength(4027);
    const { file: _x, format: xFormat, bytes: _xb, encoding: xEnc, delimiter: xDelim, ...xCounts } = xlsx.summary;
    const { file: _c, format: cFormat, bytes: _cb, encoding: _cEnc, delimiter: _cDelim, ...cCounts } = csv.summary;
    expect([xFormat, cFormat, xEnc, xDelim]).toEqual(["xlsx", "csv", null, null]);
    expect(xCounts).toEqual(cCounts);
    expect(xCounts).toMatchObject({ dataset: "perm", era: "perm-b", read: 4027, kept: 4027, flagged: 0, blank: 0 });

    // Two job titles hold a control character (U+0013, stored by Excel as _x0013_). The CSV twin's export cut each
    // title at that character; the workbook keeps the whole title. Every other field of every row is identical.
    const cut = new Map([
      ["A-14197-89092", "Technical Processional \u0013 Cementing"],
      ["A-14224-97416", "Engineer, Intermediate \u0013 Applications"],
    ]);
    for (let i = 0; i < csv.rows.length; i++) {
      const x = withoutFile(xlsx.rows[i]!);
      const c = withoutFile(csv.rows[i]!);
      const full = cut.get(c.caseNumber);
      if (full === undefined) expect(x, `row ${i + 1} (${c.caseNumber})`).toEqual(c);
      else {
        expect(x.job.title).toBe(full);
        expect(full.startsWith(c.job.title!)).toBe(true);
        expect({ ...x, job: { ...x.job, title: null } }).toEqual({ ...c, job: { ...c.job, title: null } });
      }
    }
    expect(xlsx.issues.map((i) => ({ ...i, file: "" }))).toEqual(csv.issues.map((i) => ({ ...i, file: "" })));
  });

  it("gets the same filings from a file stream in 4 KiB chunks", async () => {
    const whole = await readDataset(readFileSync(XLSX), { file: XLSX });
    const streamed = await readDataset(createReadStream(XLSX, { highWaterMark: 4096 }), { file: XLSX });
    expect(streamed.rows).toEqual(whole.rows);
    expect(streamed.summary.bytes).toBe(readFileSync(XLSX).length);
  });

  it("sees what the workbook stores: date-formatted serials and numeric wages (FY2016 rows), text dates and text wages (FY2019 rows)", async () => {
    const rows = await sheetRows(readFileSync(XLSX));
    expect(rows).toHaveLength(4028);
    expect(rows[0]).toEqual(readFileSync(CSV, "utf8").split(/\r?\n/)[0]!.split(","));
    const byCase = (id: string) => rows.find((r) => r[1] === id)!;
    // stored as <c s="1"><v>42278</v></c> (numFmt 14) and <c s="2"><v>128550</v></c> (numFmt 4, #,##0.00)
    expect(byCase("A-14183-84671").slice(0, 8)).toEqual(["1", "A-14183-84671", "2015-10-01", "Obama", "Denied", "Level II", "128550", "Year"]);
    // stored as shared strings, like the CSV
    expect(byCase("A-17220-73286").slice(0, 8)).toEqual(["2527", "A-17220-73286", "11/14/2018", "Trump", "Denied", "Level II", "77,958.00", "Hour"]);
  });

  it("names the workbook's sheets when asked for one that is not there", async () => {
    await expect(readDataset(readFileSync(XLSX), { file: XLSX, sheet: "Sheet1" })).rejects.toMatchObject({
      code: "invalid_option",
      message: expect.stringContaining('no sheet named "Sheet1" in this workbook; its sheets are: "PERM_FY2016"'),
    });
    expect((await readDataset(readFileSync(XLSX), { file: XLSX, sheet: 0 })).rows).toHaveLength(4027);
  });
});
