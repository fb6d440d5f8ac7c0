/**
 * Employers that filed for an occupation: by SOC code (a detailed code `15-1252`, a broad occupation
 * `15-1250`, a minor group `15-1200` or a major group `15-0000`) or by job title (through
 * `occupationsFor`, each SOC weighted by its share of the title), filtered by program, fiscal years,
 * status and worksite state, in the legal-entity or parent scope.
 *
 * @module
 */
import { z } from "zod";
import type { Program } from "../datasets/filing";
import { DisclosureError } from "../errors";
import { isApproved } from "../normalize/status";
import { occupationsFor } from "../occupations/occupations-for";
import { ATTR_STATE, PROGRAMS, STATUSES, type SponsorIndex } from "./sponsor-index";

/** What to look for: SOC codes (any level) or a job title. */
export type OccupationQuery = { readonly soc: string | readonly string[] } | { readonly title: string };

const Filters = z.object({
  /** Programs counted (default: all three). */
  programs: z.array(z.enum(["PERM", "LCA", "PW"])).optional(),
  /** Fiscal years counted, inclusive. */
  fromFiscalYear: z.number().int().optional(),
  toFiscalYear: z.number().int().optional(),
  /** Which fiscal year the range applies to: of the decision (default) or of receipt. */
  basis: z.enum(["decision", "received"]).default("decision"),
  /** Count only approved cases (certified, certified-expired, certified-withdrawn, determined). */
  approvedOnly: z.boolean().default(false),
  /** Worksite states (USPS codes): counts are scaled by each group's share of filings in them. */
  states: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  /** Count filings whose SOC was inferred from the job title (default true). */
  includeInferred: z.boolean().default(true),
  /** `entity` (default) or `parent` (roll legal entities up to alias-table parents). */
  scope: z.enum(["entity", "parent"]).default("entity"),
  /** Drop employers with fewer (weighted) filings (default 1). */
  minFilings: z.number().nonnegative().default(1),
  /** Most rows returned (default 50). */
  limit: z.number().int().positive().default(50),
});
/**
 * Filters of {@link employersFor}: programs, a fiscal-year range (of the decision or of receipt), approved cases
 * only, worksite states, whether title-inferred SOCs count, entity or parent scope, a minimum of filings and a
 * row limit. Every filter is optional.
 */
export type EmployersForFilters = z.input<typeof Filters>;

/** One employer of {@link employersFor}. */
export interface EmployerForRow {
  readonly key: string;
  readonly name: string;
  readonly scope: "entity" | "parent";
  /** Filings matching the query and filters (weighted by SOC share for a title query; scaled for states). */
  readonly filings: number;
  readonly approved: number;
  readonly byProgram: Readonly<Partial<Record<Program, number>>>;
  /** SOC codes that contributed, most filings first. */
  readonly socs: readonly { readonly soc: string; readonly filings: number }[];
  /** True when counts were scaled by worksite-state shares. */
  readonly estimated: boolean;
}

/** SOC code → weight for a query. */
function socWeights(index: SponsorIndex, query: OccupationQuery): Map<number, number> {
  const out = new Map<number, number>();
  if ("title" in query) {
    for (const m of occupationsFor(index, query.title)) {
      const id = index.socs.indexOf(m.soc);
      if (id > 0) out.set(id, m.share);
    }
    return out;
  }
  const codes = typeof query.soc === "string" ? [query.soc] : query.soc;
  for (const raw of codes) {
    const code = raw.trim().replace(/\.\d{2}$/, "");
    if (!/^\d{2}-\d{4}$/.test(code)) throw new DisclosureError("invalid_option", `employersFor: "${raw}" is not a SOC code; expected NN-NNNN (e.g. 15-1252, 15-1250, 15-1200)`);
    const prefix = code.endsWith("0000") ? code.slice(0, 2) : code.endsWith("00") ? code.slice(0, 5) : code.endsWith("0") ? code.slice(0, 6) : code;
    index.socs.forEach((s, id) => {
      if (id > 0 && s.startsWith(prefix)) out.set(id, 1);
    });
  }
  return out;
}

