import { DisclosureError, type Issue } from "../errors";
import type { TextInput } from "../io/text-input";
import type { Filing } from "./filing";
import { readDatasetStream } from "./read";
import type { ReadOptions } from "./read-options";
import type { ReadCounts, ReadProgress, ReadSummary } from "./read-summary";

/** One input of a multi-file read. `open` is called once per pass, so it must give the same content each time. */
export interface Source {
  readonly name: string;
  readonly size?: number;
  open(): TextInput | Promise<TextInput>;
}

/** A record dropped because another record of the same case number won. */
export interface DroppedDuplicate {
  caseNumber: string;
  file: string;
  row: number;
  keptFile: string;
  keptRow: number;
}

export interface ReadManyOptions extends Omit<ReadOptions, "file" | "totalBytes" | "onProgress"> {
  /** Drop all but one record per case number (default true). */
  dedupe?: boolean;
  /** Keep records in memory after the first pass when the input holds at most this many (default 100,000). */
  memoryLimit?: number;
  onProgress?: (p: ReadProgress & { pass: 1 | 2; fileIndex: number; files: number }) => void;
}

/** A streaming read of several files, de-duplicated by case number. */
export interface ManyFilingStream extends AsyncIterable<Filing> {
  /** One summary per source, in order (final once iteration has finished). */
  readonly summaries: ReadSummary[];
  readonly total: ReadCounts;
  readonly issues: Issue[];
  /** The records that lost to another record of the same case (at most `maxIssues` are stored). */
  readonly dropped: DroppedDuplicate[];
  batches(): AsyncGenerator<Filing[]>;
}

const DAY_MS = 86_400_000;
const FILE_SHIFT = 2 ** 29; // rows per file < 536M
const DATE_SHIFT = 2 ** 37; // 256 files

/** Rank of a record: later decision date, then later file, then later row wins. */
function rank(f: Filing, fileIndex: number): number {
  const d = f.decisionDate ?? f.receivedDate;
  const day = d === null ? 0 : Math.max(0, Math.floor(Date.parse(d) / DAY_MS) + 1);
  return day * DATE_SHIFT + (fileIndex % 256) * FILE_SHIFT + f.source.row;
}

/**
 * Read several disclosure files (e.g. the cumulative quarterly files of a fiscal year, or many years) as one
 * stream. Quarterly files repeat cases, so records are de-duplicated by program and case number, keeping the
 * latest decision (ties: the later file, then the later row); the per-file summaries count what was dropped.
 * Big inputs are read twice (first the keys, then the records); small ones once.
 */
export function readDatasetsStream(sources: readonly Source[], options: ReadManyOptions = {}): ManyFilingStream {
  const { dedupe = true, memoryLimit = 100_000, onProgress, ...readOptions } = options;
  if (sources.length > 256) {
    throw new DisclosureError("invalid_option", `readDatasets: at most 256 sources at once, got ${sources.length}`);
  }
  const summaries: ReadSummary[] = [];
  const total: ReadCounts = { read: 0, kept: 0, flagged: 0, blank: 0, duplicates: 0 };
  const issues: Issue[] = [];
  const dropped: DroppedDuplicate[] = [];
  const maxIssues = readOptions.maxIssues ?? 10_000;
  let started = false;

  const open = (i: number, pass: 1 | 2) => {
    const src = sources[i]!;
    return Promise.resolve(src.open()).then((input) =>
      readDatasetStream(input, {
        ...readOptions,
        file: src.name,
        ...(src.size !== undefined ? { totalBytes: src.size } : {}),
        ...(onProgress ? { onProgress: (p: ReadProgress) => onProgress({ ...p, pass, fileIndex: i, files: sources.length }) } : {}),
      }),
    );
  };

  async function* batches(): AsyncGenerator<Filing[]> {
    if (started) throw new DisclosureError("invalid_option", "a ManyFilingStream can be iterated only once.");
    started = true;
    // Pass 1: the winning rank of every case; small inputs also keep their records.
    const winners = new Map<string, number>();
    let held: Filing[][] | null = [];
    let heldCount = 0;
    const firstSummaries: ReadSummary[] = [];
    for (let i = 0; i < sources.length; i++) {
      const stream = await open(i, 1);
      const mine: Filing[] = [];
      for await (const batch of stream.batches()) {
        for (const f of batch) {
          if (dedupe) {
            const key = f.program + "|" + f.caseNumber;
            const r = rank(f, i);
            const prev = winners.get(key);
            if (prev === undefined || r > prev) winners.set(key, r);
          }
          if (held !== null) mine.push(f);
        }
        if (held !== null && (heldCount += batch.length) > memoryLimit) held = null;
      }
      if (held !== null) held.push(mine);
      firstSummaries.push(stream.summary);
      for (const issue of stream.issues) if (issues.length < maxIssues) issues.push(issue);
    }
    // Pass 2 (or the held records): emit winners, count the rest as duplicates.
    for (let i = 0; i < sources.length; i++) {
      const summary: ReadSummary = { ...firstSummaries[i]!, kept: 0, duplicates: 0 };
      summaries.push(summary);
      const emit = (batch: Filing[]): Filing[] => {
        const out: Filing[] = [];
        for (const f of batch) {
          if (dedupe) {
            const key = f.program + "|" + f.caseNumber;
            const won = winners.get(key)!;
            if (won !== rank(f, i)) {
              summary.duplicates++;
              if (dropped.length < maxIssues) {
                const keptFile = sources[Math.floor(won / FILE_SHIFT) % 256]?.name ?? "";
                dropped.push({ caseNumber: f.caseNumber, file: f.source.file, row: f.source.row, keptFile, keptRow: won % FILE_SHIFT });
              }
              continue;
            }
          }
          summary.kept++;
          out.push(f);
        }
        return out;
      };
      if (held !== null) {
        const out = emit(held[i]!);
        if (out.length > 0) yield out;
      } else {
        const stream = await open(i, 2);
        for await (const batch of stream.batches()) {
          const out = emit(batch);
          if (out.length > 0) yield out;
        }
      }
      total.read += summary.read;
      total.kept += summary.kept;
      total.flagged += summary.flagged;
      total.blank += summary.blank;
      total.duplicates += summary.duplicates;
    }
  }

  return {
    summaries,
    total,
    issues,
    dropped,
    batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}

/** Read several small files into memory, de-duplicated; see {@link readDatasetsStream}. */
export async function readDatasets(
  sources: readonly Source[],
  options: ReadManyOptions = {},
): Promise<{ rows: Filing[]; summaries: ReadSummary[]; total: ReadCounts; issues: Issue[]; dropped: DroppedDuplicate[] }> {
  const stream = readDatasetsStream(sources, options);
  const rows: Filing[] = [];
  for await (const batch of stream.batches()) for (const f of batch) rows.push(f);
  return { rows, summaries: stream.summaries, total: stream.total, issues: stream.issues, dropped: stream.dropped };
}

/** A {@link Source} over content already in memory (a string, bytes…). */
export function memorySource(name: string, content: string | Uint8Array): Source {
  return { name, open: () => content };
}
