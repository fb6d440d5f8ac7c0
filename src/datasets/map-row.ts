import type { Issue, IssueCode } from "../errors";
import type { EraMatch } from "./detect";
import type { RawField } from "./era";
import type {
  CaseStatus,
  DatasetId,
  Education,
  Fein,
  Filing,
  IsoDate,
  Program,
  PwLevel,
  SocCode,
  UsState,
  WageRepair,
  WageUnit,
} from "./filing";
import { cleanText } from "../normalize/text";
import { normalizeEmployerName, splitTradeName } from "../normalize/employer-name";
import { parseSoc2018 } from "../normalize/soc-bridge";
import { annualizeWage, parseWageAmount, parseWageUnit } from "../normalize/wage";
import { fiscalYearOf, parseFilingDate } from "../normalize/date";
import { parseState } from "../normalize/state";
import { parseCaseStatus } from "../normalize/status";
import { parseEducation } from "../normalize/education";
import { parsePwLevel } from "../normalize/pw-level";
import { parseCount, parseFein, parseMonths, parseNaics, parsePostalCode, parseYesNo } from "../normalize/identifiers";
import { cache, intern, type Cached } from "./memo";

const PROGRAM: Record<DatasetId, Program> = { perm: "PERM", lca: "LCA", pw: "PW" };
/** The (frozen) repairs list of every filing without wage repairs. */
export const NO_REPAIRS: readonly WageRepair[] = Object.freeze([]);

/** Where a row's issues go; the mapper never throws on data. */
export interface IssueSink {
  add(issue: Issue): void;
}

/** Outcome of one row: a filing, or null when the row was flagged (its issues explain why). */
export type RowMapper = (row: readonly string[], rowNumber: number, sink: IssueSink) => Filing | null;

interface Employer {
  name: string | null;
  normalizedName: string | null;
  dba: string | null;
}
interface Amount {
  from: number | null;
  to: number | null;
  unit: WageUnit | null;
}
interface Soc {
  raw: string | null;
  code: SocCode | null;
}

/**
 * Build the function that turns one raw CSV record of a detected era into a canonical {@link Filing}.
 * Value normalisation is cached per distinct raw string (and each kept string is copied once), which is
 * what keeps a 700,000-row file fast and its memory small.
 */