/**
 * Employers that filed for an occupation, most (weighted) filings first, ties broken by approvals
 * then key.
 *
 * @example
 * employersFor(index, { soc: "15-1252" }, { programs: ["PERM"], limit: 5 }).length <= 5; // => true
 */
export function employersFor(index: SponsorIndex, query: OccupationQuery, filters: EmployersForFilters = {}): EmployerForRow[] {
  const parsed = Filters.safeParse(filters);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DisclosureError("invalid_option", `employersFor: ${first?.path.join(".") || "filters"}: ${first?.message ?? "invalid"}`);
  }
  const f = parsed.data;
  const weights = socWeights(index, query);
  const programs = new Set((f.programs ?? PROGRAMS).map((p) => PROGRAMS.indexOf(p)));
  const stateIds = f.states ? new Set(f.states.map((s) => index.states.indexOf(s)).filter((i) => i > 0)) : null;
  const { groups, cells, attrs, resolution: res } = index;
  const emp = res.employers;
  const acc = new Map<number, { filings: number; approved: number; byProgram: Partial<Record<Program, number>>; socs: Map<number, number> }>();
  for (let g = 0; g < groups.node.length; g++) {
    const w0 = weights.get(groups.soc[g]!);
    if (w0 === undefined || !programs.has(groups.program[g]!)) continue;
    if (!f.includeInferred && groups.socInferred[g]) continue;
    let w = w0;
    if (stateIds !== null) {
      let inState = 0;
      for (let a = groups.attrStart[g]!; a < groups.attrStart[g + 1]!; a++) {
        if (attrs.kind[a] === ATTR_STATE && stateIds.has(attrs.value[a]!)) inState += attrs.count[a]!;
      }
      if (inState === 0) continue;
      w *= inState / groups.filings[g]!;
    }
    let n = 0;
    let ok = 0;
    for (let k = groups.cellStart[g]!; k < groups.cellStart[g + 1]!; k++) {
      const fy = f.basis === "decision" ? cells.decisionFy[k]! : cells.receivedFy[k]!;
      if (f.fromFiscalYear !== undefined && (fy === 0 || fy < f.fromFiscalYear)) continue;
      if (f.toFiscalYear !== undefined && (fy === 0 || fy > f.toFiscalYear)) continue;
      const approved = isApproved(STATUSES[cells.status[k]!]!);
      if (f.approvedOnly && !approved) continue;
      n += cells.count[k]!;
      if (approved) ok += cells.count[k]!;
    }
    if (n === 0) continue;
    const e = res.nodeEmployer[groups.node[g]!]!;
    const target = f.scope === "parent" && emp.parent[e]! >= 0 ? -emp.parent[e]! - 1 : e;
    let a = acc.get(target);
    if (!a) acc.set(target, (a = { filings: 0, approved: 0, byProgram: {}, socs: new Map() }));
    const program = PROGRAMS[groups.program[g]!]!;
    a.filings += n * w;
    a.approved += ok * w;
    a.byProgram[program] = (a.byProgram[program] ?? 0) + n * w;
    a.socs.set(groups.soc[g]!, (a.socs.get(groups.soc[g]!) ?? 0) + n * w);
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const rows: EmployerForRow[] = [];
  for (const [t, a] of acc) {
    if (a.filings < f.minFilings) continue;
    const isParent = t < 0;
    const byProgram: Partial<Record<Program, number>> = {};
    for (const [p, v] of Object.entries(a.byProgram) as [Program, number][]) byProgram[p] = round(v);
    rows.push({
      key: isParent ? res.parents.key[-t - 1]! : emp.key[t]!,
      name: isParent ? res.parents.name[-t - 1]! : emp.name[t]!,
      scope: isParent ? "parent" : "entity",
      filings: round(a.filings),
      approved: round(a.approved),
      byProgram,
      socs: [...a.socs].map(([s, v]) => ({ soc: index.socs[s]!, filings: round(v) })).sort((x, y) => y.filings - x.filings || (x.soc < y.soc ? -1 : 1)),
      estimated: stateIds !== null,
    });
  }
  rows.sort((a, b) => b.filings - a.filings || b.approved - a.approved || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return rows.slice(0, f.limit);
}
