import { existsSync } from "node:fs";
import { open } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { DisclosureError, type Issue } from "../../errors";
import type { Filing } from "../../datasets/filing";
import type { RowMapper } from "../../datasets/map-row";
import type { FilingStream } from "../../datasets/read";
import type { ReadOptions } from "../../datasets/read-options";
import { emptySummary, type ReadSummary } from "../../datasets/read-summary";
import { FilingUnpacker } from "./filing-codec";
import type { PieceRequest, PieceResult, PieceWorkerData } from "./piece-worker";
import { readPiece, type PiecePlan, type PieceReadOptions } from "./pieces";

/** The worker script, built next to this module (dist/piece-worker.js); absent when running from source. */
const WORKER_URL = new URL("./piece-worker.js", import.meta.url);

/** True when worker threads can be used (the built worker script is present). */
export function piecesWorkerAvailable(): boolean {
  return WORKER_URL.protocol === "file:" && existsSync(fileURLToPath(WORKER_URL));
}

/**
 * Requests a worker has at a time. One: a worker is given its next piece when it finishes one, so the piece is
 * chosen as late as possible, from where this thread is then (a queued piece would be chosen a piece too early).
 */
const QUEUED = 1;
/** Pieces past the one this thread is on that may be given out (bounds the memory of packed results waiting). */
const WINDOW = 12;
/** Lookahead: a worker is given a piece at least this far past the one this thread is on (see `lead`). */
const MIN_LEAD = 2;
const MAX_LEAD = 10;
/**
 * Old-generation heap limit of a worker. With a limit V8 collects a worker's heap sooner (peak RSS of a two-thread
 * read of the 700,000-row bench file: 365–383 MB without one, 273–291 MB with 256 MB, about the same as with
 * 128 MB); 256 leaves room for real years with more distinct employers and titles. A worker that runs out dies;
 * this thread then reads its pieces, so the output is unchanged.
 */
const WORKER_OLD_SPACE_MB = 256;
/** Filings per batch handed out from a worker's piece (about what one parsed 64 KiB chunk gives). */
const UNPACK_BATCH = 128;

/**
 * Read a planned CSV file with `threads` threads: this one and `threads - 1` workers. Workers are given pieces
 * ahead of this thread as they become free; this thread reads every other piece and hands out every piece's
 * filings in file order, so the output (filings, row numbers, issues, counts) is the same as reading the file in
 * one go.
 *
 * A worker's piece is used only if it started where the previous piece ended, in the same decoder state;
 * otherwise (a quoted line break made a piece run on, a windows-1252 switch, a worker failure) this thread reads
 * it. A worker's error is never reported as such: this thread reads the piece and reports what it finds.
 */
