/**
 * The sponsor index: for every employer name record (node) and occupation, how many PERM, LCA and PW
 * cases were decided in each fiscal year, received in each fiscal year, with each status; where the
 * work was; what was offered; what education was required; how long DOL took. Plain readonly data
 * (arrays and typed arrays, sorted, columnar), so it saves to one binary snapshot and loads back
 * quickly in a browser. Build one with `buildSponsorIndex` or `createSponsorIndexBuilder`; read it
 * with `employerProfile`, `employersFor`, `occupationsFor` and `findEmployer`.
 *
 * Layout: `nodes` (employer name records) → `groups` (node × program × SOC) → `cells`
 * (group × decision FY × received FY × status, with counts and evidence case numbers) and `attrs`
 * (group × kind × value counts: worksite state, BLS area, wage bin, PW level, education, days bin).
 *
 * @module
 */
import { z } from "zod";
import type { CaseStatus, DatasetId, IsoDate, Program } from "../datasets/filing";
import type { EmployerNodes } from "../employers/employer-nodes";
import type { EmployerResolution } from "../employers/resolve-employers";
import type { TitleModel } from "../occupations/title-model";

/**
 * The format name written in every snapshot (and in `SponsorIndex.format`).
 *
 * @example
 * index.format === INDEX_FORMAT; // => true
 */
export const INDEX_FORMAT = "oflc-sponsors/sponsor-index";
/**
 * The version of the index layout (and snapshot format).
 *
 * @example
 * index.version; // => INDEX_VERSION
 */
export const INDEX_VERSION = 1;

/**
 * Programs by id, as groups store them.
 *
 * @example
 * PROGRAMS.indexOf("LCA"); // => 1
 */
export const PROGRAMS: readonly Program[] = ["PERM", "LCA", "PW"];
/**
 * Statuses by id, as cells store them.
 *
 * @example
 * STATUSES[0]; // => "certified"
 */
export const STATUSES: readonly CaseStatus[] = [
  "certified", "certified-expired", "certified-withdrawn", "denied", "withdrawn", "determined", "rejected", "invalidated",
];
/**
 * PW levels by id (0 = none).
 *
 * @example
 * LEVELS.indexOf("II"); // => 2
 */
export const LEVELS: readonly (string | null)[] = [null, "I", "II", "III", "IV"];
/**
 * Education levels by id (0 = none).
 *
 * @example
 * EDUCATIONS.indexOf("masters"); // => 5
 */
export const EDUCATIONS: readonly (string | null)[] = [null, "none", "high-school", "associates", "bachelors", "masters", "doctorate", "other"];

/**
 * Attribute kind of `attrs`: worksite state (`value` indexes `SponsorIndex.states`). The six `ATTR_*`
 * kinds are state, area, wage bin, PW level, education and days-to-decision bin.
 *
 * @example
 * [ATTR_STATE, ATTR_AREA, ATTR_WAGE, ATTR_LEVEL, ATTR_EDUCATION, ATTR_DAYS]; // => [1, 2, 3, 4, 5, 6]
 */
export const ATTR_STATE = 1;
/**
 * Attribute kind of `attrs`: worksite BLS area (`value` indexes `areas`).
 *
 * @example
 * ATTR_AREA; // => 2
 */
export const ATTR_AREA = 2;
/**
 * Attribute kind of `attrs`: offered-wage bin (see `wageBin`).
 *
 * @example
 * ATTR_WAGE; // => 3
 */
export const ATTR_WAGE = 3;
/**
 * Attribute kind of `attrs`: PW level (`value` indexes {@link LEVELS}).
 *
 * @example
 * ATTR_LEVEL; // => 4
 */
export const ATTR_LEVEL = 4;
/**
 * Attribute kind of `attrs`: minimum education (`value` indexes {@link EDUCATIONS}).
 *
 * @example
 * ATTR_EDUCATION; // => 5
 */
export const ATTR_EDUCATION = 5;
/**
 * Attribute kind of `attrs`: days from receipt to decision, binned (see `daysBin`).
 *
 * @example
 * ATTR_DAYS; // => 6
 */
export const ATTR_DAYS = 6;

/** One input file of an index. */
export interface IndexSource {
  /** The file name as given to the reader (`Filing.source.file`). */
  readonly file: string;
  readonly dataset: DatasetId;
  readonly era: string;
  /** Cases whose counted record came from this file (after de-duplication). */
  readonly filings: number;
}

