import { describe, expect, it } from "vitest";
import { makeCsv } from "../../test/make-csv";
import { buildPwIndex, pwdKey } from "./build-pw-index";
import type { Filing } from "./filing";
import { isPwJoinCandidate, joinPrevailingWages } from "./join-prevailing-wages";
import { createPwJoiner, joinPrevailingWagesStream } from "./join-prevailing-wages-stream";
import { PERM_ERA_C_FY2024, PERM_ERA_D_FY2024, PERM_ERA_D_FY2025 } from "./perm/layouts";
import { PW_FLAG_FY2020 } from "./pw/layouts";
import { readDataset, readDatasetStream } from "./read";
import { memorySource, readDatasets, readDatasetsStream } from "./read-many";

const pwRow = (caseNumber: string, extra: Record<string, string> = {}) => ({
  CASE_NUMBER: caseNumber,
  CASE_STATUS: "Determination Issued",
  RECEIVED_DATE: "2023-01-10",
  DETERMINATION_DATE: "2023-06-01",
  VISA_CLASS: "PERM",
  EMPLOYER_LEGAL_BUSINESS_NAME: "Acme Widgets, Inc.",
  JOB_TITLE: "Software Engineer",
  PWD_SOC_CODE: "15-1252",
  PWD_SOC_TITLE: "Software Developers",
  REQUIRED_EDUCATION_LEVEL: "Master's",
  REQUIRED_EXPERIENCE_MONTHS: "24",
  PRIMARY_WORKSITE_CITY: "Seattle",
  PRIMARY_WORKSITE_STATE: "WA",
  BLS_AREA: "42660",
  PWD_WAGE_RATE: "145,000.00",
  PWD_UNIT_OF_PAY: "Year",
  PWD_OES_WAGE_LEVEL: "Level II",
  ...extra,
});

const permRow = (caseNumber: string, pwd: string, extra: Record<string, string> = {}) => ({
  CASE_NUMBER: caseNumber,
  CASE_STATUS: "Certified",
  RECEIVED_DATE: "2024-02-01",
  DECISION_DATE: "2024-08-15",
  EMP_BUSINESS_NAME: "Acme Widgets, Inc.",
  JOB_TITLE: "Software Engineer",
  JOB_OPP_PWD_NUMBER: pwd,
  JOB_OPP_WAGE_FROM: "150000",
  JOB_OPP_WAGE_PER: "Year",
  PRIMARY_WORKSITE_CITY: "Seattle",
  PRIMARY_WORKSITE_STATE: "WA",
  ...extra,
});

const PW_CSV = makeCsv(PW_FLAG_FY2020, [
  pwRow("P-100-23010-000001"),
  pwRow("P-100-23010-000002", { PWD_SOC_CODE: "15-1211", PWD_SOC_TITLE: "Computer Systems Analysts", PWD_OES_WAGE_LEVEL: "III" }),
  pwRow("P-100-23010-000003", { VISA_CLASS: "H-1B" }),
  // The same PWD number twice (cumulative quarterly file): the later determination wins.
  pwRow("P-100-23010-000004", { DETERMINATION_DATE: "2023-05-01", PWD_WAGE_RATE: "100000" }),
  pwRow("P-100-23010-000004", { DETERMINATION_DATE: "2023-07-01", PWD_WAGE_RATE: "110000" }),
]);
const NEW_FORM_CSV = makeCsv(PERM_ERA_D_FY2024, [
  permRow("G-100-24032-000001", "P-100-23010-000001"),
  permRow("G-100-24032-000002", "p-100-23010-000004 "),
  permRow("G-100-24032-000003", "P-100-23010-999999"),
  permRow("G-100-24032-000004", "P-100-23010-000003"),
]);
const NEW_FORM_SOC_CSV = makeCsv(PERM_ERA_D_FY2025, [
  permRow("G-100-24100-000001", "P-100-23010-000002", { PWD_SOC_CODE: "15-1211", PWD_SOC_TITLE: "" }),
  permRow("G-100-24100-000002", "P-100-23010-000001", { PWD_SOC_CODE: "15-1299", PWD_SOC_TITLE: "Computer Occupations, All Other" }),
]);
const OLD_FORM_CSV = makeCsv(PERM_ERA_C_FY2024, [
  {
    CASE_NUMBER: "A-23100-00001",
    CASE_STATUS: "Certified",
    DECISION_DATE: "2024-01-05",
    EMPLOYER_NAME: "Acme Widgets, Inc.",
    PW_TRACK_NUMBER: "P-100-23010-000001",
    PW_WAGE: "120000",
    PW_UNIT_OF_PAY: "Year",
  },
]);

