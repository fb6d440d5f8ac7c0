import type { CaseStatus, DatasetId } from "../datasets/filing";
import type { IssueCode } from "../errors";
import type { Delimiter } from "./csv";
import type { TextEncoding } from "./encode";

/** Era ids of the files the generator writes (the same ids as the readers' era specs). */
export type GeneratedEraId =
  | "perm-b"
  | "perm-c"
  | "perm-d"
  | "perm-d-soc"
  | "lca-flag-96"
  | "lca-flag-97"
  | "lca-flag-98"
  | "pw-flag";

/** A row that a reader must flag, and why. */
export interface BadRow {
  /** 1-based data row (header = row 0; a record with an embedded newline is one row). */
  readonly row: number;
  readonly reason: "field_count" | "missing_case_number" | "invalid_status" | "missing_employer_name";
  /** The issue code a reader is expected to report. */
  readonly code: IssueCode;
  /** The column concerned, when there is one. */
  readonly column?: string;
  readonly caseNumber: string;
  readonly detail: string;
}

/** A value-level quirk injected into some rows. */
export interface QuirkRecord {
  readonly kind: string;
  readonly column?: string;
  readonly rows: readonly number[];
  /** The raw value of the first row, as written. */
  readonly example: string;
}

/** A row whose canonical values a test can assert after normalisation. */
export interface KnownRow {
  readonly row: number;
  readonly caseNumber: string;
  /** Employer name exactly as written in the row. */
  readonly employerName: string;
  /** The world employer (ground truth), e.g. `E00003`. */
  readonly employerKey: string;
  /** FEIN when the layout has one, else null. */
  readonly fein: string | null;
  /** SOC-2018 code a reader gets from this row (after bridging a SOC-2010 code); null when the layout has no SOC. */
  readonly soc2018: string | null;
  /** The occupation the generator drew (ground truth), even where the row has no SOC column. */
  readonly trueSoc2018: string;
  /** Offered wage (from) annualised: Year ×1, Month ×12, Bi-Weekly ×26, Week ×52, Hour ×2080; null for PW rows. */
  readonly annualOfferedFrom: number | null;
  /** Prevailing wage annualised; null when the layout has no prevailing wage (new-form PERM). */
  readonly annualPrevailing: number | null;
  readonly fiscalYear: number;
  readonly decisionDate: string;
  readonly status: CaseStatus;
  /** The PW determination the row cites (PERM), else null. */
  readonly pwdCaseNumber: string | null;
  /** Quirk kinds present in this row. */
  readonly quirks: readonly string[];
}

/** Everything a test needs to know about one generated file. */
export interface ManifestFile {
  readonly file: string;
  readonly dataset: DatasetId;
  readonly era: GeneratedEraId;
  /** Name of the header constant in src/datasets/<dataset>/layouts.ts (the FY2019 file strips `_9089`). */
  readonly layout: string;
  readonly columns: number;
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  readonly delimiter: Delimiter;
  readonly lineEnding: "\n" | "\r\n";
  readonly bytes: number;
  readonly fiscalYear: number;
  readonly quarter: number | null;
  /** Records after the header, including blank and bad rows. */
  readonly dataRows: number;
  /** Rows that are only delimiters or empty. */
  readonly blankRows: number;
  readonly blankRowRanges: readonly (readonly [from: number, to: number])[];
  readonly badRows: readonly BadRow[];
  /** Rows whose case number already appeared earlier in the same file. */
  readonly duplicateRowsWithinFile: number;
  readonly duplicates: readonly { readonly caseNumber: string; readonly rows: readonly number[]; readonly winnerRow: number }[];
  /** Rows a reader should turn into filings (dataRows − blankRows − badRows; duplicates included). */
  readonly validRows: number;
  /** Distinct case numbers among valid rows. */
  readonly distinctCases: number;
  /** Records containing a quoted line break. */
  readonly multilineRows: readonly number[];
  readonly quirks: readonly QuirkRecord[];
  readonly knownRows: readonly KnownRow[];
}

/** One case number found in several files, and which copy wins when they are read together. */
export interface CrossFileCase {
  readonly caseNumber: string;
  readonly copies: readonly {
    readonly file: string;
    readonly row: number;
    readonly decisionDate: string;
    readonly status: CaseStatus;
  }[];
  readonly winner: { readonly file: string; readonly row: number };
  /** True when the copies differ in decision date or status. */
  readonly changed: boolean;
}

/** A new-form PERM row and the PW row of the determination it cites. */
export interface PwdLink {
  readonly permFile: string;
  readonly permRow: number;
  readonly caseNumber: string;
  readonly pwdCaseNumber: string;
  readonly pwRow: number;
}

/** The join of new-form PERM rows to the PW file. */
export interface PwdJoin {
  readonly pwFile: string;
  /** Valid, non-superseded new-form PERM rows whose PWD case is in the PW file (all of them). */
  readonly linkedPermRows: number;
  /** Such rows whose PWD case is missing from the PW file (0: the PW file holds every cited PWD). */
  readonly unlinkedPermRows: number;
  /** The first links, for spot checks. */
  readonly examples: readonly PwdLink[];
}

/** The manifest written next to the samples as MANIFEST.json. */
export interface Manifest {
  readonly generator: "oflc-sponsors/generate";
  readonly version: 1;
  readonly seed: number;
  readonly worldSize: number;
  /**
   * Share of the world's filings each dataset's sample files hold: a file draws Poisson(rate × λ × years)
   * cases per employer and occupation. LCA samples are thinned to keep data-samples/ small.
   */
  readonly sampling: { readonly perm: number; readonly lca: number; readonly pw: number };
  readonly files: readonly ManifestFile[];
  readonly crossFile: {
    /** Rule used for `winner`: latest decision date; on a tie the newer file (later quarter); then the later row. */
    readonly rule: string;
    readonly groups: readonly {
      readonly files: readonly string[];
      readonly cases: readonly CrossFileCase[];
    }[];
    /** How new-form PERM rows (which have no PW wage) join the PW file through JOB_OPP_PWD_NUMBER. */
    readonly pwd: PwdJoin;
  };
}
