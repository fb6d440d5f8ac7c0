/**
 * The shape of a score: what {@link rankEmployers} lists and {@link scoreEmployer} returns, and what
 * {@link explain} puts into words. Plain JSON-safe data.
 *
 * @module
 */
import type { IsoDate } from "../datasets/filing";

/** `rated`: PERM history in the role's occupation; `no-history`: a known employer with none there (a validated zero); `unrated`: unknown employer or no filings in the window. */
export type ScoreStatus = "rated" | "no-history" | "unrated";

/** Names of the factors of a score, in explanation order. */
export type FactorName = "occupation" | "related" | "pipeline" | "certification" | "location" | "education" | "wage" | "audit";

/** One factor's contribution: a multiplier on the expected number of certified filings, and its evidence. */
export interface Factor {
  readonly name: FactorName;
  /** Effect on the expected certified filings (1 = none; `audit` is shown, not scored, and is always 1). */
  readonly multiplier: number;
  /** One line of plain language. */
  readonly summary: string;
  /** The counts behind it. */
  readonly counts: Readonly<Record<string, number>>;
  /** A few case numbers (latest first), where the index keeps them. */
  readonly caseNumbers: readonly string[];
}

/** The occupations a score covers, with their share of the role and expected certified filings. */
export interface ScoredOccupation {
  readonly soc: string;
  readonly title: string | null;
  readonly weight: number;
  readonly expectedCertified: number;
}

/** What the employer filed, within the model's window. */
export interface ScoredHistory {
  readonly fromFiscalYear: number | null;
  readonly toFiscalYear: number | null;
  /** PERM filings in the role's occupation(s), and how they ended. */
  readonly perm: { readonly filings: number; readonly certified: number; readonly denied: number; readonly withdrawn: number };
  /** PERM filings in every occupation. */
  readonly permAll: { readonly filings: number; readonly certified: number; readonly denied: number; readonly withdrawn: number };
  readonly lca: number;
  readonly lcaAll: number;
  readonly pw: number;
  /** Worksite states and PW levels of the PERM filings in the role's occupation(s), most first. */
  readonly states: readonly { readonly state: string; readonly filings: number }[];
  readonly levels: readonly { readonly level: string; readonly filings: number }[];
  readonly education: readonly { readonly education: string; readonly filings: number }[];
}

/** A scored employer. */
export interface ScoredEmployer {
  /** Employer (or parent) key, null when unrated because unknown. */
  readonly key: string | null;
  readonly name: string;
  readonly scope: "entity" | "parent";
  readonly status: ScoreStatus;
  /** Fewer than 5 PERM filings in the role's occupation(s) in the window. */
  readonly lowSample: boolean;
  /** P(at least one certified PERM for the role within the horizon); null when unrated. */
  readonly probability: number | null;
  /** 90 % interval of that probability (the uncertainty of the employer's rates). */
  readonly interval: readonly [number, number] | null;
  /** The same probability without the location, education and wage modifiers. */
  readonly occupationProbability: number | null;
  /** Expected PERM filings (any outcome) and certified filings for the role within the horizon. */
  readonly expectedFilings: number | null;
  readonly expectedCertified: number | null;
  /** The prior rate of an employer with no related history (filings per year, main occupation). */
  readonly baseRate: number | null;
  readonly factors: readonly Factor[];
  readonly occupations: readonly ScoredOccupation[];
  readonly history: ScoredHistory | null;
  /** The role as resolved. */
  readonly role: { readonly label: string; readonly state: string | null; readonly areas: readonly string[]; readonly education: string | null; readonly wage: number | null; readonly notes: readonly string[] };
  /** The prediction date; the horizon (months) after it; the index's data-as-of date. */
  readonly asOf: IsoDate;
  readonly horizonMonths: number;
  readonly dataAsOf: IsoDate | null;
  /** How a name was matched (scoreEmployer), else null. */
  readonly match: { readonly query: string; readonly confidence: number; readonly matchedName: string } | null;
  /** Why a score is unrated, else null. */
  readonly reason: string | null;
}
