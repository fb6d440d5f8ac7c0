import { DisclosureError, type Issue } from "../errors";
import { openRows, type RowsInfo } from "../io/open-rows";
import type { CsvInfo } from "../io/parse-csv";
import type { TextInput } from "../io/text-input";
import { detectEra } from "./detect";
import type { DatasetId, Filing } from "./filing";
import { createRowMapper, isBlankRow, type IssueSink, type RowMapper } from "./map-row";
import { emptySummary, type ReadProgress, type ReadSummary } from "./read-summary";
import { ReadOptions } from "./read-options";

/** A streaming read of one file: iterate it for filings; `summary` and `issues` fill in as it goes. */
export interface FilingStream extends AsyncIterable<Filing> {
  /** Live counts; final once iteration has finished. */
  readonly summary: ReadSummary;
  /** Issues found so far (at most `maxIssues` are stored; counts in `summary` are always complete). */
  readonly issues: Issue[];
  /** The same filings in arrays, one per parsed chunk (fewer awaits for bulk consumers). */
  batches(): AsyncGenerator<Filing[]>;
  /**
   * Only for a file read by several threads (`threads` of the `oflc-sponsors/node` loaders): how many pieces the
   * file was cut into and how many of them worker threads read. Final once iteration has finished.
   */
  readonly pieces?: { total: number; byWorkers: number };
}

/** Result of reading a whole (small) file into memory. */
export interface ReadResult {
  readonly rows: Filing[];
  readonly issues: Issue[];
  readonly summary: ReadSummary;
}

/**
 * Read one OFLC disclosure file (PERM, LCA or PW, any era) as a stream of canonical filings.
 * The dataset and era are detected from the header (never the file name) unless given.
 * Bad rows become issues; unusable input throws one {@link DisclosureError}.
 *
 * @example
 * const stream = readDatasetStream(lcaText, { file: "LCA_Disclosure_Data_FY2025_Q4.csv" });
 * const employers = new Set<string | null>();
 * for await (const filing of stream) employers.add(filing.employer.normalizedName);
 * employers.has("TAVRIX CONSULTANCY SERVICES"); // => true
 * stream.summary.era; // => "lca-flag-98"
 * const { read, kept, flagged, blank, duplicates } = stream.summary;
 * [read, kept, flagged, blank, duplicates]; // => [564, 489, 4, 71, 0]
 */
export function readDatasetStream(input: TextInput, options: ReadOptions = {}): FilingStream {
  return readPieceStream(input, options, {});
}

