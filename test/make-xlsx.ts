import { strToU8, zipSync, type Zippable } from "fflate";

/** One worksheet of a test workbook: its tab name and the XML inside `<sheetData>`. */
export interface SheetSpec {
  readonly name: string;
  readonly data: string;
}

/** A tiny workbook, spelled out part by part so tests can bend each rule. */
export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Shared strings as raw `<si>` inner XML (`<t>x</t>`, rich runs…); omit for a workbook without a table. */
  readonly strings?: readonly string[];
  /** `numFmtId` of each cell style (default: 0 general, 14 date). */
  readonly styles?: readonly number[];
  /** Custom number formats: id → format code. */
  readonly numFmts?: Readonly<Record<number, string>>;
  readonly date1904?: boolean;
  /** Zip entry order: Excel's (metadata first), shared strings after the sheets, or sheets before everything. */
  readonly order?: "excel" | "strings-last" | "sheets-first";
  /** Namespace prefix for every SpreadsheetML element (e.g. `"x:"`, as .NET writers do). */
  readonly prefix?: string;
  /** 0 = stored entries. */
  readonly level?: 0 | 6;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Prefix every element name of SpreadsheetML markup (`<row>` → `<x:row>`). */
function prefixed(xml: string, p: string): string {
  return p === "" ? xml : xml.replace(/<(\/?)([A-Za-z])/g, `<$1${p}$2`);
}

/** Bytes of an .xlsx workbook built from a spec with fflate's zipSync. */
export function makeXlsx(spec: WorkbookSpec): Uint8Array {
  const p = spec.prefix ?? "";
  const ns = p === "" ? `xmlns="${MAIN}"` : `xmlns:${p.slice(0, -1)}="${MAIN}"`;
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const styles = spec.styles ?? [0, 14];
  const numFmts = Object.entries(spec.numFmts ?? {});
  const parts: Record<string, string> = {};
  parts["[Content_Types].xml"] = `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;
  parts["_rels/.rels"] = `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const rels = spec.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
  if (spec.strings) rels.push(`<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>`);
  parts["xl/_rels/workbook.xml.rels"] = `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  parts["xl/workbook.xml"] =
    head +
    prefixed(
      `<workbook ${ns} xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ""}/><sheets>` +
        spec.sheets.map((s, i) => `<sheet name="${s.name.replace(/&/g, "&amp;")}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        `</sheets></workbook>`,
      p,
    );
  parts["xl/styles.xml"] =
    head +
    prefixed(
      `<styleSheet ${ns}>` +
        (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join("")}</numFmts>` : "") +
        `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${styles.length}">${styles.map((id) => `<xf numFmtId="${id}" xfId="0"/>`).join("")}</cellXfs></styleSheet>`,
      p,
    );
  const sst = spec.strings ? head + prefixed(`<sst ${ns} count="${spec.strings.length}" uniqueCount="${spec.strings.length}">${spec.strings.map((s) => `<si>${s}</si>`).join("")}</sst>`, p) : null;
  const sheets: Record<string, string> = {};
  spec.sheets.forEach((s, i) => {
    sheets[`xl/worksheets/sheet${i + 1}.xml`] =
      head + prefixed(`<worksheet ${ns} xmlns:r="${REL}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${s.data}</sheetData><pageMargins left="0.7"/></worksheet>`, p);
  });
  const order = spec.order ?? "excel";
  let entries: Record<string, string>;
  if (order === "excel") entries = { ...parts, ...(sst ? { "xl/sharedStrings.xml": sst } : {}), ...sheets };
  else if (order === "strings-last") entries = { ...parts, ...sheets, ...(sst ? { "xl/sharedStrings.xml": sst } : {}) };
  else entries = { ...sheets, ...(sst ? { "xl/sharedStrings.xml": sst } : {}), ...parts };
  entries["docProps/app.xml"] = `${head}<Properties/>`;
  const zippable: Zippable = {};
  for (const [name, text] of Object.entries(entries)) zippable[name] = [strToU8(text), { level: spec.level ?? 6 }];
  return zipSync(zippable, { mtime: 315_576_000_000 });
}

/** Feed bytes as an async stream of chunks of `size` bytes (1 byte at a time exercises every boundary). */
export async function* chunked(bytes: Uint8Array, size = 1 << 16): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
