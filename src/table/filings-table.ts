/**
 * Filings as an arquero table: one row per canonical {@link Filing}, nested objects flattened into
 * snake_case columns.
 *
 * @module
 */
import { table, type ColumnTable } from "arquero";
import type { Filing } from "../datasets/filing";
import { FILING_CSV_COLUMNS, flattenFiling } from "../io/write-filings";

/**
 * Columns of {@link filingsTable}, in order. They are the columns of the filings CSV export
 * (`FILING_CSV_COLUMNS`), so a table and a CSV written by the CLI read the same way.
 *
 * @example
 * FILINGS_TABLE_COLUMNS.length; // => 40
 * FILINGS_TABLE_COLUMNS.filter((c) => c.startsWith("worksite_")); // => ["worksite_city", "worksite_county", "worksite_state", "worksite_postal_code", "worksite_bls_area"]
 */
export const FILINGS_TABLE_COLUMNS = FILING_CSV_COLUMNS;

/** A column name of {@link filingsTable}. */
export type FilingsTableColumn = (typeof FILINGS_TABLE_COLUMNS)[number];

/**
 * An arquero table of filings, one row per filing in input order, with the columns
 * {@link FILINGS_TABLE_COLUMNS} in that order.
 *
 * Types are kept: counts, years and annualised wages are numbers, `full_time` is a boolean, missing
 * values are `null`. Dates (`received_date`, `decision_date`) stay ISO `YYYY-MM-DD` strings, as in
 * {@link Filing}: they sort and compare as text, carry no time zone, and survive JSON and CSV round
 * trips; use `fiscal_year` to group by year, or `op.parse_date(d.decision_date)` for a `Date`.
 * Wage repairs are compact JSON in `wage_repairs`, the PW-joined field names are space-separated in
 * `pw_join_fields`. The input is not modified.
 *
 * @example
 * const t = filingsTable(filings);
 * t.numRows() === filings.length; // => true
 * t.columnNames().slice(0, 7); // => ["program", "case_number", "status", "visa_class", "received_date", "decision_date", "fiscal_year"]
 * typeof t.get("fiscal_year", 0); // => "number"
 */
export function filingsTable(filings: readonly Filing[]): ColumnTable {
  const n = filings.length;
  const columns: Record<string, unknown[]> = {};
  for (const c of FILINGS_TABLE_COLUMNS) columns[c] = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    const flat = flattenFiling(filings[i]!);
    for (const c of FILINGS_TABLE_COLUMNS) columns[c]![i] = flat[c];
  }
  return table(columns, [...FILINGS_TABLE_COLUMNS]);
}
