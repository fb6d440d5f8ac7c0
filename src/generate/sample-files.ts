import { LCA_FLAG_96, LCA_FLAG_98 } from "../datasets/lca/layouts";
import {
  PERM_ERA_B_FY2016_18, PERM_ERA_C_FY2020, PERM_ERA_C_FY2024, PERM_ERA_D_FY2024, PERM_ERA_D_FY2025,
} from "../datasets/perm/layouts";
import { PW_FLAG_FY2020 } from "../datasets/pw/layouts";
import { type BuiltFile, buildFile } from "./build-file";
import { addDays, fiscalQuarterEnd, fiscalYearEnd, fiscalYearOf, fiscalYearStart } from "./calendar";
import { createCaseNumbers } from "./case-numbers";
import type { GeneratedCase, PermCase, PwCase } from "./case-types";
import { crossFileGroup, pwdJoin } from "./cross-file";
import type { FileSpec, QuirkPlan } from "./file-spec";
import { laterDate, lcaSpec, permSpec, pwSpec } from "./file-specs";
import type { RowStyle } from "./format";
import { drawLcaCases } from "./lca-cases";
import type { Manifest, ManifestFile } from "./manifest";
import { drawPermCases } from "./perm-cases";
import { drawPwCases, pwdOfPerm } from "./pw-cases";
import { createRng, deriveSeed } from "./random";
import { type World, generateWorld } from "./world";

/** The seed the checked-in data-samples/ were written with. */
export const DEFAULT_SEED = 2025;

/** Share of the world's LCA filings the sample LCA files hold (keeps data-samples/ under ~3 MB). */
export const LCA_SAMPLE_RATE = 0.3;

/** Share of the world's non-PERM-linked PW determinations (relative to LCA activity) in the PW sample. */
const PW_SAMPLE_RATE = 0.035;

/** One generated sample file: its name and bytes. */
export interface SampleFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** The generated sample files, their manifest, and the world they were drawn from. */
export interface SampleSet {
  readonly files: readonly SampleFile[];
  readonly manifest: Manifest;
  readonly world: World;
}

const PERM_BASE: Omit<RowStyle, "status"> = {
  date: "iso", money: "fixed2", unit: "word", soc: "dash", socVintage: 2018, state: "code", zip: "5",
  level: "level-roman", unitMismatch: "none", upper: false,
};

const ALL_BAD: QuirkPlan["badRows"] = ["field_count", "missing_case_number", "invalid_status", "missing_employer_name"];

const fy = (year: number) => ({ start: fiscalYearStart(year), end: fiscalYearEnd(year) });

/**
 * Generate every sample file and the manifest, in memory (platform-neutral). The files are drawn from one
 * world: PERM eras B, C and D, LCA FLAG 96/98 and a PW FLAG file whose PERM determinations are the ones the
 * new-form PERM files cite. Same seed → byte-identical files.
 *
 * @example
 * const a = generateSampleSet(7);
 * a.files.length; // => 10
 */