export function createRowMapper(match: EraMatch, file: string, headers: readonly string[]): RowMapper {
  const { era, columnIndex } = match;
  const program = PROGRAM[era.dataset];
  const dataset = era.dataset;
  const eraId = era.id;
  const width = headers.length;
  const col = (f: RawField): number => columnIndex[f] ?? -1;
  const name = (i: number): string => headers[i] ?? `column ${i + 1}`;
  const required = (era.required ?? []).filter((f) => col(f) >= 0).map((f) => ({ field: f, index: col(f) }));

  // Each used column gets its own cache of parsed values: distinct raw strings are few compared with rows, and a
  // column often repeats its previous value, which its cache checks before hashing. Optional values are cached
  // with their verdict, so blank placeholders and unparseable text are decided once per distinct raw string.
  const text = (f: RawField): Column<string | null> => column(col(f), (s) => cleanText(s));
  const optional = <T>(f: RawField, parse: (s: string) => T | null): Column<T | Verdict> =>
    column(col(f), (s) => {
      if (isBlank(s)) return BLANK;
      const v = parse(s);
      return v === null ? INVALID : v;
    });
  const day = (s: string): Day | null => {
    const iso = parseFilingDate(s);
    return iso === null ? null : { iso, fiscalYear: fiscalYearOf(iso) };
  };
  const socOf = (s: string): Soc => ({ raw: cleanText(s), code: parseSoc2018(s) });

  const caseNumber = col("caseNumber");
  const status = column(col("status"), (s): CaseStatus | Verdict =>
    isBlankText(s) ? BLANK : (parseCaseStatus(s) ?? INVALID),
  );
  const visaClass = text("visaClass");
  const received = optional("receivedDate", day);
  const decision = optional("decisionDate", day);
  const employer = column(col("employerName"), (s): Employer => {
    const cleaned = cleanText(s);
    const split = splitTradeName(cleaned);
    return { name: cleaned, normalizedName: normalizeEmployerName(cleaned), dba: split?.dba ?? null };
  });
  const tradeName = text("employerTradeName");
  const fein = optional("employerFein", (s): Fein | null => parseFein(s));
  const employerCity = text("employerCity");
  const employerState = optional("employerState", (s): UsState | null => parseState(s));
  const employerZip = optional("employerPostalCode", (s) => parsePostalCode(s));
  const naics = optional("naics", (s) => parseNaics(s));
  const size = optional("employerSize", (s) => parseCount(s));
  const jobTitle = text("jobTitle");
  const soc = column(col("socCode"), socOf);
  const socTitle = text("socTitle");
  const socInTitle = column(col("socTitle"), socOf); // for a SOC code and title filed in each other's columns
  const education = optional("minEducation", (s): Education | null => parseEducation(s));
  const experience = optional("experienceMonths", (s) => parseMonths(s));
  const fullTime = optional("fullTime", (s) => parseYesNo(s));
  const worksiteCity = text("worksiteCity");
  const worksiteCounty = text("worksiteCounty");
  const worksiteState = optional("worksiteState", (s): UsState | null => parseState(s));
  const worksiteZip = optional("worksitePostalCode", (s) => parsePostalCode(s));
  const blsArea = text("blsArea");
  const iWageFrom = col("wageFrom");
  const iWageTo = col("wageTo");
  const iWageRange = col("wageRange");
  const wageUnit = optional("wageUnit", (s): WageUnit | null => parseWageUnit(s));
  const iPw = col("pwAmount");
  const pwUnit = optional("pwUnit", (s): WageUnit | null => parseWageUnit(s));
  const pwLevel = optional("pwLevel", (s): PwLevel | null => parsePwLevel(s));
  const pwdCaseNumber = text("pwdCaseNumber");

  // Per-row state, set at the top of each call; the helpers below read it (no closures allocated per row).
  let row: readonly string[] = [];
  let rowNumber = 0;
  let sink: IssueSink = { add() {} };
  let repairs: WageRepair[] | null = null;

  const flag = (i: number, code: IssueCode, message: string): null => {
    sink.add({ file, row: rowNumber, column: name(i), code, severity: "error", message });
    return null;
  };
  const warn = (i: number, code: IssueCode, message: string): void => {
    sink.add({ file, row: rowNumber, column: name(i), code, severity: "warning", message });
  };
  const raw = (i: number): string => (i >= 0 ? (row[i] ?? "") : "");
  /** This row's cache entry for a column (null when the file has no such column). */
  const entry = <T>(c: Column<T>): Cached<T> | null => (c.index < 0 ? null : c.lookup(row[c.index] ?? ""));
  /**
   * Like {@link entry}, for a column that usually goes with another (a FEIN's employer name, an employer's
   * address, a worksite ZIP code's city and county, a job title's SOC code). The owner entry remembers, per slot, the entry its row
   * had last time; when this row's raw text is the same string, that entry is reused without a lookup. Only a
   * shortcut: the entry returned is always the column cache's own entry for this raw text.
   */
  const related = <T>(owner: Cached<unknown> | null, slot: number, c: Column<T>): Cached<T> | null => {
    if (c.index < 0) return null;
    const s = row[c.index] ?? "";
    if (owner === null) return c.lookup(s);
    const seen = (owner.related ??= []);
    const last = seen[slot] as Cached<T> | undefined;
    if (last !== undefined && last.key === s) return last;
    const e = c.lookup(s);
    seen[slot] = e as Cached<unknown>;
    return e;
  };
  // Optional values: blank → null silently; present but unparseable → null with a warning.
  const opt = <T>(e: Cached<T | Verdict> | null, c: Column<T | Verdict>, what: string): T | null => {
    if (e === null || e.value === BLANK) return null;
    if (e.value === INVALID) {
      warn(c.index, "invalid_value", `unparseable ${what} ${JSON.stringify(e.key.trim())}`);
      return null;
    }
    return e.value as T;
  };
  // Wage amounts are mostly distinct ("128,550.00"): caching them costs more than parsing, and the result holds
  // no substring of the row (numbers and a unit constant), so they are parsed each time.
  const amount = (i: number, what: string): Amount | null => {
    if (i < 0) return null;
    const s = row[i] ?? "";
    if (s === "" || isBlank(s)) return null;
    const v = parseWageAmount(s);
    if (v === null) warn(i, "invalid_value", `unparseable ${what} ${JSON.stringify(s.trim())}`);
    return v;
  };
  const money = (
    field: WageRepair["field"],
    i: number,
    value: number | null,
    u: WageUnit | null,
    unitColumn: number,
  ): number | null => {
    if (value === null) return null;
    const a = annualizeWage(value, u);
    if (a.repair !== null) {
      const unitText = unitColumn < 0 ? null : cleanText(row[unitColumn] ?? "");
      (repairs ??= []).push({ field, original: (row[i] ?? "").trim(), unit: unitText === null ? null : intern(unitText), reason: a.repair });
      warn(i, "repaired_value", `${field} ${value} per ${u ?? "unknown unit"} read as ${a.annual ?? "null"} a year (${a.repair})`);
    } else if (a.annual === null) {
      warn(i, "invalid_value", `implausible ${field} ${value} per ${u ?? "unknown unit"}`);
    }
    return a.annual;
  };

  return (currentRow, currentRowNumber, currentSink) => {
    row = currentRow;
    rowNumber = currentRowNumber;
    sink = currentSink;
    repairs = null;
    if (row.length !== width && !(row.length > width && extrasBlank(row, width))) {
      sink.add({
        file,
        row: rowNumber,
        code: "field_count",
        severity: "error",
        message: `expected ${width} fields, found ${row.length}`,
      });
      return null;
    }
    const caseRaw = trimmed(raw(caseNumber));
    if (caseRaw === "") return flag(caseNumber, "missing_value", "case number is blank");
    const st = entry(status);
    if (st === null || st.value === BLANK) return flag(status.index, "missing_value", "case status is blank");
    if (st.value === INVALID) return flag(status.index, "invalid_value", `unknown case status ${JSON.stringify(st.key.trim())}`);
    for (let k = 0; k < required.length; k++) {
      const { field, index } = required[k]!;
      if (isBlankText(raw(index))) return flag(index, "missing_value", `${field} is blank`);
    }

    const receivedEntry = entry(received);
    const receivedDay = opt(receivedEntry, received, "date");
    // Decisions follow receipt by a fairly fixed delay (an LCA is certified within 7 working days).
    const decisionDay = opt(related(receivedEntry, 0, decision), decision, "date");
    // The FEIN is a short code with few spellings: look it up first, and reach the employer name (long, with many
    // distinct values) through the name this FEIN had last time when the row repeats it.
    const feinEntry = entry(fein);
    const empEntry =
      feinEntry === null || feinEntry.value === BLANK || feinEntry.value === INVALID
        ? entry(employer)
        : related(feinEntry, 0, employer);
    const emp = empEntry?.value ?? null;

    const titleEntry = entry(jobTitle);
    let socInfo = related(titleEntry, 0, soc)?.value ?? null;
    let socTitleText = related(titleEntry, 1, socTitle)?.value ?? null;
    if (socInfo && socInfo.code === null && socInfo.raw !== null) {
      const swapped = entry(socInTitle)?.value ?? null;
      if (swapped && swapped.code !== null) {
        warn(soc.index, "repaired_value", "SOC code and SOC title were swapped");
        socTitleText = socInfo.raw;
        socInfo = swapped;
      } else {
        warn(soc.index, "invalid_value", `not a SOC code ${JSON.stringify(socInfo.raw)}`);
      }
    }

    // Offered wage.
    let offeredFrom: number | null = null;
    let offeredTo: number | null = null;
    let offeredUnit = opt(entry(wageUnit), wageUnit, "wage unit");
    if (iWageRange >= 0) {
      const a = amount(iWageRange, "wage");
      offeredUnit ??= a?.unit ?? null;
      offeredFrom = money("offeredFrom", iWageRange, a?.from ?? null, offeredUnit, wageUnit.index);
      offeredTo = money("offeredTo", iWageRange, a?.to ?? null, offeredUnit, wageUnit.index);
    } else {
      const a = amount(iWageFrom, "wage");
      const b = amount(iWageTo, "wage");
      offeredUnit ??= a?.unit ?? null;
      offeredFrom = money("offeredFrom", iWageFrom, a?.from ?? null, offeredUnit, wageUnit.index);
      offeredTo = money("offeredTo", iWageTo, b?.from ?? a?.to ?? null, offeredUnit, wageUnit.index);
    }
    // Prevailing wage.
    let prevailingUnit = opt(entry(pwUnit), pwUnit, "wage unit");
    const pwA = amount(iPw, "prevailing wage");
    prevailingUnit ??= pwA?.unit ?? null;
    const prevailing = money("prevailing", iPw, pwA?.from ?? null, prevailingUnit, pwUnit.index);

    // Employers file most of their cases for the same few worksites.
    const wsZipEntry = related(empEntry, 7, worksiteZip);
    const day = decisionDay ?? receivedDay;
    const filing: Filing = {
      program,
      caseNumber: intern(caseRaw),
      status: st.value,
      visaClass: entry(visaClass)?.value ?? null,
      receivedDate: receivedDay?.iso ?? null,
      decisionDate: decisionDay?.iso ?? null,
      fiscalYear: day?.fiscalYear ?? null,
      employer: {
        name: emp?.name ?? null,
        normalizedName: emp?.normalizedName ?? null,
        fein: opt(feinEntry, fein, "FEIN"),
        tradeName: related(empEntry, 1, tradeName)?.value ?? emp?.dba ?? null,
        city: related(empEntry, 2, employerCity)?.value ?? null,
        state: opt(related(empEntry, 3, employerState), employerState, "state"),
        postalCode: opt(related(empEntry, 4, employerZip), employerZip, "postal code"),
        naics: opt(related(empEntry, 5, naics), naics, "NAICS code"),
        size: opt(related(empEntry, 6, size), size, "employer size"),
      },
      job: {
        title: titleEntry?.value ?? null,
        socCode: socInfo?.raw ?? null,
        soc2018: socInfo?.code ?? null,
        socTitle: socTitleText,
        minEducation: opt(entry(education), education, "education level"),
        experienceMonths: opt(entry(experience), experience, "experience months"),
        fullTime: opt(entry(fullTime), fullTime, "yes/no value"),
      },
      worksite: {
        city: related(wsZipEntry, 0, worksiteCity)?.value ?? null,
        county: related(wsZipEntry, 1, worksiteCounty)?.value ?? null,
        state: opt(related(wsZipEntry, 2, worksiteState), worksiteState, "state"),
        postalCode: opt(wsZipEntry, worksiteZip, "postal code"),
        blsArea: entry(blsArea)?.value ?? null,
      },
      wages: {
        offeredFrom,
        offeredTo,
        offeredUnit,
        prevailing,
        prevailingUnit,
        pwLevel: opt(entry(pwLevel), pwLevel, "wage level"),
        repairs: repairs ?? (NO_REPAIRS as WageRepair[]),
      },
      pwdCaseNumber: entry(pwdCaseNumber)?.value ?? null,
      pwJoin: null,
      source: { file, row: rowNumber, dataset, era: eraId },
    };
    return filing;
  };
}

