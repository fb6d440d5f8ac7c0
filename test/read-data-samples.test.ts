import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDataset, readDatasets, type Filing } from "../src/index";

// data-samples/ is written by the seeded generator (src/generate); MANIFEST.json is its ground truth.
const dir = fileURLToPath(new URL("../data-samples/", import.meta.url));
interface ManifestFile {
  file: string;
  dataset: string;
  era: string;
  encoding: string;
  delimiter: string;
  dataRows: number;
  blankRows: number;
  badRows: { row: number; code: string; column?: string }[];
  duplicateRowsWithinFile: number;
  knownRows: {
    row: number;
    caseNumber: string;
    employerName: string;
    fein: string | null;
    soc2018: string | null;
    annualOfferedFrom: number | null;
    annualPrevailing: number | null;
    fiscalYear: number;
    decisionDate: string;
    status: string;
  }[];
}
const manifest = JSON.parse(readFileSync(`${dir}MANIFEST.json`, "utf8")) as {
  files: ManifestFile[];
  crossFile: { groups: { files: string[]; cases: { caseNumber: string; winner: { file: string; row: number } }[] }[] };
};

describe("data-samples/ read back exactly as the generator's manifest says", () => {
  it("covers every era the issue asks for", () => {
    expect(new Set(manifest.files.map((f) => f.era))).toEqual(
      new Set(["perm-b", "perm-c", "perm-d", "perm-d-soc", "lca-flag-96", "lca-flag-98", "pw-flag"]),
    );
  });

  for (const m of manifest.files) {
    it(`${m.file}: ${m.era}, counts, flagged rows and known values`, async () => {
      const { rows, issues, summary } = await readDataset(readFileSync(dir + m.file), { file: m.file });
      expect(summary).toMatchObject({ dataset: m.dataset, era: m.era, encoding: m.encoding, delimiter: m.delimiter });
      expect(summary.read).toBe(m.dataRows);
      expect(summary.blank).toBe(m.blankRows);
      expect(summary.flagged).toBe(m.badRows.length);
      expect(summary.kept).toBe(m.dataRows - m.blankRows - m.badRows.length);
      const errors = issues.filter((i) => i.severity === "error").map((i) => ({ row: i.row, code: i.code }));
      expect(errors).toEqual(m.badRows.map((b) => ({ row: b.row, code: b.code })));
      // Within one file the reader keeps every valid row; duplicate case numbers are visible to the caller.
      expect(rows.length - new Set(rows.map((r) => r.caseNumber)).size).toBe(m.duplicateRowsWithinFile);
      const byRow = new Map(rows.map((r) => [r.source.row, r]));
      expect(m.knownRows.length).toBeGreaterThan(0);
      for (const k of m.knownRows) {
        const f = byRow.get(k.row) as Filing;
        expect(f.caseNumber).toBe(k.caseNumber);
        expect(f.job.soc2018).toBe(k.soc2018);
        expect(f.fiscalYear).toBe(k.fiscalYear);
        expect(f.decisionDate).toBe(k.decisionDate);
        expect(f.status).toBe(k.status);
        expect(f.employer.fein).toBe(k.fein);
        if (m.dataset === "pw") expect(f.wages.prevailing).toBe(k.annualPrevailing);
        else expect(f.wages.offeredFrom).toBe(k.annualOfferedFrom);
        if (k.annualPrevailing !== null && f.pwdCaseNumber === null) expect(f.wages.prevailing).toBe(k.annualPrevailing);
      }
    });
  }

  it("reading the cumulative FY2025 Q2 and Q4 files together keeps one copy per case: the manifest's winner", async () => {
    for (const group of manifest.crossFile.groups) {
      const sources = group.files.map((name) => ({ name, open: () => readFileSync(dir + name) }));
      const { rows, summaries, total } = await readDatasets(sources, { memoryLimit: 0 });
      expect(total.read).toBe(total.kept + total.flagged + total.blank + total.duplicates);
      const keyed = new Map<string, Filing[]>();
      for (const r of rows) keyed.set(r.caseNumber, [...(keyed.get(r.caseNumber) ?? []), r]);
      for (const c of group.cases) {
        const kept = keyed.get(c.caseNumber)!;
        expect(kept).toHaveLength(1);
        expect([kept[0]!.source.file, kept[0]!.source.row]).toEqual([c.winner.file, c.winner.row]);
      }
      expect(summaries.reduce((n, s) => n + s.duplicates, 0)).toBeGreaterThanOrEqual(group.cases.length);
    }
  });
});
