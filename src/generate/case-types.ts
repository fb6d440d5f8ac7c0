import type { Education, WageUnit } from "../datasets/filing";
import type { Occupation } from "./occupations";
import type { Place } from "./places";
import type { NameVariant } from "./name-variants";
import type { LawFirm, WorldEmployer } from "./world";

/** The first receipt date of the new ETA-9089 (FLAG) form. */
export const NEW_FORM_START = "2023-06-01";

/** A PERM case outcome (certified-expired is derived at a file's extract date). */
export type PermStatus = "certified" | "certified-expired" | "denied" | "withdrawn";
/** An LCA case outcome. */
export type LcaStatus = "certified" | "certified-withdrawn" | "denied" | "withdrawn";
/** A PW determination outcome, as the FLAG files spell it. */
export type PwStatus =
  | "Determination Issued"
  | "Redetermination Affirmed"
  | "Redetermination Modified"
  | "Center Director Review Affirmed"
  | "Withdrawn";

/** The job of a filing: occupation, title, wage level, requirements. */
export interface Job {
  readonly occupation: Occupation;
  readonly soc2018: string;
  readonly title: string;
  readonly intern: boolean;
  /** Prevailing-wage level 1–4. */
  readonly level: 1 | 2 | 3 | 4;
  readonly education: Education;
  readonly experienceMonths: number;
  readonly fullTime: boolean;
  readonly major: string;
}

/** The primary worksite of a filing. */
export interface Worksite {
  readonly place: Place;
  readonly address1: string;
  readonly address2: string;
  readonly zip: string;
}

/** Offered and prevailing wage of a filing, each in its unit. */
export interface Wage {
  /** Prevailing wage in `pwUnit`. */
  readonly pw: number;
  readonly pwUnit: WageUnit;
  readonly offerFrom: number;
  readonly offerTo: number | null;
  readonly offerUnit: WageUnit;
}

/** The foreign worker of a PERM case (citizenship, admission class, education). */
export interface Worker {
  readonly country: string;
  readonly birthCountry: string;
  readonly classOfAdmission: string;
  readonly education: Education;
  readonly institution: readonly [string, string, string];
  readonly yearCompleted: number;
}

/** The prevailing-wage determination a PERM case cites. */
export interface Pwd {
  readonly caseNumber: string;
  readonly receivedDate: string;
  readonly determinationDate: string;
  readonly expirationDate: string;
}

interface CaseBase {
  readonly caseNumber: string;
  readonly receivedDate: string;
  readonly decisionDate: string;
  readonly fiscalYear: number;
  readonly employer: WorldEmployer;
  readonly name: NameVariant;
  readonly legalName: string;
  readonly job: Job;
  readonly worksite: Worksite;
  readonly wage: Wage;
  readonly agent: LawFirm | null;
}

/** One generated PERM case (any era; the writer decides how it is spelled). */
export interface PermCase extends CaseBase {
  readonly program: "PERM";
  readonly form: "old" | "new";
  readonly status: PermStatus;
  /** A uniform draw that decides whether a certification shows as expired at a file's extract date. */
  readonly expiryDraw: number;
  readonly pwd: Pwd;
  readonly worker: Worker;
  readonly refile: boolean;
}

/** One generated LCA case. */
export interface LcaCase extends CaseBase {
  readonly program: "LCA";
  readonly status: LcaStatus;
  readonly visaClass: string;
  readonly originalCertDate: string;
  readonly beginDate: string;
  readonly endDate: string;
  readonly totalWorkers: number;
  /** Index of the reason among NEW_EMPLOYMENT, CONTINUED, CHANGE_PREVIOUS, NEW_CONCURRENT, CHANGE_EMPLOYER, AMENDED. */
  readonly reason: number;
  readonly secondaryEntity: string | null;
  readonly worksiteLocations: number;
}

/** One generated PW determination. */
export interface PwCase extends CaseBase {
  readonly program: "PW";
  readonly status: PwStatus;
  readonly visaClass: string;
  readonly expirationDate: string;
  /** The PERM case that cites this determination, if any. */
  readonly permCaseNumber: string | null;
}

/** Any generated case. */
export type GeneratedCase = PermCase | LcaCase | PwCase;

/** A window of decision dates, inclusive. */
export interface DecisionWindow {
  readonly start: string;
  readonly end: string;
}

