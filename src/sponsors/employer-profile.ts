/**
 * An employer's sponsorship history from the index: who it is (FEINs, names, how each name was
 * linked), what it filed for (per fiscal year, program and status; per occupation), where, at what
 * wage level and education, how long DOL took, and case numbers as evidence.
 *
 * @module
 */
import { z } from "zod";
import type { CaseStatus, IsoDate, Program } from "../datasets/filing";
import { LABEL_SPELLING, LABEL_TRADE_NAME, nodeLabels } from "../employers/employer-nodes";
import { findEmployer } from "../employers/find-employer";
import { LINK_KINDS, type LinkKind } from "../employers/link-kind";
import { DisclosureError } from "../errors";
import { isApproved } from "../normalize/status";
import { officialSocTitle } from "../occupations/soc-title";
import { socBroadGroup, socMinorGroup } from "../normalize/soc-code";
import type { SocCode } from "../datasets/filing";
import { daysBinRange, wageBinCeiling, wageBinFloor } from "./bins";
import { caseNumberOfKey } from "./case-key";
import { isoDateOfDay } from "./day-number";
import { employerScope } from "./employer-nodes-of";
import {
  ATTR_AREA, ATTR_DAYS, ATTR_EDUCATION, ATTR_LEVEL, ATTR_STATE, ATTR_WAGE, EDUCATIONS, LEVELS, PROGRAMS, STATUSES,
  type SponsorIndex,
} from "./sponsor-index";

/** One name record of an employer and how it was linked. */
export interface ProfileName {
  readonly name: string;
  readonly state: string | null;
  readonly fein: string | null;
  readonly filings: number;
  readonly link: LinkKind;
  readonly confidence: number;
  /** Spellings as filed, most used first. */
  readonly spellings: readonly string[];
  readonly tradeNames: readonly string[];
}

/** Counts of one program in one fiscal year. */
export interface ProfileYear {
  readonly fiscalYear: number | null;
  readonly program: Program;
  readonly filings: number;
  /** Certified, certified-expired, certified-withdrawn or determined. */
  readonly approved: number;
  readonly byStatus: Readonly<Partial<Record<CaseStatus, number>>>;
}

/** Counts of one occupation. */
export interface ProfileOccupation {
  /** SOC-2018 code, or null for filings without one. */
  readonly soc: string | null;
  readonly title: string | null;
  readonly broad: string | null;
  readonly minor: string | null;
  readonly filings: number;
  readonly approved: number;
  readonly byProgram: Readonly<Partial<Record<Program, number>>>;
  /** Filings whose SOC was inferred from the job title. */
  readonly inferred: number;
}

/** A distribution summary of annual wages. */
export interface WageSummary {
  readonly filings: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
}

/** The profile {@link employerProfile} returns. */
export interface EmployerProfile {
  readonly key: string;
  readonly name: string;
  readonly scope: "entity" | "parent";
  readonly asOf: IsoDate | null;
  readonly feins: readonly string[];
  readonly names: readonly ProfileName[];
  readonly parent: { readonly key: string; readonly name: string } | null;
  /** Employer keys rolled up (parent scope), else just this one. */
  readonly members: readonly string[];
  readonly filings: number;
  readonly approved: number;
  readonly byProgram: Readonly<Partial<Record<Program, { filings: number; approved: number }>>>;
  /** Per decision fiscal year and program, newest first. */
  readonly history: readonly ProfileYear[];
  /** Filings per received fiscal year and program, newest first. */
  readonly received: readonly { readonly fiscalYear: number | null; readonly program: Program; readonly filings: number }[];
  /** Occupations, most filings first. */
  readonly occupations: readonly ProfileOccupation[];
  readonly worksiteStates: readonly { readonly state: string; readonly filings: number }[];
  readonly blsAreas: readonly { readonly area: string; readonly filings: number }[];
  /** Offered annual wage quantiles (from 4 % bins), per program. */
  readonly offeredWage: Readonly<Partial<Record<Program, WageSummary>>>;
  /** Prevailing-wage levels (null key = not given). */
  readonly pwLevels: Readonly<Record<string, number>>;
  readonly education: Readonly<Record<string, number>>;
  /** Median days from receipt to decision, per program. */
  readonly medianDays: Readonly<Partial<Record<Program, number>>>;
  readonly firstFiling: IsoDate | null;
  readonly lastFiling: IsoDate | null;
  /** Case numbers per program, decision fiscal year and status (at most 5 each, latest receipts first). */
  readonly evidence: readonly { readonly program: Program; readonly fiscalYear: number | null; readonly status: CaseStatus; readonly caseNumbers: readonly string[] }[];
}

