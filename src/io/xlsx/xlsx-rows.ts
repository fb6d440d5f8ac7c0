import { DisclosureError } from "../../errors";
import { chooseSheet } from "./choose-sheet";
import { elementAlignedText } from "./element-aligned-text";
import { inflateRaw } from "./inflate-raw";
import { parseDateStyles } from "./parse-date-styles";
import { parseRelationships, partName, type Relationship } from "./parse-relationships";
import { parseWorkbook, type WorkbookInfo } from "./parse-workbook";
import { createSharedStringsScanner } from "./shared-strings-scanner";
import { createSheetScanner } from "./sheet-scanner";
import { ZipSourceError, zipEntries, type ZipEntry } from "./zip-entries";

/** Rows per yielded batch (a batch can be larger when one chunk of XML holds more). */
const BATCH = 4096;
const EMPTY_STYLES = new Uint8Array(0);
const EMPTY_BYTES = new Uint8Array(0);

/** Compressed bytes of a worksheet part that arrived before what is needed to read it. */
interface HeldPart {
  readonly method: number;
  readonly chunks: Uint8Array[];
}

/**
 * Rows of the first (or chosen) worksheet of an .xlsx workbook, streamed from the zip bytes as they arrive:
 * batches of string arrays, header row first, `final: true` on the last batch. `info.bytes` counts the
 * compressed bytes consumed, for progress.
 *
 * Zip entry order: Excel writes the workbook, its relationships, the shared strings and the styles before the
 * worksheets, so the sheet is read in one pass while it is inflated (memory: the shared-strings table plus one
 * batch). When a worksheet arrives before those parts (some streaming writers put `sharedStrings.xml` last),
 * its *compressed* bytes are held until they have come — bounded by the file size, never the inflated XML.
 *
 * Cells are placed by their `r` reference (gaps in a row stay blank; missing rows come out as blank rows);
 * values are the text a CSV export would hold: shared/inline strings, numbers exactly as stored, booleans as
 * `TRUE`/`FALSE`, and date-formatted numbers as `YYYY-MM-DD` (1900 or 1904 date system).
 *
 * Throws `DisclosureError`: `xlsx_input` for a zip that holds no workbook, `invalid_option` for a sheet
 * that is not there (the message lists the sheets), `truncated_file` for a cut or corrupt archive.
 *
 * @example
 * const batches = [];
 * for await (const batch of xlsxRows(streamOf(workbook), "book.xlsx", { bytes: 0 })) batches.push(batch);
 * batches; // => [{ rows: [["CASE_NUMBER", "DECISION_DATE", "WAGE"], ["I-200-1", "2024-10-01", "119000"]], final: true }]
 */
