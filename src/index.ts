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

// Employers: entity resolution (FEIN first, then name + state, then trade names), alias tables, lookup
export { employerMatchKey, squashKey } from "./employers/employer-match-key";
export { LinkKind, LINK_KINDS, LINK_CONFIDENCE } from "./employers/link-kind";
export { AliasTable, AliasEntity, AliasParent, EMPTY_ALIASES, parseAliasTable, type AliasTableInput } from "./employers/alias-table";
export { type EmployerNodes, nodeLabels, LABEL_SPELLING, LABEL_TRADE_NAME, LABEL_CITY, LABEL_POSTAL_CODE } from "./employers/employer-nodes";
export { resolveEmployers, type EmployerResolution, type ResolvedEmployers, type ResolvedParents } from "./employers/resolve-employers";
export { findEmployer, type EmployerCandidate, type EmployerMatch, type EmployerDirectory, type FindEmployerOptions } from "./employers/find-employer";

// Occupations: job title → SOC-2018, learned from the filings
export { parseJobTitle, jobTitleKey, LEVEL_WORDS, INTERN_WORDS, type ParsedJobTitle } from "./occupations/job-title-key";
export { socTitleKey, socFromOfficialTitle, officialSocTitle } from "./occupations/soc-title";
export { SOC_2018_TITLES, SOC_2010_TITLES } from "./occupations/soc-titles";
export { type TitleModel } from "./occupations/title-model";
export { occupationsFor, type OccupationMatch, type OccupationsForOptions } from "./occupations/occupations-for";

// Sponsor index: build, snapshot, query
export {
  type SponsorIndex, type IndexSource, type GroupTable, type CellTable, type AttrTable, type EvidenceTable,
  SponsorIndexOptions, INDEX_FORMAT, INDEX_VERSION, PROGRAMS, STATUSES, LEVELS, EDUCATIONS,
  ATTR_STATE, ATTR_AREA, ATTR_WAGE, ATTR_LEVEL, ATTR_EDUCATION, ATTR_DAYS,
} from "./sponsors/sponsor-index";
export { createSponsorIndexBuilder, type SponsorIndexBuilder, type BuilderStats } from "./sponsors/create-sponsor-index-builder";
export { buildSponsorIndex, buildSponsorIndexAsync } from "./sponsors/build-sponsor-index";
export { saveSnapshot } from "./sponsors/save-snapshot";
export { loadSnapshot } from "./sponsors/load-snapshot";
export { SNAPSHOT_MAGIC } from "./sponsors/snapshot-format";
export { caseKey, caseNumberOfKey } from "./sponsors/case-key";
export { dayNumber, isoDateOfDay, fiscalYearOfDay } from "./sponsors/day-number";
export { wageBin, wageBinFloor, wageBinCeiling, daysBin, daysBinRange } from "./sponsors/bins";
export { employerProfile, type EmployerProfile, type EmployerProfileOptions, type ProfileName, type ProfileYear, type ProfileOccupation, type WageSummary } from "./sponsors/employer-profile";
export { employersFor, type OccupationQuery, type EmployersForFilters, type EmployerForRow } from "./sponsors/employers-for";

// Wage library: one OFLC wage year (ALC/EDC levels, Geography areas, SOC titles and crosswalk) and lookups
export { readWageLibrary, type ReadWageLibraryOptions } from "./wages/read-wage-library";
export { unzipWageLibrary, type WageLibraryFile } from "./wages/unzip-wage-library";
export { wageLevels, type WageLevels, type LevelWages, type HourlyAnnual } from "./wages/wage-levels";
export { wageLevelOf, type WageLevelOf } from "./wages/wage-level-of";
export { resolveArea, type ResolvedArea } from "./wages/resolve-area";
export { type AreaQuery, type PlaceQuery, type WageLevelsOptions, type OfferedWage } from "./wages/wage-query";
export {
  WAGE_LABELS, ANNUAL_BASIS_MIN, HOURS_PER_YEAR,
  type WageLabel, type WageLibrary, type WageTable, type WageArea, type WagePlace, type PlaceEntry, type GeoLvl,
  type SocVintage, type WageLibrarySummary,
} from "./wages/wage-library";
export { wageLibraryMember, wageYearOf, type WageLibraryMember } from "./wages/wage-library-member";
export { parseAreaCode } from "./wages/area-code";
export { detectSocVintage } from "./wages/detect-soc-vintage";
export { repairDosLetters } from "./normalize/repair-dos-letters";

// PERM ↔ PW join: fill new-form PERM filings from the prevailing-wage determination they cite
export { buildPwIndex, createPwIndexBuilder, pwdKey, type PwIndex, type PwDetermination, type PwIndexBuilder } from "./datasets/build-pw-index";
export { joinPrevailingWages, isPwJoinCandidate } from "./datasets/join-prevailing-wages";
export { joinPrevailingWagesStream, createPwJoiner, emptyPwJoinStats, type PwJoinStats, type PwJoiner, type JoinedFilingStream } from "./datasets/join-prevailing-wages-stream";

// Scoring: sponsorship likelihood — a calibrated empirical-Bayes model, ranking, explanations, batch scoring, backtest
export { rankEmployers, RankOptions, type RankedEmployer } from "./score/rank-employers";
export { scoreEmployer, ScoreEmployerOptions } from "./score/score-employer";
export { scoreListings, listingRole, ScoreListingsOptions, type Listing, type ScoredListing } from "./score/score-listings";
export { explain } from "./score/explain";
export { parseRole, RoleQuery, ROLE_EDUCATIONS, type Role, type RoleEducation } from "./score/role-query";
export { ScoreOptions } from "./score/score-options";
export { type ScoredEmployer, type ScoreStatus, type Factor, type FactorName, type ScoredHistory, type ScoredOccupation } from "./score/scored-employer";
export { fitScoreModel, scoreModelFor, ScoreModelOptions, type ScoreModel, type ScorePriors, type ScoreModelFit } from "./score/fit-score-model";
export { ACTIVITY_FEATURES, type ActivityFeature, type ActivityPrior } from "./score/fit-activity-prior";
export { type CertificationPrior } from "./score/fit-certification-prior";
export { backtest, BacktestOptions, type BacktestResult, type BacktestMetrics, type BacktestRole } from "./score/backtest";
export { BASELINES, baselineScore, handGrade, type Baseline, type BaselineInputs } from "./score/baselines";
export { rocAuc, prAuc, brierScore, precisionAtK } from "./score/classification-metrics";
export { reliabilityTable, isotonicMap, type ReliabilityBin, type IsotonicMap } from "./score/reliability-table";

// Analyst surface: arquero tables (toTable and the explicit helpers) and Vega-Lite chart specs (plain JSON)
export { toTable, tableKind, type TableInput, type TableKind } from "./table/to-table";
export { filingsTable, FILINGS_TABLE_COLUMNS, type FilingsTableColumn } from "./table/filings-table";
export { profileTable, PROFILE_TABLE_COLUMNS, PROFILE_STATUS_COLUMNS } from "./table/profile-table";
export { profileOccupationsTable, PROFILE_OCCUPATIONS_COLUMNS } from "./table/profile-occupations-table";
export { rankingTable, keyFactors, RANKING_TABLE_COLUMNS, RANKING_FACTORS } from "./table/ranking-table";
export {
  employerHistorySpec, rankingSpec, VEGA_LITE_SCHEMA,
  type VegaLiteSpec, type EmployerHistorySpecOptions, type RankingSpecOptions,
} from "./charts/vega-lite";
