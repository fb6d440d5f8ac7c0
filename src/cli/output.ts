/**
 * Printing a command's result as a table, JSON or CSV (`--format`).
 *
 * @module
 */
import { csvLine } from "../io/write-filings";
import { widthOf, type Io } from "./io";
import { formatTable } from "./table";

/** The output formats of `--format`. */
export const FORMATS = ["table", "json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/** A CSV cell value. */
export type Cell = string | number | boolean | null;

/** Rows with a header, for CSV (and the default table). */
export interface Rows {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A command's result in each format: `json` is the full value, `rows` the flat records, `text` the terminal view. */
export interface Result {
  readonly json: () => unknown;
  readonly rows: () => Rows;
  /** The table view (default: `rows` through formatTable). */
  readonly text?: () => string;
}

/**
 * CSV text of rows, every text cell neutralised against spreadsheet formulas (see csvCell).
 *
 * @example
 * toCsv({ header: ["name", "n"], rows: [["=SUM(A1)", 3]] }); // => "name,n\n'=SUM(A1),3\n"
 */
export function toCsv({ header, rows }: Rows): string {
  let out = csvLine(header);
  for (const r of rows) out += csvLine(r);
  return out;
}

/** Print a result in `format` to stdout. */
export function printResult(io: Io, format: Format, result: Result): void {
  if (format === "json") io.stdout(JSON.stringify(result.json()) + "\n");
  else if (format === "csv") io.stdout(toCsv(result.rows()));
  else if (result.text) io.stdout(result.text());
  else io.stdout(rowsTable(io, result.rows()));
}

/** Rows as a terminal table fitting the width of `io`. */
export function rowsTable(io: Io, { header, rows }: Rows): string {
  return formatTable(
    header,
    rows.map((r) => r.map((c) => (c === null ? "" : typeof c === "boolean" ? (c ? "yes" : "no") : c))),
    { maxWidth: widthOf(io) },
  );
}
