import { decodeText, type DecodeInfo } from "./decode-text";
import { parseCsv, type CsvBatch, type CsvInfo } from "./parse-csv";
import { inputChunks, type TextInput } from "./text-input";
import { xlsxRows } from "./xlsx/xlsx-rows";

/** What is known about the input once rows start flowing. */
export interface RowsInfo {
  format: "csv" | "xlsx";
  encoding: string | null;
  delimiter: string | null;
  bytes: number;
  /** False when the input ended inside a record (a cut file). */
  complete: boolean;
  endsWithNewline: boolean;
}

export interface OpenRowsOptions {
  delimiter?: string | undefined;
  /** Worksheet of an .xlsx workbook: name or 0-based index (default: the first sheet). */
  sheet?: string | number | undefined;
  /** Parser state to use (and keep up to date) instead of a private one: see `CsvInfo.pending`. */
  csv?: CsvInfo | undefined;
  /** Decode CSV bytes as windows-1252 from the start (see `decodeText`). */
  windows1252?: boolean | undefined;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * Records of any supported input as batches of string arrays (header first): CSV/TSV text in any of the
 * supported encodings, or an .xlsx workbook (recognised by its zip signature, never by a file name).
 */
export async function* openRows(input: TextInput, file: string, info: RowsInfo, options: OpenRowsOptions = {}): AsyncGenerator<CsvBatch> {
  const chunks = inputChunks(input);
  const first = await chunks.next();
  const head = first.done ? null : first.value;
  async function* replay(): AsyncGenerator<Uint8Array | string> {
    if (head !== null) yield head;
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value;
    }
  }
  if (head instanceof Uint8Array && ZIP.every((b, i) => head[i] === b)) {
    info.format = "xlsx";
    info.encoding = null;
    info.delimiter = null;
    const xinfo = { bytes: 0 };
    for await (const batch of xlsxRows(replay() as AsyncIterable<Uint8Array>, file, xinfo, { sheet: options.sheet })) {
      info.bytes = xinfo.bytes;
      yield batch;
    }
    info.bytes = xinfo.bytes;
    info.complete = true;
    info.endsWithNewline = true;
    return;
  }
  const decodeInfo: DecodeInfo = { encoding: "utf-8", bom: false, bytes: 0 };
  const csvInfo: CsvInfo = options.csv ?? { delimiter: ",", newline: "\n", complete: true, endsWithNewline: true };
  info.format = "csv";
  const text = decodeText(replay(), file, decodeInfo, { windows1252: options.windows1252 });
  for await (const batch of parseCsv(text, csvInfo, { delimiter: options.delimiter })) {
    info.bytes = decodeInfo.bytes;
    info.encoding = decodeInfo.encoding;
    info.delimiter = csvInfo.delimiter;
    info.complete = csvInfo.complete;
    info.endsWithNewline = csvInfo.endsWithNewline;
    yield batch;
  }
  info.bytes = decodeInfo.bytes;
  info.encoding = decodeInfo.encoding;
}
