/**
 * Case statuses of PERM, LCA and PW files, whose spelling drifts by era and program:
 * `Certified-Expired` / `Certified-expired` / `Certified - Expired`, `CERTIFIED-WITHDRAWN` /
 * `Certified - Withdrawn`, and the PW outcomes (`Determination Issued`, redeterminations and
 * center-director reviews), which all mean a wage was determined.
 *
 * @module
 */
import type { CaseStatus } from "../datasets/filing";
import { letterKey } from "./letter-key";

/** Status spellings reduced to upper-case letters only (`Certified - Expired` -> `CERTIFIEDEXPIRED`). */
const STATUS_WORDS: ReadonlyMap<string, CaseStatus> = new Map<string, CaseStatus>([
  ["CERTIFIED", "certified"],
  ["CERTIFIEDEXPIRED", "certified-expired"],
  ["CERTIFIEDWITHDRAWN", "certified-withdrawn"],
  ["DENIED", "denied"],
  ["WITHDRAWN", "withdrawn"],
  ["REJECTED", "rejected"],
  ["INVALIDATED", "invalidated"],
  ["DETERMINED", "determined"],
  ["DETERMINATIONISSUED", "determined"],
  ["REDETERMINATIONAFFIRMED", "determined"],
  ["REDETERMINATIONMODIFIED", "determined"],
  ["CENTERDIRECTORREVIEWAFFIRMED", "determined"],
  ["CENTERDIRECTORREVIEWMODIFIED", "determined"],
]);

/** Statuses that mean the Department of Labor approved the case (or issued a wage). */
const APPROVED: ReadonlySet<CaseStatus> = new Set<CaseStatus>([
  "certified",
  "certified-expired",
  "certified-withdrawn",
  "determined",
]);


/**
 * Parse a case status in any case, spacing and hyphenation. PW outcomes
 * (`Determination Issued`, `Redetermination Affirmed|Modified`,
 * `Center Director Review Affirmed|Modified`) become `determined`. Returns `null` for anything
 * else. Idempotent; never throws.
 *
 * @example
 * parseCaseStatus("Certified - Expired");  // => "certified-expired"
 * parseCaseStatus("CERTIFIED-WITHDRAWN");  // => "certified-withdrawn"
 * parseCaseStatus("Determination Issued"); // => "determined"
 * parseCaseStatus("PENDING");              // => null
 */
export function parseCaseStatus(raw: string | null | undefined): CaseStatus | null {
  if (raw == null) return null;
  return STATUS_WORDS.get(letterKey(raw)) ?? null;
}

/**
 * Whether a status means DOL approved: certified, certified-expired (PERM), certified-withdrawn
 * (LCA, withdrawn after approval) and determined (PW).
 *
 * @example
 * isApproved("certified-withdrawn"); // => true
 * isApproved("denied");              // => false
 */
export function isApproved(status: CaseStatus): boolean {
  return APPROVED.has(status);
}
