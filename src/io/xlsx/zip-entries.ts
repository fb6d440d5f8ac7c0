import { DisclosureError } from "../../errors";

/** One file inside a zip archive, met while streaming through the archive front to back. */
export interface ZipEntry {
  /** The name as stored (not normalised). */
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  /** Compressed size from the local header; `null` when only a data descriptor after the data gives it. */
  readonly compressedSize: number | null;
  /**
   * The entry's compressed bytes, in order. Iterate at most once and before asking for the next entry;
   * whatever is not read is skipped when the next entry is requested.
   */
  readonly data: AsyncIterable<Uint8Array>;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const DESCRIPTOR = 0x08074b50;
/** Signatures that may follow the last entry: central directory, end records, digital signature. */
const ARCHIVE_END = new Set([CENTRAL, 0x06054b50, 0x06064b50, 0x07064b50, 0x05054b50]);
/** Bytes an unknown-size entry holds back: the longest data descriptor (24) + a split signature (3). */
const HOLD = 27;
const EMPTY = new Uint8Array(0);

function u16(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 2 ** 32;
}

/**
 * An error of the input stream itself (not of its bytes), carried through the xlsx layers and rethrown as it was.
 *
 * @example
 * new ZipSourceError(new Error("EIO")).error; // => new Error("EIO")
 */
export class ZipSourceError extends Error {
  override name = "ZipSourceError";
  constructor(readonly error: unknown) {
    super("input stream failed", { cause: error });
  }
}

/** A queue of input chunks read on demand, counting consumed bytes into `progress`. */
function byteQueue(input: AsyncIterable<Uint8Array>, progress: { bytes: number }) {
  const it = input[Symbol.asyncIterator]();
  const queue: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const fill = async (): Promise<boolean> => {
    if (ended) return false;
    let next: IteratorResult<Uint8Array>;
    try {
      next = await it.next();
    } catch (error) {
      throw error instanceof DisclosureError ? error : new ZipSourceError(error);
    }
    if (next.done) {
      ended = true;
      return false;
    }
    progress.bytes += next.value.length;
    if (next.value.length > 0) {
      queue.push(next.value);
      size += next.value.length;
    }
    return true;
  };
  return {
    get size() {
      return size;
    },
    /** Make at least `n` bytes available; false at end of input. */
    async need(n: number): Promise<boolean> {
      while (size < n) if (!(await fill())) return false;
      return true;
    },
    /** The first `n` available bytes (a view when they sit in one chunk, else a copy). */
    peek(n: number): Uint8Array {
      const first = queue[0]!;
      if (first.length >= n) return first.subarray(0, n);
      const out = new Uint8Array(n);
      let off = 0;
      for (const c of queue) {
        const take = Math.min(c.length, n - off);
        out.set(c.subarray(0, take), off);
        off += take;
        if (off === n) break;
      }
      return out;
    },
    /** Remove and return up to `max` bytes from the front (never more than one chunk). */
    take(max: number): Uint8Array {
      const first = queue[0]!;
      if (first.length <= max) {
        queue.shift();
        size -= first.length;
        return first;
      }
      queue[0] = first.subarray(max);
      size -= max;
      return first.subarray(0, max);
    },
    /** Drop `n` available bytes. */
    skip(n: number): void {
      while (n > 0) n -= this.take(n).length;
    },
    /** Put bytes back at the front. */
    unshift(bytes: Uint8Array): void {
      if (bytes.length === 0) return;
      queue.unshift(bytes);
      size += bytes.length;
    },
    /** Read the next chunk from the input (false at its end). */
    fill,
    /** Read and count the rest of the input; returns its last `keep` bytes at most. */
    async rest(keep: number): Promise<Uint8Array> {
      while (await fill()) {
        while (queue.length > 1 && size - queue[0]!.length >= keep) size -= queue.shift()!.length;
      }
      const out = new Uint8Array(size);
      let off = 0;
      for (const c of queue) {
        out.set(c, off);
        off += c.length;
      }
      queue.length = 0;
      size = 0;
      return out.subarray(Math.max(0, out.length - keep));
    },
  };
}

type ByteQueue = ReturnType<typeof byteQueue>;

/** The end-of-central-directory record: 22 bytes plus a comment of at most 65,535. */
const MAX_END_RECORD = 22 + 0xffff;

/** Whether `tail` (the last bytes of the archive) ends with a complete end-of-central-directory record. */
function endRecordComplete(tail: Uint8Array): boolean {
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail[at] === 0x50 && u32(tail, at) === 0x06054b50 && at + 22 + u16(tail, at + 20) === tail.length) return true;
  }
  return false;
}

