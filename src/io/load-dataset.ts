import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { DisclosureError } from "../errors";
import { readDataset, readDatasetStream, type FilingStream, type ReadResult } from "../datasets/read";
import { readDatasets, readDatasetsStream, type ManyFilingStream, type ReadManyOptions, type Source } from "../datasets/read-many";
import type { ReadOptions } from "../datasets/read-options";
import { wageLibraryMember } from "../wages/wage-library-member";

const DATA_EXTENSIONS = new Set([".csv", ".tsv", ".txt", ".xlsx"]);

/** A {@link Source} reading a file from disk in 1 MiB chunks. */
export async function fileSource(path: string): Promise<Source> {
  const info = await statOrThrow(path);
  return { name: path, size: info.size, open: () => createReadStream(path, { highWaterMark: 1 << 20 }) };
}

/** Read one disclosure file from disk into memory. */
export async function loadDataset(path: string, options: Omit<ReadOptions, "file" | "totalBytes"> = {}): Promise<ReadResult> {
  const src = await fileSource(path);
  return readDataset(await src.open(), { ...options, file: path, totalBytes: src.size ?? 0 });
}

/** Stream one disclosure file from disk. */
export async function loadDatasetStream(path: string, options: Omit<ReadOptions, "file" | "totalBytes"> = {}): Promise<FilingStream> {
  const src = await fileSource(path);
  return readDatasetStream(await src.open(), { ...options, file: path, totalBytes: src.size ?? 0 });
}

/**
 * Files and folders → the data files they hold (folders are walked, `.csv` `.tsv` `.txt`, sorted by path).
 * Wage-library members met in a folder (`ALC_Export.csv`, `Geography.csv` …) are not disclosure files and
 * are skipped; see `loadWageLibrary`.
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

/** Read many files and folders, de-duplicated by case number, into memory. */
export async function loadDatasets(paths: readonly string[], options: ReadManyOptions = {}) {
  const files = await listDataFiles(paths);
  return readDatasets(await Promise.all(files.map(fileSource)), options);
}

/** Stream many files and folders, de-duplicated by case number. */
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
