import { createReadStream, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataset, readDatasetStream, type Filing } from "../src/index";
import { HAVE_SHARED, SHARED_SAMPLES } from "./shared-samples";

const byCase = (rows: Filing[], id: string) => {
  const f = rows.find((r) => r.caseNumber === id);
  if (!f) throw new Error(`case ${id} not found`);
  return f;
};

describe.skipIf(!HAVE_SHARED)("real DOL rows from ../shared/oflc/samples", () => {
  it("reads the LCA FY2014 iCERT re-export (semicolons, index column, float-ified numbers, timestamps)", async () => {
    const file = `${SHARED_SAMPLES}lca_fy2014_h1b_insight_subset_semicolon.csv`;
    const { rows, summary, issues } = await readDataset(createReadStream(file), { file });
    expect(summary).toMatchObject({ dataset: "lca", era: "lca-icert", delimiter: ";", read: 102, kept: 101, flagged: 1, blank: 0, duplicates: 0 });
    // The one flagged row is a real withdrawn case filed with no employer at all.
    expect(issues.filter((i) => i.severity === "error")).toEqual([
      { file, row: 96, column: "LCA_CASE_EMPLOYER_NAME", code: "missing_value", severity: "error", message: "employerName is blank" },
    ]);
    const f = byCase(rows, "I-200-09106-546545");
    expect(f.program).toBe("LCA");
    expect(f.status).toBe("certified-withdrawn");
    expect(f.receivedDate).toBe("2013-01-18");
    expect(f.decisionDate).toBe("2014-09-29");
    expect(f.fiscalYear).toBe(2014);
    expect(f.employer).toMatchObject({ name: "TEXAS STATE UNIVERSITY-SAN MARCOS", state: "TX", postalCode: "78666", naics: "611310" });
    expect(f.job).toMatchObject({ title: "POSTDOCTORAL RESEARCH ASSOCIATE", socCode: "19-1029", soc2018: "19-1029", fullTime: true });
    expect(f.wages).toMatchObject({ offeredFrom: 50000, offeredTo: 60000, offeredUnit: "year", prevailing: 43118, prevailingUnit: "year" });
    expect(f.worksite).toMatchObject({ city: "SAN MARCOS", state: "TX" });
  });

  it("reads the LCA FY2018 re-export and bridges SOC-2010 15-1132 to SOC-2018 15-1252", async () => {
    const file = `${SHARED_SAMPLES}lca_fy2018_h1b_insight_subset_semicolon.csv`;
    const { rows, summary } = await readDataset(readFileSync(file), { file });
    expect(summary).toMatchObject({ era: "lca-2016", read: 10, kept: 10, flagged: 0 });
    const ms = byCase(rows, "I-200-18026-338377");
    expect(ms.employer.normalizedName).toBe("MICROSOFT");
    expect(ms.job).toMatchObject({ socCode: "15-1132", soc2018: "15-1252", socTitle: "SOFTWARE DEVELOPERS, APPLICATIONS" });
    expect(ms.wages).toMatchObject({ offeredFrom: 143915, offeredTo: null, prevailing: 112549, pwLevel: "II" });
    expect(ms.worksite).toMatchObject({ city: "REDMOND", county: "KING", state: "WA", postalCode: "98052" });
    expect(ms.fiscalYear).toBe(2018);
    const ey = byCase(rows, "I-200-17296-353451");
    expect(ey.employer.postalCode).toBe("07094"); // leading zero kept
    expect(ey.fiscalYear).toBe(2018); // decided 2017-10-27: FY2018 starts Oct 1, 2017
    expect(rows.some((r) => r.visaClass === "H-1B1 Chile")).toBe(true);
  });

  it("reads the PERM FY2016/FY2019 derived subset (M/D/YY and M/D/YYYY dates, '128,550.00' wages, no employer column)", async () => {
    const file = `${SHARED_SAMPLES}perm_fy2016-19_subset_emf226_derived.csv`;
    const stream = readDatasetStream(createReadStream(file, { highWaterMark: 4096 }), { file });
    const rows: Filing[] = [];
    for await (const f of stream) rows.push(f);
    const s = stream.summary;
    expect(s).toMatchObject({ dataset: "perm", era: "perm-b", read: 4027, flagged: 0, blank: 0 });
    expect(s.kept).toBe(4027);
    expect(s.missingFields).toContain("employerName");
    const a = byCase(rows, "A-14183-84671");
    expect(a).toMatchObject({ program: "PERM", status: "denied", decisionDate: "2015-10-01", fiscalYear: 2016 });
    expect(a.wages).toMatchObject({ prevailing: 128550, prevailingUnit: "year", pwLevel: "II" });
    expect(a.job.title).toBe("SW ENG'G MGR, AUTOMATION & TOOLS");
    expect(a.job.minEducation).toBe("none");
    expect(a.employer.name).toBeNull();
    const late = byCase(rows, "A-18106-63752");
    expect(late).toMatchObject({ decisionDate: "2018-12-07", fiscalYear: 2019, status: "certified" });
    expect(late.wages).toMatchObject({ prevailing: 62545.6, prevailingUnit: "hour" });
    // 77,958.00 per Hour: the unit cannot be right; the amount is kept as annual and the original recorded.
    const mismatch = byCase(rows, "A-17220-73286");
    expect(mismatch.wages.prevailing).toBe(77958);
    expect(mismatch.wages.repairs).toEqual([{ field: "prevailing", original: "77,958.00", unit: "Hour", reason: "unit_mismatch" }]);
    // 6,156,800.00 per Year (a typo): no plausible reading, so null, with a warning issue.
    const typo = byCase(rows, "A-14234-00833");
    expect(typo.wages.prevailing).toBeNull();
    expect(stream.issues.some((i) => i.row === typo.source.row && i.column === "PW_AMOUNT_9089" && i.severity === "warning")).toBe(true);
    // FY2016 rows (decided Oct–Dec 2015) and FY2019 rows (Oct–Dec 2018), nothing else.
    expect(new Set(rows.map((r) => r.fiscalYear))).toEqual(new Set([2016, 2019]));
  });
});
