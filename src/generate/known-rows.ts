import type { GeneratedCase } from "./case-types";
import type { ColumnRoles } from "./column-roles";
import { annualize } from "./draw-role";
import type { FileSpec } from "./file-spec";
import type { RowStyle } from "./format";
import type { KnownRow } from "./manifest";
import { bridgeTo2018 } from "./occupations";

/** A written row that may become a known row. */
export interface KnownCandidate<C extends GeneratedCase> {
  readonly row: number;
  readonly c: C;
  readonly style: RowStyle;
  readonly fields: readonly string[];
  readonly quirks: readonly string[];
}

const KNOWN_QUIRK_ORDER = [
  "wage-format:thousands", "unit-abbrev", "unit-upper-abbrev", "date-format:mdy2", "date-format:mdy",
  "date-format:iso-time", "date-format:excel", "status-spelling", "soc-format:nodash", "soc-format:onet",
  "soc-format:dash", "soc-2010-code", "state-full-name", "zip-plus-4", "name-variant:amp-entity", "name-variant:dba",
  "name-variant:double-space", "name-variant:glued-suffix", "name-variant:upper-no-punct", "name-variant:ascii-folded",
];

/**
 * Pick up to 14 rows whose canonical values a test can assert: the first and last rows, the first row with
 * each quirk worth checking, the accented and rebranded employers, an hourly wage. Rows whose expected value
 * depends on a reader's repair policy (unit/amount mismatch, state typos, SOC-2010 codes that SOC-2018 split)
 * are left out.
 */
export function chooseKnownRows<C extends GeneratedCase>(
  spec: FileSpec<C>,
  candidates: readonly KnownCandidate<C>[],
  r: ColumnRoles,
): KnownRow[] {
  const usable = candidates.filter(({ c, style, quirks }) => {
    if (quirks.includes("unit-amount-mismatch") || quirks.includes("state-typo")) return false;
    if (style.socVintage === 2010 && bridgeTo2018(c.job.occupation.soc2010) !== c.job.soc2018) return false;
    if (c.program === "PW" && c.status === "Withdrawn") return false;
    return true;
  });
  const chosen = new Map<number, (typeof usable)[number]>();
  const add = (x: (typeof usable)[number] | undefined): void => {
    if (x && chosen.size < 14) chosen.set(x.row, x);
  };
  add(usable[0]);
  add(usable[usable.length - 1]);
  for (const kind of KNOWN_QUIRK_ORDER) add(usable.find((x) => x.quirks.includes(kind) && !chosen.has(x.row)));
  add(usable.find((x) => x.c.employer.special === "accented-name"));
  add(usable.find((x) => x.c.employer.special === "rebrand"));
  add(usable.find((x) => x.c.wage.offerUnit === "hour" && !chosen.has(x.row)));
  const idx = (name: string | undefined): number => (name === undefined ? -1 : spec.layout.indexOf(name));
  return [...chosen.values()]
    .sort((a, b) => a.row - b.row)
    .map(({ row, c, style, fields, quirks }) => {
      const soc = idx(r.soc) >= 0 ? bridgeTo2018(style.socVintage === 2010 ? c.job.occupation.soc2010 : c.job.soc2018) : null;
      const status = spec.statusOf(c);
      return {
        row,
        caseNumber: c.caseNumber,
        employerName: fields[idx(r.employer)] ?? "",
        employerKey: c.employer.key,
        fein: idx(r.fein) >= 0 ? c.employer.fein : null,
        soc2018: soc,
        trueSoc2018: c.job.soc2018,
        annualOfferedFrom: c.program === "PW" ? null : annualize(c.wage.offerFrom, c.wage.offerUnit),
        annualPrevailing: idx(r.pw) >= 0 ? annualize(c.wage.pw, c.wage.pwUnit) : null,
        fiscalYear: c.fiscalYear,
        decisionDate: c.decisionDate,
        status,
        pwdCaseNumber: c.program === "PERM" && idx(r.pwd) >= 0 ? c.pwd.caseNumber : null,
        quirks,
      };
    });
}