export function readFileInPieces(
  path: string,
  plan: PiecePlan,
  options: ParsedReadOptions,
  threads: number,
): FilingStream {
  const file = options.file ?? path;
  const summary = emptySummary(file);
  const issues: Issue[] = [];
  const maxIssues = options.maxIssues;
  const pieceOptions: PieceReadOptions = {
    file,
    maxIssues,
    ...(options.dataset ? { dataset: options.dataset } : {}),
    ...(options.era ? { era: options.era } : {}),
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  };
  let started = false;
  const pieces = { total: plan.boundaries.length - 1, byWorkers: 0 };

  async function* batches(): AsyncGenerator<Filing[]> {
    if (started) throw new DisclosureError("invalid_option", `${file}: a FilingStream can be iterated only once.`, { file });
    started = true;
    const n = plan.boundaries.length - 1;
    const workerCount = Math.max(0, Math.min(threads - 1, n - 1));
    const fh = await open(path, "r");
    const workers: Worker[] = [];
    const unpackers: FilingUnpacker[] = [];
    const dead: boolean[] = [];
    const unfinished: number[] = [];
    const lead: number[] = [];
    const owner = new Map<number, number>();
    const results = new Map<number, PieceResult>();
    let k = 0;
    let wake: (() => void) | null = null;
    const notify = () => {
      const w = wake;
      wake = null;
      w?.();
    };
    try {
      for (let w = 0; w < workerCount; w++) {
        const data: PieceWorkerData = { path, plan, options: pieceOptions };
        const worker = new Worker(WORKER_URL, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } });
        const unpacker = new FilingUnpacker();
        worker.on("message", (r: PieceResult) => {
          unpacker.learn(r.packed); // always, in arrival order: later packs refer to these strings
          unfinished[w]!--;
          if (r.k >= k) results.set(r.k, r); // else a piece this thread has already read past
          assign();
          notify();
        });
        const stop = () => {
          dead[w] = true;
          notify();
        };
        worker.on("error", stop);
        worker.on("exit", stop);
        workers.push(worker);
        unpackers.push(unpacker);
        dead.push(false);
        unfinished.push(0);
        lead.push(MIN_LEAD);
      }

      let rowOffset = 0;
      let windows1252 = false;
      const shared: { mapper: RowMapper | null } = { mapper: null };
      let source: Omit<Filing["source"], "row"> | null = null;
      const report = (bytes: number) => {
        summary.bytes = bytes;
        if (options.onProgress) options.onProgress({ file, bytes, totalBytes: plan.size, rows: summary.read });
      };
      const keepIssues = (found: readonly Issue[], offset: number) => {
        for (const issue of found) {
          if (issues.length >= maxIssues) break;
          issues.push(offset === 0 ? issue : { ...issue, row: issue.row + offset });
        }
      };
      // Pieces are handed out as the read goes. A worker is given a piece whenever it is free, at least `lead`
      // pieces past the one this thread is on and at most WINDOW past it; every piece not given away is read here.
      // So each thread reads as many pieces as its speed allows. `lead` only decides whether this thread catches up
      // with a piece a worker is still reading: it grows each time this thread has to wait.
      let frontier = 1;
      const assign = () => {
        for (let w = 0; w < workers.length; w++) {
          while (!dead[w] && unfinished[w]! < QUEUED) {
            const j = Math.max(frontier, k + lead[w]!);
            if (j >= n || j > k + WINDOW) return;
            const request: PieceRequest = { k: j, windows1252 };
            workers[w]!.postMessage(request);
            owner.set(j, w);
            unfinished[w]!++;
            frontier = j + 1;
          }
        }
      };
      const dropBefore = (index: number) => {
        for (const key of results.keys()) if (key < index) results.delete(key);
      };

      while (k < n) {
        assign();
        const w = owner.get(k) ?? -1;
        if (w >= 0 && source !== null) {
          if (!results.has(k) && !dead[w]) lead[w] = Math.min(MAX_LEAD, lead[w]! + 1);
          while (!results.has(k) && !dead[w]) await new Promise<void>((resolve) => (wake = resolve));
          const r = results.get(k);
          results.delete(k);
          if (r !== undefined && r.ok && r.windows1252 === windows1252) {
            const filings = unpackers[w]!.batches(r.packed, rowOffset, source, UNPACK_BATCH);
            pieces.byWorkers++;
            addCounts(summary, summary, r);
            keepIssues(r.issues, rowOffset);
            rowOffset += r.read;
            if (r.encoding === "windows-1252") windows1252 = true;
            k = r.next;
            dropBefore(k);
            report(plan.boundaries[k]!);
            assign(); // keep the worker busy while this piece's filings are handed out
            yield* filings;
            continue;
          }
        }
        // This thread reads piece k.
        const start = plan.boundaries[k]!;
        const before: PieceCounts = { ...summary };
        const { stream, end } = readPiece(fh, plan, k, pieceOptions, { shared, rowOffset, windows1252 });
        const s = stream.summary;
        const update = () => addCounts(summary, before, s);
        // The header facts come from the first piece (every piece starts with the same header line).
        const learnHeader = () => {
          if (source !== null || s.dataset === null || s.era === null) return;
          source = { file, dataset: s.dataset, era: s.era };
          const { dataset, era, eraLabel, format, delimiter, columns, missingFields } = s;
          Object.assign(summary, { dataset, era, eraLabel, format, delimiter, columns, missingFields });
        };
        for await (const batch of stream.batches()) {
          learnHeader();
          update();
          report(start + Math.max(0, s.bytes - plan.prefix.length));
          yield batch;
        }
        update();
        keepIssues(stream.issues, 0);
        rowOffset = summary.read;
        if (s.encoding === "windows-1252") windows1252 = true;
        learnHeader();
        k = end.next;
        dropBefore(k);
        report(plan.boundaries[k]!);
      }
      summary.encoding = windows1252 ? "windows-1252" : "utf-8";
      summary.bytes = plan.size;
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
      await fh.close();
    }
  }

  return {
    summary,
    issues,
    pieces,
    batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}

type ParsedReadOptions = ReturnType<typeof ReadOptions.parse>;

/** The counts a piece adds to the file's summary. */
type PieceCounts = Pick<ReadSummary, "read" | "kept" | "flagged" | "blank" | "warnings">;

/** `target` = `base` + `piece`, count by count (base may be target itself). */
function addCounts(target: PieceCounts, base: PieceCounts, piece: PieceCounts): void {
  target.read = base.read + piece.read;
  target.kept = base.kept + piece.kept;
  target.flagged = base.flagged + piece.flagged;
  target.blank = base.blank + piece.blank;
  target.warnings = base.warnings + piece.warnings;
}
