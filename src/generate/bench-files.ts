import { LCA_FLAG_97 } from "../datasets/lca/layouts";
import { PERM_ERA_D_FY2025 } from "../datasets/perm/layouts";
import { dayNumber, fiscalYearEnd, fiscalYearStart, isoOfDay } from "./calendar";
import { type CaseNumbers, createCaseNumbers } from "./case-numbers";
import type { GeneratedCase, LcaCase, PermCase } from "./case-types";
import { businessDay } from "./draw-role";
import { type LcaRole, drawLcaRole, lcaFiling } from "./lca-cases";
import { type PermRole, drawPermRole, permFiling, permStatusAt } from "./perm-cases";
import { type Delimiter, csvField, csvRecord } from "./csv";
import type { RowStyle } from "./format";
import { isLcaFilingColumn, lcaColumns } from "./lca-columns";
import { isPermFilingColumn, permColumns } from "./perm-columns";
import { type Rng, createRng, deriveSeed, mixSeed } from "./random";
import type { ColumnGetter } from "./row-context";
import type { World, WorldEmployer } from "./world";

/** What a benchmark file will hold. */
export interface BenchFilePlan {
  readonly file: string;
  /** Data rows (filings), not counting the blank padding rows at the end. */
  readonly rows: number;
  readonly blankRows: number;
  readonly layout: readonly string[];
  readonly chunks: () => Generator<string>;
}

interface Pair {
  readonly employer: WorldEmployer;
  readonly soc2018: string;
  /** Number of distinct roles (templates) this pair gets in the file. */
  readonly roles: number;
  /** Index of the pair's first template. */
  readonly firstTemplate: number;
}

/**
 * Sampler of (employer, occupation) pairs in proportion to a rate: the multinomial of the world's Poisson
 * process given the row count. Each pair has a few roles (about one per eight expected filings), so big
 * sponsors file many different jobs while most filings of a role repeat its title, worksite and wage.
 */
function pairSampler(world: World, rate: "permRate" | "lcaRate", rows: number): { pick: (rng: Rng) => Pair; templates: number } {
  const active: { employer: WorldEmployer; soc2018: string; rate: number }[] = [];
  let total = 0;
  for (const employer of world.employers) {
    for (const a of employer.activity) {
      if (a[rate] <= 0) continue;
      total += a[rate];
      active.push({ employer, soc2018: a.soc2018, rate: a[rate] });
    }
  }
  if (active.length === 0) throw new Error(`The world has no ${rate} activity`);
  const pairs: Pair[] = [];
  const cumulative = new Float64Array(active.length);
  let running = 0;
  let templates = 0;
  active.forEach((a, i) => {
    running += a.rate;
    cumulative[i] = running;
    const roles = Math.max(1, Math.min(64, Math.round((rows * a.rate) / total / 8)));
    pairs.push({ employer: a.employer, soc2018: a.soc2018, roles, firstTemplate: templates });
    templates += roles;
  });
  const pick = (rng: Rng): Pair => {
    const u = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! <= u) lo = mid + 1;
      else hi = mid;
    }
    return pairs[lo]!;
  };
  return { pick, templates };
}

/** A run of consecutive role-level columns (serialised once per role). */
interface RoleRun {
  readonly from: number;
  readonly to: number; // exclusive
}

function roleRuns(layout: readonly string[], isFilingColumn: (column: string) => boolean): RoleRun[] {
  const runs: RoleRun[] = [];
  let from = -1;
  for (let i = 0; i <= layout.length; i++) {
    const role = i < layout.length && !isFilingColumn(layout[i]!);
    if (role && from < 0) from = i;
    if (!role && from >= 0) {
      runs.push({ from, to: i });
      from = -1;
    }
  }
  return runs;
}

/** At most this many serialised roles are kept; then the cache is cleared (the output does not depend on it). */
const ROLE_CACHE_LIMIT = 100_000;

