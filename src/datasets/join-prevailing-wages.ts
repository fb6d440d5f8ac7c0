import { pwdKey, type PwIndex } from "./build-pw-index";
import type { Filing, PwJoin } from "./filing";

type JoinedField = PwJoin["fields"][number];

/**
 * True for a filing the PW join applies to: a new-form PERM case (era `perm-d` / `perm-d-soc`, which
 * publish no prevailing wage, level, education or experience, and `perm-d` no SOC) that cites a PWD
 * case number. Old-form PERM cases carry their own PW fields and are left alone.
 *
 * @example
 * const { rows: [perm] } = await readDataset(newFormText);
 * isPwJoinCandidate(perm); // => true
 * isPwJoinCandidate({ ...perm, source: { ...perm.source, era: "perm-c" } }); // => false
 */
export function isPwJoinCandidate(filing: Filing): boolean {
  return filing.program === "PERM" && filing.pwdCaseNumber !== null && filing.source.era.startsWith("perm-d");
}

/**
 * Fill a new-form PERM filing's missing fields from the prevailing-wage determination it cites
 * (`pwdCaseNumber` = the PW file's `CASE_NUMBER`): prevailing wage and unit, PW level, minimum
 * education, experience months, SOC code / SOC-2018 / SOC title and BLS area. A field is filled only
 * when it is null; a non-null value is never overwritten. The SOC fields are taken only when the
 * filing has no SOC or the same SOC-2018 code, and the unit only together with the wage (or when the
 * filing's wage equals the determination's). Returns a new filing whose `pwJoin` lists exactly the
 * fields filled; returns the same filing when it is not a candidate, its PWD number is not in the
 * index, or nothing was missing. Pure: the input is not changed.
 *
 * @example
 * const pwIndex = await buildPwIndex(readDatasetStream(pwText));
 * const { rows: perm } = await readDataset(newFormText);
 * const filing = perm.find((f) => f.caseNumber === "G-100-23163-778888");
 * filing.wages.pwLevel; // => null
 * const joined = joinPrevailingWages(filing, pwIndex);
 * [joined.wages.pwLevel, joined.wages.prevailing, joined.job.minEducation]; // => ["III", 87123, "bachelors"]
 * joined.pwJoin?.pwdCaseNumber; // => "P-100-22195-547784"
 */
export function joinPrevailingWages(filing: Filing, pwIndex: PwIndex): Filing {
  if (!isPwJoinCandidate(filing)) return filing;
  const pw = pwIndex.byCase.get(pwdKey(filing.pwdCaseNumber!));
  if (pw === undefined) return filing;
  const fields: JoinedField[] = [];
  const wages = { ...filing.wages };
  const job = { ...filing.job };
  const worksite = { ...filing.worksite };

  if (wages.prevailing === null && pw.prevailing !== null) {
    wages.prevailing = pw.prevailing;
    fields.push("prevailing");
    if (wages.prevailingUnit === null && pw.prevailingUnit !== null) {
      wages.prevailingUnit = pw.prevailingUnit;
      fields.push("prevailingUnit");
    }
  } else if (wages.prevailingUnit === null && pw.prevailingUnit !== null && wages.prevailing === pw.prevailing) {
    wages.prevailingUnit = pw.prevailingUnit;
    fields.push("prevailingUnit");
  }
  if (wages.pwLevel === null && pw.pwLevel !== null) {
    wages.pwLevel = pw.pwLevel;
    fields.push("pwLevel");
  }
  if (job.minEducation === null && pw.minEducation !== null) {
    job.minEducation = pw.minEducation;
    fields.push("minEducation");
  }
  if (job.experienceMonths === null && pw.experienceMonths !== null) {
    job.experienceMonths = pw.experienceMonths;
    fields.push("experienceMonths");
  }
  if (job.soc2018 === null || job.soc2018 === pw.soc2018) {
    if (job.socCode === null && pw.socCode !== null) {
      job.socCode = pw.socCode;
      fields.push("socCode");
    }
    if (job.soc2018 === null && pw.soc2018 !== null) {
      job.soc2018 = pw.soc2018;
      fields.push("soc2018");
    }
    if (job.socTitle === null && pw.socTitle !== null) {
      job.socTitle = pw.socTitle;
      fields.push("socTitle");
    }
  }
  if (worksite.blsArea === null && pw.blsArea !== null) {
    worksite.blsArea = pw.blsArea;
    fields.push("blsArea");
  }
  if (fields.length === 0) return filing;
  const previous = filing.pwJoin?.fields ?? [];
  return { ...filing, job, wages, worksite, pwJoin: { pwdCaseNumber: filing.pwdCaseNumber!, fields: [...previous, ...fields] } };
}
