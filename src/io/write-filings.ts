import type { Filing } from "../datasets/filing";

/**
 * Columns of the flat CSV export of filings, in order: snake_case paths of the {@link Filing} fields.
 *
 * @example
 * FILING_CSV_COLUMNS.length; // => 40
 * FILING_CSV_COLUMNS.slice(0, 3); // => ["program", "case_number", "status"]
 */
export const FILING_CSV_COLUMNS = [
  "program",
  "case_number",
  "status",
  "visa_class",
  "received_date",
  "decision_date",
  "fiscal_year",
  "employer_name",
  "employer_normalized_name",
  "employer_fein",
  "employer_trade_name",
  "employer_city",
  "employer_state",
  "employer_postal_code",
  "employer_naics",
  "employer_size",
  "job_title",
  "soc_code",
  "soc_2018",
  "soc_title",
  "min_education",
  "experience_months",
  "full_time",
  "worksite_city",
  "worksite_county",
  "worksite_state",
  "worksite_postal_code",
  "worksite_bls_area",
  "offered_wage_from",
  "offered_wage_to",
  "offered_wage_unit",
  "prevailing_wage",
  "prevailing_wage_unit",
  "pw_level",
  "wage_repairs",
  "pwd_case_number",
  "pw_join_fields",
  "source_file",
  "source_row",
  "source_era",
] as const;

type Cell = string | number | boolean | null;

/**
 * One filing as a flat record keyed by {@link FILING_CSV_COLUMNS} (wage repairs as compact JSON; the fields
 * filled from a PW determination, `pwJoin.fields`, space-separated in `pw_join_fields`).
 *
 * @example
 * const { rows: [filing] } = await readDataset(lcaText);
 * const flat = flattenFiling(filing);
 * flat.case_number; // => "I-200-24267-029134"
 * flat.soc_2018; // => "15-1252"
 * flat.offered_wage_from; // => 123211
 */
export function flattenFiling(f: Filing): Record<(typeof FILING_CSV_COLUMNS)[number], Cell> {
  const e = f.employer;
  const j = f.job;
  const w = f.worksite;
  const g = f.wages;
  return {
    program: f.program,
    case_number: f.caseNumber,
    status: f.status,
    visa_class: f.visaClass,
    received_date: f.receivedDate,
    decision_date: f.decisionDate,
    fiscal_year: f.fiscalYear,
    employer_name: e.name,
    employer_normalized_name: e.normalizedName,
    employer_fein: e.fein,
    employer_trade_name: e.tradeName,
    employer_city: e.city,
    employer_state: e.state,
    employer_postal_code: e.postalCode,
    employer_naics: e.naics,
    employer_size: e.size,
    job_title: j.title,
    soc_code: j.socCode,
    soc_2018: j.soc2018,
    soc_title: j.socTitle,
    min_education: j.minEducation,
    experience_months: j.experienceMonths,
    full_time: j.fullTime,
    worksite_city: w.city,
    worksite_county: w.county,
    worksite_state: w.state,
    worksite_postal_code: w.postalCode,
    worksite_bls_area: w.blsArea,
    offered_wage_from: g.offeredFrom,
    offered_wage_to: g.offeredTo,
    offered_wage_unit: g.offeredUnit,
    prevailing_wage: g.prevailing,
    prevailing_wage_unit: g.prevailingUnit,
    pw_level: g.pwLevel,
    wage_repairs: g.repairs.length > 0 ? JSON.stringify(g.repairs) : null,
    pwd_case_number: f.pwdCaseNumber,
    pw_join_fields: f.pwJoin === null ? null : f.pwJoin.fields.join(" "),
    source_file: f.source.file,
    source_row: f.source.row,
    source_era: f.source.era,
  };
}

/**
 * One CSV cell: quoted when needed, and — for text — neutralised against spreadsheet formula injection
 * (a cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`).
 *
 * @example
 * csvCell("=HYPERLINK(1)"); // => "'=HYPERLINK(1)"
 * csvCell('say "hi", ok'); // => '"say ""hi"", ok"'
 */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  let s = value;
  const c = s.charCodeAt(0);
  if (c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV line (with `\n`) from cells. */
export function csvLine(cells: readonly Cell[]): string {
  let out = "";
  for (let i = 0; i < cells.length; i++) out += (i ? "," : "") + csvCell(cells[i] ?? null);
  return out + "\n";
}

/**
 * The header line of the filings CSV export (with its `\n`).
 *
 * @example
 * filingCsvHeader().startsWith("program,case_number,status,"); // => true
 */
export function filingCsvHeader(): string {
  return csvLine(FILING_CSV_COLUMNS);
}

/**
 * One filing as a line of the filings CSV export (with its `\n`), columns as in {@link FILING_CSV_COLUMNS}.
 *
 * @example
 * const { rows: [filing] } = await readDataset(lcaText);
 * filingToCsvLine(filing).startsWith("LCA,I-200-24267-029134,certified,H-1B,2024-09-23,2024-10-01,2025,"); // => true
 */
export function filingToCsvLine(f: Filing): string {
  const flat = flattenFiling(f);
  return csvLine(FILING_CSV_COLUMNS.map((k) => flat[k]));
}

/**
 * One filing as a JSON line (with its `\n`): the canonical {@link Filing} as it is.
 *
 * @example
 * const { rows: [filing] } = await readDataset(lcaText);
 * JSON.parse(filingToJsonLine(filing)).employer.normalizedName; // => "TAVRIX CONSULTANCY SERVICES"
 */
export function filingToJsonLine(f: Filing): string {
  return JSON.stringify(f) + "\n";
}
