import { DisclosureError, type Issue } from "../errors";
import type { TextInput } from "../io/text-input";
import { createPwIndexBuilder, type PwIndexBuilder } from "./build-pw-index";
import type { Filing } from "./filing";
import { createPwJoiner, type PwJoiner, type PwJoinStats } from "./join-prevailing-wages-stream";
import { readDatasetStream, type FilingStream } from "./read";
import type { ReadOptions } from "./read-options";
import type { ReadCounts, ReadProgress, ReadSummary } from "./read-summary";

/**
 * One input of a multi-file read. `open` is called once per pass (and once more, reading only the header,
 * when several sources might need the PW join), so it must give the same content each time.
 */
export interface Source {
  readonly name: string;
  readonly size?: number;
  open(): TextInput | Promise<TextInput>;
  /**
   * Optional: read the source itself instead of handing `open()`'s content to `readDatasetStream` (with the same
   * options, the source's name as `file`). `fileSource` of `oflc-sponsors/node` uses it to read big CSV files
   * with two threads.
   */
  read?(options: ReadOptions): Promise<FilingStream>;
}

/** A record dropped because another record of the same case number won. */
export interface DroppedDuplicate {
  caseNumber: string;
  file: string;
  row: number;
  keptFile: string;
  keptRow: number;
}

/**
 * Options of {@link readDatasets} and {@link readDatasetsStream}: the per-file {@link ReadOptions} (except the
 * file name, size and progress, which come from each {@link Source}), plus de-duplication, the memory limit
 * and the PERM ↔ PW join.
 */
export interface ReadManyOptions extends Omit<ReadOptions, "file" | "totalBytes" | "onProgress"> {
  /** Drop all but one record per case number (default true). */
  dedupe?: boolean;
  /** Keep records in memory after the first pass when the input holds at most this many (default 100,000). */
  memoryLimit?: number;
  /**
   * When the inputs hold both PW files and new-form PERM files, fill each new-form PERM filing's missing
   * prevailing wage, level, education, experience, SOC and BLS area from the PW determination it cites
   * (see `joinPrevailingWages`; the filled fields are listed in `pwJoin`). Default true.
   */
  joinPrevailingWages?: boolean;
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
  /**
   * The PW join of new-form PERM filings (see `ReadManyOptions.joinPrevailingWages`): null before the first
   * pass has finished and when no join happened (the inputs lack PW files or new-form PERM files); final
   * once iteration has finished.
   */
  readonly join: PwJoinStats | null;
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
 *
 * When PW files are read together with new-form PERM files, the PW determinations are indexed during the
 * first pass and every new-form PERM filing that is emitted carries the fields it lacked, filled from the
 * determination its PWD number names (`pwJoin` says which); `join` counts candidates and matches. Each
 * source's header is peeked first to decide this (one more `open()` per source, reading one chunk).
 *
 * @example
 * const stream = readDatasetsStream([
 *   memorySource("PERM_Disclosure_Data_FY2025_Q2.csv", q2Text),
 *   memorySource("PERM_Disclosure_Data_FY2025_Q4.csv", permText),
 * ]);
 * let kept = 0;
 * for await (const filing of stream) kept++;
 * kept; // => 317
 * stream.total.duplicates; // => 170
 * stream.summaries.map((s) => s.duplicates); // => [168, 2]
 */
export function readDatasetsStream(sources: readonly Source[], options: ReadManyOptions = {}): ManyFilingStream {
  const { dedupe = true, memoryLimit = 100_000, onProgress, joinPrevailingWages = true, ...readOptions } = options;
  if (sources.length > 256) {
    throw new DisclosureError("invalid_option", `readDatasets: at most 256 sources at once, got ${sources.length}`);
  }
  const summaries: ReadSummary[] = [];
  const total: ReadCounts = { read: 0, kept: 0, flagged: 0, blank: 0, duplicates: 0 };
  const issues: Issue[] = [];
  const dropped: DroppedDuplicate[] = [];
  const maxIssues = readOptions.maxIssues ?? 10_000;
  let started = false;
  let joiner: PwJoiner | null = null;

  const open = (i: number, pass: 1 | 2): Promise<FilingStream> => {
    const src = sources[i]!;
    const fileOptions: ReadOptions = {
      ...readOptions,
      file: src.name,
      ...(src.size !== undefined ? { totalBytes: src.size } : {}),
      ...(onProgress ? { onProgress: (p: ReadProgress) => onProgress({ ...p, pass, fileIndex: i, files: sources.length }) } : {}),
    };
    if (src.read) return src.read(fileOptions);
    return Promise.resolve(src.open()).then((input) => readDatasetStream(input, fileOptions));
  };

  async function* batches(): AsyncGenerator<Filing[]> {
    if (started) throw new DisclosureError("invalid_option", "a ManyFilingStream can be iterated only once.");
    started = true;
    // Step 0: join PW determinations only when PW files and new-form PERM files are read together.
    const pwIndex: PwIndexBuilder | null =
      joinPrevailingWages && sources.length > 1 && (await needsPwJoin(sources, readOptions)) ? createPwIndexBuilder() : null;
    // Pass 1: the winning rank of every case (and the PW index); small inputs also keep their records.
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
          if (pwIndex !== null && f.program === "PW") pwIndex.add(f);
        }
        if (held !== null && (heldCount += batch.length) > memoryLimit) held = null;
      }
      if (held !== null) held.push(mine);
      firstSummaries.push(stream.summary);
      for (const issue of stream.issues) if (issues.length < maxIssues) issues.push(issue);
    }
    if (pwIndex !== null) joiner = createPwJoiner(pwIndex.index());
    const join = joiner === null ? null : joiner.join;
    // Pass 2 (or the held records): emit winners (joined to their PW determination), count the rest as duplicates.
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
          out.push(join === null ? f : join(f));
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
    get join() {
      return joiner === null ? null : joiner.stats;
    },
    batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}

