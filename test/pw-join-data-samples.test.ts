// The PW join on the seeded sample files in data-samples/ (written by `oflc-sponsors generate`): new-form
// PERM cases gain the education, PW level and SOC of the PW determination their PWD number names.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pwdKey } from "../src/datasets/build-pw-index";
import type { Filing } from "../src/datasets/filing";
import { readDataset } from "../src/datasets/read";
import { loadDatasets } from "../src/io/load-dataset";

const DIR = fileURLToPath(new URL("../data-samples/", import.meta.url));
const MANIFEST = `${DIR}MANIFEST.json`;

/** A PERM → PW link the generator recorded (MANIFEST `crossFile.pwdLinks`, or `crossFile.pwd.examples`). */
interface PwdLink {
  caseNumber: string;
  pwdCaseNumber: string;
}
interface Manifest {
  crossFile?: { pwdLinks?: PwdLink[]; pwd?: { examples?: PwdLink[] } };
}

describe.skipIf(!existsSync(MANIFEST))("PW join over data-samples/", async () => {
  const manifest = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest) : null;
  const links = manifest?.crossFile?.pwdLinks ?? manifest?.crossFile?.pwd?.examples ?? [];
  const all = manifest ? await loadDatasets([DIR]) : null;

  it("a new-form PERM case (FY2024 New_Form, no SOC column) gains education, PW level and SOC from its PW row", async () => {
    const rows = all!.rows;
    const pwByNumber = new Map(rows.filter((r) => r.program === "PW").map((r) => [pwdKey(r.caseNumber), r] as const));
    // The first New_Form case whose PWD number is in the PW file (the generator's MANIFEST also lists these links).
    const joined = rows.find((r) => r.source.era === "perm-d" && r.pwdCaseNumber !== null && pwByNumber.has(pwdKey(r.pwdCaseNumber)))!;
    expect(joined).toBeDefined();
    const pw = pwByNumber.get(pwdKey(joined.pwdCaseNumber!))!;
    const file = joined.source.file;
    const alone = (await readDataset(readFileSync(file), { file })).rows.find((r) => r.caseNumber === joined.caseNumber)!;
    expect(alone).toMatchObject({ pwdCaseNumber: joined.pwdCaseNumber, pwJoin: null });
    expect(alone.job).toMatchObject({ socCode: null, soc2018: null, minEducation: null });
    expect(alone.wages).toMatchObject({ prevailing: null, pwLevel: null });

    expect(joined.pwJoin?.pwdCaseNumber).toBe(joined.pwdCaseNumber);
    expect(joined.pwJoin?.fields).toEqual(expect.arrayContaining(["minEducation", "pwLevel", "socCode", "soc2018", "prevailing"]));
    expect(joined.job.minEducation).toBe(pw.job.minEducation);
    expect(joined.job.minEducation).not.toBeNull();
    expect(joined.wages.pwLevel).toBe(pw.wages.pwLevel);
    expect(joined.wages.pwLevel).not.toBeNull();
    expect(joined.job.soc2018).toBe(pw.job.soc2018);
    expect(joined.job.soc2018).not.toBeNull();
    expect(joined.wages.prevailing).toBe(pw.wages.prevailing);
    // Fields the PERM row had are untouched.
    expect(joined.job.title).toBe(alone.job.title);
    expect(joined.wages.offeredFrom).toBe(alone.wages.offeredFrom);
    const link = links.find((l) => l.caseNumber === joined.caseNumber);
    if (link) expect(link.pwdCaseNumber).toBe(pw.caseNumber);
  });

  it("reports the join rate over every new-form PERM case in data-samples (counted, never dropped)", () => {
    const rows = all!.rows;
    const pwNumbers = new Set(rows.filter((r) => r.program === "PW" && (r.visaClass ?? "PERM") === "PERM").map((r) => pwdKey(r.caseNumber)));
    const candidates = rows.filter((r: Filing) => r.program === "PERM" && r.pwdCaseNumber !== null && r.source.era.startsWith("perm-d"));
    const matched = candidates.filter((r) => pwNumbers.has(pwdKey(r.pwdCaseNumber!))).length;
    expect(all!.join).toEqual({ candidates: candidates.length, matched, unmatched: candidates.length - matched, rate: matched / candidates.length });
    expect(candidates.length).toBeGreaterThan(100);
    expect(candidates.filter((r) => r.pwJoin !== null).length).toBe(matched);
    // Every PERM→PW link the generator recorded (MANIFEST crossFile.pwdLinks) is joined.
    const joinedCases = new Set(candidates.filter((r) => r.pwJoin !== null).map((r) => r.caseNumber));
    for (const l of links) expect(joinedCases.has(l.caseNumber), l.caseNumber).toBe(true);
  });
});
