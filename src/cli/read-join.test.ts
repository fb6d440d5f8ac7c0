import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeCsv } from "../../test/make-csv";
import { PERM_ERA_D_FY2024 } from "../datasets/perm/layouts";
import { PW_FLAG_FY2020 } from "../datasets/pw/layouts";
import { main } from "./main";

const tmp = mkdtempSync(join(tmpdir(), "oflc-read-pw-"));
const dir = join(tmp, "in");
mkdirSync(dir);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pw = makeCsv(PW_FLAG_FY2020, [
  {
    CASE_NUMBER: "P-100-23010-000001", CASE_STATUS: "Determination Issued", RECEIVED_DATE: "2023-01-10",
    DETERMINATION_DATE: "2023-06-01", VISA_CLASS: "PERM", EMPLOYER_LEGAL_BUSINESS_NAME: "Acme Widgets, Inc.",
    PWD_SOC_CODE: "15-1252", PWD_SOC_TITLE: "Software Developers", REQUIRED_EDUCATION_LEVEL: "Bachelor's",
    PWD_WAGE_RATE: "145000", PWD_UNIT_OF_PAY: "Year", PWD_OES_WAGE_LEVEL: "II",
  },
]);
const perm = makeCsv(
  PERM_ERA_D_FY2024,
  ["P-100-23010-000001", "P-100-23010-000009"].map((pwd, i) => ({
    CASE_NUMBER: `G-100-24032-00000${i + 1}`, CASE_STATUS: "Certified", DECISION_DATE: "2024-08-15",
    EMP_BUSINESS_NAME: "Acme Widgets, Inc.", JOB_OPP_PWD_NUMBER: pwd, JOB_OPP_WAGE_FROM: "150000", JOB_OPP_WAGE_PER: "Year",
  })),
);
writeFileSync(join(dir, "PW_Disclosure_Data_FY2023.csv"), pw);
writeFileSync(join(dir, "PERM_Disclosure_Data_New_Form_FY2024_Q4.csv"), perm);

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

describe("oflc-sponsors read: PW join", () => {
  it("--json adds a top-level join key after files/total; --out records carry the joined fields", async () => {
    const out = join(tmp, "out.jsonl");
    const r = await run("read", dir, "--json", "--out", out);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["files", "total", "join"]);
    expect(json.join).toEqual({ candidates: 2, matched: 1, unmatched: 1, rate: 0.5 });
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const joined = lines.find((f) => f.caseNumber === "G-100-24032-000001");
    expect(joined.pwJoin).toEqual({ pwdCaseNumber: "P-100-23010-000001", fields: ["prevailing", "prevailingUnit", "pwLevel", "minEducation", "socCode", "soc2018", "socTitle"] });
    expect(joined.wages).toMatchObject({ prevailing: 145000, pwLevel: "II" });
    expect(lines.find((f) => f.caseNumber === "G-100-24032-000002").pwJoin).toBeNull();
    const csv = join(tmp, "out.csv");
    await run("read", dir, "--out", csv);
    const rows = readFileSync(csv, "utf8").trim().split("\n");
    expect(rows[0]).toContain(",pwd_case_number,pw_join_fields,");
    expect(rows.find((l) => l.includes("G-100-24032-000001"))).toContain(",P-100-23010-000001,prevailing prevailingUnit pwLevel minEducation socCode soc2018 socTitle,");
  });

  it("prints the join rate in the text summary", async () => {
    const r = await run("read", dir);
    expect(r.stdout).toContain("PW join: 1 of 2 new-form PERM cases matched their PWD number (50.0%), 1 unmatched (kept without PW fields)\n");
  });

  it("adds no join key when only one side is read", async () => {
    const r = await run("read", join(dir, "PERM_Disclosure_Data_New_Form_FY2024_Q4.csv"), "--json");
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(["files", "total"]);
    expect(r.stdout).not.toContain('"join"');
  });
});
