import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { z } from "zod";
import { DisclosureError } from "../errors";
import type { Filing } from "../datasets/filing";
import { readDatasetStream, type FilingStream, type ReadResult } from "../datasets/read";
import { ReadOptions, readOptionError } from "../datasets/read-options";
import { piecesWorkerAvailable, readFileInPieces } from "./parallel/read-parallel";
import { planPieces, type PiecePlan } from "./parallel/pieces";
import { readDatasets, readDatasetsStream, type ManyFilingStream, type ReadManyOptions, type Source } from "../datasets/read-many";
import { wageLibraryMember } from "../wages/wage-library-member";

const DATA_EXTENSIONS = new Set([".csv", ".tsv", ".txt", ".xlsx"]);

/**
 * A {@link Source} reading a file from disk in chunks (for `readDatasets` / `readDatasetsStream`).
 * Throws `DisclosureError("io_error")` when the path cannot be read.
 *
 * @example
 * const source = await fileSource("data-samples/PW_Disclosure_Data_FY2025_Q4.csv");
 * source.name; // => "data-samples/PW_Disclosure_Data_FY2025_Q4.csv"
 * source.size; // => 325112
 */
export async function fileSource(path: string, threading: Pick<LoadOptions, "threads" | "pieceBytes"> = {}): Promise<Source> {
  const info = await statOrThrow(path);
  return {
    name: path,
    size: info.size,
    open: () => createReadStream(path, { highWaterMark: 1 << 16 }),
    // Read through loadDatasetStream, so a big CSV file is read with threads (see LoadOptions.threads).
    read: ({ file: _file, totalBytes: _size, ...options }) => loadDatasetStream(path, { ...options, ...threading }),
  };
}

/**
 * Options of {@link loadDataset} and {@link loadDatasetStream}: the read options, and how many threads may read
 * one big CSV file.
 */
export interface LoadOptions extends Omit<ReadOptions, "file" | "totalBytes"> {
  /**
   * Threads that may read one CSV file at once: this one and `threads - 1` worker threads, each reading pieces of
   * the file. Filings, row numbers, issues and counts are the same for any value. Default: 2 for a CSV file of
   * 64 MiB or more on a machine with 2 or more cores, else 1 (this thread only).
   */
  threads?: number | undefined;
  /** Size of the pieces a file is cut into for threads, in bytes (default 8 MiB). */
  pieceBytes?: number | undefined;
}

/** Options of {@link loadDatasets} and {@link loadDatasetsStream}: `ReadManyOptions` plus `threads` and `pieceBytes`. */
export interface LoadManyOptions extends ReadManyOptions, Pick<LoadOptions, "threads" | "pieceBytes"> {}

const LoadExtras = z.object({
  threads: z.number().int().min(1).max(64).optional(),
  pieceBytes: z.number().int().min(1).optional(),
});

/** Files at least this big are read by two threads unless `threads` says otherwise. */
const PARALLEL_FROM = 64 * 2 ** 20;
const PIECE_BYTES = 8 * 2 ** 20;

/**
 * Read one disclosure file from disk (.csv, .tsv, .txt or .xlsx) into memory: filings, issues and summary.
 * See `readDataset`; the path becomes the file name in issues and summaries.
 *
 * @example
 * const { rows, summary } = await loadDataset("data-samples/PERM_Disclosure_Data_FY2024_Q4.csv");
 * summary.era; // => "perm-c"
 * [summary.read, summary.kept, summary.flagged, summary.blank]; // => [230, 188, 4, 38]
 * rows[0].employer.fein; // => "22-2610812"
 */
export async function loadDataset(path: string, options: LoadOptions = {}): Promise<ReadResult> {
  const stream = await loadDatasetStream(path, options);
  const rows: Filing[] = [];
  for await (const batch of stream.batches()) for (const f of batch) rows.push(f);
  return { rows, issues: stream.issues, summary: stream.summary };
}

/**
 * Stream one disclosure file from disk, in bounded memory (see `readDatasetStream`). A big CSV file is read by
 * two threads (see {@link LoadOptions.threads}).
 *
 * @example
 * const stream = await loadDatasetStream("data-samples/LCA_Disclosure_Data_FY2023_Q4.csv");
 * let kept = 0;
 * for await (const filing of stream) kept++;
 * kept; // => 464
 * stream.summary.era; // => "lca-flag-96"
 */
