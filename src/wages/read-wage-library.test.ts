import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DisclosureError } from "../errors";
import { loadWageLibrary } from "../io/load-wage-library";
import { generateWageSamples } from "./generate-wage-samples";
import { readWageLibrary } from "./read-wage-library";
import { wageLevels } from "./wage-levels";

const SAMPLES = fileURLToPath(new URL("../../data-samples/wages/", import.meta.url));
const HEADER = '"Area","SocCode","GeoLvl","Level1","Level2","Level3","Level4","Average"';

/** A one-member library from CSV text. */
const alcOf = (text: string, name = "ALC_Export.csv") => readWageLibrary([{ name, content: text }]);

describe("readWageLibrary (generated 2025-26 bundle)", () => {
  it("readWageLibrary(files) reads the five members of the folder layout", async () => {
    const files = generateWageSamples()
      .filter((f) => f.path.endsWith(".csv"))
      .map((f) => ({ name: f.path, content: f.bytes }));
    const lib = await readWageLibrary(files);
    expect(lib.wageYear).toBe("2025-26");
    expect(lib.socVintage).toBe(2018);
    expect(lib.summary).toEqual({ alcRows: 132, edcRows: 132, refused: 0, areas: 11, places: 32, occupations: 12, crosswalk: 15 });
    expect(lib.issues).toEqual([]);
    expect(lib.areas.get("32420")?.name).toBe("Mayagüez, PR"); // windows-1252 byte 0xFC
    expect(lib.occupations.get("15-1253")).toBe("Software Quality Assurance Analysts and Testers");
  });

  it("readWageLibrary(zipBytes) reads the nested-folder zip like the folder", async () => {
    const zip = generateWageSamples().find((f) => f.path.endsWith(".zip"))!;
    const lib = await readWageLibrary(zip.bytes);
    expect(lib.files).toEqual([
      "OFLC_Wages_2025-26/ALC_Export.csv",
      "OFLC_Wages_2025-26/EDC_Export.csv",
      "OFLC_Wages_2025-26/Geography.csv",
      "OFLC_Wages_2025-26/oes_soc_occs.csv",
      "OFLC_Wages_2025-26/xwalk_plus.csv",
    ]);
    expect(lib.wageYear).toBe("2025-26");
    expect(wageLevels(lib, "15-1252", "42660")?.levels?.I).toEqual({ hourly: 48.36, annual: 100588.8 });
  });

  it("loadWageLibrary(path) loads the checked-in folder and zip from data-samples/wages", async () => {
    const folder = await loadWageLibrary(`${SAMPLES}OFLC_Wages_2025-26`);
    const zip = await loadWageLibrary(`${SAMPLES}OFLC_Wages_2025-26.zip`);
    const parent = await loadWageLibrary(SAMPLES); // the folder above: members found one level down
    for (const lib of [folder, zip, parent]) {
      expect(lib.wageYear).toBe("2025-26");
      expect(lib.summary.alcRows).toBe(132);
      expect(wageLevels(lib, "15-1252", { city: "Seattle", state: "WA" })?.levels?.IV).toEqual({ hourly: 85.3, annual: 177424 });
    }
    expect(zip.files[0]).toBe("OFLC_Wages_2025-26/ALC_Export.csv");
  });

  it("loadWageLibrary(path) reports a missing path as io_error", async () => {
    await expect(loadWageLibrary(`${SAMPLES}nope.zip`)).rejects.toMatchObject({ code: "io_error" });
  });
});

