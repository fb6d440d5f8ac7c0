import { letterKey } from "../normalize/letter-key";
import type { CaseStatus, Education, Filing, IsoDate, PwLevel, SocCode, WageUnit } from "./filing";

/** What a new-form PERM case can take from its prevailing-wage determination (one PW filing, compacted). */
export interface PwDetermination {
  readonly caseNumber: string;
  readonly status: CaseStatus;
  readonly decisionDate: IsoDate | null;
  readonly prevailing: number | null;
  readonly prevailingUnit: WageUnit | null;
  readonly pwLevel: PwLevel | null;
  readonly minEducation: Education | null;
  readonly experienceMonths: number | null;
  readonly socCode: string | null;
  readonly soc2018: SocCode | null;
  readonly socTitle: string | null;
  readonly blsArea: string | null;
}

/** PW determinations by PWD case number (see {@link pwdKey}); build with {@link buildPwIndex}. */
export interface PwIndex {
  readonly byCase: ReadonlyMap<string, PwDetermination>;
  /** PW filings indexed (one per PWD number). */
  readonly size: number;
  /** PW filings left out: another visa class than PERM (H-1B, H-2B … determinations are never cited by a PERM case). */
  readonly otherVisaClass: number;
  /** Filings that were not PW filings. */
  readonly notPw: number;
}

/**
 * The key a PWD case number is matched on: trimmed, upper-case, without spaces.
 *
 * @example
 * pwdKey(" p-100-24330-000001 "); // => "P-100-24330-000001"
 */
export function pwdKey(caseNumber: string): string {
  return caseNumber.trim().toUpperCase().replace(/\s+/g, "");
}

/** Issued determinations win over withdrawn ones. */
function statusRank(s: CaseStatus): number {
  return s === "determined" ? 2 : s === "withdrawn" ? 0 : 1;
}

/** True when `a` should replace `b` for the same PWD number: better status, then the later determination. */
function newer(a: PwDetermination, b: PwDetermination): boolean {
  const sa = statusRank(a.status);
  const sb = statusRank(b.status);
  if (sa !== sb) return sa > sb;
  return (a.decisionDate ?? "") >= (b.decisionDate ?? "");
}

/** An incremental {@link PwIndex} builder (what {@link buildPwIndex} and multi-file reads use). */
export interface PwIndexBuilder {
  add(filing: Filing): void;
  index(): PwIndex;
}

/**
 * Start an empty {@link PwIndex}; strings repeated across rows (titles, areas) are stored once. Add PW filings
 * one at a time (other filings are counted and skipped), then take the index.
 *
 * @example
 * const builder = createPwIndexBuilder();
 * for await (const filing of readDatasetStream(pwText)) builder.add(filing);
 * const pwIndex = builder.index();
 * [pwIndex.size, pwIndex.otherVisaClass]; // => [439, 33]
 */
export function createPwIndexBuilder(): PwIndexBuilder {
  const byCase = new Map<string, PwDetermination>();
  const strings = new Map<string, string>();
  const share = <T extends string | null>(s: T): T => {
    if (s === null) return s;
    const hit = strings.get(s);
    if (hit !== undefined) return hit as T;
    strings.set(s, s);
    return s;
  };
  let otherVisaClass = 0;
  let notPw = 0;
  return {
    add(f) {
      if (f.program !== "PW") {
        notPw++;
        return;
      }
      if (f.visaClass !== null && letterKey(f.visaClass) !== "PERM") {
        otherVisaClass++;
        return;
      }
      const entry: PwDetermination = {
        caseNumber: f.caseNumber,
        status: f.status,
        decisionDate: f.decisionDate,
        prevailing: f.wages.prevailing,
        prevailingUnit: f.wages.prevailingUnit,
        pwLevel: f.wages.pwLevel,
        minEducation: f.job.minEducation,
        experienceMonths: f.job.experienceMonths,
        socCode: share(f.job.socCode),
        soc2018: share(f.job.soc2018),
        socTitle: share(f.job.socTitle),
        blsArea: share(f.worksite.blsArea),
      };
      const key = pwdKey(f.caseNumber);
      const prev = byCase.get(key);
      if (prev === undefined || newer(entry, prev)) byCase.set(key, entry);
    },
    index() {
      return { byCase, size: byCase.size, otherVisaClass, notPw };
    },
  };
}

/**
 * Index PW (ETA-9141) filings by PWD case number, for {@link joinPrevailingWages}. Only determinations of
 * visa class PERM (or of unknown class) are kept, each compacted to the fields a PERM case can take; when
 * a PWD number appears more than once (cumulative quarterly files, redeterminations), an issued
 * determination beats a withdrawn one, then the later determination date wins.
 * An iterable gives the index at once; an async iterable (a `FilingStream`) gives a promise.
 *
 * @example
 * const pwIndex = await buildPwIndex(readDatasetStream(pwText));
 * pwIndex.size; // => 439
 * pwIndex.byCase.get("P-100-22168-159279")?.pwLevel; // => "II"
 * pwIndex.byCase.get("P-100-22168-159279")?.prevailing; // => 105210
 */
export function buildPwIndex(pwFilings: Iterable<Filing>): PwIndex;
export function buildPwIndex(pwFilings: AsyncIterable<Filing>): Promise<PwIndex>;
export function buildPwIndex(pwFilings: Iterable<Filing> | AsyncIterable<Filing>): PwIndex | Promise<PwIndex>;
export function buildPwIndex(pwFilings: Iterable<Filing> | AsyncIterable<Filing>): PwIndex | Promise<PwIndex> {
  const builder = createPwIndexBuilder();
  if (Symbol.asyncIterator in pwFilings) {
    return (async () => {
      for await (const f of pwFilings) builder.add(f);
      return builder.index();
    })();
  }
  for (const f of pwFilings) builder.add(f);
  return builder.index();
}
