/**
 * A ranking of employers (or any list of scores) as an arquero table.
 *
 * @module
 */
import { table, type ColumnTable } from "arquero";
import type { Factor, FactorName, ScoredEmployer } from "../score/scored-employer";

/**
 * The factors that scale a score, in explanation order; each gets a `factor_<name>` column. (`audit` is
 * shown, not scored, so it has none.)
 *
 * @example
 * RANKING_FACTORS.includes("audit"); // => false
 * RANKING_FACTORS[0]; // => "occupation"
 */
export const RANKING_FACTORS: readonly FactorName[] = ["occupation", "related", "pipeline", "certification", "location", "education", "wage"];

/**
 * Columns of {@link rankingTable}, in order.
 *
 * @example
 * RANKING_TABLE_COLUMNS.slice(0, 3); // => ["rank", "employer_key", "employer_name"]
 * RANKING_TABLE_COLUMNS.includes("factor_pipeline"); // => true
 */
export const RANKING_TABLE_COLUMNS: readonly string[] = [
  "rank",
  "employer_key",
  "employer_name",
  "scope",
  "status",
  "low_sample",
  "probability",
  "interval_low",
  "interval_high",
  "occupation_probability",
  "expected_filings",
  "expected_certified",
  "base_rate",
  "key_factors",
  ...RANKING_FACTORS.map((f) => `factor_${f}`),
  "perm_filings",
  "perm_certified",
  "perm_denied",
  "perm_withdrawn",
  "lca_filings",
  "pw_filings",
  "from_fiscal_year",
  "to_fiscal_year",
  "role",
  "as_of",
  "horizon_months",
  "data_as_of",
];

/** How many factors {@link keyFactors} names at most. */
const KEY_FACTORS = 3;

/**
 * The factors that moved a score most, strongest first: up to three scored factors whose multiplier
 * is off 1 by at least 5 %, ranked by |ln multiplier| (ties in explanation order), as
 * `"name ×multiplier"` (three significant digits, whole numbers from 100) joined with `"; "`. An empty
 * string when none did.
 *
 * @example
 * keyFactors([{ name: "pipeline", multiplier: 52.5573, summary: "", counts: {}, caseNumbers: [] }, { name: "location", multiplier: 0.5034, summary: "", counts: {}, caseNumbers: [] }, { name: "audit", multiplier: 1, summary: "", counts: {}, caseNumbers: [] }]); // => "pipeline ×52.6; location ×0.503"
 */
export function keyFactors(factors: readonly Factor[]): string {
  return factors
    .map((f, i) => ({ f, i, size: Math.abs(Math.log(f.multiplier)) }))
    .filter(({ f, size }) => RANKING_FACTORS.includes(f.name) && Number.isFinite(size) && size >= Math.log(1.05))
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .slice(0, KEY_FACTORS)
    .map(({ f }) => `${f.name} ×${multiplier(f.multiplier)}`)
    .join("; ");
}

function multiplier(m: number): string {
  return m >= 100 ? String(Math.round(m)) : String(Number(m.toPrecision(3)));
}

/**
 * Scored employers as a table, one row per employer in input order (for {@link rankEmployers} output:
 * by rank). Columns {@link RANKING_TABLE_COLUMNS}:
 *
 * - `rank` (the list's `rank`, else the 1-based position), `employer_key`, `employer_name`, `scope`,
 *   `status` (`rated`, `no-history`, `unrated`), `low_sample`;
 * - `probability` of at least one certified PERM for the role within the horizon, its 90 % interval
 *   `interval_low`/`interval_high`, `occupation_probability` (without location/education/wage
 *   modifiers), `expected_filings`, `expected_certified`, `base_rate` — numbers, `null` when unrated;
 * - `key_factors` ({@link keyFactors}) and one multiplier column per scored factor,
 *   `factor_occupation` … `factor_wage` (`null` when the score has no such factor);
 * - the PERM filings in the role's occupation(s) in the model window (`perm_filings`, `perm_certified`,
 *   `perm_denied`, `perm_withdrawn`), the role-occupation LCA and PW counts, the window's
 *   `from_fiscal_year`/`to_fiscal_year`;
 * - `role` (the resolved role label), `as_of`, `horizon_months`, `data_as_of` (ISO date strings).
 *
 * Also takes {@link scoreEmployer} results (a list without ranks).
 *
 * @example
 * const ranked = rankEmployers(index, { title: "Machine Learning Engineer", state: "WA" }, { limit: 5 });
 * const t = rankingTable(ranked);
 * t.numRows(); // => 5
 * t.array("rank"); // => [1, 2, 3, 4, 5]
 * t.get("employer_name", 0) === ranked[0]!.name; // => true
 * t.get("interval_low", 0) <= t.get("probability", 0); // => true
 */
export function rankingTable(ranked: readonly (ScoredEmployer & { readonly rank?: number })[]): ColumnTable {
  const col = <T>(f: (r: ScoredEmployer & { readonly rank?: number }, i: number) => T): T[] => ranked.map(f);
  const factor = (name: FactorName) => col((r) => r.factors.find((f) => f.name === name)?.multiplier ?? null);
  const columns: Record<string, unknown[]> = {
    rank: col((r, i) => r.rank ?? i + 1),
    employer_key: col((r) => r.key),
    employer_name: col((r) => r.name),
    scope: col((r) => r.scope),
    status: col((r) => r.status),
    low_sample: col((r) => r.lowSample),
    probability: col((r) => r.probability),
    interval_low: col((r) => r.interval?.[0] ?? null),
    interval_high: col((r) => r.interval?.[1] ?? null),
    occupation_probability: col((r) => r.occupationProbability),
    expected_filings: col((r) => r.expectedFilings),
    expected_certified: col((r) => r.expectedCertified),
    base_rate: col((r) => r.baseRate),
    key_factors: col((r) => keyFactors(r.factors)),
  };
  for (const f of RANKING_FACTORS) columns[`factor_${f}`] = factor(f);
  Object.assign(columns, {
    perm_filings: col((r) => r.history?.perm.filings ?? null),
    perm_certified: col((r) => r.history?.perm.certified ?? null),
    perm_denied: col((r) => r.history?.perm.denied ?? null),
    perm_withdrawn: col((r) => r.history?.perm.withdrawn ?? null),
    lca_filings: col((r) => r.history?.lca ?? null),
    pw_filings: col((r) => r.history?.pw ?? null),
    from_fiscal_year: col((r) => r.history?.fromFiscalYear ?? null),
    to_fiscal_year: col((r) => r.history?.toFiscalYear ?? null),
    role: col((r) => r.role.label),
    as_of: col((r) => r.asOf),
    horizon_months: col((r) => r.horizonMonths),
    data_as_of: col((r) => r.dataAsOf),
  });
  return table(columns, [...RANKING_TABLE_COLUMNS]);
}
