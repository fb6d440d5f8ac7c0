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
import { memo, intern } from "./memo";

const PROGRAM: Record<DatasetId, Program> = { perm: "PERM", lca: "LCA", pw: "PW" };
const NO_REPAIRS: readonly WageRepair[] = Object.freeze([]);

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

  const iCase = col("caseNumber");
  const iStatus = col("status");
  const iVisa = col("visaClass");
  const iReceived = col("receivedDate");
  const iDecision = col("decisionDate");
  const iEmpName = col("employerName");
  const iTrade = col("employerTradeName");
  const iFein = col("employerFein");
  const iEmpCity = col("employerCity");
  const iEmpState = col("employerState");
  const iEmpZip = col("employerPostalCode");
  const iNaics = col("naics");
  const iSize = col("employerSize");
  const iTitle = col("jobTitle");
  const iSoc = col("socCode");
  const iSocTitle = col("socTitle");
  const iEdu = col("minEducation");
  const iExp = col("experienceMonths");
  const iFull = col("fullTime");
  const iWsCity = col("worksiteCity");
  const iWsCounty = col("worksiteCounty");
  const iWsState = col("worksiteState");
  const iWsZip = col("worksitePostalCode");
  const iBls = col("blsArea");
  const iWageFrom = col("wageFrom");
  const iWageTo = col("wageTo");
  const iWageRange = col("wageRange");
  const iWageUnit = col("wageUnit");
  const iPw = col("pwAmount");
  const iPwUnit = col("pwUnit");
  const iPwLevel = col("pwLevel");
  const iPwd = col("pwdCaseNumber");

  // One cache per column and kind of value: distinct raw strings are few compared with rows, and a column
  // often repeats its previous value, which each cache checks before hashing.
  const text = columnMemo((s: string) => cleanText(s));
  const status = columnMemo((s: string): CaseStatus | null => parseCaseStatus(s));
  const date = columnMemo((s: string): IsoDate | null => parseFilingDate(s));
  const state = columnMemo((s: string): UsState | null => parseState(s));
  const zip = columnMemo((s: string) => parsePostalCode(s));
  const naics = columnMemo((s: string) => parseNaics(s));
  const count = columnMemo((s: string) => parseCount(s));
  const months = columnMemo((s: string) => parseMonths(s));
  const yesNo = columnMemo((s: string) => parseYesNo(s));
  const fein = columnMemo((s: string): Fein | null => parseFein(s));
  const edu = columnMemo((s: string): Education | null => parseEducation(s));
  const level = columnMemo((s: string): PwLevel | null => parsePwLevel(s));
  const unit = columnMemo((s: string): WageUnit | null => parseWageUnit(s));
  // Wage amounts are mostly distinct ("128,550.00"): caching them costs more than parsing, and the result holds
  // no substring of the row (numbers and a unit constant), so it is parsed each time.
  const amount = (_column: number, s: string): Amount | null => parseWageAmount(s);
  const soc = columnMemo((s: string): Soc => ({ raw: cleanText(s), code: parseSoc2018(s) }));
  const employer = columnMemo((s: string): Employer => {
    const cleaned = cleanText(s);
    const split = splitTradeName(cleaned);
    return { name: cleaned, normalizedName: normalizeEmployerName(cleaned), dba: split?.dba ?? null };
  });

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
  // Optional values: blank → null silently; present but unparseable → null with a warning.
  const opt = <T>(i: number, fn: (i: number, s: string) => T | null, what: string): T | null => {
    if (i < 0) return null;
    const s = row[i] ?? "";
    if (s === "" || isBlank(s)) return null;
    const v = fn(i, s);
    if (v === null) warn(i, "invalid_value", `unparseable ${what} ${JSON.stringify(s.trim())}`);
    return v;
  };
  const txt = (i: number): string | null => (i < 0 ? null : text(i, row[i] ?? ""));
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
      (repairs ??= []).push({ field, original: (row[i] ?? "").trim(), unit: txt(unitColumn), reason: a.repair });
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
    const caseRaw = raw(iCase).trim();
    if (caseRaw === "") return flag(iCase, "missing_value", "case number is blank");
    const statusRaw = raw(iStatus);
    const st = statusRaw.trim() === "" ? null : status(iStatus, statusRaw);
    if (st === null) {
      return statusRaw.trim() === ""
        ? flag(iStatus, "missing_value", "case status is blank")
        : flag(iStatus, "invalid_value", `unknown case status ${JSON.stringify(statusRaw.trim())}`);
    }
    for (let k = 0; k < required.length; k++) {
      const { field, index } = required[k]!;
      if (raw(index).trim() === "") return flag(index, "missing_value", `${field} is blank`);
    }

    const received = opt(iReceived, date, "date");
    const decision = opt(iDecision, date, "date");
    const emp = iEmpName >= 0 ? employer(iEmpName, row[iEmpName] ?? "") : null;

    let socInfo = iSoc >= 0 ? soc(iSoc, row[iSoc] ?? "") : null;
    let socTitle = txt(iSocTitle);
    if (socInfo && socInfo.code === null && socInfo.raw !== null) {
      const swapped = iSocTitle >= 0 ? soc(iSocTitle, row[iSocTitle] ?? "") : null;
      if (swapped && swapped.code !== null) {
        warn(iSoc, "repaired_value", "SOC code and SOC title were swapped");
        socTitle = socInfo.raw;
        socInfo = swapped;
      } else {
        warn(iSoc, "invalid_value", `not a SOC code ${JSON.stringify(socInfo.raw)}`);
      }
    }

    // Offered wage.
    let offeredFrom: number | null = null;
    let offeredTo: number | null = null;
    let offeredUnit: WageUnit | null = null;
    offeredUnit = opt(iWageUnit, unit, "wage unit");
    if (iWageRange >= 0) {
      const a = opt(iWageRange, amount, "wage");
      offeredUnit ??= a?.unit ?? null;
      offeredFrom = money("offeredFrom", iWageRange, a?.from ?? null, offeredUnit, iWageUnit);
      offeredTo = money("offeredTo", iWageRange, a?.to ?? null, offeredUnit, iWageUnit);
    } else {
      const a = opt(iWageFrom, amount, "wage");
      const b = opt(iWageTo, amount, "wage");
      offeredUnit ??= a?.unit ?? null;
      offeredFrom = money("offeredFrom", iWageFrom, a?.from ?? null, offeredUnit, iWageUnit);
      offeredTo = money("offeredTo", iWageTo, b?.from ?? a?.to ?? null, offeredUnit, iWageUnit);
    }
    // Prevailing wage.
    let pwUnit = opt(iPwUnit, unit, "wage unit");
    const pwA = opt(iPw, amount, "prevailing wage");
    pwUnit ??= pwA?.unit ?? null;
    const prevailing = money("prevailing", iPw, pwA?.from ?? null, pwUnit, iPwUnit);

    const filing: Filing = {
      program,
      caseNumber: intern(caseRaw),
      status: st,
      visaClass: txt(iVisa),
      receivedDate: received,
      decisionDate: decision,
      fiscalYear: decision !== null ? fiscalYearOf(decision) : received !== null ? fiscalYearOf(received) : null,
      employer: {
        name: emp?.name ?? null,
        normalizedName: emp?.normalizedName ?? null,
        fein: opt(iFein, fein, "FEIN"),
        tradeName: txt(iTrade) ?? emp?.dba ?? null,
        city: txt(iEmpCity),
        state: opt(iEmpState, state, "state"),
        postalCode: opt(iEmpZip, zip, "postal code"),
        naics: opt(iNaics, naics, "NAICS code"),
        size: opt(iSize, count, "employer size"),
      },
      job: {
        title: txt(iTitle),
        socCode: socInfo?.raw ?? null,
        soc2018: socInfo?.code ?? null,
        socTitle,
        minEducation: opt(iEdu, edu, "education level"),
        experienceMonths: opt(iExp, months, "experience months"),
        fullTime: opt(iFull, yesNo, "yes/no value"),
      },
      worksite: {
        city: txt(iWsCity),
        county: txt(iWsCounty),
        state: opt(iWsState, state, "state"),
        postalCode: opt(iWsZip, zip, "postal code"),
        blsArea: txt(iBls),
      },
      wages: {
        offeredFrom,
        offeredTo,
        offeredUnit,
        prevailing,
        prevailingUnit: pwUnit,
        pwLevel: opt(iPwLevel, level, "wage level"),
        repairs: repairs ?? (NO_REPAIRS as WageRepair[]),
      },
      pwdCaseNumber: iPwd >= 0 ? txt(iPwd) : null,
      pwJoin: null,
      source: { file, row: rowNumber, dataset, era: eraId },
    };
    return filing;
  };
}

/** A {@link memo} per column index, made on first use: `(column, raw) => fn(raw)`. */
function columnMemo<T>(fn: (s: string) => T): (i: number, s: string) => T {
  const byColumn: ((s: string) => T)[] = [];
  return (i, s) => (byColumn[i] ??= memo(fn))(s);
}

/** Placeholders that mean "no value" in disclosure exports. */
function isBlank(s: string): boolean {
  // Every placeholder is at most 4 characters; longer values without edge spaces are not blank.
  const n = s.length;
  if (n > 4 && s.charCodeAt(0) > 32 && s.charCodeAt(n - 1) > 32) return false;
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