/**
 * Where the data of an entry written with a data descriptor ends: the first next-header signature
 * (`PK\3\4` or `PK\1\2`) preceded by a descriptor whose compressed size equals the bytes before it.
 * Returns [dataEnd, nextHeader] within `buf`, or null. `before` = bytes of the entry already passed on.
 */
function findDescriptor(buf: Uint8Array, from: number, before: number): [number, number] | null {
  for (let p = buf.indexOf(0x50, from); p >= 0 && p + 4 <= buf.length; p = buf.indexOf(0x50, p + 1)) {
    if (buf[p + 1] !== 0x4b) continue;
    const sig = u32(buf, p);
    if (sig !== LOCAL && !ARCHIVE_END.has(sig)) continue;
    // descriptor layouts: [signature?] crc32, compressed size, uncompressed size (4 or 8 bytes each)
    for (const [len, signed, wide] of [
      [16, true, false],
      [12, false, false],
      [24, true, true],
      [20, false, true],
    ] as const) {
      const at = p - len;
      if (at < 0 || before + at < 0) continue;
      if (signed && u32(buf, at) !== DESCRIPTOR) continue;
      const sizeAt = at + (signed ? 8 : 4);
      const size = wide ? u64(buf, sizeAt) : u32(buf, sizeAt);
      if (size === (wide ? before + at : (before + at) % 2 ** 32)) return [at, p];
    }
  }
  return null;
}

/**
 * The entries of a zip archive read front to back from a stream (local headers; the central directory at the
 * end is not needed), each with its compressed bytes as a stream. Handles entries written with data descriptors
 * (sizes after the data, as streaming writers do) by finding the descriptor whose size matches, and Zip64
 * sizes. Input that stops before the central directory, or bytes that are not zip structure, throw
 * `DisclosureError("truncated_file")`.
 *
 * @example
 * const names: string[] = [];
 * for await (const entry of zipEntries(streamOf(workbook), "book.xlsx", { bytes: 0 })) names.push(entry.name);
 * names.slice(0, 2); // => ["[Content_Types].xml", "_rels/.rels"]
 * names.at(-1); // => "xl/worksheets/sheet1.xml"
 */
