import type { CaseStatus } from "../datasets/filing";
import { dayNumber, fiscalYearOf, isoOfDay } from "./calendar";
import type { CaseNumbers } from "./case-numbers";
import type { LcaCase, PermCase, PwCase } from "./case-types";
import type { Delimiter } from "./csv";
import { businessDay } from "./draw-role";
import type { TextEncoding } from "./encode";
import type { FileSpec, QuirkPlan } from "./file-spec";
import type { RowStyle } from "./format";
import { lcaColumns } from "./lca-columns";
import type { GeneratedEraId } from "./manifest";
import { permColumns } from "./perm-columns";
import { permStatusAt } from "./perm-cases";
import { pwColumns } from "./pw-columns";
import { type Rng, randInt } from "./random";

/** What every sample file spec needs; permSpec, lcaSpec and pwSpec add the dataset-specific parts. */
export interface SampleFileCommon {
  readonly file: string;
  readonly era: GeneratedEraId;
  readonly layoutName: string;
  readonly layout: readonly string[];
  readonly encoding?: TextEncoding;
  readonly bom?: boolean;
  readonly delimiter?: Delimiter;
  readonly lineEnding?: "\n" | "\r\n";
  readonly fiscalYear: number;
  readonly quarter: number | null;
  readonly baseline: Omit<RowStyle, "status">;
  readonly quirks: QuirkPlan;
  readonly reserved?: ReadonlySet<string>;
}

/** A later decision date in (after, end], on a business day; null when there is no room. */
export function laterDate(rng: Rng, after: string, end: string, minGap = 14): string | null {
  const a = dayNumber(after) + minGap;
  const b = dayNumber(end);
  if (a > b - 2) return null;
  const d = businessDay(isoOfDay(randInt(rng, a, b - 2)));
  return d <= end ? d : null;
}

/** A PERM file: status as of the extract date (certified → certified-expired after 180 days). */
export function permSpec(
  seed: number, numbers: CaseNumbers, common: SampleFileCommon, extractDate: string,
  spellings: Partial<Record<CaseStatus, readonly (readonly [string, number])[]>>,
): FileSpec<PermCase> {
  const base: Record<string, readonly (readonly [string, number])[]> = {
    certified: [["Certified", 1]],
    "certified-expired": [["Certified-Expired", 1]],
    denied: [["Denied", 1]],
    withdrawn: [["Withdrawn", 1]],
    ...spellings,
  };
  return {
    ...common,
    dataset: "perm",
    getters: permColumns(common.layout),
    encoding: common.encoding ?? "utf-8",
    bom: common.bom ?? false,
    delimiter: common.delimiter ?? ",",
    lineEnding: common.lineEnding ?? "\n",
    statusOf: (c) => permStatusAt(c, extractDate),
    spellings: (_c, status) => base[status] ?? [[status, 1]],
    revise: (c, rng) => {
      const d = laterDate(rng, c.decisionDate, extractDate);
      if (!d) return null;
      return { ...c, decisionDate: d, fiscalYear: fiscalYearOf(d), status: c.status === "certified" ? "withdrawn" : "certified" };
    },
    cloneCase: (c) => ({
      ...c,
      caseNumber: numbers.next(c.form === "new" ? "G" : "A", c.receivedDate),
      pwd: { ...c.pwd, caseNumber: numbers.next("P", c.pwd.receivedDate) },
    }),
    seed,
  };
}

/** An LCA FLAG file. */
export function lcaSpec(seed: number, numbers: CaseNumbers, common: SampleFileCommon, extractDate: string): FileSpec<LcaCase> {
  const spellings: Record<string, readonly (readonly [string, number])[]> = {
    certified: [["Certified", 1]],
    "certified-withdrawn": [["Certified - Withdrawn", 0.85], ["CERTIFIED-WITHDRAWN", 0.15]],
    denied: [["Denied", 1]],
    withdrawn: [["Withdrawn", 1]],
  };
  return {
    ...common,
    dataset: "lca",
    getters: lcaColumns(common.layout),
    encoding: common.encoding ?? "utf-8",
    bom: common.bom ?? false,
    delimiter: common.delimiter ?? ",",
    lineEnding: common.lineEnding ?? "\n",
    statusOf: (c) => c.status,
    spellings: (_c, status) => spellings[status] ?? [[status, 1]],
    revise: (c, rng) => {
      if (c.status !== "certified") return null;
      const d = laterDate(rng, c.decisionDate, extractDate);
      return d ? { ...c, decisionDate: d, fiscalYear: fiscalYearOf(d), status: "certified-withdrawn", originalCertDate: c.decisionDate } : null;
    },
    cloneCase: (c) => ({ ...c, caseNumber: numbers.next("I", c.receivedDate) }),
    seed,
  };
}

/** A PW FLAG file. */
export function pwSpec(seed: number, numbers: CaseNumbers, common: SampleFileCommon, extractDate: string): FileSpec<PwCase> {
  return {
    ...common,
    dataset: "pw",
    getters: pwColumns(common.layout),
    encoding: common.encoding ?? "utf-8",
    bom: common.bom ?? false,
    delimiter: common.delimiter ?? ",",
    lineEnding: common.lineEnding ?? "\n",
    statusOf: (c) => (c.status === "Withdrawn" ? "withdrawn" : "determined"),
    spellings: (c) => [[c.status, 1]],
    revise: (c, rng) => {
      if (c.status !== "Determination Issued") return null;
      const d = laterDate(rng, c.decisionDate, extractDate, 30);
      return d ? { ...c, decisionDate: d, fiscalYear: fiscalYearOf(d), status: "Redetermination Affirmed" } : null;
    },
    cloneCase: (c) => ({ ...c, caseNumber: numbers.next("P", c.receivedDate) }),
    seed,
  };
}
