import type { FileHandle } from "node:fs/promises";
import type { RowMapper } from "../../datasets/map-row";
import { readPieceStream, type FilingStream } from "../../datasets/read";
import type { ReadOptions } from "../../datasets/read-options";
import { parseCsv, type CsvInfo } from "../parse-csv";

/**
 * Chunk grid of every file read: chunks end at multiples of 64 KiB from the start of the file, as the
 * sequential reader's `createReadStream` chunks do. The windows-1252 fallback re-decodes the whole chunk in which
 * it meets a byte that is not UTF-8, so pieces read on the same grid decode exactly as the whole file would.
 */
export const GRID = 1 << 16;

/** Longest header line looked for, and longest line searched for a piece boundary. */
const MAX_LINE = 1 << 20;

/**
 * How a CSV file is cut into pieces that can be read at the same time. Every piece is read as the header line
 * (`prefix`) followed by the bytes from one boundary to the next. A boundary is right after a line break; it is
 * a guess, since a quoted field may hold line breaks. The reader of a piece checks it: a piece that ends inside
 * a record reads on to the next boundary (see {@link pieceChunks}).
 */
export interface PiecePlan {
  readonly size: number;
  /** Bytes `[0, boundaries[0])`: an optional BOM and the header line with its line break. */
  readonly prefix: Uint8Array;
  /** Piece starts, strictly increasing, then the file size. */
  readonly boundaries: readonly number[];
}

/**
 * Plan the pieces of a CSV file, or return null when the file should be read in one go: it is small, or not
 * plain text whose first line is an ASCII header (UTF-16, a workbook, leading blank lines, a quoted line break
 * or a lone CR in the header, a header line longer than 1 MiB).
 */
export async function planPieces(fh: FileHandle, size: number, pieceBytes: number, delimiter?: string): Promise<PiecePlan | null> {
  const head = await readAt(fh, 0, Math.min(size, MAX_LINE));
  let start = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  const nl = head.indexOf(0x0a, start);
  if (nl < 0) return null;
  let quotes = 0;
  let letters = 0;
  for (let i = start; i < nl; i++) {
    const b = head[i]!;
    if (b >= 0x80 || b === 0) return null; // not ASCII: let the sequential reader decide what it is
    if (b === 0x0d && i !== nl - 1) return null; // a lone CR would be taken for the line ending
    if (b === 0x22) quotes++;
    if ((b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a)) letters++;
  }
  // The first line must be the header: not blank (the reader skips blank lines before the header) and closed.
  if (letters === 0 || quotes % 2 !== 0) return null;
  const prefix = head.slice(0, nl + 1);
  if (!(await isOneRecord(new TextDecoder().decode(prefix.subarray(start)), delimiter))) return null;
  const crlf = nl > start && head[nl - 1] === 0x0d;
  const boundaries: number[] = [prefix.length];
  for (let target = prefix.length + pieceBytes; target < size; target += pieceBytes) {
    const b = await lineStartAfter(fh, target, size, crlf);
    if (b === null || b >= size) break;
    if (b > boundaries[boundaries.length - 1]!) boundaries.push(b);
  }
  boundaries.push(size);
  return { size, prefix, boundaries };
}

/** True when papaparse reads `text` as exactly one complete record ending in a line break. */
async function isOneRecord(text: string, delimiter?: string): Promise<boolean> {
  const info: CsvInfo = { delimiter: ",", newline: "\n", complete: true, endsWithNewline: true };
  let rows = 0;
  async function* one(): AsyncGenerator<string> {
    yield text;
  }
  for await (const batch of parseCsv(one(), info, { delimiter })) rows += batch.rows.length;
  return rows === 1 && info.complete && info.pending !== true;
}

/** Offset just past the first line break (`\n`, or `\r\n` when `crlf`) at or after `from`; null if none near. */
async function lineStartAfter(fh: FileHandle, from: number, size: number, crlf: boolean): Promise<number | null> {
  for (let at = from; at < size && at < from + MAX_LINE; at += GRID) {
    const base = at > 0 ? at - 1 : 0; // one byte back, so a CR just before `at` is seen
    const buf = await readAt(fh, base, Math.min(GRID + (at - base), size - base));
    for (let i = buf.indexOf(0x0a, at - base); i >= 0; i = buf.indexOf(0x0a, i + 1)) {
      if (!crlf || (i > 0 && buf[i - 1] === 0x0d)) return base + i + 1;
    }
  }
  return null;
}

/** Exactly `length` bytes at `position` (fewer only at the end of the file). */
export async function readAt(fh: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const buf = new Uint8Array(length);
  let got = 0;
  while (got < length) {
    const { bytesRead } = await fh.read(buf, got, length - got, position + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got === length ? buf : buf.subarray(0, got);
}

/** Where a piece's reading stopped: the boundary index it ended at (the next piece starts there). */
export interface PieceEnd {
  next: number;
}

/**
 * The bytes of piece `k` in grid chunks, after the prefix. At each boundary the parser state is asked: when the
 * text so far ends inside a record (a quoted line break fooled the plan), reading goes on to the next boundary,
 * so a piece always ends at a record end, or at the end of the file.
 */
export async function* pieceChunks(
  fh: FileHandle,
  plan: PiecePlan,
  k: number,
  end: PieceEnd,
  insideRecord: () => boolean,
): AsyncGenerator<Uint8Array> {
  yield plan.prefix.slice();
  const b = plan.boundaries;
  let pos = b[k]!;
  let stop = k + 1;
  for (;;) {
    const limit = b[stop]!;
    while (pos < limit) {
      const next = Math.min(limit, (Math.floor(pos / GRID) + 1) * GRID);
      const chunk = await readAt(fh, pos, next - pos);
      if (chunk.length === 0) break; // the file shrank while being read; the parser reports what it got
      yield chunk;
      pos += chunk.length;
    }
    if (stop === b.length - 1 || !insideRecord()) {
      end.next = stop;
      return;
    }
    stop++;
  }
}

/** Options a piece reader passes on to `readDatasetStream` (functions cannot cross to a worker). */
export type PieceReadOptions = Pick<ReadOptions, "dataset" | "era" | "mapping" | "delimiter" | "maxIssues"> & { file: string };

/** One piece being read: its filings stream, and (once iterated) where it ended. */
export interface PieceRead {
  readonly stream: FilingStream;
  readonly end: PieceEnd;
}

/**
 * Read piece `k` of a planned file as filings. `shared` carries the row mapper (and its value caches) from piece
 * to piece; `rowOffset` is the number of rows before the piece; `windows1252` is the decoder's state there.
 */
export function readPiece(
  fh: FileHandle,
  plan: PiecePlan,
  k: number,
  options: PieceReadOptions,
  state: { shared: { mapper: RowMapper | null }; rowOffset: number; windows1252: boolean },
): PieceRead {
  const csv: CsvInfo = { delimiter: ",", newline: "\n", complete: true, endsWithNewline: true, pending: false };
  const end: PieceEnd = { next: k + 1 };
  const chunks = pieceChunks(fh, plan, k, end, () => csv.pending === true);
  const stream = readPieceStream(chunks, options, {
    rowOffset: state.rowOffset,
    shared: state.shared,
    csv,
    windows1252: state.windows1252,
  });
  return { stream, end };
}
