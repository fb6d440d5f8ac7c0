import { Zip, ZipDeflate } from "fflate";
import { excelSerial } from "./calendar";

/** How {@link writeXlsx} lays out the workbook. */
export interface WriteXlsxOptions {
  /** Worksheet tab name (default `"Sheet1"`). */
  readonly sheetName?: string;
  /** `"shared"` (Excel's way, the default): one table of distinct strings; `"inline"`: text inside each cell. */
  readonly strings?: "shared" | "inline";
  /**
   * With shared strings, put `xl/sharedStrings.xml` before the worksheet in the zip, as Excel does (default
   * true). The table is only complete after the last row, so the compressed sheet is held in memory until
   * then and nothing is emitted before the end. `false` streams the sheet out as it is written and puts the
   * table last, as streaming writers do.
   */
  readonly sharedStringsFirst?: boolean;
  /**
   * `"infer"` (default): plain decimals without leading zeros become numeric cells (`"119000.00"` is stored as
   * the number 119000, as Excel would), ISO dates (`YYYY-MM-DD`, optionally ` HH:MM:SS`) become date-formatted
   * serial numbers, everything else text. `"text"`: every value is a string cell.
   */
  readonly values?: "infer" | "text";
  /** DEFLATE level 0–9 (default 6, Excel's "normal"). */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Zip entry time: 1980-01-01 12:00 UTC, the zip epoch (a fixed time keeps the output byte-for-byte reproducible). */
const ENTRY_TIME = 315_576_000_000;
const NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;
/** Cell styles: 0 general, 1 date (numFmt 14, m/d/yyyy), 2 date and time (numFmt 22). */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Escape text for an XML text node, with OOXML `_xHHHH_` escapes for control characters (as Excel writes them). */
function xmlText(s: string): string {
  if (!/[&<>\u0000-\u0008\u000b-\u001f]|_x[0-9A-Fa-f]{4}_/.test(s)) return s;
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

function textElement(s: string): string {
  const preserve = s !== s.trim() || s.includes("\n");
  return preserve ? `<t xml:space="preserve">${xmlText(s)}</t>` : `<t>${xmlText(s)}</t>`;
}

function columnName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function attr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/**
 * Write rows as an .xlsx workbook (one worksheet, header first), streamed out as zip byte chunks: rows are
 * turned into sheet XML a thousand at a time and deflated with fflate's streaming `Zip`, so the output can be
 * piped to a file or a download without the workbook ever existing whole in memory (except the shared-strings
 * table, and with `sharedStringsFirst` the compressed sheet). Platform-neutral.
 *
 * @example
 * const parts: Uint8Array[] = [];
 * for await (const chunk of writeXlsx(["CASE_NUMBER", "DECISION_DATE", "WAGE"], [["I-200-1", "2024-10-01", "119000.00"]])) parts.push(chunk);
 * // A zip whose sheet row 2 holds I-200-1 (text), 2024-10-01 (a date cell, serial 45566) and 119000 (a number):
 * const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
 * String.fromCharCode(bytes[0], bytes[1]); // => "PK"
 */
export async function* writeXlsx(
  header: readonly string[],
  rows: Iterable<readonly string[]> | AsyncIterable<readonly string[]>,
  options: WriteXlsxOptions = {},
): AsyncGenerator<Uint8Array> {
  const { sheetName = "Sheet1", strings = "shared", sharedStringsFirst = true, values = "infer", level = 6 } = options;
  const shared = strings === "shared";
  const out: Uint8Array[] = [];
  const failed: { error: Error | null } = { error: null };
  const zip = new Zip((err, data) => {
    if (err) failed.error = err;
    else out.push(data);
  });
  const drain = (): Uint8Array[] => {
    if (failed.error) throw failed.error;
    return out.splice(0);
  };
  const encoder = new TextEncoder();
  const entry = (name: string): ZipDeflate => {
    const f = new ZipDeflate(name, { level });
    f.mtime = ENTRY_TIME;
    return f;
  };
  const small = (name: string, text: string): void => {
    const f = entry(name);
    zip.add(f);
    f.push(encoder.encode(text), true);
  };

  small(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      (shared ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : "") +
      `</Types>`,
  );
  small(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  small(
    "xl/_rels/workbook.xml.rels",
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      (shared ? `<Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
      `</Relationships>`,
  );
  small(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
      `<sheet name="${attr(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  small("xl/styles.xml", STYLES);

  const table = new Map<string, number>();
  let references = 0;
  const sst = shared ? entry("xl/sharedStrings.xml") : null;
  if (sst !== null && sharedStringsFirst) zip.add(sst);
  const sheet = entry("xl/worksheets/sheet1.xml");
  zip.add(sheet);

  const columns: string[] = [];
  const col = (i: number): string => (columns[i] ??= columnName(i));
  const infer = values === "infer";
  let rowNumber = 0;
  let xml = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>`;
  const writeRow = (fields: readonly string[]): void => {
    rowNumber++;
    let s = `<row r="${rowNumber}">`;
    for (let i = 0; i < fields.length; i++) {
      const v = fields[i] ?? "";
      if (v === "") continue;
      const ref = `${col(i)}${rowNumber}`;
      if (infer && rowNumber > 1) {
        if (NUMBER.test(v)) {
          s += `<c r="${ref}"><v>${String(Number(v))}</v></c>`;
          continue;
        }
        const d = ISO_DATE.exec(v);
        if (d !== null) {
          const day = excelSerial(d[1]!);
          const seconds = d[2] === undefined ? 0 : Number(d[2]) * 3600 + Number(d[3]) * 60 + Number(d[4]);
          if (Number.isFinite(day) && day > 60) {
            s += seconds === 0 ? `<c r="${ref}" s="1"><v>${day}</v></c>` : `<c r="${ref}" s="2"><v>${day + seconds / 86_400}</v></c>`;
            continue;
          }
        }
      }
      if (shared) {
        let k = table.get(v);
        if (k === undefined) {
          k = table.size;
          table.set(v, k);
        }
        references++;
        s += `<c r="${ref}" t="s"><v>${k}</v></c>`;
      } else s += `<c r="${ref}" t="inlineStr"><is>${textElement(v)}</is></c>`;
    }
    xml += `${s}</row>`;
  };
  const flush = (final: boolean): void => {
    sheet.push(encoder.encode(xml), final);
    xml = "";
  };

  writeRow(header);
  let pending = 0;
  for await (const row of rows as AsyncIterable<readonly string[]>) {
    writeRow(row);
    if (++pending === 1000) {
      pending = 0;
      flush(false);
      yield* drain();
    }
  }
  xml += `</sheetData></worksheet>`;
  flush(true);

  if (sst !== null) {
    if (!sharedStringsFirst) zip.add(sst);
    let part = `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${references}" uniqueCount="${table.size}">`;
    for (const s of table.keys()) {
      part += `<si>${textElement(s)}</si>`;
      if (part.length > 1 << 20) {
        sst.push(encoder.encode(part), false);
        part = "";
        yield* drain();
      }
    }
    sst.push(encoder.encode(`${part}</sst>`), true);
  }
  zip.end();
  yield* drain();
}