/**
 * Read several small files into memory, de-duplicated (and PW-joined); see {@link readDatasetsStream}.
 * Quarterly files are cumulative, so reading Q2 and Q4 of one year keeps each case once: the latest decision
 * wins, then the later file.
 *
 * @example
 * const { rows, summaries, dropped } = await readDatasets([
 *   memorySource("PERM_Disclosure_Data_FY2025_Q2.csv", q2Text),
 *   memorySource("PERM_Disclosure_Data_FY2025_Q4.csv", permText),
 * ]);
 * rows.length; // => 317
 * summaries.map((s) => [s.read, s.kept, s.flagged, s.blank, s.duplicates]); // => [[198, 0, 4, 26, 168], [381, 317, 4, 58, 2]]
 * dropped[0].keptFile; // => "PERM_Disclosure_Data_FY2025_Q4.csv"
 */
export async function readDatasets(
  sources: readonly Source[],
  options: ReadManyOptions = {},
): Promise<{
  rows: Filing[];
  summaries: ReadSummary[];
  total: ReadCounts;
  issues: Issue[];
  dropped: DroppedDuplicate[];
  join: PwJoinStats | null;
}> {
  const stream = readDatasetsStream(sources, options);
  const rows: Filing[] = [];
  for await (const batch of stream.batches()) for (const f of batch) rows.push(f);
  return { rows, summaries: stream.summaries, total: stream.total, issues: stream.issues, dropped: stream.dropped, join: stream.join };
}

/**
 * True when the sources hold at least one PW file and one new-form PERM file (era `perm-d`/`perm-d-soc`).
 * Each source is opened and read only until its header has been detected (the first parsed chunk).
 */
async function needsPwJoin(sources: readonly Source[], options: Omit<ReadOptions, "file" | "totalBytes" | "onProgress">): Promise<boolean> {
  let pw = false;
  let newForm = false;
  for (const src of sources) {
    const stream = readDatasetStream(await src.open(), { ...options, file: src.name });
    const it = stream.batches();
    try {
      await it.next();
    } finally {
      await it.return(undefined);
    }
    if (stream.summary.dataset === "pw") pw = true;
    if (stream.summary.era?.startsWith("perm-d")) newForm = true;
    if (pw && newForm) return true;
  }
  return false;
}

/**
 * A {@link Source} over content already in memory (a string, bytes…).
 *
 * @example
 * const source = memorySource("PERM_Disclosure_Data_FY2025_Q4.csv", permText);
 * source.name; // => "PERM_Disclosure_Data_FY2025_Q4.csv"
 * (await source.open()) === permText; // => true
 */
export function memorySource(name: string, content: string | Uint8Array): Source {
  return { name, open: () => content };
}