const rowsOf = async (csv: string) => (await readDataset(csv)).rows;
const byCase = (rows: readonly Filing[], id: string) => rows.find((r) => r.caseNumber === id)!;

describe("buildPwIndex", () => {
  it("buildPwIndex(iterable) keeps PERM determinations by PWD number; the later duplicate wins", async () => {
    const index = buildPwIndex(await rowsOf(PW_CSV));
    expect(index).toMatchObject({ size: 3, otherVisaClass: 1, notPw: 0 });
    expect(index.byCase.get("P-100-23010-000004")?.prevailing).toBe(110000);
    expect(index.byCase.get("P-100-23010-000001")).toEqual({
      caseNumber: "P-100-23010-000001",
      status: "determined",
      decisionDate: "2023-06-01",
      prevailing: 145000,
      prevailingUnit: "year",
      pwLevel: "II",
      minEducation: "masters",
      experienceMonths: 24,
      socCode: "15-1252",
      soc2018: "15-1252",
      socTitle: "Software Developers",
      blsArea: "42660",
    });
  });

  it("buildPwIndex(asyncIterable) reads a FilingStream and resolves to the same index", async () => {
    const index = await buildPwIndex(readDatasetStream(PW_CSV));
    expect(index.size).toBe(3);
    expect(pwdKey(" p-100-23010-000001 ")).toBe("P-100-23010-000001");
  });
});

describe("joinPrevailingWages", () => {
  it("fills exactly the missing fields of a new-form PERM filing and lists them in pwJoin", async () => {
    const index = buildPwIndex(await rowsOf(PW_CSV));
    const perm = await rowsOf(NEW_FORM_CSV);
    const before = byCase(perm, "G-100-24032-000001");
    expect(before).toMatchObject({ pwJoin: null, job: { soc2018: null, minEducation: null }, wages: { prevailing: null, pwLevel: null } });
    const snapshot = structuredClone(before);
    const joined = joinPrevailingWages(before, index);
    expect(before).toEqual(snapshot); // not mutated
    expect(joined.pwJoin).toEqual({
      pwdCaseNumber: "P-100-23010-000001",
      fields: ["prevailing", "prevailingUnit", "pwLevel", "minEducation", "experienceMonths", "socCode", "soc2018", "socTitle", "blsArea"],
    });
    expect(joined.wages).toMatchObject({ offeredFrom: 150000, offeredUnit: "year", prevailing: 145000, prevailingUnit: "year", pwLevel: "II" });
    expect(joined.job).toMatchObject({ title: "Software Engineer", socCode: "15-1252", soc2018: "15-1252", socTitle: "Software Developers", minEducation: "masters", experienceMonths: 24 });
    expect(joined.worksite.blsArea).toBe("42660");
    // Idempotent: joining again fills nothing and returns the same object.
    expect(joinPrevailingWages(joined, index)).toBe(joined);
  });

  it("matches PWD numbers regardless of case and spaces; leaves unmatched and non-candidates unchanged", async () => {
    const index = buildPwIndex(await rowsOf(PW_CSV));
    const perm = await rowsOf(NEW_FORM_CSV);
    expect(joinPrevailingWages(byCase(perm, "G-100-24032-000002"), index).wages.prevailing).toBe(110000);
    const unmatched = byCase(perm, "G-100-24032-000003");
    expect(joinPrevailingWages(unmatched, index)).toBe(unmatched);
    const h1bPwd = byCase(perm, "G-100-24032-000004"); // cites an H-1B determination: not indexed
    expect(joinPrevailingWages(h1bPwd, index)).toBe(h1bPwd);
    const old = (await rowsOf(OLD_FORM_CSV))[0]!;
    expect(isPwJoinCandidate(old)).toBe(false);
    expect(joinPrevailingWages(old, index)).toBe(old);
  });

  it("never overwrites a non-null value: a perm-d-soc SOC that differs keeps its own SOC fields", async () => {
    const index = buildPwIndex(await rowsOf(PW_CSV));
    const perm = await rowsOf(NEW_FORM_SOC_CSV);
    const same = joinPrevailingWages(byCase(perm, "G-100-24100-000001"), index);
    expect(same.job).toMatchObject({ socCode: "15-1211", socTitle: "Computer Systems Analysts" });
    expect(same.pwJoin?.fields).toEqual(["prevailing", "prevailingUnit", "pwLevel", "minEducation", "experienceMonths", "socTitle", "blsArea"]);
    const differs = joinPrevailingWages(byCase(perm, "G-100-24100-000002"), index);
    expect(differs.job).toMatchObject({ socCode: "15-1299", soc2018: "15-1299", socTitle: "Computer Occupations, All Other" });
    expect(differs.pwJoin?.fields).not.toContain("socTitle");
  });
});

