import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DisclosureError } from "../errors";
import { detectEra } from "./detect";
import { ERAS } from "./eras";
import { LCA_FLAG_96, LCA_FLAG_97, LCA_FLAG_98, LCA_FY2018 } from "./lca/layouts";
import { PERM_ERA_B_FY2016_18, PERM_ERA_D_FY2024 } from "./perm/layouts";
import { PW_FY2016_19 } from "./pw/layouts";

/** Run `fn`, expecting a DisclosureError, and return it. */
function thrown(fn: () => unknown): DisclosureError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DisclosureError) return error;
    throw error;
  }
  throw new Error("expected a DisclosureError");
}

describe("detectEra", () => {
  it("detectEra(layout) finds the era of every official layout", () => {
    for (const era of ERAS) expect(detectEra(era.layout ?? []).era).toBe(era);
  });

  it("detectEra(headers) reads FY2009 PERM headers with spaces and mixed suffixes", () => {
    const headers = [
      "CASE_NO", "DECISION DATE", "CASE STATUS", "EMPLOYER NAME", "EMPLOYER CITY", "2007 NAICS US CODE",
      "PW SOC CODE", "PW SOC Title", "PW JOB TITLE 9089", "PW AMOUNT_9089", "PW UNIT OF PAY 9089",
      "WAGE OFFER FROM 9089", "WAGE OFFER UNIT OF PAY 9089", "JOB INFO WORK CITY", "COUNTRY OF CITZENSHIP",
    ];
    const match = detectEra(headers, { dataset: "perm" });
    expect(match.era.id).toBe("perm-a");
    expect(match.columnIndex).toMatchObject({
      caseNumber: 0, decisionDate: 1, status: 2, employerName: 3, naics: 5, socTitle: 7, jobTitle: 8,
      pwAmount: 9, pwUnit: 10, wageFrom: 11, wageUnit: 12, worksiteCity: 13,
    });
    expect(match.ignoredColumns).toEqual(["COUNTRY OF CITZENSHIP"]);
  });

  it("detectEra(headers) accepts the WAGE_OFFERED_* spelling of era A", () => {
    const match = detectEra(["CASE_NUMBER", "CASE_STATUS", "DECISION_DATE", "PW_JOB_TITLE_9089", "WAGE_OFFERED_FROM_9089"]);
    expect(match.era.id).toBe("perm-a");
    expect(match.columnIndex.wageFrom).toBe(4);
  });

  it("detectEra(headers) reads FY2019 PERM headers without the _9089 suffix as perm-b", () => {
    const headers = PERM_ERA_B_FY2016_18.map((h) => h.replace(/_9089$/, ""));
    const match = detectEra(headers);
    expect(match.era.id).toBe("perm-b");
    expect(headers[match.columnIndex.pwAmount ?? -1]).toBe("PW_AMOUNT");
  });

  it("detectEra(headers) treats mixed-case headers like PW_Job_Title_9089 as their upper-case key", () => {
    const match = detectEra(["Case_Number", "case_status", "Decision_Date", "JOB_INFO_JOB_TITLE", "PW_Job_Title_9089"]);
    expect(match.era.id).toBe("perm-b");
    expect(match.columnIndex.jobTitle).toBe(3); // JOB_INFO_JOB_TITLE is the first candidate
  });

  it("detectEra(headers) folds stray spaces such as `EMPLOYER _CITY` (PW FY2016–19)", () => {
    const match = detectEra(PW_FY2016_19);
    expect(match.era.id).toBe("pw-2016");
    expect(PW_FY2016_19[match.columnIndex.employerCity ?? -1]).toBe("EMPLOYER _CITY");
    expect(PW_FY2016_19[match.columnIndex.employerPostalCode ?? -1]).toBe("EMPLOYER_ POSTAL _CODE");
  });

  it("detectEra(headers) skips a blank pandas index column and reports it as ignored", () => {
    const match = detectEra(["", ...LCA_FY2018]);
    expect(match.era.id).toBe("lca-2016");
    expect(match.columnIndex.caseNumber).toBe(1);
    expect(match.ignoredColumns[0]).toBe("");
  });

  it("detectEra(headers) strips a BOM from the first header", () => {
    const match = detectEra([`\ufeff${LCA_FLAG_96[0]}`, ...LCA_FLAG_96.slice(1)]);
    expect(match.era.id).toBe("lca-flag-96");
    expect(match.columnIndex.caseNumber).toBe(0);
  });

  it("detectEra(headers) keeps the first of two columns with the same header key", () => {
    const match = detectEra([...LCA_FLAG_96, "case number"]);
    expect(match.columnIndex.caseNumber).toBe(0);
    expect(match.ignoredColumns).toContain("case number");
  });

  it("detectEra(headers) tells the three LCA FLAG layouts apart by their FEIN columns", () => {
    expect(detectEra(LCA_FLAG_96).era.id).toBe("lca-flag-96");
    expect(detectEra(LCA_FLAG_97).era.id).toBe("lca-flag-97");
    expect(detectEra(LCA_FLAG_98).era.id).toBe("lca-flag-98");
    expect(detectEra(LCA_FLAG_96).columnIndex.employerFein).toBeUndefined();
    expect(LCA_FLAG_97[detectEra(LCA_FLAG_97).columnIndex.employerFein ?? -1]).toBe("EMPLOYER_FEIN");
  });

  it("detectEra(headers) reads the first worksite block of the FY2019 LCA layout", () => {
    const match = detectEra(ERAS.find((e) => e.id === "lca-2019")?.layout ?? []);
    expect(match.era.id).toBe("lca-2019");
    expect(match.era.layout?.length).toBe(260);
    expect(match.era.layout?.[match.columnIndex.worksiteCity ?? -1]).toBe("WORKSITE_CITY_1");
  });

  it("detectEra(headers) prefers the most specific matching era", () => {
    // Both lca-2016 (4 signature entries) and lca-flag-96 (5) match this merged header.
    const headers = ["CASE_NUMBER", "CASE_STATUS", "CASE_SUBMITTED", "WAGE_RATE_OF_PAY_FROM", "RECEIVED_DATE",
      "DECISION_DATE", "SOC_CODE"];
    expect(detectEra(headers).era.id).toBe("lca-flag-96");
  });

  it("detectEra(headers) breaks ties on mapped columns, then on ERAS order", () => {
    const both = ["CASE_NUMBER", "CASE_STATUS", "DECISION_DATE", "JOB_INFO_JOB_TITLE", "MINIMUM_EDUCATION"];
    expect(detectEra(both).era.id).toBe("perm-b"); // 4 fields each: first in ERAS order
    expect(detectEra([...both, "PW_WAGE", "PW_SKILL_LEVEL"]).era.id).toBe("perm-c"); // perm-c maps more
  });

  it("detectEra(headers) lists the fields a trimmed file lacks", () => {
    const match = detectEra(["CASE_NUMBER", "CASE_STATUS", "DECISION_DATE", "EMP_BUSINESS_NAME"]);
    expect(match.era.id).toBe("perm-d");
    expect(match.missingFields).toContain("receivedDate");
    expect(match.missingFields).not.toContain("employerName");
    expect(detectEra(PERM_ERA_D_FY2024).columnIndex.pwAmount).toBeUndefined();
  });

  it("detectEra(headers, { mapping }) renames a re-export's headers before matching", () => {
    const renamed = ["case_id", "status", "received", "decided", "soc", "employer", "wage_from"];
    expect(() => detectEra(renamed)).toThrow(DisclosureError);
    const match = detectEra(renamed, {
      mapping: {
        case_id: "CASE_NUMBER", status: "case status", received: "RECEIVED_DATE", decided: "DECISION_DATE",
        soc: "SOC_CODE", employer: "EMPLOYER_NAME", "Wage From": "WAGE_RATE_OF_PAY_FROM",
      },
    });
    expect(match.era.id).toBe("lca-flag-96");
    expect(match.columnIndex).toMatchObject({ caseNumber: 0, status: 1, socCode: 4, employerName: 5, wageFrom: 6 });
  });

  it("detectEra(headers, { dataset }) only tries that dataset's eras", () => {
    expect(detectEra(LCA_FLAG_96, { dataset: "lca" }).era.id).toBe("lca-flag-96");
    const error = thrown(() => detectEra(LCA_FLAG_96, { dataset: "perm", file: "lca.csv" }));
    expect(error.code).toBe("unrecognized_header");
    expect(error.message).toMatch(/^lca\.csv: header matches no known PERM era\./);
  });

  it("detectEra(headers, { era }) forces an era, ignoring its exclusions", () => {
    const match = detectEra(LCA_FLAG_97, { era: "lca-flag-96" });
    expect(match.era.id).toBe("lca-flag-96");
    expect(match.columnIndex.caseNumber).toBe(0);
    const error = thrown(() => detectEra(LCA_FY2018, { era: "lca-flag-96", file: "x.csv" }));
    expect(error.code).toBe("unrecognized_header");
    expect(error.message).toContain("x.csv: header does not fit era lca-flag-96 (LCA FLAG FY2020–FY2024 Q3), missing RECEIVED_DATE.");
  });

  it("detectEra(headers, options) throws unknown_dataset for an unknown dataset or era", () => {
    expect(thrown(() => detectEra(LCA_FLAG_96, { dataset: "h2b" as never })).code).toBe("unknown_dataset");
    const error = thrown(() => detectEra(LCA_FLAG_96, { era: "lca-1999", file: "a.csv" }));
    expect(error.code).toBe("unknown_dataset");
    expect(error.message).toContain('"lca-1999"');
    expect(error.file).toBe("a.csv");
    expect(thrown(() => detectEra(LCA_FLAG_96, { dataset: "perm", era: "lca-flag-96" })).code).toBe("invalid_option");
  });

  it("detectEra(unknown header) names the file, the columns seen and the closest era", () => {
    const headers = ["CASE_NUMBER", "CASE_STATUS", "DECISION_DATE", "EMPLOYER_NAME", ...Array.from({ length: 16 }, (_, i) => `X${i}`)];
    const error = thrown(() => detectEra(headers, { dataset: "lca", file: "data.csv" }));
    expect(error.code).toBe("unrecognized_header");
    expect(error.file).toBe("data.csv");
    expect(error.message).toBe(
      "data.csv: header matches no known LCA era. Saw 20 columns: CASE_NUMBER, CASE_STATUS, DECISION_DATE, " +
        "EMPLOYER_NAME, X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, …. " +
        "Closest: lca-flag-96 (LCA FLAG FY2020–FY2024 Q3), missing RECEIVED_DATE, SOC_CODE.",
    );
  });

  it("detectEra([]) throws unrecognized_header", () => {
    const error = thrown(() => detectEra([], { file: "empty.csv" }));
    expect(error.code).toBe("unrecognized_header");
    expect(error.message).toContain("empty.csv: header matches no known PERM, LCA or PW era. Saw no columns.");
  });

  it("detectEra documents its examples truthfully", () => {
    expect(detectEra(["", "CASE_NUMBER", "CASE_STATUS", "CASE_SUBMITTED", "WAGE_RATE_OF_PAY_FROM"]).era.id).toBe("lca-2016");
    expect(detectEra(["case no", "Case Status", "DECISION DATE", "PW JOB TITLE 9089"]).columnIndex.jobTitle).toBe(3);
  });
});

