import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LCA_FLAG_96, LCA_FLAG_98 } from "../datasets/lca/layouts";
import {
  PERM_ERA_B_FY2016_18, PERM_ERA_C_FY2020, PERM_ERA_C_FY2024, PERM_ERA_D_FY2024, PERM_ERA_D_FY2025,
} from "../datasets/perm/layouts";
import { PW_FLAG_FY2020 } from "../datasets/pw/layouts";
import type { Manifest, ManifestFile } from "./manifest";
import { DEFAULT_SEED, generateSampleSet } from "./sample-files";
import { writeSampleFiles } from "./write-sample-files";

const SAMPLES_DIR = fileURLToPath(new URL("../../data-samples/", import.meta.url));

const LAYOUTS: Readonly<Record<string, readonly string[]>> = {
  PERM_ERA_B_FY2016_18,
  "PERM_ERA_B_FY2016_18 (without _9089 suffixes)": PERM_ERA_B_FY2016_18.map((h) => h.replace(/_9089$/, "")),
  PERM_ERA_C_FY2020,
  PERM_ERA_C_FY2024,
  PERM_ERA_D_FY2024,
  PERM_ERA_D_FY2025,
  LCA_FLAG_96,
  LCA_FLAG_98,
  PW_FLAG_FY2020,
};

const CP1252_HIGH: Readonly<Record<number, string>> = { 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—" };

/** Decode a file as the manifest says it is encoded (independent of the library's decoder). */
function decode(bytes: Uint8Array, entry: ManifestFile): string {
  if (entry.encoding === "windows-1252") {
    let out = "";
    for (const b of bytes) out += CP1252_HIGH[b] ?? String.fromCharCode(b);
    return out;
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes); // drops a BOM

}

/** Split CSV text into records (quote-aware; a quoted line break stays in its field). */
function records(text: string, delimiter: string): string[][] {
  const out: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      out.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    out.push(record);
  }
  return out;
}

const employerColumn = (header: readonly string[]): number =>
  header.findIndex((h) => h === "EMPLOYER_NAME" || h === "EMP_BUSINESS_NAME" || h === "EMPLOYER_LEGAL_BUSINESS_NAME");

