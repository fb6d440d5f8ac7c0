/**
 * Job titles as matching keys. Employers write one occupation many ways
 * (`Sr. Software Engineer II`, `SOFTWARE ENGINEER - SENIOR`, `Software Engineer Intern`), so a key
 * keeps only the words that say *what* the job is: upper-cased, punctuation dropped, common
 * abbreviations expanded (`ENGR`, `DEV`, `MGR`, `SWE`, `ML` …), plurals folded (`ANALYSTS` → `ANALYST`),
 * seniority and level words removed (`SENIOR`, `SR`, `LEAD`, `STAFF`, `PRINCIPAL`, `II`, `3` …), and
 * intern / co-op / trainee words removed (a `Machine Learning Intern` is matched to the full-time
 * occupations employers file for). Words are de-duplicated and sorted, so word order does not matter.
 *
 * @module
 */

/**
 * Seniority and level words: they change the pay, not the occupation, so title keys drop them.
 *
 * @example
 * LEVEL_WORDS.has("SR"); // => true
 * LEVEL_WORDS.has("ENGINEER"); // => false
 */
export const LEVEL_WORDS: ReadonlySet<string> = new Set([
  "SENIOR", "SR", "SNR", "JUNIOR", "JR", "LEAD", "PRINCIPAL", "STAFF", "DISTINGUISHED", "ASSOCIATE", "ASSOC",
  "ENTRY", "MID", "EXPERIENCED", "LEVEL", "LVL", "GRADE",
  "I", "II", "III", "IV", "V", "VI", "VII", "L1", "L2", "L3", "L4", "L5", "L6", "L7",
]);

/**
 * Words that mark a student or temporary role (interns are matched to the full-time occupation).
 *
 * @example
 * INTERN_WORDS.has("COOP"); // => true
 */
export const INTERN_WORDS: ReadonlySet<string> = new Set([
  "INTERN", "INTERNSHIP", "COOP", "TRAINEE", "SUMMER", "APPRENTICE", "APPRENTICESHIP",
]);

/** Abbreviations expanded before matching (each to one or more words). */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["ENGR", ["ENGINEER"]], ["ENGG", ["ENGINEERING"]], ["DEV", ["DEVELOPER"]],
  ["MGR", ["MANAGER"]], ["MGMT", ["MANAGEMENT"]], ["ASST", ["ASSISTANT"]], ["ADMIN", ["ADMINISTRATOR"]],
  ["SYS", ["SYSTEM"]], ["DIR", ["DIRECTOR"]], ["SPEC", ["SPECIALIST"]], ["ARCH", ["ARCHITECT"]],
  ["SWE", ["SOFTWARE", "ENGINEER"]], ["SDE", ["SOFTWARE", "DEVELOPMENT", "ENGINEER"]],
  ["SDET", ["SOFTWARE", "DEVELOPMENT", "ENGINEER", "TEST"]], ["ML", ["MACHINE", "LEARNING"]],
  ["SW", ["SOFTWARE"]], ["HW", ["HARDWARE"]], ["PROF", ["PROFESSOR"]], ["TECHNOLOGIES", ["TECHNOLOGY"]],
]);

/** What a job title says once reduced to a key. */
export interface ParsedJobTitle {
  /** Sorted, de-duplicated words joined by single spaces; `""` when nothing is left. */
  readonly key: string;
  /** The words of `key`. */
  readonly words: readonly string[];
  /** Whether the title had intern / co-op / trainee words. */
  readonly intern: boolean;
  /** Seniority and level words that were removed, in order. */
  readonly level: readonly string[];
}

/**
 * Fold a plural: `ANALYSTS` → `ANALYST`, `TECHNOLOGIES` → `TECHNOLOGY`; keeps `-SS`, `-US`, `-IS` words.
 *
 * @example
 * singularWord("ANALYSTS"); // => "ANALYST"
 * singularWord("BUSINESS"); // => "BUSINESS"
 */
export function singularWord(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("IES") && word.length > 4) return `${word.slice(0, -3)}Y`;
  if (!word.endsWith("S") || word.endsWith("SS") || word.endsWith("US") || word.endsWith("IS")) return word;
  return word.slice(0, -1);
}

/**
 * Upper-cased words of a title: `&` → `AND`, `CO-OP` → `COOP`, dots and apostrophes deleted, other
 * punctuation separating words.
 *
 * @example
 * titleWords("Sr. R&D Co-op (Analytics)"); // => ["SR", "R", "AND", "D", "COOP", "ANALYTICS"]
 */
export function titleWords(raw: string): string[] {
  const upper = raw
    .toUpperCase()
    .replace(/&(?:AMP;)+/g, "&")
    .replace(/\bCO-OP\b/g, "COOP")
    .replace(/[.'’`]/g, "")
    .replace(/&/g, " AND ");
  return upper.split(/[^A-Z0-9]+/).filter((w) => w !== "");
}

/**
 * Parse a job title into its matching key (see the module notes). Never throws; `null` for a blank
 * title. When a title is nothing but level words (`Associate`, `Senior`), they are kept.
 *
 * @example
 * parseJobTitle("Sr. Software Engineer II")?.key;  // => "ENGINEER SOFTWARE"
 * parseJobTitle("Machine Learning Intern")?.key;   // => "LEARNING MACHINE"
 * parseJobTitle("Machine Learning Intern")?.intern; // => true
 * parseJobTitle("ML Engineer")?.key;               // => "ENGINEER LEARNING MACHINE"
 */
export function parseJobTitle(raw: string | null | undefined): ParsedJobTitle | null {
  if (raw == null) return null;
  const words = titleWords(raw);
  if (words.length === 0) return null;
  const kept: string[] = [];
  const level: string[] = [];
  let intern = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "NEW" && (words[i + 1] === "GRAD" || words[i + 1] === "GRADUATE")) {
      intern = true;
      i++;
      continue;
    }
    if (INTERN_WORDS.has(w) || (w === "CO" && words[i + 1] === "OP")) {
      intern = true;
      if (w === "CO") i++;
      continue;
    }
    if (LEVEL_WORDS.has(w) || /^\d+$/.test(w)) {
      level.push(w);
      continue;
    }
    const expanded = ABBREVIATIONS.get(w);
    if (expanded) for (const e of expanded) kept.push(e);
    else kept.push(singularWord(w));
  }
  if (kept.length === 0) for (const w of level) if (!/^\d+$/.test(w)) kept.push(singularWord(w));
  const unique = [...new Set(kept)].sort();
  return { key: unique.join(" "), words: unique, intern, level };
}

/**
 * The matching key of a job title (see {@link parseJobTitle}); `null` when blank or nothing is left.
 *
 * @example
 * jobTitleKey("SOFTWARE ENGINEER - SENIOR"); // => "ENGINEER SOFTWARE"
 * jobTitleKey("Engineer, Software");         // => "ENGINEER SOFTWARE"
 * jobTitleKey("  ");                         // => null
 */
export function jobTitleKey(raw: string | null | undefined): string | null {
  const parsed = parseJobTitle(raw);
  return parsed === null || parsed.key === "" ? null : parsed.key;
}