export async function* zipEntries(input: AsyncIterable<Uint8Array>, file: string, progress: { bytes: number }): AsyncGenerator<ZipEntry> {
  const q: ByteQueue = byteQueue(input, progress);
  const truncated = (what: string): DisclosureError =>
    new DisclosureError(
      "truncated_file",
      `${file}: the .xlsx file is cut short or damaged (${what}); expected a complete workbook — was the download cut short?`,
      { file },
    );
  let offset = 0;
  for (;;) {
    if (!(await q.need(4))) throw truncated(q.size === 0 ? "the zip directory at the end is missing" : "it ends inside a zip header");
    const sig = u32(q.peek(4), 0);
    if (ARCHIVE_END.has(sig)) {
      if (!endRecordComplete(await q.rest(MAX_END_RECORD))) throw truncated("the zip directory at the end is cut off");
      return;
    }
    if (sig !== LOCAL) throw truncated(`no zip entry header at byte ${offset}`);
    if (!(await q.need(30))) throw truncated("it ends inside a zip entry header");
    const h = q.peek(30);
    const flags = u16(h, 6);
    const method = u16(h, 8);
    let csize = u32(h, 18);
    const nameLen = u16(h, 26);
    const extraLen = u16(h, 28);
    const headerLen = 30 + nameLen + extraLen;
    if (!(await q.need(headerLen))) throw truncated("it ends inside a zip entry header");
    const hb = q.peek(headerLen);
    const name = new TextDecoder().decode(hb.subarray(30, 30 + nameLen));
    let zip64 = false;
    for (let e = 30 + nameLen; e + 4 <= headerLen; ) {
      const id = u16(hb, e);
      const len = u16(hb, e + 2);
      if (id === 1 && len >= 16) {
        zip64 = true;
        if (csize === 0xffffffff) csize = u64(hb, e + 12);
      }
      e += 4 + len;
    }
    q.skip(headerLen);
    offset += headerLen;
    if (flags & 1) {
      throw new DisclosureError("xlsx_input", `${file}: the zip entry ${name} is encrypted; expected an unprotected .xlsx workbook.`, { file });
    }
    const hasDescriptor = (flags & 8) !== 0;
    const known = !hasDescriptor || csize !== 0;
    let remaining = known ? csize : 0;
    let finished = known && csize === 0;
    let emitted = 0; // bytes of an unknown-size entry passed on so far
    let hold: Uint8Array = EMPTY;

    /** Next piece of this entry's data, or null at its end. */
    const next = async (): Promise<Uint8Array | null> => {
      if (known) {
        if (remaining === 0) return null;
        if (q.size === 0 && !(await q.fill())) throw truncated(`it ends inside ${name}`);
        if (q.size === 0) return EMPTY;
        const piece = q.take(remaining);
        remaining -= piece.length;
        offset += piece.length;
        return piece;
      }
      while (!finished) {
        if (q.size === 0 && !(await q.fill())) throw truncated(`it ends inside ${name}`);
        if (q.size === 0) continue;
        const chunk = q.take(Infinity);
        let buf: Uint8Array;
        if (hold.length === 0) buf = chunk;
        else {
          buf = new Uint8Array(hold.length + chunk.length);
          buf.set(hold);
          buf.set(chunk, hold.length);
        }
        const from = Math.max(0, hold.length - 3);
        const found = findDescriptor(buf, from, emitted);
        if (found !== null) {
          const [dataEnd, nextHeader] = found;
          finished = true;
          q.unshift(buf.subarray(nextHeader));
          offset += nextHeader - hold.length;
          emitted += dataEnd;
          hold = EMPTY;
          return buf.subarray(0, dataEnd);
        }
        const keep = Math.min(HOLD, buf.length);
        const piece = buf.subarray(0, buf.length - keep);
        hold = buf.slice(buf.length - keep);
        offset += chunk.length;
        emitted += piece.length;
        if (piece.length > 0) return piece;
      }
      return null;
    };

    let reading = false;
    const data: AsyncIterable<Uint8Array> = {
      async *[Symbol.asyncIterator]() {
        if (reading) throw new Error(`zip entry ${name} read twice`);
        reading = true;
        for (let piece = await next(); piece !== null; piece = await next()) if (piece.length > 0) yield piece;
      },
    };
    yield { name, method, compressedSize: known ? csize : null, data };
    while ((await next()) !== null) {
      /* skip what the consumer left */
    }
    if (hasDescriptor && known) {
      // sizes were in the header, yet a descriptor follows the data: skip it
      if (!(await q.need(4))) throw truncated(`it ends after ${name}`);
      const signed = u32(q.peek(4), 0) === DESCRIPTOR;
      const len = (signed ? 4 : 0) + (zip64 ? 20 : 12);
      if (!(await q.need(len))) throw truncated(`it ends after ${name}`);
      q.skip(len);
      offset += len;
    }
  }
}
