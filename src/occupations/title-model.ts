/**
 * The occupations an index has learned from its filings: each job-title key (see `job-title-key.ts`)
 * with the SOC-2018 codes employers filed it under and how often, plus the official SOC titles seen
 * in the filings' SOC-title columns. Columnar; titles sorted.
 *
 * @module
 */

/** Job titles → SOC codes learned from the filings' own (title, SOC) pairs. */
export interface TitleModel {
  /** SOC-2018 codes by id (`socs[0]` is `""`, unknown); shared with the index. */
  readonly socs: readonly string[];
  /** Job-title keys, sorted. */
  readonly titles: readonly string[];
  /** Filings (with a reported SOC) of each title. */
  readonly filings: Uint32Array;
  /** SOC codes of title `t` are `pairSoc[pairStart[t] … pairStart[t+1]-1]`, with their filing counts. */
  readonly pairStart: Int32Array;
  readonly pairSoc: Uint16Array;
  readonly pairCount: Uint32Array;
  /** SOC-title keys (`socTitleKey`) seen in the filings' SOC-title columns, sorted, and their SOC ids. */
  readonly socTitles: readonly string[];
  readonly socTitleSoc: Uint16Array;
}