describe("joinPrevailingWagesStream / createPwJoiner", () => {
  it("counts candidates, matches and misses; unmatched filings pass through", async () => {
    const index = await buildPwIndex(readDatasetStream(PW_CSV));
    const stream = joinPrevailingWagesStream(readDatasetStream(NEW_FORM_CSV), index);
    const out: Filing[] = [];
    for await (const f of stream) out.push(f);
    expect(out.map((f) => f.caseNumber)).toEqual(["G-100-24032-000001", "G-100-24032-000002", "G-100-24032-000003", "G-100-24032-000004"]);
    expect(stream.stats).toEqual({ candidates: 4, matched: 2, unmatched: 2, rate: 0.5 });
    expect(stream.unmatchedPwdNumbers).toEqual(["P-100-23010-999999", "P-100-23010-000003"]);
    const joiner = createPwJoiner(index);
    (await rowsOf(OLD_FORM_CSV)).map(joiner.join);
    expect(joiner.stats).toEqual({ candidates: 0, matched: 0, unmatched: 0, rate: null });
  });
});

describe("readDatasetsStream joins PW files read with new-form PERM files", () => {
  const sources = [
    memorySource("PERM_New_Form.csv", NEW_FORM_CSV),
    memorySource("PERM_FY2025.csv", NEW_FORM_SOC_CSV),
    memorySource("PERM_old.csv", OLD_FORM_CSV),
    memorySource("PW.csv", PW_CSV),
  ];

  it("joins in memory and reports join statistics (PW file listed last still counts)", async () => {
    const res = await readDatasets(sources);
    expect(res.join).toEqual({ candidates: 6, matched: 4, unmatched: 2, rate: 4 / 6 });
    expect(byCase(res.rows, "G-100-24032-000001").pwJoin?.fields).toContain("pwLevel");
    expect(byCase(res.rows, "A-23100-00001").pwJoin).toBeNull();
    expect(res.total.kept).toBe(4 + 2 + 1 + 4);
  });

  it("joins on the streaming (two-pass) path too", async () => {
    const stream = readDatasetsStream(sources, { memoryLimit: 0 });
    expect(stream.join).toBeNull();
    const rows: Filing[] = [];
    for await (const f of stream) rows.push(f);
    expect(stream.join).toEqual({ candidates: 6, matched: 4, unmatched: 2, rate: 4 / 6 });
    expect(byCase(rows, "G-100-24032-000002").wages.prevailing).toBe(110000);
  });

  it("does not join without PW files, or when asked not to", async () => {
    const noPw = await readDatasets(sources.slice(0, 3));
    expect(noPw.join).toBeNull();
    expect(noPw.rows.every((f) => f.pwJoin === null)).toBe(true);
    const off = await readDatasets(sources, { joinPrevailingWages: false });
    expect(off.join).toBeNull();
    expect(off.rows.every((f) => f.pwJoin === null)).toBe(true);
  });
});
