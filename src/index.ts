// oflc-sponsors — platform-neutral public API (browsers, notebooks, Deno, Node).
// Nothing reachable from this file may import "node:*"; file paths live in "oflc-sponsors/node".

// Errors and issues
export { DisclosureError, type DisclosureErrorCode, type Issue, type IssueCode, type IssueSeverity } from "./errors";

// Canonical records
export {
  Filing,
  IsoDate,
  SocCode,
  UsState,
  Fein,
  Program,
  DatasetId,
  CaseStatus,
  WageUnit,
  PwLevel,
  Education,
  WageRepair,
  PwJoin,
} from "./datasets/filing";

// Reading files → filings
export { readDataset, readDatasetStream, type FilingStream, type ReadResult } from "./datasets/read";
export { readDatasets, readDatasetsStream, memorySource, type Source, type ManyFilingStream, type ReadManyOptions, type DroppedDuplicate } from "./datasets/read-many";
export { type ReadOptions } from "./datasets/read-options";
export { type ReadSummary, type ReadCounts, type ReadProgress } from "./datasets/read-summary";
export { detectEra, type EraMatch } from "./datasets/detect";
export { ERAS, erasOf } from "./datasets/eras";
export { RAW_FIELDS, type RawField, type EraSpec } from "./datasets/era";
export { headerKey } from "./datasets/header-key";
export { type TextInput } from "./io/text-input";
export { FILING_CSV_COLUMNS, flattenFiling, csvCell, filingCsvHeader, filingToCsvLine, filingToJsonLine } from "./io/write-filings";

// Normalisers (pure, total, idempotent)
export { cleanText } from "./normalize/text";
export { normalizeEmployerName, splitTradeName } from "./normalize/employer-name";
export { parseSocCode, socMajorGroup, socMinorGroup, socBroadGroup } from "./normalize/soc-code";
export { toSoc2018, parseSoc2018, SOC_2010_TO_2018 } from "./normalize/soc-bridge";
export { parseWageUnit, parseWageAmount, annualizeWage, PLAUSIBLE_ANNUAL_WAGE } from "./normalize/wage";
export { parseFilingDate, fiscalYearOf, excelSerialToIsoDate } from "./normalize/date";
export { parseState, US_STATES } from "./normalize/state";
export { parseCaseStatus, isApproved } from "./normalize/status";
export { parseEducation } from "./normalize/education";
export { parsePwLevel } from "./normalize/pw-level";
export { parseFein, parsePostalCode, parseNaics, parseCount, parseMonths, parseYesNo } from "./normalize/identifiers";