const Options = z.object({
  /** `entity` (default): the legal entity; `parent`: roll up to the alias-table parent when there is one. */
  scope: z.enum(["entity", "parent"]).default("entity"),
  /** Only these programs (default: all). */
  programs: z.array(z.enum(["PERM", "LCA", "PW"])).optional(),
});
/**
 * Options of {@link employerProfile}: `scope` (`entity`, the default, or `parent` to roll up to an alias-table
 * parent) and `programs` (default: all).
 */
export type EmployerProfileOptions = z.input<typeof Options>;

/**
 * The profile of an employer, by key (`fein:…`, `name:…`, `alias:…`, `parent:…`) or by name, brand
 * or FEIN (the best {@link findEmployer} candidate). `null` when nothing matches.
 *
 * @example
 * employerProfile(index, "Tavrix Consultancy Services")?.feins; // => ["22-2610812"]
 */
export function employerProfile(index: SponsorIndex, employer: string, options: EmployerProfileOptions = {}): EmployerProfile | null {
  const parsed = Options.safeParse(options);
  if (!parsed.success) throw new DisclosureError("invalid_option", `employerProfile: ${parsed.error.issues[0]?.message ?? "invalid options"}`);
  const { scope, programs } = parsed.data;
  const res = index.resolution;
  let target = employerScope(res, employer, scope);
  if (target === null) {
    const best = findEmployer(index, employer, { limit: 1 })[0];
    if (!best) return null;
    target = employerScope(res, best.key, scope);
    if (target === null) return null;
  }
  const wanted = new Set<number>((programs ?? PROGRAMS).map((p) => PROGRAMS.indexOf(p)));
  const { nodes, groups, cells, attrs } = index;

  const names: ProfileName[] = target.nodes.map((i) => ({
    name: nodes.name[i]!,
    state: nodes.state[i] || null,
    fein: nodes.fein[i] || null,
    filings: nodes.filings[i]!,
    link: LINK_KINDS[res.nodeLink[i]!]!,
    confidence: Math.round(res.nodeConfidence[i]! * 1000) / 1000,
    spellings: nodeLabels(nodes, i, LABEL_SPELLING).map((l) => l.text),
    tradeNames: nodeLabels(nodes, i, LABEL_TRADE_NAME).map((l) => l.text),
  }));
  names.sort((a, b) => b.filings - a.filings || cmp(a.name, b.name) || cmp(a.state ?? "", b.state ?? ""));

  const history = new Map<string, { fiscalYear: number | null; program: Program; filings: number; approved: number; byStatus: Partial<Record<CaseStatus, number>> }>();
  const received = new Map<string, { fiscalYear: number | null; program: Program; filings: number }>();
  const occupations = new Map<number, { filings: number; approved: number; byProgram: Partial<Record<Program, number>>; inferred: number }>();
  const byProgram: Partial<Record<Program, { filings: number; approved: number }>> = {};
  const attrTotals = new Map<string, number>();
  const wageBins = PROGRAMS.map(() => new Map<number, number>());
  const dayBins = PROGRAMS.map(() => new Map<number, number>());
  const evidence = new Map<string, { program: Program; fiscalYear: number | null; status: CaseStatus; caseNumbers: string[] }>();
  let filings = 0;
  let approved = 0;
  let first = -1;
  let last = -1;
  for (const i of target.nodes) {
    for (let g = groups.nodeGroupStart[i]!; g < groups.nodeGroupStart[i + 1]!; g++) {
      const p = groups.program[g]!;
      if (!wanted.has(p)) continue;
      const program = PROGRAMS[p]!;
      if (groups.firstDay[g]! >= 0 && (first < 0 || groups.firstDay[g]! < first)) first = groups.firstDay[g]!;
      if (groups.lastDay[g]! > last) last = groups.lastDay[g]!;
      let occ = occupations.get(groups.soc[g]!);
      if (!occ) occupations.set(groups.soc[g]!, (occ = { filings: 0, approved: 0, byProgram: {}, inferred: 0 }));
      for (let k = groups.cellStart[g]!; k < groups.cellStart[g + 1]!; k++) {
        const n = cells.count[k]!;
        const status = STATUSES[cells.status[k]!]!;
        const ok = isApproved(status) ? n : 0;
        const dfy = cells.decisionFy[k]! || null;
        const rfy = cells.receivedFy[k]! || null;
        const hk = `${dfy}|${program}`;
        let h = history.get(hk);
        if (!h) history.set(hk, (h = { fiscalYear: dfy, program, filings: 0, approved: 0, byStatus: {} }));
        h.filings += n;
        h.approved += ok;
        h.byStatus[status] = (h.byStatus[status] ?? 0) + n;
        const rk = `${rfy}|${program}`;
        const r = received.get(rk);
        if (r) r.filings += n;
        else received.set(rk, { fiscalYear: rfy, program, filings: n });
        occ.filings += n;
        occ.approved += ok;
        occ.byProgram[program] = (occ.byProgram[program] ?? 0) + n;
        if (groups.socInferred[g]) occ.inferred += n;
        const bp = (byProgram[program] ??= { filings: 0, approved: 0 });
        bp.filings += n;
        bp.approved += ok;
        filings += n;
        approved += ok;
        if (cells.evidenceStart[k + 1]! > cells.evidenceStart[k]!) {
          const ek = `${hk}|${status}`;
          let ev = evidence.get(ek);
          if (!ev) evidence.set(ek, (ev = { program, fiscalYear: dfy, status, caseNumbers: [] }));
          for (let j = cells.evidenceStart[k]!; j < cells.evidenceStart[k + 1]!; j++) {
            ev.caseNumbers.push(caseNumberOfKey(index.evidence.key[j]!) ?? index.evidence.odd.get(j) ?? "");
          }
        }
      }
      for (let a = groups.attrStart[g]!; a < groups.attrStart[g + 1]!; a++) {
        const kind = attrs.kind[a]!;
        const value = attrs.value[a]!;
        const n = attrs.count[a]!;
        if (kind === ATTR_WAGE) wageBins[p]!.set(value, (wageBins[p]!.get(value) ?? 0) + n);
        else if (kind === ATTR_DAYS) dayBins[p]!.set(value, (dayBins[p]!.get(value) ?? 0) + n);
        else attrTotals.set(`${kind}|${value}`, (attrTotals.get(`${kind}|${value}`) ?? 0) + n);
      }
    }
  }

  const counted = (kind: number, label: (v: number) => string) =>
    [...attrTotals]
      .filter(([k]) => Number(k.slice(0, k.indexOf("|"))) === kind)
      .map(([k, n]) => ({ label: label(Number(k.slice(k.indexOf("|") + 1))), n }))
      .sort((a, b) => b.n - a.n || cmp(a.label, b.label));
  const levelsKnown = counted(ATTR_LEVEL, (v) => LEVELS[v] ?? "?");
  const eduKnown = counted(ATTR_EDUCATION, (v) => EDUCATIONS[v] ?? "?");
  const pwLevels: Record<string, number> = {};
  for (const { label, n } of levelsKnown) pwLevels[label] = n;
  pwLevels["unknown"] = filings - levelsKnown.reduce((s, x) => s + x.n, 0);
  const education: Record<string, number> = {};
  for (const { label, n } of eduKnown) education[label] = n;
  education["unknown"] = filings - eduKnown.reduce((s, x) => s + x.n, 0);

  const offeredWage: Partial<Record<Program, WageSummary>> = {};
  const medianDays: Partial<Record<Program, number>> = {};
  PROGRAMS.forEach((program, p) => {
    const w = wageSummary(wageBins[p]!);
    if (w) offeredWage[program] = w;
    const d = binQuantile(dayBins[p]!, 0.5, (b) => daysBinRange(b), false);
    if (d !== null) medianDays[program] = Math.round(d);
  });

  const emp = res.employers;
  const parentIdx = target.scope === "entity" ? emp.parent[target.employers[0]!]! : -1;
  const byFyDesc = (a: { fiscalYear: number | null; program: Program }, b: { fiscalYear: number | null; program: Program }) =>
    (b.fiscalYear ?? -1) - (a.fiscalYear ?? -1) || PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program);
  return {
    key: target.key,
    name: target.name,
    scope: target.scope,
    asOf: index.asOf,
    feins: [...new Set(names.map((n) => n.fein).filter((f): f is string => f !== null))].sort(),
    names,
    parent: parentIdx >= 0 ? { key: res.parents.key[parentIdx]!, name: res.parents.name[parentIdx]! } : null,
    members: target.employers.map((e) => emp.key[e]!),
    filings,
    approved,
    byProgram,
    history: [...history.values()].sort(byFyDesc),
    received: [...received.values()].sort(byFyDesc),
    occupations: [...occupations]
      .filter(([, o]) => o.filings > 0)
      .map(([soc, o]) => {
        const code = index.socs[soc] || null;
        return {
          soc: code,
          title: code === null ? null : officialSocTitle(code),
          broad: code === null ? null : socBroadGroup(code as SocCode),
          minor: code === null ? null : socMinorGroup(code as SocCode),
          ...o,
        };
      })
      .sort((a, b) => b.filings - a.filings || cmp(a.soc ?? "~", b.soc ?? "~")),
    worksiteStates: counted(ATTR_STATE, (v) => index.states[v] ?? "").map(({ label, n }) => ({ state: label, filings: n })),
    blsAreas: counted(ATTR_AREA, (v) => index.areas[v] ?? "").map(({ label, n }) => ({ area: label, filings: n })),
    offeredWage,
    pwLevels,
    education,
    medianDays,
    firstFiling: isoDateOfDay(first),
    lastFiling: isoDateOfDay(last),
    evidence: [...evidence.values()]
      .map((e) => ({ ...e, caseNumbers: e.caseNumbers.sort((a, b) => cmp(b, a)).slice(0, EVIDENCE_PER_ROW) }))
      .sort((a, b) => byFyDesc(a, b) || STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status)),
  };
}

