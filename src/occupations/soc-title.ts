/**
 * Official SOC titles ↔ codes: `Software Developers, Applications` (SOC-2010, also OFLC's hybrid
 * `…, R&D` / `…, Non R&D` codes) and `Software Developers` (SOC-2018) both resolve to `15-1252`, so a
 * file whose only occupation field is a SOC title still indexes by SOC.
 *
 * @module
 */
import type { SocCode } from "../datasets/filing";
import { toSoc2018 } from "../normalize/soc-bridge";
import { parseSocCode } from "../normalize/soc-code";
import { singularWord, titleWords } from "./job-title-key";
import { SOC_2010_TITLES, SOC_2018_TITLES } from "./soc-titles";

/**
 * The matching key of an official SOC title: upper-case words, plurals folded, OFLC's `R&D` /
 * `Non R&D` qualifiers dropped, sorted.
 *
 * @example
 * socTitleKey("Software Developers, Applications, Non R&D"); // => "APPLICATION DEVELOPER SOFTWARE"
 * socTitleKey("software developer applications");           // => "APPLICATION DEVELOPER SOFTWARE"
 */
export function socTitleKey(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const words = titleWords(raw.replace(/,?\s*(?:non[\s-]*)?r\s*&\s*d\s*$/i, ""));
  if (words.length === 0) return null;
  return [...new Set(words.map(singularWord))].sort().join(" ");
}

/** Official title keys → SOC-2018 codes, from the wage library's SOC tables (SOC-2018 first). */
const BY_TITLE: ReadonlyMap<string, SocCode> = (() => {
  const map = new Map<string, SocCode>();
  for (const [code, title] of [...SOC_2018_TITLES, ...SOC_2010_TITLES]) {
    const key = socTitleKey(title);
    const soc = parseSocCode(code);
    if (key !== null && soc !== null && !map.has(key)) map.set(key, toSoc2018(soc));
  }
  return map;
})();

/** SOC-2018 codes → their official title. */
const TITLE_OF: ReadonlyMap<string, string> = new Map(SOC_2018_TITLES.map(([code, title]) => [code, title]));

/**
 * The SOC-2018 code of an official SOC title (SOC-2018 or SOC-2010 wording, any case and
 * punctuation), or `null`.
 *
 * @example
 * socFromOfficialTitle("Software Developers, Applications"); // => "15-1252"
 * socFromOfficialTitle("SOFTWARE DEVELOPERS");               // => "15-1252"
 * socFromOfficialTitle("Computer Systems Analysts, R&D");    // => "15-1211"
 * socFromOfficialTitle("Wizard");                            // => null
 */
export function socFromOfficialTitle(raw: string | null | undefined): SocCode | null {
  const key = socTitleKey(raw);
  return key === null ? null : (BY_TITLE.get(key) ?? null);
}

/**
 * The official SOC-2018 title of a code, or `null` when the code is not in the table.
 *
 * @example
 * officialSocTitle("15-1252"); // => "Software Developers"
 */
export function officialSocTitle(code: string): string | null {
  return TITLE_OF.get(code) ?? null;
}
