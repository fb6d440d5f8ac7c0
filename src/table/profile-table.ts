/**
 * An employer profile's yearly history as an arquero table.
 *
 * @module
 */
import { table, type ColumnTable } from "arquero";
import { CaseStatus } from "../datasets/filing";
import type { EmployerProfile } from "../sponsors/employer-profile";

/**
 * Status columns of {@link profileTable}: each `CaseStatus` with `-` written `_`, in the schema's order.
 *
 * @example
 * PROFILE_STATUS_COLUMNS.slice(0, 3); // => ["certified", "certified_expired", "certified_withdrawn"]
 */
export const PROFILE_STATUS_COLUMNS: readonly string[] = CaseStatus.options.map((s) => s.replace(/-/g, "_"));

/**
 * Columns of {@link profileTable}, in order.
 *
 * @example
 * PROFILE_TABLE_COLUMNS.slice(0, 6); // => ["employer_key", "employer_name", "fiscal_year", "program", "filings", "approved"]
 */
export const PROFILE_TABLE_COLUMNS: readonly string[] = [
  "employer_key",
  "employer_name",
  "fiscal_year",
  "program",
  "filings",
  "approved",
  ...PROFILE_STATUS_COLUMNS,
];

/**
 * An employer's filings per decision fiscal year and program (the profile's `history`), one row each,
 * newest year first then PERM, LCA, PW, as {@link employerProfile} orders them. Columns
 * {@link PROFILE_TABLE_COLUMNS}: the employer's key and display name (so tables of several employers
 * can be concatenated), `fiscal_year` (a number, `null` for filings without a date), `program`,
 * `filings`, `approved`, then one count per case status (`certified`, `certified_expired`, …; 0 when
 * none). The status counts of a row add up to its `filings`.
 *
 * @example
 * const p = employerProfile(index, "Tavrix Consultancy Services")!;
 * profileTable(p).numRows() === p.history.length; // => true
 * profileTable(p).rollup({ n: (d) => op.sum(d.filings) }).get("n", 0) === p.filings; // => true
 */
export function profileTable(profile: EmployerProfile): ColumnTable {
  const rows = profile.history;
  const columns: Record<string, unknown[]> = {
    employer_key: rows.map(() => profile.key),
    employer_name: rows.map(() => profile.name),
    fiscal_year: rows.map((r) => r.fiscalYear),
    program: rows.map((r) => r.program),
    filings: rows.map((r) => r.filings),
    approved: rows.map((r) => r.approved),
  };
  CaseStatus.options.forEach((status, i) => {
    columns[PROFILE_STATUS_COLUMNS[i]!] = rows.map((r) => r.byStatus[status] ?? 0);
  });
  return table(columns, [...PROFILE_TABLE_COLUMNS]);
}