const EVIDENCE_PER_ROW = 5;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A quantile of binned values, interpolated within the bin (geometrically for wages).
 *
 * @example
 * binQuantile(new Map([[1, 2], [2, 2]]), 0.5, (b) => [b * 10, b * 10 + 10], false); // => 20
 */
export function binQuantile(bins: ReadonlyMap<number, number>, q: number, range: (bin: number) => [number, number], geometric: boolean): number | null {
  const sorted = [...bins].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const target = q * total;
  let seen = 0;
  for (const [bin, n] of sorted) {
    if (seen + n >= target) {
      const [lo, hi] = range(bin);
      const f = n === 0 ? 0 : (target - seen) / n;
      if (geometric && lo > 0) return lo * Math.pow(hi / lo, f);
      return lo + (hi - lo) * f;
    }
    seen += n;
  }
  return range(sorted[sorted.length - 1]![0])[1];
}

function wageSummary(bins: ReadonlyMap<number, number>): WageSummary | null {
  let n = 0;
  for (const c of bins.values()) n += c;
  if (n === 0) return null;
  const range = (b: number): [number, number] => [wageBinFloor(b), wageBinCeiling(b)];
  const r = (x: number | null) => Math.round((x ?? 0) / 100) * 100;
  return { filings: n, p25: r(binQuantile(bins, 0.25, range, true)), median: r(binQuantile(bins, 0.5, range, true)), p75: r(binQuantile(bins, 0.75, range, true)) };
}