/** How a benchmark file draws its rows. */
interface RowSource<C extends GeneratedCase, R> {
  readonly sampler: ReturnType<typeof pairSampler>;
  readonly start: number;
  readonly end: number;
  /** The role behind a role index, drawn from its own seed (so it can be re-derived at any time). */
  readonly role: (rng: Rng, pair: Pair) => R;
  readonly filing: (rng: Rng, role: R, decisionDate: string) => C;
  readonly style: (c: C, roleSeed: number) => RowStyle;
}

/**
 * Write rows: each row picks an (employer, occupation) pair in proportion to its rate, one of the pair's
 * roles, and a decision date; only its filing columns (case number, status, dates, name) are computed per
 * row. Role columns are serialised once per role and cached; a role is re-derived from its own seed when it
 * is not cached, so the bytes do not depend on the cache.
 */
function* benchRows<C extends GeneratedCase, R>(
  layout: readonly string[], getters: readonly ColumnGetter<C>[], isFilingColumn: (column: string) => boolean,
  rows: number, blankRows: number, seed: number, source: RowSource<C, R>, delimiter: Delimiter = ",", chunkRows = 2000,
): Generator<string> {
  const rng = createRng(deriveSeed(seed, "rows"));
  const runs = roleRuns(layout, isFilingColumn);
  const runAt: (RoleRun | undefined)[] = layout.map(() => undefined);
  for (const r of runs) runAt[r.from] = r;
  const cache = new Map<number, { readonly role: R; readonly runs: readonly string[] }>();
  let lines: string[] = [csvRecord(layout, delimiter)];
  const pieces: string[] = [];
  for (let i = 0; i < rows; i++) {
    const pair = source.sampler.pick(rng);
    const roleIndex = pair.firstTemplate + (pair.roles === 1 ? 0 : Math.floor(rng.next() * pair.roles));
    const roleSeed = mixSeed(seed, roleIndex);
    const decisionDate = uniformDay(rng, source.start, source.end);
    let cached = cache.get(roleIndex);
    const role = cached ? cached.role : source.role(createRng(roleSeed), pair);
    const c = source.filing(rng, role, decisionDate);
    const x = { c, style: source.style(c, roleSeed), rng, salt: roleSeed % 1_000_000 };
    if (!cached) {
      if (cache.size >= ROLE_CACHE_LIMIT) cache.clear();
      cached = {
        role,
        runs: runs.map((r) => {
          const fields: string[] = [];
          for (let j = r.from; j < r.to; j++) fields.push(getters[j]!(x));
          return csvRecord(fields, delimiter);
        }),
      };
      cache.set(roleIndex, cached);
    }
    pieces.length = 0;
    for (let j = 0, k = 0; j < getters.length; ) {
      const run = runAt[j];
      if (run) {
        pieces.push(cached.runs[k++]!);
        j = run.to;
      } else {
        pieces.push(csvField(getters[j]!(x), delimiter));
        j++;
      }
    }
    lines.push(pieces.join(delimiter));
    if (lines.length >= chunkRows) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  const blank = delimiter.repeat(layout.length - 1);
  for (let i = 0; i < blankRows; i++) {
    lines.push(blank);
    if (lines.length >= chunkRows) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join("\n")}\n`;
}

function uniformDay(rng: Rng, start: number, end: number): string {
  return businessDay(isoOfDay(start + Math.floor(rng.next() * (end - start + 1))));
}

const LCA_STATUS: Readonly<Record<string, string>> = {
  certified: "Certified", "certified-withdrawn": "Certified - Withdrawn", withdrawn: "Withdrawn", denied: "Denied",
};
const PERM_STATUS: Readonly<Record<string, string>> = {
  certified: "Certified", "certified-expired": "Certified - Expired", withdrawn: "Withdrawn", denied: "Denied",
};

/**
 * Plan full-size benchmark files drawn from a (large) world: a FLAG-era LCA file (97 columns, FY2025 Q3
 * layout) and a new-form PERM file (137 columns). Rows are sampled in proportion to each employer's rates
 * (the multinomial of the world's Poisson process given the row count), then a run of blank padding rows
 * follows, as in real xlsx→CSV exports. Each role (employer × occupation × one of a few jobs) keeps its
 * title, worksite, wage, attorney and style across its filings (in PERM also its recruitment dates and
 * worker); case numbers, statuses, dates and name spellings change per filing. Each plan yields the CSV
 * text in chunks, so a writer never holds the whole file.
 *
 * @example
 * const [lca] = planBenchFiles(generateWorld(1, 500), { lcaRows: 10, permRows: 5, seed: 1 });
 * lca.file; // => "LCA_Disclosure_Data_FY2025_Q3.csv"
 */
export function planBenchFiles(
  world: World,
  options: { readonly lcaRows: number; readonly permRows: number; readonly seed: number },
): BenchFilePlan[] {
  const plans: BenchFilePlan[] = [];
  if (options.lcaRows > 0) {
    const rows = options.lcaRows;
    const blankRows = Math.round(rows * 0.02);
    plans.push({
      file: "LCA_Disclosure_Data_FY2025_Q3.csv",
      rows,
      blankRows,
      layout: LCA_FLAG_97,
      chunks: () => {
        const seed = deriveSeed(options.seed, "bench", "lca");
        const numbers: CaseNumbers = createCaseNumbers(createRng(deriveSeed(seed, "case-numbers")));
        const source: RowSource<LcaCase, LcaRole> = {
          sampler: pairSampler(world, "lcaRate", rows),
          start: dayNumber(fiscalYearStart(2025)),
          end: dayNumber("2025-06-30"),
          role: (r, p) => drawLcaRole(r, world, p.employer, p.soc2018),
          filing: (r, role, d) => lcaFiling(r, numbers, role, d),
          style: (c, roleSeed) => ({
            date: "iso", money: "fixed2", unit: "word", soc: (roleSeed >>> 12) % 10 === 0 ? "dash" : "onet",
            socVintage: 2018, state: "code", zip: "5", level: "roman", unitMismatch: "none",
            status: LCA_STATUS[c.status] ?? c.status, upper: (roleSeed >>> 4) % 10 < 7,
          }),
        };
        return benchRows(LCA_FLAG_97, lcaColumns(LCA_FLAG_97), isLcaFilingColumn, rows, blankRows, seed, source);
      },
    });
  }
  if (options.permRows > 0) {
    const rows = options.permRows;
    const blankRows = Math.round(rows * 0.05);
    plans.push({
      file: "PERM_Disclosure_Data_FY2025_Q4.csv",
      rows,
      blankRows,
      layout: PERM_ERA_D_FY2025,
      chunks: () => {
        const seed = deriveSeed(options.seed, "bench", "perm");
        const numbers = createCaseNumbers(createRng(deriveSeed(seed, "case-numbers")));
        const extract = fiscalYearEnd(2025);
        const source: RowSource<PermCase, PermRole> = {
          sampler: pairSampler(world, "permRate", rows),
          start: dayNumber(fiscalYearStart(2025)),
          end: dayNumber(extract),
          role: (r, p) => drawPermRole(r, world, p.employer, p.soc2018, 2025),
          filing: (r, role, d) => permFiling(r, numbers, role, d, "new"),
          style: (c) => ({
            date: "iso", money: "fixed2", unit: "word", soc: "dash", socVintage: 2018, state: "code", zip: "5",
            level: "level-roman", unitMismatch: "none", upper: false,
            status: PERM_STATUS[permStatusAt(c, extract)] ?? c.status,
          }),
        };
        return benchRows(PERM_ERA_D_FY2025, permColumns(PERM_ERA_D_FY2025), isPermFilingColumn, rows, blankRows, seed, source);
      },
    });
  }
  return plans;
}