/** Node × program × SOC, sorted by node, program, SOC, inferred. */
export interface GroupTable {
  readonly node: Int32Array;
  /** Index into `PROGRAMS`. */
  readonly program: Uint8Array;
  /** Index into `SponsorIndex.socs` (0 = unknown). */
  readonly soc: Uint16Array;
  /** 1 when the SOC was inferred from the job title (the filing had none), else 0. */
  readonly socInferred: Uint8Array;
  readonly filings: Uint32Array;
  /** Day numbers of the first receipt (or decision) and the last decision (or receipt); -1 when unknown. */
  readonly firstDay: Int32Array;
  readonly lastDay: Int32Array;
  /** Cells of group `g` are `cellStart[g] … cellStart[g+1]-1`; attrs likewise. */
  readonly cellStart: Int32Array;
  readonly attrStart: Int32Array;
  /** Groups of node `i` are `nodeGroupStart[i] … nodeGroupStart[i+1]-1` (derived, not saved). */
  readonly nodeGroupStart: Int32Array;
}

/** Group × decision FY × received FY × status counts, sorted. */
export interface CellTable {
  /** Fiscal year of the decision (0 = unknown). */
  readonly decisionFy: Uint16Array;
  /** Fiscal year of receipt (0 = unknown). */
  readonly receivedFy: Uint16Array;
  /** Index into `STATUSES`. */
  readonly status: Uint8Array;
  readonly count: Uint32Array;
  /** Evidence case numbers of cell `c` are `evidence[evidenceStart[c] … evidenceStart[c+1]-1]`. */
  readonly evidenceStart: Int32Array;
}

/** Group × kind × value counts (distributions), sorted. */
export interface AttrTable {
  readonly kind: Uint8Array;
  readonly value: Int32Array;
  readonly count: Uint32Array;
}

/** Evidence case numbers: packed case keys (see `case-key.ts`), and the text of the few that do not pack. */
export interface EvidenceTable {
  readonly key: Float64Array;
  /** Case numbers of entries whose key is hashed (negative), by entry index. */
  readonly odd: ReadonlyMap<number, string>;
}

/** The built index. Plain readonly data. */
export interface SponsorIndex {
  readonly format: typeof INDEX_FORMAT;
  readonly version: number;
  /** Data as of: the latest decision date indexed, or the date given when building. */
  readonly asOf: IsoDate | null;
  readonly sources: readonly IndexSource[];
  /** Cases counted (after de-duplication). */
  readonly filings: number;
  /** Most evidence case numbers kept per cell. */
  readonly evidencePerCell: number;
  /** SOC-2018 codes by id, sorted; `socs[0]` is `""` (unknown). */
  readonly socs: readonly string[];
  /** Worksite states by id, sorted; `states[0]` is `""`. */
  readonly states: readonly string[];
  /** BLS areas by id, sorted; `areas[0]` is `""`. */
  readonly areas: readonly string[];
  readonly nodes: EmployerNodes;
  readonly groups: GroupTable;
  readonly cells: CellTable;
  readonly attrs: AttrTable;
  readonly evidence: EvidenceTable;
  readonly titles: TitleModel;
  /** Employers (derived from `nodes` and the alias table). */
  readonly resolution: EmployerResolution;
}

/**
 * Options for building an index (a zod schema; the type is its input): evidence case numbers per cell, the
 * data-as-of date, an alias table and extra SOC titles.
 *
 * @example
 * const small = buildSponsorIndex(rows, { evidencePerCell: 1, asOf: "2025-09-30" });
 * [small.asOf, small.evidencePerCell]; // => ["2025-09-30", 1]
 * SponsorIndexOptions.parse({}).evidencePerCell; // => 3
 */
export const SponsorIndexOptions = z.object({
  /** Most case numbers kept per cell as evidence (the latest decisions; default 3). */
  evidencePerCell: z.number().int().min(0).max(16).default(3),
  /** Data-as-of date to record (default: the latest decision date indexed). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** A user alias table (see `parseAliasTable`); applied when the index is finished. */
  aliases: z.unknown().optional(),
  /** Extra official SOC titles (e.g. the wage library's SOC table): `{ code, title }`. */
  socTitles: z.array(z.object({ code: z.string(), title: z.string() })).optional(),
});
export type SponsorIndexOptions = z.input<typeof SponsorIndexOptions>;