export function generateSampleSet(seed: number = DEFAULT_SEED): SampleSet {
  const world = generateWorld(seed, "sample");
  const drawRng = createRng(deriveSeed(seed, "draws"));
  const numbers = createCaseNumbers(createRng(deriveSeed(seed, "case-numbers")));

  // --- draws (order matters for determinism; each uses the same stream in a fixed sequence)
  const perm2017 = drawPermCases(drawRng, numbers, world, { window: fy(2017), forms: "old" });
  const perm2019 = drawPermCases(drawRng, numbers, world, { window: fy(2019), forms: "old" });
  const perm2022 = drawPermCases(drawRng, numbers, world, { window: fy(2022), forms: "old" });
  const perm2024 = drawPermCases(drawRng, numbers, world, { window: fy(2024), forms: "any" });
  const perm2024Old = perm2024.filter((c) => c.form === "old");
  const perm2024New = perm2024.filter((c) => c.form === "new");
  const perm2025 = drawPermCases(drawRng, numbers, world, { window: fy(2025), forms: "new" });
  const q2End = fiscalQuarterEnd(2025, 2);
  const perm2025Q2 = perm2025.filter((c) => c.decisionDate <= q2End);
  // Q4 is cumulative; a few Q2 cases were decided again later (reconsidered or withdrawn).
  const reviseRng = createRng(deriveSeed(seed, "cross-file-revisions"));
  const perm2025Q4 = perm2025.map((c) => {
    if (c.decisionDate > q2End || reviseRng.next() > 0.05) return c;
    const d = laterDate(reviseRng, addDays(q2End, 1), fiscalYearEnd(2025), 0);
    if (!d) return c;
    return { ...c, decisionDate: d, fiscalYear: fiscalYearOf(d), status: c.status === "certified" ? "withdrawn" : "certified" } as PermCase;
  });
  const lca2023 = drawLcaCases(drawRng, numbers, world, fy(2023), LCA_SAMPLE_RATE);
  const lca2025 = drawLcaCases(drawRng, numbers, world, fy(2025), LCA_SAMPLE_RATE);
  const pwRng = createRng(deriveSeed(seed, "pw"));
  const linked = new Map<string, PwCase>();
  for (const c of [...perm2024New, ...perm2025]) if (!linked.has(c.pwd.caseNumber)) linked.set(c.pwd.caseNumber, pwdOfPerm(pwRng, c));
  const pw2025 = [...linked.values(), ...drawPwCases(pwRng, numbers, world, fy(2025), PW_SAMPLE_RATE)];

  // --- files
  const q2Numbers = new Set(perm2025Q2.map((c) => c.caseNumber));
  const legacyStatus = { "certified-expired": [["Certified-Expired", 0.85], ["Certified-expired", 0.15]] } as const;
  const flagOldStatus = { "certified-expired": [["Certified-Expired", 0.9], ["Certified - Expired", 0.1]] } as const;
  const newFormStatus = { "certified-expired": [["Certified - Expired", 0.9], ["Certified-Expired", 0.1]] } as const;
  const blank = (inner: number, endRun: number) => ({ inner, endRun });
  const built: BuiltFile<GeneratedCase>[] = [];
  const add = <C extends GeneratedCase>(spec: FileSpec<C>, cases: readonly C[]): void => {
    built.push(buildFile(spec, cases) as unknown as BuiltFile<GeneratedCase>);
  };

  add(
    permSpec(seed, numbers, {
      file: "PERM_Disclosure_Data_FY2017.csv", era: "perm-b", layoutName: "PERM_ERA_B_FY2016_18",
      layout: PERM_ERA_B_FY2016_18, fiscalYear: 2017, quarter: null,
      baseline: { ...PERM_BASE, date: "mdy", socVintage: 2010 },
      quirks: {
        date: [["mdy2", 0.3], ["excel", 0.01]], money: [["thousands", 0.35]],
        unit: [["abbrev", 0.06], ["upper-abbrev", 0.02]], soc: [["onet", 0.1], ["nodash", 0.03]],
        zip4: 0.05, stateFullCount: 3, stateTypoCount: 2, unitMismatch: { count: 1, target: "pw" },
        duplicates: 2, badRows: ALL_BAD, blankRuns: blank(3, 40),
      },
    }, fiscalYearEnd(2017), legacyStatus),
    perm2017,
  );
  add(
    permSpec(seed, numbers, {
      file: "PERM_Disclosure_Data_FY2019.csv", era: "perm-b", layoutName: "PERM_ERA_B_FY2016_18 (without _9089 suffixes)",
      layout: PERM_ERA_B_FY2016_18.map((h) => h.replace(/_9089$/, "")), delimiter: ";", fiscalYear: 2019, quarter: null,
      baseline: { ...PERM_BASE, date: "mdy", socVintage: 2010 },
      quirks: {
        date: [["iso-time", 0.03], ["excel", 0.01]], money: [["thousands", 0.1]], unit: [["abbrev", 0.04]],
        soc: [["nodash", 0.03]], zip4: 0.05, stateFullCount: 2, stateTypoCount: 1,
        unitMismatch: { count: 1, target: "offer" }, duplicates: 2, badRows: ALL_BAD, blankRuns: blank(2, 25),
      },
    }, fiscalYearEnd(2019), legacyStatus),
    perm2019,
  );
  add(
    permSpec(seed, numbers, {
      file: "PERM_Disclosure_Data_FY2022_Q4.csv", era: "perm-c", layoutName: "PERM_ERA_C_FY2020",
      layout: PERM_ERA_C_FY2020, encoding: "windows-1252", fiscalYear: 2022, quarter: 4, baseline: PERM_BASE,
      quirks: {
        date: [["iso-time", 0.04], ["excel", 0.01]], money: [["integer", 0.1]], soc: [["onet", 0.05]], soc2010: 0.1,
        zip4: 0.05, stateFullCount: 1, stateTypoCount: 1, unitMismatch: { count: 1, target: "offer" },
        duplicates: 2, badRows: ALL_BAD, blankRuns: blank(2, 30),
      },
    }, fiscalYearEnd(2022), flagOldStatus),
    perm2022,
  );
  add(
    permSpec(seed, numbers, {
      file: "PERM_Disclosure_Data_FY2024_Q4.csv", era: "perm-c", layoutName: "PERM_ERA_C_FY2024",
      layout: PERM_ERA_C_FY2024, bom: true, fiscalYear: 2024, quarter: 4, baseline: PERM_BASE,
      quirks: {
        date: [["iso-time", 0.03], ["excel", 0.02]], money: [["float1", 0.05]], soc: [["nodash", 0.03]],
        zip4: 0.05, stateFullCount: 1, duplicates: 2, badRows: ALL_BAD, blankRuns: blank(2, 30),
        multiline: { column: "SPECIFIC_SKILLS", value: "Experience with:\nJava, Kubernetes; \"distributed\" systems" },
      },
    }, fiscalYearEnd(2024), flagOldStatus),
    perm2024Old,
  );
  add(
    permSpec(seed, numbers, {
      file: "PERM_Disclosure_Data_New_Form_FY2024_Q4.csv", era: "perm-d", layoutName: "PERM_ERA_D_FY2024",
      layout: PERM_ERA_D_FY2024, fiscalYear: 2024, quarter: 4, baseline: PERM_BASE,
      quirks: {
        date: [["excel", 0.03]], zip4: 0.05, stateFullCount: 1, duplicates: 1, badRows: ALL_BAD, blankRuns: blank(2, 20),
      },
    }, fiscalYearEnd(2024), newFormStatus),
    perm2024New,
  );
  const newFormQuirks: QuirkPlan = {
    date: [["excel", 0.02], ["iso-time", 0.02]], soc: [["onet", 0.05]], zip4: 0.05, stateFullCount: 1,
    duplicates: 0, badRows: ALL_BAD, blankRuns: blank(2, 20),
  };
  add(
    permSpec(seed, numbers, {
      file: "PERM_Disclosure_Data_FY2025_Q2.csv", era: "perm-d-soc", layoutName: "PERM_ERA_D_FY2025",
      layout: PERM_ERA_D_FY2025, fiscalYear: 2025, quarter: 2, baseline: PERM_BASE, quirks: newFormQuirks,
    }, q2End, newFormStatus),
    perm2025Q2,
  );
  add(
    permSpec(seed, numbers, {
      file: "PERM_Disclosure_Data_FY2025_Q4.csv", era: "perm-d-soc", layoutName: "PERM_ERA_D_FY2025",
      layout: PERM_ERA_D_FY2025, fiscalYear: 2025, quarter: 4, baseline: PERM_BASE,
      quirks: { ...newFormQuirks, duplicates: 2, blankRuns: blank(3, 45) }, reserved: q2Numbers,
    }, fiscalYearEnd(2025), newFormStatus),
    perm2025Q4,
  );
  const lcaBase: Omit<RowStyle, "status"> = { ...PERM_BASE, soc: "onet", level: "roman", upper: true };
  add(
    lcaSpec(seed, numbers, {
      file: "LCA_Disclosure_Data_FY2023_Q4.csv", era: "lca-flag-96", layoutName: "LCA_FLAG_96", layout: LCA_FLAG_96,
      lineEnding: "\r\n", fiscalYear: 2023, quarter: 4, baseline: lcaBase,
      quirks: {
        date: [["iso-time", 0.03]], soc: [["dash", 0.1], ["nodash", 0.02]], upper: 0.7, zip4: 0.08,
        stateFullCount: 2, stateTypoCount: 1, duplicates: 3, badRows: ALL_BAD, blankRuns: blank(3, 50),
      },
    }, fiscalYearEnd(2023)),
    lca2023,
  );
  add(
    lcaSpec(seed, numbers, {
      file: "LCA_Disclosure_Data_FY2025_Q4.csv", era: "lca-flag-98", layoutName: "LCA_FLAG_98", layout: LCA_FLAG_98,
      fiscalYear: 2025, quarter: 4, baseline: lcaBase,
      quirks: {
        date: [["excel", 0.01]], soc: [["dash", 0.1]], upper: 0.7, zip4: 0.08, stateFullCount: 2,
        unitMismatch: { count: 1, target: "offer" }, duplicates: 3, badRows: ALL_BAD, blankRuns: blank(3, 60),
      },
    }, fiscalYearEnd(2025)),
    lca2025,
  );
  add(
    pwSpec(seed, numbers, {
      file: "PW_Disclosure_Data_FY2025_Q4.csv", era: "pw-flag", layoutName: "PW_FLAG_FY2020", layout: PW_FLAG_FY2020,
      delimiter: "\t", fiscalYear: 2025, quarter: 4, baseline: { ...PERM_BASE, level: "roman" },
      quirks: { date: [["iso-time", 0.02]], zip4: 0.05, duplicates: 2, badRows: ALL_BAD, blankRuns: blank(2, 20) },
    }, fiscalYearEnd(2025)),
    pw2025,
  );

  const manifest: Manifest = {
    generator: "oflc-sponsors/generate",
    version: 1,
    seed,
    worldSize: world.size,
    sampling: { perm: 1, lca: LCA_SAMPLE_RATE, pw: PW_SAMPLE_RATE },
    files: built.map((b) => b.entry),
    crossFile: {
      rule: "Keep the copy with the latest decision date; on a tie, the newer file (later quarter); then the later row.",
      groups: [crossFileGroup(built, ["PERM_Disclosure_Data_FY2025_Q2.csv", "PERM_Disclosure_Data_FY2025_Q4.csv"])],
      pwd: pwdJoin(built, "PW_Disclosure_Data_FY2025_Q4.csv"),
    },
  };
  return { files: built.map((b) => ({ file: b.entry.file, bytes: b.bytes })), manifest, world };
}

/** The manifest entry for a file name (convenience for tests). */
export function manifestEntry(manifest: Manifest, file: string): ManifestFile | undefined {
  return manifest.files.find((f) => f.file === file);
}
