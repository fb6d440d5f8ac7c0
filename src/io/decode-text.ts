import { DisclosureError } from "../errors";
import { decodeWindows1252 } from "./windows-1252";

/** What the decoder learned about the bytes. Filled in as the stream is read. */
export interface DecodeInfo {
  encoding: "utf-8" | "utf-16le" | "windows-1252";
  bom: boolean;
  bytes: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Decode byte (or string) chunks into text chunks. UTF-8 with or without BOM is the default; a UTF-16LE BOM
 * switches to UTF-16; bytes that are not valid UTF-8 switch the rest of the stream to windows-1252 (a superset
 * of latin-1, as DOL's older exports and the wage library use). Throws a {@link DisclosureError} for an empty
 * input, a zip/.xlsx or legacy .xls workbook, or binary data.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array | string>,
  file: string,
  info: DecodeInfo,
  options: { windows1252?: boolean | undefined } = {},
): AsyncGenerator<string> {
  let first = true;
  let carry: Uint8Array | null = null;
  // `windows1252` starts in the fallback (a later piece of a file whose earlier bytes already switched it).
  let fallback = options.windows1252 === true;
  let utf8: TextDecoder | null = fallback ? null : new TextDecoder("utf-8", { fatal: true });
  if (fallback) info.encoding = "windows-1252";
  let utf16: TextDecoder | null = null;
  let sawAny = false;
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      info.bytes += utf8Length(chunk);
      let text = chunk;
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) {
          text = text.slice(1);
          info.bom = true;
        }
        checkText(text, file);
        first = false;
      }
      if (text.length > 0) sawAny = true;
      if (text) yield text;
      continue;
    }
    if (chunk.length === 0) continue;
    info.bytes += chunk.length;
    let bytes = chunk;
    if (first) {
      first = false;
      checkBytes(bytes, file);
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        info.bom = true;
        bytes = bytes.subarray(3);
      } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        info.bom = true;
        info.encoding = "utf-16le";
        utf16 = new TextDecoder("utf-16le");
        bytes = bytes.subarray(2);
      }
    }
    if (utf16) {
      const t = utf16.decode(bytes, { stream: true });
      if (t) {
        sawAny = true;
        yield t;
      }
      continue;
    }
    if (carry) {
      const joined = new Uint8Array(carry.length + bytes.length);
      joined.set(carry);
      joined.set(bytes, carry.length);
      bytes = joined;
      carry = null;
    }
    if (fallback) {
      const t = decodeWindows1252(bytes);
      if (t) {
        sawAny = true;
        yield t;
      }
      continue;
    }
    const end = completeUtf8End(bytes);
    if (end < bytes.length) carry = bytes.slice(end);
    const body = end < bytes.length ? bytes.subarray(0, end) : bytes;
    let text: string;
    try {
      text = utf8!.decode(body);
    } catch {
      // The switch happens at the first byte that is not UTF-8: what comes before it stays UTF-8, so the text does
      // not depend on where the chunks of the stream happen to be cut (the parallel file reader relies on it).
      const bad = firstInvalidUtf8(body);
      text = utf8!.decode(body.subarray(0, bad)) + decodeWindows1252(bytes.subarray(bad));
      utf8 = null;
      info.encoding = "windows-1252";
      fallback = true;
      carry = null;
    }
    if (text) {
      sawAny = true;
      yield text;
    }
  }
  if (carry) {
    // A stream that ends in the middle of a UTF-8 sequence: keep what can be kept, visibly.
    const t = new TextDecoder("utf-8").decode(carry);
    if (t) {
      sawAny = true;
      yield t;
    }
  }
  if (utf16) {
    const t = utf16.decode();
    if (t) {
      sawAny = true;
      yield t;
    }
  }
  if (!sawAny) {
    throw new DisclosureError("empty_file", `${file}: the file is empty; expected a CSV header row and data rows.`, {
      file,
    });
  }
}

/**
 * Bytes `s` takes in UTF-8, so a string input's `bytes` mean the same as a file's (a lone surrogate counts
 * 3, as its U+FFFD replacement would).
 */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair: 2 UTF-16 units, 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}

/**
 * Index of the first byte that does not start a valid UTF-8 sequence (as a fatal TextDecoder judges: no overlong
 * forms, surrogates or code points past U+10FFFF), or `b.length` when all of it is valid.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= n) return i; // not a lead byte, or a sequence cut short
    const c1 = b[i + 1]!;
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (c1 < lo || c1 > hi) return i;
    for (let j = 2; j <= need; j++) {
      const cj = b[i + j]!;
      if (cj < 0x80 || cj > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}

/** Index just past the last complete UTF-8 sequence (so a character split across chunks is carried over). */
function completeUtf8End(b: Uint8Array): number {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const c = b[n - back]!;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((m, i) => b[i] === m);
}

function checkBytes(b: Uint8Array, file: string): void {
  if (startsWith(b, ZIP_MAGIC)) {
    throw new DisclosureError(
      "xlsx_input",
      `${file}: this is a zip archive (an .xlsx workbook?), not CSV text; expected a CSV/TSV export of the disclosure file.`,
      { file },
    );
  }
  if (startsWith(b, OLE_MAGIC)) {
    throw new DisclosureError(
      "binary_file",
      `${file}: this is a legacy Excel/OLE binary file, not CSV text; expected a CSV/TSV export.`,
      { file },
    );
  }
  const utf16 = b[0] === 0xff && b[1] === 0xfe;
  if (utf16) return;
  const n = Math.min(b.length, 4096);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) {
      throw new DisclosureError(
        "binary_file",
        `${file}: binary data (NUL byte at offset ${i}); expected CSV text.`,
        { file },
      );
    }
    if (c < 9 || (c > 13 && c < 32 && c !== 26)) controls++;
  }
  if (n > 0 && controls / n > 0.1) {
    throw new DisclosureError("binary_file", `${file}: binary data (${controls} control bytes in the first ${n}); expected CSV text.`, {
      file,
    });
  }
}

function checkText(t: string, file: string): void {
  if (t.startsWith("PK\u0003\u0004")) {
    throw new DisclosureError(
      "xlsx_input",
      `${file}: this is a zip archive (an .xlsx workbook?), not CSV text; expected a CSV/TSV export of the disclosure file.`,
      { file },
    );
  }
  if (t.slice(0, 4096).includes("\u0000")) {
    throw new DisclosureError("binary_file", `${file}: binary data (NUL character); expected CSV text.`, { file });
  }
}
