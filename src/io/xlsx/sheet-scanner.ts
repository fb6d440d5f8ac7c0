import { columnIndex } from "./column-index";
import { decodeXmlText } from "./decode-xml-text";
import { excelDateText } from "./excel-date-text";
import { endsName, richText, rootPrefix, textTags, type TextTags } from "./xml-scan";

/** What cell values need from the rest of the workbook. */
export interface SheetContext {
  /** The shared-strings table (`null` when the workbook has none). */
  readonly strings: readonly string[] | null;
  /** Per cell style index: 1 when its number format is a date. */
  readonly dateStyles: Uint8Array;
  /** The workbook counts serial dates from 1904. */
  readonly date1904: boolean;
}

/** Incremental reader of one worksheet part: push decoded text; complete rows are appended to `rows`. */
export interface SheetScanner {
  push(text: string): void;
  /** Call once the part has ended; false when the text stopped before `</sheetData>`. */
  end(): boolean;
  /** True once `</sheetData>` has been read (the rest of the part can be skipped). */
  readonly done: boolean;
}

/** Excel's last row; a row number past it is read as "the next row". */
const MAX_ROWS = 1_048_576;
/** Excel's last column (XFD), 0-based; a reference past it is read as "the next column". */
const MAX_COLUMN = 16_383;

const T_NUMBER = 0;
const T_SHARED = 1;
const T_STRING = 2; // t="str": a formula's string result
const T_INLINE = 3;
const T_BOOLEAN = 4;
const T_ERROR = 5;
const T_DATE = 6; // t="d": an ISO 8601 date as text

function cellType(text: string, from: number, to: number): number {
  const len = to - from;
  const c = text.charCodeAt(from);
  if (len === 1) return c === 115 ? T_SHARED : c === 98 ? T_BOOLEAN : c === 101 ? T_ERROR : c === 100 ? T_DATE : T_NUMBER;
  if (len === 3 && c === 115) return T_STRING; // "str"
  if (len === 9 && c === 105) return T_INLINE; // "inlineStr"
  return T_NUMBER;
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) n = n * 10 + d;
  }
  return n;
}

/** `2015-10-01T00:00:00Z` → `2015-10-01`; `2015-10-01T08:30:00` → `2015-10-01 08:30:00`. */
function isoDateText(raw: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(raw.trim());
  if (!m) return raw;
  return m[2] === undefined || m[2] === "00:00:00" ? m[1]! : `${m[1]} ${m[2]}`;
}

/**
 * Read a worksheet (`<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>…</row>…`) from text chunks into rows
 * of strings. A hand-written scanner over the few tags of sheet data, measured several times faster than a
 * general SAX parser on full-size files (see docs/performance.md).
 *
 * - Cells land in the column of their `r` reference (running position when absent), so sparse rows keep
 *   their blanks; rows missing from the XML (gaps in `r`) come out as blank rows, so row numbers stay true.
 * - Rows are padded to the widest row so far, counting only non-empty cells (styled empty cells past the last
 *   value do not widen the table). A row with no value at all comes out as `[""]`, like an empty CSV line.
 * - A shared-string index the table does not hold throws (a damaged workbook), rather than reading as blank.
 * - Values: shared and inline strings (rich-text runs joined), formula results, booleans (`TRUE`/`FALSE`),
 *   errors (`#N/A`) and numbers exactly as stored (`541511` stays `541511`); a number whose style is a date
 *   format becomes `YYYY-MM-DD` (or `YYYY-MM-DD HH:MM:SS`).
 *
 * @example
 * const rows: string[][] = [];
 * const sheet = createSheetScanner({ strings: ["NAME"], dateStyles: new Uint8Array([0, 1]), date1904: false }, rows);
 * sheet.push('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" s="1"><v>42278</v></c></row>');
 * sheet.push('<row r="3"><c r="B3"><v>0.1</v></c></row></sheetData></worksheet>');
 * sheet.end(); // => true
 * rows;        // => [["NAME", "", "2015-10-01"], [""], ["", "0.1", ""]]
 */
