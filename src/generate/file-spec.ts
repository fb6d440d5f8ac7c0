import type { CaseStatus, DatasetId } from "../datasets/filing";
import type { DateStyle } from "./calendar";
import type { GeneratedCase } from "./case-types";
import type { Delimiter } from "./csv";
import type { TextEncoding } from "./encode";
import type { MoneyStyle, RowStyle, SocStyle, UnitStyle } from "./format";
import type { BadRow, GeneratedEraId } from "./manifest";
import type { Rng } from "./random";
import type { ColumnGetter } from "./row-context";

/** Which quirks a file gets, and how often. Rates are per row; counts are exact numbers of rows. */
export interface QuirkPlan {
  readonly date?: readonly (readonly [DateStyle, number])[];
  readonly money?: readonly (readonly [MoneyStyle, number])[];
  readonly unit?: readonly (readonly [UnitStyle, number])[];
  readonly soc?: readonly (readonly [SocStyle, number])[];
  /** Share of rows that carry a SOC-2010 code (when the baseline is SOC-2018). */
  readonly soc2010?: number;
  readonly upper?: number;
  readonly zip4?: number;
  readonly stateFullCount?: number;
  readonly stateTypoCount?: number;
  readonly unitMismatch?: { readonly count: number; readonly target: "offer" | "pw" };
  readonly duplicates: number;
  readonly badRows: readonly BadRow["reason"][];
  readonly blankRuns: { readonly inner: number; readonly endRun: number };
  readonly multiline?: { readonly column: string; readonly value: string };
}

/** Everything needed to write one file. */
export interface FileSpec<C extends GeneratedCase> {
  readonly file: string;
  readonly dataset: DatasetId;
  readonly era: GeneratedEraId;
  readonly layoutName: string;
  readonly layout: readonly string[];
  readonly getters: readonly ColumnGetter<C>[];
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  readonly delimiter: Delimiter;
  readonly lineEnding: "\n" | "\r\n";
  readonly fiscalYear: number;
  readonly quarter: number | null;
  readonly baseline: Omit<RowStyle, "status">;
  /** Status of a case as of this file's extract date, in canonical form. */
  readonly statusOf: (c: C) => CaseStatus;
  /** Spellings of a canonical status in this file: the first is the baseline, the others are quirks. */
  readonly spellings: (c: C, status: CaseStatus) => readonly (readonly [string, number])[];
  readonly quirks: QuirkPlan;
  /** A later copy of a case with a changed status (a within-file duplicate), or null. */
  readonly revise: (c: C, rng: Rng) => C | null;
  /** A copy of a case with a fresh case number (for bad rows). */
  readonly cloneCase: (c: C) => C;
  /** Case numbers that must not be picked for within-file duplicates or bad-row templates. */
  readonly reserved?: ReadonlySet<string>;
  readonly seed: number;
}
