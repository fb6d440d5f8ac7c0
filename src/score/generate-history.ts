/**
 * Multi-year disclosure files drawn from one generated world, for backtests: every fiscal year gets a
 * PERM file (old-form layout, with FEINs) and, optionally, a sampled LCA file, written in the official
 * layouts and read back through the ordinary readers. The world's latent rates are the ground truth a
 * backtest can be checked against (`worldTruth`). Internal: used by tests and bench/, not exported from
 * the package root.
 *
 * @module
 */
import { LCA_FLAG_96 } from "../datasets/lca/layouts";
import { PERM_ERA_C_FY2024 } from "../datasets/perm/layouts";
import { buildFile } from "../generate/build-file";
import { fiscalYearEnd, fiscalYearStart } from "../generate/calendar";
import { createCaseNumbers } from "../generate/case-numbers";
import type { QuirkPlan } from "../generate/file-spec";
import { lcaSpec, permSpec } from "../generate/file-specs";
import type { RowStyle } from "../generate/format";
import { drawLcaCases } from "../generate/lca-cases";
import { drawPermCases } from "../generate/perm-cases";
import { createRng, deriveSeed } from "../generate/random";
import type { SampleFile } from "../generate/sample-files";
import { type World, generateWorld } from "../generate/world";

/** Options of {@link generateHistory}. */
export interface GenerateHistoryOptions {
  /** Employers in the world (default 2,000). */
  readonly size?: number;
  /** First and last decision fiscal year (default FY2016–FY2023). */
  readonly fromFiscalYear?: number;
  readonly toFiscalYear?: number;
  /** Share of the world's LCA filings written (default 0.3; 0 writes no LCA files). */
  readonly lcaRate?: number;
}

/** The files and the world they were drawn from. */
export interface GeneratedHistory {
  readonly world: World;
  readonly files: readonly SampleFile[];
}

const CLEAN: QuirkPlan = { duplicates: 0, badRows: [], blankRuns: { inner: 0, endRun: 0 } };
const STYLE: Omit<RowStyle, "status"> = {
  date: "iso", money: "fixed2", unit: "word", soc: "dash", socVintage: 2018, state: "code", zip: "5",
  level: "level-roman", unitMismatch: "none", upper: false,
};

/**
 * Generate one PERM file (and one LCA file) per decision fiscal year from `generateWorld(seed, size)`:
 * cases are Poisson draws of each employer's latent rates, so years are independent given the world.
 * Same seed and options → byte-identical files.
 *
 * @example
 * generateHistory(3, { size: 50, fromFiscalYear: 2020, toFiscalYear: 2021 }).files.length; // => 4
 */
export function generateHistory(seed: number, options: GenerateHistoryOptions = {}): GeneratedHistory {
  const size = options.size ?? 2000;
  const from = options.fromFiscalYear ?? 2016;
  const to = options.toFiscalYear ?? 2023;
  const lcaRate = options.lcaRate ?? 0.3;
  const world = generateWorld(seed, size);
  const rng = createRng(deriveSeed(seed, "history-draws"));
  const numbers = createCaseNumbers(createRng(deriveSeed(seed, "history-case-numbers")));
  const files: SampleFile[] = [];
  for (let fy = from; fy <= to; fy++) {
    const window = { start: fiscalYearStart(fy), end: fiscalYearEnd(fy) };
    const perm = drawPermCases(rng, numbers, world, { window, forms: "old" });
    const permFile = `PERM_Disclosure_Data_FY${fy}.csv`;
    const built = buildFile(
      permSpec(seed, numbers, {
        file: permFile, era: "perm-c", layoutName: "PERM_ERA_C_FY2024", layout: PERM_ERA_C_FY2024,
        fiscalYear: fy, quarter: 4, baseline: STYLE, quirks: CLEAN,
      }, window.end, {}),
      perm,
    );
    files.push({ file: permFile, bytes: built.bytes });
    if (lcaRate > 0) {
      const lca = drawLcaCases(rng, numbers, world, window, lcaRate);
      const lcaFile = `LCA_Disclosure_Data_FY${fy}_Q4.csv`;
      const lcaBuilt = buildFile(
        lcaSpec(seed, numbers, {
          file: lcaFile, era: "lca-flag-96", layoutName: "LCA_FLAG_96", layout: LCA_FLAG_96,
          fiscalYear: fy, quarter: 4, baseline: { ...STYLE, soc: "onet", level: "roman" }, quirks: CLEAN,
        }, window.end),
        lca,
      );
      files.push({ file: lcaFile, bytes: lcaBuilt.bytes });
    }
  }
  return { world, files };
}