describe("writeSampleFiles", () => {
  let dirA = "";
  let dirB = "";
  let manifest: Manifest;
  const parsed = new Map<string, { header: string[]; rows: string[][]; bytes: Uint8Array }>();

  beforeAll(async () => {
    dirA = await mkdtemp(join(tmpdir(), "oflc-samples-a-"));
    dirB = await mkdtemp(join(tmpdir(), "oflc-samples-b-"));
    manifest = await writeSampleFiles(dirA);
    await writeSampleFiles(dirB, { seed: DEFAULT_SEED });
    for (const f of manifest.files) {
      const bytes = new Uint8Array(await readFile(join(dirA, f.file)));
      const [header = [], ...rows] = records(decode(bytes, f), f.delimiter);
      parsed.set(f.file, { header, rows, bytes });
    }
  });
  afterAll(async () => {
    await rm(dirA, { recursive: true, force: true });
    await rm(dirB, { recursive: true, force: true });
  });

  it("writes byte-identical files for the same seed", async () => {
    const names = (await readdir(dirA)).sort();
    expect(names).toEqual((await readdir(dirB)).sort());
    expect(names).toContain("MANIFEST.json");
    for (const name of names) expect(Buffer.compare(await readFile(join(dirA, name)), await readFile(join(dirB, name)))).toBe(0);
  });

  it("writes other bytes for another seed", () => {
    const other = generateSampleSet(7);
    const file = other.files.find((f) => f.file === "PERM_Disclosure_Data_FY2017.csv")!;
    expect(Buffer.compare(Buffer.from(file.bytes), Buffer.from(parsed.get(file.file)!.bytes))).not.toBe(0);
  });

  it("covers every era and dataset, and keeps data-samples small", () => {
    expect(new Set(manifest.files.map((f) => f.era))).toEqual(
      new Set(["perm-b", "perm-c", "perm-d", "perm-d-soc", "lca-flag-96", "lca-flag-98", "pw-flag"]),
    );
    const total = manifest.files.reduce((s, f) => s + f.bytes, 0);
    expect(total).toBeLessThan(3_300_000);
    for (const f of manifest.files) {
      expect(f.dataRows).toBeGreaterThanOrEqual(100);
      expect(f.dataRows).toBeLessThanOrEqual(2000);
    }
  });

  it("writes each file's header exactly as its layout, in order", () => {
    for (const f of manifest.files) {
      const layout = LAYOUTS[f.layout];
      expect(layout, f.layout).toBeDefined();
      expect(parsed.get(f.file)!.header).toEqual(layout);
      expect(f.columns).toBe(layout!.length);
    }
  });

  it("uses the encodings, BOM, delimiters and line endings the manifest records", () => {
    const byName = (name: string) => manifest.files.find((f) => f.file === name)!;
    expect(byName("PERM_Disclosure_Data_FY2019.csv").delimiter).toBe(";");
    expect(byName("PW_Disclosure_Data_FY2025_Q4.csv").delimiter).toBe("\t");
    expect(byName("LCA_Disclosure_Data_FY2023_Q4.csv").lineEnding).toBe("\r\n");
    const bom = byName("PERM_Disclosure_Data_FY2024_Q4.csv");
    expect([...parsed.get(bom.file)!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const cp = byName("PERM_Disclosure_Data_FY2022_Q4.csv");
    expect(cp.encoding).toBe("windows-1252");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(parsed.get(cp.file)!.bytes)).toThrow();
    expect(parsed.get(cp.file)!.rows.some((r) => r.some((v) => v.includes("Lumière Précision")))).toBe(true);
    for (const f of manifest.files) {
      const bytes = parsed.get(f.file)!.bytes;
      const crlf = bytes.includes(0x0d);
      expect(crlf).toBe(f.lineEnding === "\r\n");
    }
  });

  it("counts every record after the header as a data row, blank and bad rows included", () => {
    for (const f of manifest.files) {
      const { rows } = parsed.get(f.file)!;
      expect(rows.length, f.file).toBe(f.dataRows);
      const blank = rows.map((r, i) => (r.every((v) => v === "") ? i + 1 : 0)).filter((r) => r > 0);
      expect(blank.length, f.file).toBe(f.blankRows);
      const fromRanges = f.blankRowRanges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k));
      expect(blank).toEqual(fromRanges);
      expect(f.blankRowRanges.at(-1)?.[1]).toBe(f.dataRows); // a long run at the end
      expect(f.validRows).toBe(f.dataRows - f.blankRows - f.badRows.length);
    }
  });

  it("writes the bad rows the manifest lists, each broken its own way", () => {
    for (const f of manifest.files) {
      const { header, rows } = parsed.get(f.file)!;
      expect(new Set(f.badRows.map((b) => b.reason)).size).toBe(4);
      for (const bad of f.badRows) {
        const row = rows[bad.row - 1]!;
        if (bad.reason === "field_count") expect(row.length).toBe(header.length + 1);
        else expect(row.length).toBe(header.length);
        if (bad.reason === "missing_case_number") {
          expect(row[header.indexOf("CASE_NUMBER")]).toBe("");
          expect(row.filter((v) => v !== "").length).toBeGreaterThan(10);
        }
        if (bad.reason === "invalid_status") expect(row[header.indexOf("CASE_STATUS")]).toBe("PENDING REVIEW");
        if (bad.reason === "missing_employer_name") expect(row[employerColumn(header)]).toBe("");
      }
      // Every other non-blank row has exactly the header's number of fields.
      const badSet = new Set(f.badRows.map((b) => b.row));
      rows.forEach((r, i) => {
        if (!badSet.has(i + 1) && !r.every((v) => v === "")) expect(r.length, `${f.file} row ${i + 1}`).toBe(header.length);
      });
    }
  });

  it("writes within-file duplicates: the same case again, later, with another status", () => {
    let total = 0;
    for (const f of manifest.files) {
      const { header, rows } = parsed.get(f.file)!;
      total += f.duplicateRowsWithinFile;
      for (const d of f.duplicates) {
        const copies = d.rows.map((r) => rows[r - 1]!);
        expect(copies.every((c) => c[header.indexOf("CASE_NUMBER")] === d.caseNumber)).toBe(true);
        const status = header.indexOf("CASE_STATUS");
        expect(new Set(copies.map((c) => c[status])).size).toBeGreaterThan(1);
        expect(d.winnerRow).toBe(Math.max(...d.rows));
      }
    }
    expect(total).toBeGreaterThanOrEqual(10);
  });

  it("writes known rows with the recorded case number and employer name", () => {
    for (const f of manifest.files) {
      const { header, rows } = parsed.get(f.file)!;
      expect(f.knownRows.length).toBeGreaterThanOrEqual(5);
      for (const k of f.knownRows) {
        const row = rows[k.row - 1]!;
        expect(row[header.indexOf("CASE_NUMBER")]).toBe(k.caseNumber);
        expect(row[employerColumn(header)]).toBe(k.employerName);
        expect(k.fiscalYear).toBeGreaterThanOrEqual(2016);
        if (k.annualOfferedFrom !== null) expect(k.annualOfferedFrom).toBeGreaterThan(10_000);
      }
    }
  });

  it("records the injected quirks with rows whose cells hold the example", () => {
    const kinds = new Set(manifest.files.flatMap((f) => f.quirks.map((q) => q.kind)));
    for (const kind of [
      "wage-format:thousands", "unit-abbrev", "unit-amount-mismatch", "date-format:mdy2", "date-format:excel",
      "date-format:iso-time", "status-spelling", "soc-format:nodash", "soc-format:onet", "soc-2010-code", "state-typo",
      "state-full-name", "zip-plus-4", "name-variant:amp-entity", "name-variant:dba", "name-variant:double-space",
      "embedded-newline", "inner-quotes",
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    for (const f of manifest.files) {
      const { header, rows } = parsed.get(f.file)!;
      for (const q of f.quirks) {
        if (q.column === undefined || q.kind === "inner-quotes") continue;
        expect(rows[q.rows[0]! - 1]![header.indexOf(q.column)], `${f.file} ${q.kind}`).toBe(q.example);
      }
    }
    const multiline = manifest.files.flatMap((f) => f.multilineRows.map((r) => parsed.get(f.file)!.rows[r - 1]!));
    expect(multiline.some((r) => r.some((v) => v.includes("\n")))).toBe(true);
  });

  it("makes FY2025 Q4 cumulative: every Q2 case is in Q4, and the latest copy wins", () => {
    const valid = (name: string) => {
      const f = manifest.files.find((x) => x.file === name)!;
      const { header, rows } = parsed.get(name)!;
      const skip = new Set([...f.badRows.map((b) => b.row)]);
      return new Set(rows.filter((r, i) => !skip.has(i + 1) && r.some((v) => v !== "")).map((r) => r[header.indexOf("CASE_NUMBER")]!));
    };
    const q2 = valid("PERM_Disclosure_Data_FY2025_Q2.csv");
    const q4 = valid("PERM_Disclosure_Data_FY2025_Q4.csv");
    for (const c of q2) expect(q4.has(c)).toBe(true);
    const group = manifest.crossFile.groups[0]!;
    expect(group.cases.length).toBe(q2.size);
    expect(group.cases.some((c) => c.changed && c.copies.some((x) => x.decisionDate !== c.copies[0]!.decisionDate))).toBe(true);
    for (const c of group.cases) {
      const latest = Math.max(...c.copies.map((x) => Date.parse(x.decisionDate)));
      const winner = c.copies.find((x) => x.file === c.winner.file && x.row === c.winner.row)!;
      expect(Date.parse(winner.decisionDate)).toBe(latest);
    }
  });

  it("links new-form PERM rows to PW determinations with visa class PERM", () => {
    const pw = parsed.get("PW_Disclosure_Data_FY2025_Q4.csv")!;
    const caseCol = pw.header.indexOf("CASE_NUMBER");
    const visaCol = pw.header.indexOf("VISA_CLASS");
    const join = manifest.crossFile.pwd;
    expect(join.linkedPermRows).toBeGreaterThan(100);
    expect(join.unlinkedPermRows).toBe(0);
    const pwCases = new Set(pw.rows.map((r) => r[caseCol]));
    for (const name of ["PERM_Disclosure_Data_New_Form_FY2024_Q4.csv", "PERM_Disclosure_Data_FY2025_Q2.csv", "PERM_Disclosure_Data_FY2025_Q4.csv"]) {
      const f = manifest.files.find((x) => x.file === name)!;
      const perm = parsed.get(name)!;
      const bad = new Set(f.badRows.map((b) => b.row));
      const pwdCol = perm.header.indexOf("JOB_OPP_PWD_NUMBER");
      perm.rows.forEach((r, i) => {
        if (!bad.has(i + 1) && r.some((v) => v !== "")) expect(pwCases.has(r[pwdCol]), `${name} row ${i + 1}`).toBe(true);
      });
    }
    for (const link of join.examples) {
      const perm = parsed.get(link.permFile)!;
      expect(perm.rows[link.permRow - 1]![perm.header.indexOf("JOB_OPP_PWD_NUMBER")]).toBe(link.pwdCaseNumber);
      const row = pw.rows[link.pwRow - 1]!;
      expect(row[caseCol]).toBe(link.pwdCaseNumber);
      expect(row[visaCol]).toBe("PERM");
    }
  });
});

describe("data-samples/", () => {
  it.runIf(process.env.WRITE_SAMPLES === "1")("WRITE_SAMPLES=1 rewrites data-samples/ from the generator", async () => {
    const manifest = await writeSampleFiles(SAMPLES_DIR);
    expect(manifest.files.length).toBe(10);
  });

  it.skipIf(!existsSync(join(SAMPLES_DIR, "MANIFEST.json")))("is what the generator writes (refresh with WRITE_SAMPLES=1)", async () => {
    const set = generateSampleSet(DEFAULT_SEED);
    for (const f of set.files) {
      const onDisk = await readFile(join(SAMPLES_DIR, f.file));
      expect(Buffer.compare(onDisk, Buffer.from(f.bytes)), f.file).toBe(0);
    }
    const manifest = JSON.parse(await readFile(join(SAMPLES_DIR, "MANIFEST.json"), "utf8")) as Manifest;
    expect(manifest).toEqual(JSON.parse(JSON.stringify(set.manifest)));
  });
});