describe("readWageLibrary (wage tables)", () => {
  it("accepts the header with and without Label, GeoLvl quoted or not, CRLF", async () => {
    const without = await alcOf(`${HEADER}\r\n"41940","15-1252",1,"55.10","70.20","85.30","100.40","80.00"\r\n`);
    const withLabel = await alcOf(`${HEADER},"Label"\r\n"41940","15-1252","1","55.10","70.20","85.30","100.40","80.00",""\r\n`);
    for (const lib of [without, withLabel]) {
      const w = wageLevels(lib, "15-1252", "41940")!;
      expect(w).toMatchObject({ geoLvl: 1, label: null, basis: "hour", average: { hourly: 80, annual: 166400 } });
      expect(w.levels).toEqual({
        I: { hourly: 55.1, annual: 114608 },
        II: { hourly: 70.2, annual: 146016 },
        III: { hourly: 85.3, annual: 177424 },
        IV: { hourly: 100.4, annual: 208832 },
      });
    }
    expect(without.alc?.hasLabelColumn).toBe(false);
    expect(withLabel.alc?.hasLabelColumn).toBe(true);
  });

  it("reads blanks, N/A, #N/A and * as missing", async () => {
    const lib = await alcOf(
      `${HEADER},"Label"\n"41940","15-1252","1","N/A","#N/A","*","",,""\n"41940","15-1211","1","40.00","N/A","60.00","70.00","#N/A",""\n`,
    );
    expect(wageLevels(lib, "15-1252", "41940")).toMatchObject({ levels: null, average: null });
    expect(wageLevels(lib, "15-1211", "41940")?.levels).toEqual({
      I: { hourly: 40, annual: 83200 },
      II: null,
      III: { hourly: 60, annual: 124800 },
      IV: { hourly: 70, annual: 145600 },
    });
    expect(lib.issues).toEqual([]);
  });

  it("applies the Label semantics: Annual Wage, High Wage, No Leveled Wage, No ACWIA", async () => {
    const lib = await readWageLibrary([
      {
        name: "ALC_Export.csv",
        content: [
          `${HEADER},"Label"`,
          '"41940","25-1021","1","100000.00","130000.00","160000.00","190000.00","145000.00","Annual Wage"',
          '"41940","29-1216","1",,,,,"115.00","High Wage"',
          '"41940","27-2021","1",,,,,,"No Leveled Wage"',
        ].join("\r\n"),
      },
      { name: "EDC_Export.csv", content: `${HEADER},"Label"\r\n"41940","29-1216","1",,,,,,"No ACWIA"\r\n` },
    ]);
    expect(wageLevels(lib, "25-1021", "41940")).toMatchObject({
      label: "Annual Wage",
      basis: "year",
      levels: { I: { hourly: 48.08, annual: 100000 }, IV: { hourly: 91.35, annual: 190000 } },
      average: { hourly: 69.71, annual: 145000 },
    });
    expect(wageLevels(lib, "29-1216", "41940")).toMatchObject({ label: "High Wage", levels: null, average: { hourly: 115, annual: 239200 } });
    expect(wageLevels(lib, "27-2021", "41940")).toMatchObject({ label: "No Leveled Wage", levels: null, average: null });
    expect(wageLevels(lib, "29-1216", "41940", { acwia: true })).toMatchObject({ table: "EDC", label: "No ACWIA", levels: null });
  });

  it("recognises annual-basis rows by magnitude when there is no Label column (before 2023-24)", async () => {
    const lib = await alcOf(
      `${HEADER}\r\n"41940","25-1011","1","115220.00","165263.00","215307.00","265350.00",""\r\n"41940","29-1141","1","71.01","77.89","84.76","91.64",""\r\n`,
    );
    expect(wageLevels(lib, "25-1011", "41940")).toMatchObject({ basis: "year", levels: { I: { hourly: 55.39, annual: 115220 } } });
    expect(wageLevels(lib, "29-1141", "41940")).toMatchObject({ basis: "hour", levels: { I: { hourly: 71.01, annual: 147700.8 } } });
  });

  it("refuses rows whose levels decrease or mix hourly and annual values (issues, no throw)", async () => {
    const lib = await alcOf(
      [
        HEADER,
        '"41940","15-1252","1","70.20","55.10","85.30","100.40","80.00"',
        '"41940","15-1211","1","40.00","50.00","60.00","70000.00","55.00"',
        '"41940","15-1212","1","40.00","50.00","60.00","70.00","55.00"',
        '"","15-1299","1","40.00","50.00","60.00","70.00","55.00"',
        '"41940","Software","1","40.00","50.00","60.00","70.00","55.00"',
      ].join("\r\n"),
    );
    expect(lib.summary).toMatchObject({ alcRows: 1, refused: 4 });
    expect(lib.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
      [1, "Level1", "invalid_value", "error"],
      [2, "Level1", "invalid_value", "error"],
      [4, "Area", "missing_value", "error"],
      [5, "SocCode", "invalid_value", "error"],
    ]);
    expect(lib.issues[0]!.message).toContain("levels decrease (70.2 > 55.1 > 85.3 > 100.4)");
    expect(wageLevels(lib, "15-1252", "41940")).toBeNull();
    expect(wageLevels(lib, "15-1212", "41940")).not.toBeNull();
  });

  it("throws unrecognized_header for a file that is not a wage table, empty_file for no members", async () => {
    await expect(alcOf("CASE_NUMBER,CASE_STATUS\nA-1,Certified\n")).rejects.toMatchObject({ code: "unrecognized_header" });
    await expect(readWageLibrary([{ name: "notes.txt", content: "x" }])).rejects.toBeInstanceOf(DisclosureError);
    await expect(readWageLibrary([{ name: "notes.txt", content: "x" }])).rejects.toMatchObject({ code: "empty_file" });
    await expect(readWageLibrary(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: "binary_file" });
  });

  it("validates options with zod: a malformed wage year is invalid_option naming the field", async () => {
    await expect(readWageLibrary([], { wageYear: "2025" })).rejects.toThrow(/invalid option "wageYear"/);
    await expect(readWageLibrary([], { wageYear: "2025-27" })).rejects.toMatchObject({ code: "invalid_option" });
  });

  it("keeps the file's bytes untouched (reads the zip without mutating it)", async () => {
    const zip = readFileSync(`${SAMPLES}OFLC_Wages_2025-26.zip`);
    const copy = Buffer.from(zip);
    await readWageLibrary(new Uint8Array(zip));
    expect(zip.equals(copy)).toBe(true);
  });
});