export async function* xlsxRows(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  info: { bytes: number },
  options: { sheet?: string | number | undefined } = {},
): AsyncGenerator<{ rows: string[][]; final: boolean }> {
  const damaged = (what: string, cause?: unknown): DisclosureError =>
    new DisclosureError(
      "truncated_file",
      `${file}: the .xlsx file is cut short or damaged (${what}); expected a complete workbook — was the download cut short?`,
      cause === undefined ? { file } : { file, cause },
    );

  let workbook: WorkbookInfo | null = null;
  let rels: Relationship[] | null = null;
  let strings: string[] | null = null;
  let dateStyles: Uint8Array | null = null;
  let target: string | null = null;
  let done = false;
  const held = new Map<string, HeldPart>();
  const otherFiles: string[] = [];
  const rows: string[][] = [];

  const relTarget = (type: string): string | null => {
    if (rels === null) return type === "sharedStrings" ? "xl/sharedstrings.xml" : "xl/styles.xml";
    return rels.find((r) => r.type === type)?.target ?? null;
  };
  const isWorksheet = (name: string): boolean =>
    rels === null ? /^xl\/worksheets\/[^/]+\.xml$/.test(name) : rels.some((r) => r.type === "worksheet" && r.target === name);
  const ready = (): boolean =>
    workbook !== null &&
    rels !== null &&
    (strings !== null || relTarget("sharedStrings") === null) &&
    (dateStyles !== null || relTarget("styles") === null);
  const chosen = (): string | null => {
    if (target === null && workbook !== null && rels !== null) target = chooseSheet(workbook, rels, options.sheet, file);
    return target;
  };

  const bytesOf = (method: number, data: AsyncIterable<Uint8Array>, name: string): AsyncIterable<Uint8Array> => {
    if (method === 8) return inflateRaw(data);
    if (method === 0) return data;
    throw new DisclosureError(
      "xlsx_input",
      `${file}: ${name} is compressed with zip method ${method}, which this reader does not support; expected a standard .xlsx (deflate) — re-save it from Excel.`,
      { file },
    );
  };
  const text = async (entry: ZipEntry, name: string): Promise<string> => {
    const decoder = new TextDecoder();
    let out = "";
    for await (const bytes of bytesOf(entry.method, entry.data, name)) out += decoder.decode(bytes, { stream: true });
    return out + decoder.decode();
  };
  const sharedStrings = async (entry: ZipEntry, name: string): Promise<string[]> => {
    const scanner = createSharedStringsScanner();
    for await (const text of elementAlignedText(bytesOf(entry.method, entry.data, name), ["si"])) scanner.push(text);
    const table = scanner.end();
    if (table === null) throw damaged(`${name} stops inside a string`);
    return table;
  };
  async function* batches(final: boolean): AsyncGenerator<{ rows: string[][]; final: boolean }> {
    const all = rows.splice(0);
    if (all.length <= 4 * BATCH) yield { rows: all, final };
    else for (let i = 0; i < all.length; i += BATCH) yield { rows: all.slice(i, i + BATCH), final: final && i + BATCH >= all.length };
  }
  async function* sheet(method: number, data: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<{ rows: string[][]; final: boolean }> {
    const scanner = createSheetScanner({ strings, dateStyles: dateStyles ?? EMPTY_STYLES, date1904: workbook?.date1904 ?? false }, rows);
    for await (const text of elementAlignedText(bytesOf(method, data, name), ["c", "row"])) {
      scanner.push(text);
      if (rows.length >= BATCH) yield* batches(false);
    }
    if (!scanner.end()) throw damaged(`${name} stops before the end of its rows`);
  }
  async function* heldChunks(part: HeldPart): AsyncGenerator<Uint8Array> {
    const { chunks: held } = part;
    for (let i = 0; i < held.length; i++) {
      const c = held[i]!;
      held[i] = EMPTY_BYTES; // let each chunk go once it is inflated
      yield c;
    }
  }
  /** Once everything the chosen sheet needs is known: read it if it was held back; drop other held sheets. */
  async function* release(): AsyncGenerator<{ rows: string[][]; final: boolean }> {
    if (done || !ready()) return;
    const name = chosen()!;
    const part = held.get(name);
    held.clear();
    if (part === undefined) return;
    done = true;
    yield* sheet(part.method, heldChunks(part), name);
  }

  try {
    for await (const entry of zipEntries(chunks, file, info)) {
      if (done) continue;
      const name = partName(entry.name);
      if (name === "xl/workbook.xml") workbook = parseWorkbook(await text(entry, name));
      else if (name === "xl/_rels/workbook.xml.rels") rels = parseRelationships(await text(entry, name), "xl/");
      else if (name === relTarget("sharedStrings")) strings = await sharedStrings(entry, name);
      else if (name === relTarget("styles")) dateStyles = parseDateStyles(await text(entry, name));
      else if (isWorksheet(name)) {
        if (ready() && name === chosen()) {
          done = true;
          yield* sheet(entry.method, entry.data, name);
          continue;
        }
        if (rels === null || workbook === null || name === chosen()) {
          const part: HeldPart = { method: entry.method, chunks: [] };
          for await (const c of entry.data) part.chunks.push(c.slice());
          held.set(name, part);
        }
        continue;
      } else {
        if (/\.(csv|txt|tsv)$/.test(name)) otherFiles.push(entry.name);
        continue;
      }
      if (workbook !== null && rels !== null) chosen(); // an unknown sheet fails now, not at the end of the file
      yield* release();
    }
    if (!done) {
      if (workbook === null) {
        throw new DisclosureError(
          "xlsx_input",
          `${file}: zip archive without an Excel workbook inside; expected an .xlsx disclosure file` +
            (otherFiles.length > 0 ? ` (it holds ${otherFiles.slice(0, 3).join(", ")}: unzip it and read that file)` : ""),
          { file },
        );
      }
      const name = target ?? chooseSheet(workbook, rels, options.sheet, file);
      const sst = relTarget("sharedStrings");
      if (strings === null && sst !== null && rels !== null) throw damaged(`its shared-strings part ${sst} is missing`);
      const part = held.get(name);
      if (part === undefined) throw damaged(`its worksheet ${name} is missing`);
      held.clear();
      done = true;
      yield* sheet(part.method, heldChunks(part), name);
    }
  } catch (error) {
    if (error instanceof DisclosureError) throw error;
    if (error instanceof ZipSourceError) throw error.error;
    throw damaged(error instanceof Error ? error.message : String(error), error);
  }
  yield* batches(true);
}