/** One column's index in the file (-1 when absent) and its cache of parsed values. */
interface Column<T> {
  readonly index: number;
  readonly lookup: (s: string) => Cached<T>;
}

function column<T>(index: number, fn: (s: string) => T): Column<T> {
  return { index, lookup: cache(fn) };
}

/** True when `s` starts and ends with a printable ASCII character, so `trim()` would leave it unchanged. */
function solidEdges(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(n - 1);
  return a > 32 && a < 127 && z > 32 && z < 127;
}

/** `s.trim()`, skipping the scan when neither end is whitespace (most cells). */
function trimmed(s: string): string {
  return solidEdges(s) ? s : s.trim();
}

/** True for an empty or whitespace-only cell (a cell with printable edges is decided without trimming). */
function isBlankText(s: string): boolean {
  return !solidEdges(s) && s.trim() === "";
}

/** A parsed filing date and its federal fiscal year (computed once per distinct raw date). */
interface Day {
  readonly iso: IsoDate;
  readonly fiscalYear: number;
}

/** What an optional column caches instead of a value: the cell is a blank placeholder, or not parseable. */
const BLANK: unique symbol = Symbol("blank");
const INVALID: unique symbol = Symbol("invalid");
type Verdict = typeof BLANK | typeof INVALID;

/** Placeholders that mean "no value" in disclosure exports. */
function isBlank(s: string): boolean {
  // Every placeholder is at most 4 characters; longer values without edge spaces are not blank.
  if (s.length > 4 && solidEdges(s)) return false;
  const t = s.trim();
  return t === "" || t === "N/A" || t === "n/a" || t === "NA" || t === "#N/A" || t === "nan" || t === "NaN" || t === "*";
}

function extrasBlank(row: readonly string[], width: number): boolean {
  for (let i = width; i < row.length; i++) if ((row[i] ?? "").trim() !== "") return false;
  return true;
}

/** True when every field of a record is empty or whitespace (a padding row). */
export function isBlankRow(row: readonly string[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const s = row[i]!;
    if (s.length !== 0 && s.trim().length !== 0) return false;
  }
  return true;
}