export async function loadDatasetStream(path: string, options: LoadOptions = {}): Promise<FilingStream> {
  const { threads, pieceBytes, ...readOptions } = options;
  const extras = LoadExtras.safeParse({ threads, pieceBytes });
  if (!extras.success) throw readOptionError(extras.error);
  const src = await fileSource(path);
  const size = src.size ?? 0;
  const opts = { ...readOptions, file: path, totalBytes: size };
  const wanted = threads ?? (size >= PARALLEL_FROM && availableParallelism() >= 2 ? 2 : 1);
  const plan = wanted > 1 ? await planFile(path, size, pieceBytes ?? PIECE_BYTES, readOptions.delimiter) : null;
  if (plan !== null) return readFileInPieces(path, plan, ReadOptions.parse(opts), wanted);
  return readDatasetStream(await src.open(), opts);
}

/** Pieces for threads to read, or null when the file is read in one go (see `planPieces`). */
async function planFile(path: string, size: number, pieceBytes: number, delimiter: string | undefined): Promise<PiecePlan | null> {
  if (!piecesWorkerAvailable()) return null;
  const fh = await open(path, "r");
  try {
    const plan = await planPieces(fh, size, pieceBytes, delimiter);
    return plan !== null && plan.boundaries.length > 2 ? plan : null;
  } finally {
    await fh.close();
  }
}

/**
 * Files and folders → the data files they hold (folders are walked, `.csv` `.tsv` `.txt`, sorted by path).
 * Wage-library members met in a folder (`ALC_Export.csv`, `Geography.csv` …) are not disclosure files and
 * are skipped; see `loadWageLibrary`.
 *
 * @example
 * const files = await listDataFiles(["data-samples"]);
 * files.length; // => 10
 * files[0]; // => "data-samples/LCA_Disclosure_Data_FY2023_Q4.csv"
 */
export async function listDataFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await statOrThrow(p);
    if (info.isDirectory()) {
      const entries = await readdir(p, { withFileTypes: true });
      const inner = entries
        .filter(
          (e) =>
            e.isDirectory() ||
            (e.isFile() && DATA_EXTENSIONS.has(extname(e.name).toLowerCase()) && wageLibraryMember(e.name) === null),
        )
        .map((e) => join(p, e.name))
        .sort();
      out.push(...(await listDataFiles(inner)));
    } else out.push(p);
  }
  return out;
}

/**
 * Read many files and folders into memory, de-duplicated by case number, with new-form PERM filings joined
 * to the PW determinations found among them (see `readDatasets`).
 *
 * @example
 * const { rows, total, join } = await loadDatasets(["data-samples"]);
 * rows.length; // => 2977
 * total; // => { read: 3643, kept: 2977, flagged: 40, blank: 439, duplicates: 187 }
 * join; // => { candidates: 411, matched: 411, unmatched: 0, rate: 1 }
 */
export async function loadDatasets(paths: readonly string[], options: LoadManyOptions = {}) {
  const files = await listDataFiles(paths);
  const { threads, pieceBytes, ...readOptions } = options;
  return readDatasets(await Promise.all(files.map((f) => fileSource(f, { threads, pieceBytes }))), readOptions);
}

/**
 * Stream many files and folders, de-duplicated by case number (see `readDatasetsStream`).
 *
 * @example
 * const stream = await loadDatasetsStream(["data-samples/PERM_Disclosure_Data_FY2025_Q2.csv", "data-samples/PERM_Disclosure_Data_FY2025_Q4.csv"]);
 * let kept = 0;
 * for await (const filing of stream) kept++;
 * kept; // => 317
 * stream.total.duplicates; // => 170
 */
export async function loadDatasetsStream(paths: readonly string[], options: LoadManyOptions = {}): Promise<ManyFilingStream> {
  const files = await listDataFiles(paths);
  const { threads, pieceBytes, ...readOptions } = options;
  return readDatasetsStream(await Promise.all(files.map((f) => fileSource(f, { threads, pieceBytes }))), readOptions);
}

async function statOrThrow(path: string) {
  try {
    return await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DisclosureError(
      "io_error",
      `${path}: ${code === "ENOENT" ? "no such file or folder" : `cannot read (${code ?? String(e)})`}; expected a disclosure file (.csv, .tsv, .txt, .xlsx) or a folder of them.`,
      { file: path, cause: e },
    );
  }
}
