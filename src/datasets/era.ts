import type { DatasetId } from "./filing";

/**
 * The raw fields a reader pulls out of a disclosure row before normalising them into a Filing.
 * Each era maps these to the header names it uses (see the eras.ts file of each dataset).
 *
 * @example
 * RAW_FIELDS.length; // => 32
 * RAW_FIELDS.includes("pwdCaseNumber"); // => true
 */
export const RAW_FIELDS = [
  "caseNumber",
  "status",
  "visaClass",
  "receivedDate",
  "decisionDate",
  "employerName",
  "employerTradeName",
  "employerFein",
  "employerCity",
  "employerState",
  "employerPostalCode",
  "naics",
  "employerSize",
  "jobTitle",
  "socCode",
  "socTitle",
  "minEducation",
  "experienceMonths",
  "fullTime",
  "worksiteCity",
  "worksiteCounty",
  "worksiteState",
  "worksitePostalCode",
  "blsArea",
  "wageFrom",
  "wageTo",
  "wageRange", // LCA FY2015: one "from - to" string
  "wageUnit",
  "pwAmount",
  "pwUnit",
  "pwLevel",
  "pwdCaseNumber",
] as const;
/** One of {@link RAW_FIELDS}: a field an era's column map can point at. */
export type RawField = (typeof RAW_FIELDS)[number];

/**
 * One era of one dataset, as data: how to recognise its header and where each raw field lives.
 * Header names here are *header keys*: upper-case, spaces and hyphens turned into `_`, runs of `_`
 * collapsed, a trailing `_9089` removed (see `headerKey`).
 */
export interface EraSpec {
  readonly dataset: DatasetId;
  /** Stable id, e.g. `perm-b`, `lca-flag-97`. */
  readonly id: string;
  /** Human label, e.g. "PERM FY2015–FY2019 (ETA-9089)". */
  readonly label: string;
  /**
   * Every entry must be present for the era to match; an entry that is an array is satisfied by any one
   * of its alternatives.
   */
  readonly signature: readonly (string | readonly string[])[];
  /** Header keys that must be absent (to tell apart eras whose headers nest, e.g. FLAG 96 vs 97 columns). */
  readonly excludes?: readonly string[];
  /** Raw field → candidate header keys, first present wins. */
  readonly columns: Readonly<Partial<Record<RawField, readonly string[]>>>;
  /** Fields whose blank value flags the row (caseNumber and status always are). */
  readonly required?: readonly RawField[];
  /** The official header in file order, where known (the generator writes it). */
  readonly layout?: readonly string[];
}
