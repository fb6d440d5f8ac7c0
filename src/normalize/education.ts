/**
 * Minimum education levels as written in PERM and PW files (`Bachelor's`, `MASTERS`,
 * `Doctorate (PhD)`, `High School/GED`, `Other degree (JD, MD, etc.)`), to the `Education` enum.
 *
 * @module
 */
import type { Education } from "../datasets/filing";
import { letterKey } from "./letter-key";

/** Spellings reduced to upper-case letters only (`Bachelor's` -> `BACHELORS`). */
const EDUCATION_WORDS: ReadonlyMap<string, Education> = new Map<string, Education>([
  ["NONE", "none"],
  ["NODEGREE", "none"],
  ["HIGHSCHOOL", "high-school"],
  ["HIGHSCHOOLGED", "high-school"],
  ["GED", "high-school"],
  ["ASSOCIATES", "associates"],
  ["ASSOCIATE", "associates"],
  ["ASSOCIATESDEGREE", "associates"],
  ["BACHELORS", "bachelors"],
  ["BACHELOR", "bachelors"],
  ["BACHELORSDEGREE", "bachelors"],
  ["MASTERS", "masters"],
  ["MASTER", "masters"],
  ["MASTERSDEGREE", "masters"],
  ["DOCTORATE", "doctorate"],
  ["DOCTORAL", "doctorate"],
  ["DOCTORATEDEGREE", "doctorate"],
  ["PHD", "doctorate"],
  ["OTHER", "other"],
  ["OTHERDEGREE", "other"],
]);


/**
 * Parse a minimum-education value; a parenthesised note is ignored unless it is all there is
 * (`Doctorate (PhD)` -> doctorate, `(PhD)` -> doctorate). Blank, `N/A` and unknown values are
 * `null`. Idempotent; never throws.
 *
 * @example
 * parseEducation("Bachelor's");                  // => "bachelors"
 * parseEducation("High School/GED");             // => "high-school"
 * parseEducation("Other degree (JD, MD, etc.)"); // => "other"
 * parseEducation("N/A");                         // => null
 */
export function parseEducation(raw: string | null | undefined): Education | null {
  if (raw == null) return null;
  const paren = raw.indexOf("(");
  let key = letterKey(paren === -1 ? raw : raw.slice(0, paren));
  if (key === "" && paren !== -1) key = letterKey(raw);
  return EDUCATION_WORDS.get(key) ?? null;
}
