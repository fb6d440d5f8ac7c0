// Worker thread of the parallel file reader (read-parallel.ts): reads the pieces it is sent, one at a time and
// in order, and posts each piece's filings packed (filing-codec.ts) with its counts and issues.
import { open } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import type { Issue } from "../../errors";
import type { RowMapper } from "../../datasets/map-row";
import { FilingPacker, type PackedFilings } from "./filing-codec";
import { readPiece, type PieceReadOptions, type PiecePlan } from "./pieces";

/** What the main thread gives the worker when it starts. */
export interface PieceWorkerData {
  path: string;
  plan: PiecePlan;
  options: PieceReadOptions;
}

/** A request: read piece `k`, decoding as windows-1252 from its start when `windows1252`. */
export interface PieceRequest {
  k: number;
  windows1252: boolean;
}

/** The answer for one piece. Row numbers (in filings and issues) count from the start of the piece. */
export type PieceResult =
  | {
      ok: true;
      k: number;
      windows1252: boolean;
      /** Boundary index where the piece ended (the next piece starts there). */
      next: number;
      /** Encoding the decoder was in at the end of the piece. */
      encoding: string | null;
      read: number;
      kept: number;
      flagged: number;
      blank: number;
      warnings: number;
      issues: Issue[];
      packed: PackedFilings;
    }
  | { ok: false; k: number; windows1252: boolean; message: string; packed: PackedFilings };

const port = parentPort!;
const { path, plan, options } = workerData as PieceWorkerData;
const file = open(path, "r");
file.catch(() => {}); // a failed open fails each request instead (the main thread then reads the piece)
const shared: { mapper: RowMapper | null } = { mapper: null };
const packer = new FilingPacker();
const queue: PieceRequest[] = [];
let busy = false;

port.on("message", (request: PieceRequest) => {
  queue.push(request);
  if (!busy) void drain();
});

async function drain(): Promise<void> {
  busy = true;
  while (queue.length > 0) {
    const request = queue.shift()!;
    port.postMessage(...(await readOne(request)));
  }
  busy = false;
}

async function readOne({ k, windows1252 }: PieceRequest): Promise<[PieceResult, ArrayBuffer[]]> {
  try {
    const { stream, end } = readPiece(await file, plan, k, options, { shared, rowOffset: 0, windows1252 });
    for await (const batch of stream.batches()) for (const filing of batch) packer.add(filing);
    const s = stream.summary;
    const packed = packer.take();
    const result: PieceResult = {
      ok: true,
      k,
      windows1252,
      next: end.next,
      encoding: s.encoding,
      read: s.read,
      kept: s.kept,
      flagged: s.flagged,
      blank: s.blank,
      warnings: s.warnings,
      issues: stream.issues,
      packed,
    };
    return [result, [packed.ints.buffer as ArrayBuffer, packed.nums.buffer as ArrayBuffer]];
  } catch (e) {
    // The main thread reads this piece itself (and reports any error with the right row numbers); the strings
    // packed so far still go along, since later packs refer to them.
    const packed = packer.take();
    return [{ ok: false, k, windows1252, message: e instanceof Error ? e.message : String(e), packed }, []];
  }
}
