/**
 * An employer profile's occupations as an arquero table.
 *
 * @module
 */
import { table, type ColumnTable } from "arquero";
import type { EmployerProfile } from "../sponsors/employer-profile";

/**
 * Columns of {@link profileOccupationsTable}, in order.
 *
 * @example
 * PROFILE_OCCUPATIONS_COLUMNS.slice(2, 4); // => ["soc_2018", "soc_title"]
 */
export const PROFILE_OCCUPATIONS_COLUMNS = [
  "employer_key",
  "employer_name",
  "soc_2018",
  "soc_title",
  "soc_broad",
  "soc_minor",
  "filings",
  "approved",
  "perm",
  "lca",
  "pw",
  "inferred",
] as const;

/**
 * An employer's filings per occupation (the profile's `occupations`), one row each, most filings first.
 * Columns {@link PROFILE_OCCUPATIONS_COLUMNS}: the employer's key and name, the SOC-2018 code (`null`
 * for filings without one; named `soc_2018` as in {@link filingsTable}), its official title, broad and
 * minor group, `filings`, `approved`, filings per program (`perm`, `lca`, `pw`; 0 when none) and
 * `inferred` (filings whose SOC code was inferred from the job title).
 *
 * @example
 * const p = employerProfile(index, "Tavrix Consultancy Services")!;
 * const t = profileOccupationsTable(p);
 * t.numRows() === p.occupations.length; // => true
 * t.derive({ check: (d) => d.perm + d.lca + d.pw - d.filings }).rollup({ bad: (d) => op.sum(d.check) }).get("bad", 0); // => 0
 */
export function profileOccupationsTable(profile: EmployerProfile): ColumnTable {
  const rows = profile.occupations;
  return table(
    {
      employer_key: rows.map(() => profile.key),
      employer_name: rows.map(() => profile.name),
      soc_2018: rows.map((r) => r.soc),
      soc_title: rows.map((r) => r.title),
      soc_broad: rows.map((r) => r.broad),
      soc_minor: rows.map((r) => r.minor),
      filings: rows.map((r) => r.filings),
      approved: rows.map((r) => r.approved),
      perm: rows.map((r) => r.byProgram.PERM ?? 0),
      lca: rows.map((r) => r.byProgram.LCA ?? 0),
      pw: rows.map((r) => r.byProgram.PW ?? 0),
      inferred: rows.map((r) => r.inferred),
    },
    [...PROFILE_OCCUPATIONS_COLUMNS],
  );
}