export function createSheetScanner(context: SheetContext, rows: string[][]): SheetScanner {
  const { strings, dateStyles, date1904 } = context;
  let buf = "";
  let phase: 0 | 1 | 2 = 0; // 0 before <sheetData>, 1 inside, 2 after
  let cellTag = "<c";
  let rowTag = "<row";
  let rowClose = "</row>";
  let cellClose = "</c>";
  let vOpen = "<v>";
  let vClose = "</v>";
  let isTag = "<is";
  let sheetDataTag = "<sheetData";
  let sheetDataClose = "</sheetData>";
  let tags: TextTags = textTags("");
  let prefixKnown = false;
  let unprefixed = true;

  let width = 0;
  let nextRow = 1;
  let row: string[] | null = null;
  let filled = 0;
  let nextCol = 0;

  const setPrefix = (p: string): void => {
    unprefixed = p === "";
    cellTag = `<${p}c`;
    rowTag = `<${p}row`;
    rowClose = `</${p}row>`;
    cellClose = `</${p}c>`;
    vOpen = `<${p}v>`;
    vClose = `</${p}v>`;
    isTag = `<${p}is`;
    sheetDataTag = `<${p}sheetData`;
    sheetDataClose = `</${p}sheetData>`;
    tags = textTags(p);
  };

  const startRow = (b: string, from: number, to: number): void => {
    if (row !== null) endRow();
    let number = nextRow;
    const r = attributeStart(b, from, to, 114);
    if (r >= 0) {
      const n = digits(b, r, b.indexOf(b.charAt(r - 1), r));
      if (n >= nextRow && n <= MAX_ROWS) number = n;
    }
    for (; nextRow < number; nextRow++) rows.push([""]);
    nextRow = number + 1;
    row = [];
    filled = 0;
    nextCol = 0;
  };

  const endRow = (): void => {
    const r = row;
    if (r === null) return;
    row = null;
    if (filled === 0) {
      rows.push([""]);
      return;
    }
    if (filled > width) width = filled;
    if (r.length > width) r.length = width;
    else while (r.length < width) r.push("");
    rows.push(r);
  };

  const place = (col: number, value: string): void => {
    if (row === null) startRow("", 0, 0);
    const r = row!;
    const c = col < 0 || col > MAX_COLUMN ? nextCol : col;
    if (c === r.length) r.push(value);
    else if (c > r.length) {
      while (r.length < c) r.push("");
      r.push(value);
    } else r[c] = value;
    nextCol = c + 1;
    if (value !== "" && c >= filled) filled = c + 1;
  };

  /** The value of a `<v>` element at `b[vs..ve)` for a cell of a type and style. */
  const valueAt = (b: string, vs: number, ve: number, type: number, style: number): string => {
    switch (type) {
      case T_SHARED: {
        const index = digits(b, vs, ve);
        const s = strings?.[index];
        if (s === undefined) throw new Error(`a cell refers to shared string ${index}, but the table holds ${strings?.length ?? 0}`);
        return s;
      }
      case T_NUMBER: {
        const raw = b.slice(vs, ve);
        return dateStyles[style] === 1 ? excelDateText(raw.trim(), date1904) : raw;
      }
      case T_BOOLEAN:
        return b.charCodeAt(vs) === 49 ? "TRUE" : "FALSE";
      case T_DATE:
        return isoDateText(b.slice(vs, ve));
      default:
        return decodeXmlText(b.slice(vs, ve));
    }
  };

  /**
   * The common shapes, `<c r="B2" s="1" t="s"><v>12</v></c>` and `<c r="B2" s="1"/>` without a namespace
   * prefix, read character by character: on short distances this is several times cheaper than the `indexOf`
   * calls of {@link cell}. Returns the index after the cell, -1 when the text stops inside it, -2 for any other
   * shape (formulas, inline strings, spaces around `=`), which {@link cell} then reads.
   */
  const fastCell = (b: string, lt: number): number => {
    const n = b.length;
    let i = lt + 2;
    let col = -1;
    let style = 0;
    let type = T_NUMBER;
    for (;;) {
      if (i >= n) return -1;
      const c = b.charCodeAt(i);
      if (c === 32) {
        i++;
        continue;
      }
      if (c === 62) {
        i++;
        break;
      }
      if (c === 47) {
        if (i + 1 >= n) return -1;
        if (b.charCodeAt(i + 1) !== 62) return -2;
        place(col, "");
        return i + 2;
      }
      const ns = i;
      while (i < n && b.charCodeAt(i) !== 61) i++;
      if (i + 1 >= n) return -1;
      const q = b.charCodeAt(i + 1);
      if ((q !== 34 && q !== 39) || b.charCodeAt(i - 1) === 32) return -2;
      const nameLen = i - ns;
      i += 2;
      const vs = i;
      while (i < n && b.charCodeAt(i) !== q) i++;
      if (i >= n) return -1;
      if (nameLen === 1) {
        const a = b.charCodeAt(ns);
        if (a === 114) col = columnIndex(b, vs, i);
        else if (a === 115) style = digits(b, vs, i);
        else if (a === 116) type = cellType(b, vs, i);
      }
      i++;
    }
    if (i + 3 > n) return -1;
    if (type === T_INLINE || b.charCodeAt(i) !== 60 || b.charCodeAt(i + 1) !== 118 || b.charCodeAt(i + 2) !== 62) return -2;
    const vs = i + 3;
    let j = vs;
    while (j < n && b.charCodeAt(j) !== 60) j++;
    if (j + 8 > n) return -1;
    // "</v></c>"
    if (
      b.charCodeAt(j + 1) !== 47 ||
      b.charCodeAt(j + 2) !== 118 ||
      b.charCodeAt(j + 3) !== 62 ||
      b.charCodeAt(j + 4) !== 60 ||
      b.charCodeAt(j + 5) !== 47 ||
      b.charCodeAt(j + 6) !== 99 ||
      b.charCodeAt(j + 7) !== 62
    )
      return -2;
    place(col, valueAt(b, vs, j, type, style));
    return j + 8;
  };

  /** Read one `<c …>…</c>` starting at `lt`; returns the index after it, or -1 when the text stops inside it. */
  const cell = (b: string, lt: number): number => {
    const gt = b.indexOf(">", lt);
    if (gt < 0) return -1;
    let col = -1;
    let style = 0;
    let type = T_NUMBER;
    let i = lt + cellTag.length;
    while (i < gt) {
      const c = b.charCodeAt(i);
      if (c === 32 || c === 47 || c === 9 || c === 10 || c === 13) {
        i++;
        continue;
      }
      const eq = b.indexOf("=", i);
      if (eq < 0 || eq > gt) break;
      let q = eq + 1;
      while (b.charCodeAt(q) === 32) q++;
      const quote = b.charAt(q);
      const vs = q + 1;
      const ve = b.indexOf(quote, vs);
      if (ve < 0 || ve > gt) break;
      let ne = eq;
      while (b.charCodeAt(ne - 1) === 32) ne--;
      if (ne - i === 1) {
        const name = b.charCodeAt(i);
        if (name === 114) col = columnIndex(b, vs, ve);
        else if (name === 115) style = digits(b, vs, ve);
        else if (name === 116) type = cellType(b, vs, ve);
      }
      i = ve + 1;
    }
    if (b.charCodeAt(gt - 1) === 47) {
      place(col, "");
      return gt + 1;
    }
    const close = b.indexOf(cellClose, gt + 1);
    if (close < 0) return -1;
    let value = "";
    if (type === T_INLINE) {
      const is = b.indexOf(isTag, gt + 1);
      if (is >= 0 && is < close) value = richText(b, is, close, tags);
    } else {
      let vs = -1;
      if (b.startsWith(vOpen, gt + 1)) vs = gt + 1 + vOpen.length;
      else {
        const k = b.indexOf(vOpen, gt + 1);
        if (k >= 0 && k < close) vs = k + vOpen.length;
      }
      if (vs >= 0) {
        const ve = b.indexOf(vClose, vs);
        if (ve >= 0 && ve < close) value = valueAt(b, vs, ve, type, style);
      }
    }
    place(col, value);
    return close + cellClose.length;
  };

  /** Scan complete elements of sheet data; leaves an incomplete trailing element in `buf`. */
  const scanRows = (b: string, from: number): number => {
    const n = b.length;
    let pos = from;
    while (pos < n) {
      const lt = b.indexOf("<", pos);
      if (lt < 0) return n;
      if (b.startsWith(cellTag, lt) && endsName(b.charCodeAt(lt + cellTag.length))) {
        let end = unprefixed ? fastCell(b, lt) : -2;
        if (end === -2) end = cell(b, lt);
        if (end < 0) return lt;
        pos = end;
        continue;
      }
      if (b.startsWith("<!--", lt)) {
        const end = b.indexOf("-->", lt + 4);
        if (end < 0) return lt;
        pos = end + 3;
        continue;
      }
      const gt = b.indexOf(">", lt);
      if (gt < 0) return lt;
      if (b.startsWith(rowTag, lt) && endsName(b.charCodeAt(lt + rowTag.length))) {
        startRow(b, lt + rowTag.length, gt);
        if (b.charCodeAt(gt - 1) === 47) endRow();
      } else if (b.startsWith(rowClose, lt)) endRow();
      else if (b.startsWith(sheetDataClose, lt)) {
        endRow();
        phase = 2;
        return n;
      }
      pos = gt + 1;
    }
    return pos;
  };

  const scan = (): void => {
    let b = buf;
    let pos = 0;
    if (!prefixKnown) {
      const p = rootPrefix(b);
      if (p === null) return;
      setPrefix(p);
      prefixKnown = true;
    }
    if (phase === 0) {
      let at = b.indexOf(sheetDataTag);
      while (at >= 0 && !endsName(b.charCodeAt(at + sheetDataTag.length))) at = b.indexOf(sheetDataTag, at + 1);
      const gt = at < 0 ? -1 : b.indexOf(">", at);
      if (gt < 0) return;
      if (b.charCodeAt(gt - 1) === 47) {
        phase = 2;
        buf = "";
        return;
      }
      phase = 1;
      pos = gt + 1;
    }
    if (phase === 1) pos = scanRows(b, pos);
    if (phase === 2) b = "";
    buf = pos >= b.length ? "" : b.slice(pos);
  };

  return {
    push(text) {
      if (phase === 2) return;
      buf = buf.length === 0 ? text : buf + text;
      scan();
    },
    end() {
      if (phase === 1) endRow();
      return phase === 2;
    },
    get done() {
      return phase === 2;
    },
  };
}

/** Start of the value of a one-letter attribute (`r="…"`) inside a start tag, or -1. */
function attributeStart(b: string, from: number, to: number, name: number): number {
  let i = from;
  while (i < to) {
    const c = b.charCodeAt(i);
    if (c === 32 || c === 47 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    const eq = b.indexOf("=", i);
    if (eq < 0 || eq > to) return -1;
    let q = eq + 1;
    while (b.charCodeAt(q) === 32) q++;
    const ve = b.indexOf(b.charAt(q), q + 1);
    if (ve < 0 || ve > to) return -1;
    let ne = eq;
    while (b.charCodeAt(ne - 1) === 32) ne--;
    if (ne - i === 1 && b.charCodeAt(i) === name) return q + 1;
    i = ve + 1;
  }
  return -1;
}
