import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { DisclosureError } from "../errors";
import { readDataset, readDatasetStream, type FilingStream, type ReadResult } from "../datasets/read";
import { readDatasets, readDatasetsStream, type ManyFilingStream, type ReadManyOptions, type Source } from "../datasets/read-many";
import type { ReadOptions } from "../datasets/read-options";
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
export async function fileSource(path: string): Promise<Source> {
  const info = await statOrThrow(path);
  return { name: path, size: info.size, open: () => createReadStream(path, { highWaterMark: 1 << 16 }) };
}

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
export async function loadDataset(path: string, options: Omit<ReadOptions, "file" | "totalBytes"> = {}): Promise<ReadResult> {
  const src = await fileSource(path);
  return readDataset(await src.open(), { ...options, file: path, totalBytes: src.size ?? 0 });
}

/**
 * Stream one disclosure file from disk, in bounded memory (see `readDatasetStream`).
 *
 * @example
 * const stream = await loadDatasetStream("data-samples/LCA_Disclosure_Data_FY2023_Q4.csv");
 * let kept = 0;
 * for await (const filing of stream) kept++;
 * kept; // => 464
 * stream.summary.era; // => "lca-flag-96"
 */
export async function loadDatasetStream(path: string, options: Omit<ReadOptions, "file" | "totalBytes"> = {}): Promise<FilingStream> {
  const src = await fileSource(path);
  return readDatasetStream(await src.open(), { ...options, file: path, totalBytes: src.size ?? 0 });
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
export async function loadDatasets(paths: readonly string[], options: ReadManyOptions = {}) {
  const files = await listDataFiles(paths);
  return readDatasets(await Promise.all(files.map(fileSource)), options);
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
export async function loadDatasetsStream(paths: readonly string[], options: ReadManyOptions = {}): Promise<ManyFilingStream> {
  const files = await listDataFiles(paths);
  return readDatasetsStream(await Promise.all(files.map(fileSource)), options);
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
