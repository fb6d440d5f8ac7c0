import { z } from "zod";
import { DisclosureError } from "../errors";
import { DatasetId } from "./filing";
import type { ReadProgress } from "./read-summary";

const Schema = z.object({
  /** Name used in issues, summaries and error messages (a path or file name). */
  file: z.string().optional(),
  /** Restrict detection to one dataset. */
  dataset: DatasetId.optional(),
  /** Force one era by id (e.g. `perm-b`). */
  era: z.string().optional(),
  /** Rename file headers to official header names before detection: `{ "employer": "EMPLOYER_NAME" }`. */
  mapping: z.record(z.string(), z.string()).optional(),
  /** Field delimiter; detected from the header line when absent. */
  delimiter: z.enum([",", ";", "\t", "|"]).optional(),
  /** Worksheet of an .xlsx workbook, by name or 0-based index (default: the first). */
  sheet: z.union([z.string(), z.number().int().nonnegative()]).optional(),
  /** Most issues kept in memory (counts stay exact). */
  maxIssues: z.number().int().nonnegative().default(10_000),
  /** Input size in bytes, when known, for progress reports. */
  totalBytes: z.number().nonnegative().optional(),
  onProgress: z.custom<(p: ReadProgress) => void>((v) => typeof v === "function").optional(),
});

/**
 * Options of every reader (`readDataset`, `readDatasetStream`, the `load*` functions of `oflc-sponsors/node`).
 * All are optional; a bad one throws a `DisclosureError` with code `invalid_option` that names it.
 *
 * @example
 * const options: ReadOptions = { file: "PERM_FY2025.csv", dataset: "perm", maxIssues: 100 };
 * const { summary } = await readDataset(permText, options);
 * summary.file; // => "PERM_FY2025.csv"
 */
export type ReadOptions = z.input<typeof Schema>;

export const ReadOptions = {
  /** Validate options; a bad one throws a DisclosureError naming the option. */
  parse(options: ReadOptions): z.output<typeof Schema> {
    const r = Schema.safeParse(options);
    if (!r.success) throw readOptionError(r.error);
    return r.data;
  },
};

/** The error for a bad read option: its name (the first zod issue's path) and what was wrong. */
export function readOptionError(error: z.ZodError): DisclosureError {
  const first = error.issues[0];
  const path = first?.path.join(".") || "options";
  return new DisclosureError("invalid_option", `invalid read option "${path}": ${first?.message ?? "invalid"}`);
}
