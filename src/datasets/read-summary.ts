import type { DatasetId } from "./filing";

/** Counts for one read. Always `read = kept + flagged + blank + duplicates`. */
export interface ReadCounts {
  /** Data records after the header, blank padding rows included. */
  read: number;
  /** Records that became filings (and, in multi-file reads, survived de-duplication). */
  kept: number;
  /** Records rejected with an error issue (wrong field count, blank case number, unknown status…). */
  flagged: number;
  /** Padding records with no value at all. */
  blank: number;
  /** Records dropped because another record of the same case won (multi-file reads only). */
  duplicates: number;
}

/** What a reader learned about one file. */
export interface ReadSummary extends ReadCounts {
  file: string;
  dataset: DatasetId | null;
  era: string | null;
  eraLabel: string | null;
  /** `csv` (any delimiter) or `xlsx`. */
  format: "csv" | "xlsx" | null;
  encoding: string | null;
  delimiter: string | null;
  /** Number of header columns. */
  columns: number;
  /** Raw fields the era defines that this file lacks (derived exports often drop columns). */
  missingFields: string[];
  /** Kept records that carry at least one warning (a value nulled or repaired). */
  warnings: number;
  /** Bytes read from the input (for text given as a string: its length in UTF-8). */
  bytes: number;
}

/** Progress of a long read, reported after each parsed chunk. */
export interface ReadProgress {
  file: string;
  bytes: number;
  /** Size of the input when known (file loaders pass it). */
  totalBytes: number | null;
  rows: number;
}

export function emptySummary(file: string): ReadSummary {
  return {
    file,
    dataset: null,
    era: null,
    eraLabel: null,
    format: null,
    encoding: null,
    delimiter: null,
    columns: 0,
    missingFields: [],
    read: 0,
    kept: 0,
    flagged: 0,
    blank: 0,
    duplicates: 0,
    warnings: 0,
    bytes: 0,
  };
}