/** {@link readDatasetStream} with the parallel reader's extras (not exported from the package). */
export function readPieceStream(input: TextInput, options: ReadOptions, internals: ReadInternals): FilingStream {
  const opts = ReadOptions.parse(options);
  const file = opts.file ?? "input";
  const summary = emptySummary(file);
  const issues: Issue[] = [];
  const maxIssues = opts.maxIssues;
  let started = false;

  async function* batches(): AsyncGenerator<Filing[]> {
    if (started) throw new DisclosureError("invalid_option", `${file}: a FilingStream can be iterated only once.`, { file });
    started = true;
    const info: RowsInfo = { format: "csv", encoding: null, delimiter: null, bytes: 0, complete: true, endsWithNewline: true };
    let lastRowWarnings = -1;
    const sink: IssueSink = {
      add(issue) {
        if (issue.severity === "warning") {
          if (lastRowWarnings !== issue.row) {
            lastRowWarnings = issue.row;
            summary.warnings++;
          }
        }
        if (issues.length < maxIssues) issues.push(issue);
      },
    };
    let mapper: RowMapper | null = null;
    let width = 0;
    let rowNumber = internals.rowOffset ?? 0;
    const rowOptions = { delimiter: opts.delimiter, sheet: opts.sheet, csv: internals.csv, windows1252: internals.windows1252 };
    for await (const batch of openRows(input, file, info, rowOptions)) {
      const out: Filing[] = [];
      const rows = batch.rows;
      let start = 0;
      if (mapper === null) {
        while (start < rows.length && isBlankRow(rows[start]!)) start++;
        if (start === rows.length) continue;
        const headers = rows[start]!;
        start++;
        const match = detectEra(headers, {
          ...(opts.dataset ? { dataset: opts.dataset } : {}),
          ...(opts.era ? { era: opts.era } : {}),
          ...(opts.mapping ? { mapping: opts.mapping } : {}),
          file,
        });
        const shared = internals.shared;
        mapper = shared?.mapper ?? createRowMapper(match, file, headers);
        if (shared) shared.mapper = mapper;
        width = headers.length;
        summary.dataset = match.era.dataset;
        summary.era = match.era.id;
        summary.eraLabel = match.era.label;
        summary.columns = width;
        summary.missingFields = [...match.missingFields];
        summary.delimiter = info.delimiter;
        summary.format = info.format;
      }
      const end = rows.length;
      for (let r = start; r < end; r++) {
        const row = rows[r]!;
        rowNumber++;
        summary.read++;
        if (row.length === 1 ? row[0]!.trim() === "" : isBlankRow(row)) {
          summary.blank++;
          continue;
        }
        if (batch.final && r === end - 1 && (!info.complete || (!info.endsWithNewline && row.length < width))) {
          throw new DisclosureError(
            "truncated_file",
            `${file}: the file ends in the middle of row ${rowNumber} (${
              info.complete ? `${row.length} of ${width} fields` : "inside a quoted field"
            }); expected complete CSV records — was the download or export cut short?`,
            { file },
          );
        }
        const filing = mapper(row, rowNumber, sink);
        if (filing === null) summary.flagged++;
        else {
          summary.kept++;
          out.push(filing);
        }
      }
      summary.bytes = info.bytes;
      summary.encoding = info.encoding;
      if (opts.onProgress) opts.onProgress(progress(file, info.bytes, opts.totalBytes ?? null, summary.read));
      if (out.length > 0) yield out;
    }
    summary.bytes = info.bytes;
    summary.encoding = info.encoding;
    if (mapper === null) {
      throw new DisclosureError("empty_file", `${file}: no header row found (only blank lines); expected a CSV header row.`, {
        file,
      });
    }
  }

  return {
    summary,
    issues,
    batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}

/**
 * Not part of the public API: how the parallel file reader (`io/parallel`) runs one piece of a file, the
 * header line followed by a byte range, through this reader.
 */
export interface ReadInternals {
  /** Rows of the file before this piece (added to every row number). */
  rowOffset?: number;
  /**
   * Shared by the pieces of one file, which all start with the same header line: the first piece's row mapper
   * (and its value caches) is reused by the rest.
   */
  shared?: { mapper: RowMapper | null };
  /** Parser state the caller watches (see `CsvInfo.pending`). */
  csv?: CsvInfo;
  /** Decode as windows-1252 from the start (an earlier piece of the file already switched to it). */
  windows1252?: boolean;
}

/**
 * Read a whole file into memory: filings, issues and summary. For small files and notebooks; stream big ones
 * with {@link readDatasetStream}.
 *
 * @example
 * const { rows, issues, summary } = await readDataset(lcaText, { file: "LCA_Disclosure_Data_FY2025_Q4.csv" });
 * rows.length; // => 489
 * rows[0].employer.normalizedName; // => "TAVRIX CONSULTANCY SERVICES"
 * rows[0].wages.offeredFrom; // => 123211
 * issues[0]; // => { file: "LCA_Disclosure_Data_FY2025_Q4.csv", row: 143, code: "field_count", severity: "error", message: "expected 98 fields, found 99" }
 * summary.read === summary.kept + summary.flagged + summary.blank + summary.duplicates; // => true
 */
export async function readDataset(input: TextInput, options: ReadOptions = {}): Promise<ReadResult> {
  const stream = readDatasetStream(input, options);
  const rows: Filing[] = [];
  for await (const batch of stream.batches()) for (const f of batch) rows.push(f);
  return { rows, issues: stream.issues, summary: stream.summary };
}

function progress(file: string, bytes: number, totalBytes: number | null, rows: number): ReadProgress {
  return { file, bytes, totalBytes, rows };
}

export type { DatasetId, ReadOptions };