const samplesDir = new URL("../../../shared/oflc/samples/", import.meta.url);

/** First line of a sample file, split on its delimiter. */
function sampleHeader(name: string, delimiter: string): string[] {
  const text = readFileSync(new URL(name, samplesDir), "utf8");
  return (text.split(/\r?\n/, 1)[0] ?? "").split(delimiter);
}

describe.skipIf(!existsSync(samplesDir))("detectEra on real sample headers", () => {
  it("the FY2014 iCERT re-export (semicolons, index column) is lca-icert", () => {
    const match = detectEra(sampleHeader("lca_fy2014_h1b_insight_subset_semicolon.csv", ";"));
    expect(match.era.id).toBe("lca-icert");
    expect(match.missingFields).toEqual([]);
  });

  it("the FY2018 re-export is lca-2016", () => {
    const match = detectEra(sampleHeader("lca_fy2018_h1b_insight_subset_semicolon.csv", ";"));
    expect(match.era.id).toBe("lca-2016");
    expect(match.missingFields).toEqual([]);
  });

  it("the FY2016–19 derived PERM subset (no employer, no received date) is perm-b", () => {
    const headers = sampleHeader("perm_fy2016-19_subset_emf226_derived.csv", ",");
    const match = detectEra(headers, { file: "perm_fy2016-19_subset_emf226_derived.csv" });
    expect(match.era.id).toBe("perm-b");
    expect(match.missingFields).toContain("employerName");
    expect(match.missingFields).toContain("receivedDate");
    expect(headers[match.columnIndex.pwAmount ?? -1]).toBe("PW_AMOUNT_9089");
    expect(headers[match.columnIndex.jobTitle ?? -1]).toBe("JOB_INFO_JOB_TITLE");
    expect(detectEra(headers, { dataset: "perm" }).era.id).toBe("perm-b");
  });
});
