/**
 * Turn a builder's per-case records into a `SponsorIndex`: nodes and their labels, SOC codes inferred
 * from job titles where a filing had none, then groups; then, one group at a time (cases bucketed by
 * group), its cells, evidence and distributions. Every table is sorted by its natural key, so the result
 * depends only on the set of cases counted, never on the order files were added. Internal.
 *
 * Memory: a few typed arrays of one entry per case (node, SOC, group, cell key, order: 15 bytes a case)
 * on top of the builder's pages; no per-cell or per-distribution hash tables.
 *
 * @module
 */
import type { IsoDate } from "../datasets/filing";
import type { AliasTable } from "../employers/alias-table";
import { type EmployerNodes, LABEL_CITY, LABEL_POSTAL_CODE, LABEL_SPELLING, LABEL_TRADE_NAME } from "../employers/employer-nodes";
import { resolveEmployers } from "../employers/resolve-employers";
import { socFromOfficialTitle } from "../occupations/soc-title";
import type { TitleModel } from "../occupations/title-model";
import { daysBin } from "./bins";
import { PAGE_BITS, PAGE_MASK, type BuilderState, type CasePage } from "./builder-state";
import { fiscalYearOfDay, isoDateOfDay } from "./day-number";
import { createKeyTable, type KeyTable } from "./key-table";
import {
  ATTR_AREA, ATTR_DAYS, ATTR_EDUCATION, ATTR_LEVEL, ATTR_STATE, ATTR_WAGE, INDEX_FORMAT, INDEX_VERSION,
  type AttrTable, type CellTable, type EvidenceTable, type GroupTable, type IndexSource, type SponsorIndex,
} from "./sponsor-index";

/** Most labels of one kind kept per node. */
export const LABELS_PER_KIND = 5;
const SOC_SPACE = 8192;
const FY_SPACE = 512;
const FY_BASE = 1899;
const MAX_DAYS_BIN = 4095;

export interface FinishOptions {
  readonly evidencePerCell: number;
  readonly asOf: string | null;
  readonly aliases: AliasTable;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Dense ids of a key table re-ranked by numeric key order: `rank[id]`, and the sorted keys. */
function rankKeys(table: KeyTable): { rank: Int32Array; sorted: Float64Array } {
  const sorted = table.keys().sort();
  const rank = new Int32Array(table.size);
  for (let r = 0; r < sorted.length; r++) rank[table.get(sorted[r]!)] = r;
  return { rank, sorted };
}

type NumberArray = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

/** An append-only typed array (doubling), so big outputs do not sit in the JS heap as number arrays. */
interface Column<T extends NumberArray> {
  readonly length: number;
  push(x: number): void;
  /** The used part, as an exact-size array. */
  done(): T;
}

function column<T extends NumberArray>(initial: T): Column<T> {
  let data = initial;
  let length = 0;
  return {
    get length() {
      return length;
    },
    push(x) {
      if (length === data.length) {
        const next = new (data.constructor as new (n: number) => T)(data.length * 2);
        next.set(data);
        data = next;
      }
      data[length++] = x;
    },
    done: () => data.slice(0, length) as T,
  };
}

/** Counts over small integer values, reset cheaply between groups (only touched values are cleared). */
interface Tally {
  readonly counts: Uint32Array;
  readonly touched: number[];
}
const tally = (size: number): Tally => ({ counts: new Uint32Array(size), touched: [] });
function bump(t: Tally, value: number): void {
  if (value <= 0) return;
  if (t.counts[value]!++ === 0) t.touched.push(value);
}
/** Append the tally's (kind, value, count) rows in value order, then reset it. */
function drain(t: Tally, kind: number, kinds: Column<Uint8Array>, values: Column<Int32Array>, counts: Column<Uint32Array>): void {
  if (t.touched.length === 0) return;
  t.touched.sort((a, b) => a - b);
  for (const v of t.touched) {
    kinds.push(kind);
    values.push(v);
    counts.push(t.counts[v]!);
    t.counts[v] = 0;
  }
  t.touched.length = 0;
}

/**
 * Build the `SponsorIndex` of a builder state (what `builder.finish()` calls).
 *
 * @example
 * finishIndex(createBuilderState(), { evidencePerCell: 3, asOf: null, aliases: EMPTY_ALIASES }).filings; // => 0
 */
export function finishIndex(state: BuilderState, options: FinishOptions): SponsorIndex {
  const n = state.cases.size;
  const pages = state.pages;
  const page = (i: number): CasePage => pages[i >>> PAGE_BITS]!;

  // 1. Nodes: live ones (with counted cases), sorted by name, state, FEIN.
  const N0 = state.nodes.list.length;
  const nodeCount0 = new Uint32Array(N0);
  const variantCount = new Uint32Array(state.variantNode.length);
  for (let i = 0; i < n; i++) {
    const v = page(i).variant[i & PAGE_MASK]!;
    variantCount[v]!++;
    nodeCount0[state.variantNode[v]!]!++;
  }
  const live: number[] = [];
  for (let j = 0; j < N0; j++) if (nodeCount0[j]! > 0) live.push(j);
  live.sort(
    (a, b) => byString(state.nodeName[a]!, state.nodeName[b]!) || byString(state.nodeState[a]!, state.nodeState[b]!) || byString(state.nodeFein[a]!, state.nodeFein[b]!),
  );
  const N = live.length;
  const newNode = new Int32Array(N0).fill(-1);
  live.forEach((old, k) => (newNode[old] = k));
  const caseNode = new Int32Array(n);
  const nodeFilings = new Uint32Array(N);
  const nodeFirst = new Int32Array(N).fill(-1);
  const nodeLast = new Int32Array(N).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = page(i);
    const o = i & PAGE_MASK;
    const node = newNode[state.variantNode[p.variant[o]!]!]!;
    caseNode[i] = node;
    nodeFilings[node]!++;
    const first = p.received[o]! >= 0 ? p.received[o]! : p.decision[o]!;
    const last = p.decision[o]! >= 0 ? p.decision[o]! : p.received[o]!;
    if (first >= 0 && (nodeFirst[node] === -1 || first < nodeFirst[node]!)) nodeFirst[node] = first;
    if (last > nodeLast[node]!) nodeLast[node] = last;
  }
  const nodes: EmployerNodes = {
    fein: live.map((j) => state.nodeFein[j]!),
    name: live.map((j) => state.nodeName[j]!),
    state: live.map((j) => state.nodeState[j]!),
    filings: nodeFilings,
    firstDay: nodeFirst,
    lastDay: nodeLast,
    ...nodeLabels(state, variantCount, newNode, N),
  };

  // 2. SOC codes: cases without one get the SOC their title was filed under (same node first), then the
  //    codes in use are sorted and renumbered.
  const socCodes = [...state.socs.list];
  const socIds = new Map(state.socs.ids);
  const caseSoc = new Uint16Array(n);
  const titlePairs = createKeyTable(1024);
  const titlePairCount: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = page(i);
    const o = i & PAGE_MASK;
    const soc = p.soc[o]!;
    caseSoc[i] = soc;
    const title = p.title[o]!;
    if (soc === 0 || title < 0) continue;
    const id = titlePairs.intern(title * SOC_SPACE + soc);
    titlePairCount[id] = (titlePairCount[id] ?? 0) + 1;
  }
  const inferred = inferSocs(state, n, caseSoc, caseNode, titlePairs, titlePairCount, socCodes, socIds);
  const used = new Uint8Array(socCodes.length);
  used[0] = 1;
  for (let i = 0; i < n; i++) used[caseSoc[i]!] = 1;
  const socList = socCodes.filter((_, id) => used[id] === 1).sort(byString); // "" first
  const socPos = new Map(socList.map((code, i) => [code, i]));
  const socMap = Uint16Array.from(socCodes, (code) => socPos.get(code) ?? 0);
  for (let i = 0; i < n; i++) caseSoc[i] = socMap[caseSoc[i]!]!;
  const finalPairs = createKeyTable(titlePairs.size);
  const finalPairCount: number[] = [];
  for (let p = 0; p < titlePairs.size; p++) {
    const key = titlePairs.keyOf(p);
    const soc = key % SOC_SPACE;
    finalPairCount[finalPairs.intern(key - soc + socMap[soc]!)] = titlePairCount[p]!;
  }

  // 3. Groups: node × program × SOC × inferred, sorted; cases bucketed by group.
  const groupTable = createKeyTable(1024);
  const caseGroup = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const program = page(i).programStatus[i & PAGE_MASK]! >>> 3;
    caseGroup[i] = groupTable.intern(((caseNode[i]! * 4 + program) * SOC_SPACE + caseSoc[i]!) * 2 + inferred[i]!);
  }
  const groupRank = rankKeys(groupTable);
  const G = groupTable.size;
  const groupStart = new Int32Array(G + 1);
  for (let i = 0; i < n; i++) {
    caseGroup[i] = groupRank.rank[caseGroup[i]!]!;
    groupStart[caseGroup[i]! + 1]!++;
  }
  for (let g = 0; g < G; g++) groupStart[g + 1] = groupStart[g + 1]! + groupStart[g]!;
  const order = new Int32Array(n);
  {
    const fill = groupStart.slice(0, G);
    for (let i = 0; i < n; i++) order[fill[caseGroup[i]!]!++] = i;
  }
  const gNode = new Int32Array(G);
  const gProgram = new Uint8Array(G);
  const gSoc = new Uint16Array(G);
  const gInferred = new Uint8Array(G);
  for (let g = 0; g < G; g++) {
    let k = groupRank.sorted[g]!;
    gInferred[g] = k % 2;
    k = (k - gInferred[g]!) / 2;
    gSoc[g] = k % SOC_SPACE;
    k = (k - gSoc[g]!) / SOC_SPACE;
    gProgram[g] = k % 4;
    gNode[g] = (k - gProgram[g]!) / 4;
  }

  // 4. One group at a time: cells (decision FY × received FY × status) with evidence, and distributions.
  const cellKey = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = page(i);
    const o = i & PAGE_MASK;
    const dfy = fiscalYearOfDay(p.decision[o]!);
    const rfy = fiscalYearOfDay(p.received[o]!);
    cellKey[i] = ((fyCode(dfy) * FY_SPACE + fyCode(rfy)) * 8) + (p.programStatus[o]! & 7);
  }
  const stateRemap = remapSorted(state.states.list, pages, n, (p, o) => p.worksiteState[o]!);
  const areaRemap = remapSorted(state.areas.list, pages, n, (p, o) => p.area[o]!);
  const k = options.evidencePerCell;
  const caseKeyOf = (i: number) => state.cases.keyOf(i);
  const decisionOf = (i: number) => page(i).decision[i & PAGE_MASK]!;
  /** Whether case `a` is later evidence than case `b`: later decision, then larger case key. */
  const later = (a: number, b: number): boolean => {
    const da = decisionOf(a);
    const db = decisionOf(b);
    return da > db || (da === db && caseKeyOf(a) > caseKeyOf(b));
  };
  // Per-group scratch: cell key → local cell, its count, and its top-k evidence (case ids, latest first).
  const local = new Map<number, number>();
  let localKeys: number[] = [];
  let localCounts: number[] = [];
  let localEvidence: number[] = [];
  const gFilings = new Uint32Array(G);
  const gFirst = new Int32Array(G).fill(-1);
  const gLast = new Int32Array(G).fill(-1);
  const cellStart = new Int32Array(G + 1);
  const attrStart = new Int32Array(G + 1);
  const cDecision = column(new Uint16Array(1024));
  const cReceived = column(new Uint16Array(1024));
  const cStatus = column(new Uint8Array(1024));
  const cCount = column(new Uint32Array(1024));
  const evidenceStart = column(new Int32Array(1024));
  evidenceStart.push(0);
  const evidenceKeys = column(new Float64Array(1024));
  const odd = new Map<number, string>();
  const aKind = column(new Uint8Array(1024));
  const aValue = column(new Int32Array(1024));
  const aCount = column(new Uint32Array(1024));
  const tallies = { state: tally(256), area: tally(65_536), wage: tally(256), level: tally(8), education: tally(8), days: tally(MAX_DAYS_BIN + 1) };
  for (let g = 0; g < G; g++) {
    const run = order.subarray(groupStart[g]!, groupStart[g + 1]!);
    gFilings[g] = run.length;
    local.clear();
    localKeys = [];
    localCounts = [];
    localEvidence = [];
    for (let r = 0; r < run.length; r++) {
      const i = run[r]!;
      const key = cellKey[i]!;
      let c = local.get(key);
      if (c === undefined) {
        c = localKeys.length;
        local.set(key, c);
        localKeys.push(key);
        localCounts.push(0);
        for (let e = 0; e < k; e++) localEvidence.push(-1);
      }
      localCounts[c]!++;
      // Insert into this cell's top-k evidence (latest first).
      const base = c * k;
      let j = k - 1;
      if (k === 0 || (localEvidence[base + j] !== -1 && !later(i, localEvidence[base + j]!))) continue;
      while (j > 0 && (localEvidence[base + j - 1] === -1 || later(i, localEvidence[base + j - 1]!))) {
        localEvidence[base + j] = localEvidence[base + j - 1]!;
        j--;
      }
      localEvidence[base + j] = i;
    }
    const cellOrder = localKeys.map((_, c) => c).sort((a, b) => localKeys[a]! - localKeys[b]!);
    for (const c of cellOrder) {
      const key = localKeys[c]!;
      cStatus.push(key & 7);
      const rfy = (key >>> 3) % FY_SPACE;
      const dfy = Math.floor((key >>> 3) / FY_SPACE);
      cDecision.push(dfy === 0 ? 0 : dfy + FY_BASE);
      cReceived.push(rfy === 0 ? 0 : rfy + FY_BASE);
      cCount.push(localCounts[c]!);
      for (let e = 0; e < k; e++) {
        const i = localEvidence[c * k + e]!;
        if (i === -1) break;
        const ck = caseKeyOf(i);
        if (ck < 0) odd.set(evidenceKeys.length, state.oddCases.get(i) ?? "");
        evidenceKeys.push(ck);
      }
      evidenceStart.push(evidenceKeys.length);
    }
    cellStart[g + 1] = cCount.length;
    for (let r = 0; r < run.length; r++) {
      const i = run[r]!;
      const p = page(i);
      const o = i & PAGE_MASK;
      const received = p.received[o]!;
      const decision = p.decision[o]!;
      const first = received >= 0 ? received : decision;
      const last = decision >= 0 ? decision : received;
      if (first >= 0 && (gFirst[g] === -1 || first < gFirst[g]!)) gFirst[g] = first;
      if (last > gLast[g]!) gLast[g] = last;
      bump(tallies.state, stateRemap.map[p.worksiteState[o]!]!);
      bump(tallies.area, areaRemap.map[p.area[o]!]!);
      bump(tallies.wage, p.wage[o]!);
      bump(tallies.level, p.levelEducation[o]! >>> 3);
      bump(tallies.education, p.levelEducation[o]! & 7);
      if (received >= 0 && decision >= 0) bump(tallies.days, Math.min(MAX_DAYS_BIN, daysBin(decision - received)));
    }
    drain(tallies.state, ATTR_STATE, aKind, aValue, aCount);
    drain(tallies.area, ATTR_AREA, aKind, aValue, aCount);
    drain(tallies.wage, ATTR_WAGE, aKind, aValue, aCount);
    drain(tallies.level, ATTR_LEVEL, aKind, aValue, aCount);
    drain(tallies.education, ATTR_EDUCATION, aKind, aValue, aCount);
    drain(tallies.days, ATTR_DAYS, aKind, aValue, aCount);
    attrStart[g + 1] = aKind.length;
  }

  // 5. The learned title model.
  const titles = titleModel(state, finalPairs, finalPairCount, socList, caseSoc, inferred);

  // 6. Sources and as-of date.
  const sourceCounts = new Uint32Array(state.sources.length);
  let maxDecision = -1;
  for (let i = 0; i < n; i++) {
    const p = page(i);
    const o = i & PAGE_MASK;
    sourceCounts[p.source[o]!]!++;
    if (p.decision[o]! > maxDecision) maxDecision = p.decision[o]!;
  }
  const sources: IndexSource[] = state.sources
    .map((s, i) => ({ file: s.file, dataset: s.dataset, era: s.era, filings: sourceCounts[i]! }))
    .sort((a, b) => byString(a.file, b.file));

  const groups: GroupTable = {
    node: gNode, program: gProgram, soc: gSoc, socInferred: gInferred, filings: gFilings, firstDay: gFirst, lastDay: gLast,
    cellStart, attrStart, nodeGroupStart: nodeGroupStart(gNode, N),
  };
  const cells: CellTable = {
    decisionFy: cDecision.done(),
    receivedFy: cReceived.done(),
    status: cStatus.done(),
    count: cCount.done(),
    evidenceStart: evidenceStart.done(),
  };
  const attrs: AttrTable = { kind: aKind.done(), value: aValue.done(), count: aCount.done() };
  const evidence: EvidenceTable = { key: evidenceKeys.done(), odd };
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    asOf: (options.asOf as IsoDate | null) ?? isoDateOfDay(maxDecision),
    sources,
    filings: n,
    evidencePerCell: options.evidencePerCell,
    socs: socList,
    states: stateRemap.sorted,
    areas: areaRemap.sorted,
    nodes,
    groups,
    cells,
    attrs,
    evidence,
    titles,
    resolution: resolveEmployers(nodes, options.aliases),
  };
}

/** A fiscal year as a 9-bit code (0 = none). */
function fyCode(fy: number): number {
  if (fy === 0) return 0;
  const x = fy - FY_BASE;
  return x < 1 ? 1 : x >= FY_SPACE ? FY_SPACE - 1 : x;
}

/** The entries of a dictionary that cases use, sorted (keeping `""` first), and the old id → new id map. */
function remapSorted(
  list: readonly string[],
  pages: readonly CasePage[],
  n: number,
  get: (p: CasePage, o: number) => number,
): { sorted: string[]; map: Int32Array } {
  const used = new Uint8Array(list.length);
  used[0] = 1;
  for (let i = 0; i < n; i++) used[get(pages[i >>> PAGE_BITS]!, i & PAGE_MASK)] = 1;
  const sorted = list.filter((_, id) => used[id] === 1).sort(byString);
  const pos = new Map(sorted.map((s, i) => [s, i]));
  return { sorted, map: Int32Array.from(list, (s) => pos.get(s) ?? 0) };
}

function nodeGroupStart(gNode: Int32Array, N: number): Int32Array {
  const start = new Int32Array(N + 1);
  for (let g = 0; g < gNode.length; g++) start[gNode[g]! + 1]!++;
  for (let i = 0; i < N; i++) start[i + 1] = start[i + 1]! + start[i]!;
  return start;
}

/** Labels (spellings, trade names, cities, postal codes) of each live node, top {@link LABELS_PER_KIND} per kind. */
function nodeLabels(
  state: BuilderState,
  variantCount: Uint32Array,
  newNode: Int32Array,
  N: number,
): Pick<EmployerNodes, "labelStart" | "labelKind" | "labelText" | "labelCount"> {
  // Live variants grouped by node (counting sort), then one node at a time with one scratch map per kind.
  const first = new Int32Array(N + 1);
  for (let v = 0; v < variantCount.length; v++) if (variantCount[v]! > 0) first[newNode[state.variantNode[v]!]! + 1]!++;
  for (let i = 0; i < N; i++) first[i + 1] = first[i + 1]! + first[i]!;
  const fill = first.slice(0, N);
  const byNode = new Int32Array(first[N]!);
  for (let v = 0; v < variantCount.length; v++) if (variantCount[v]! > 0) byNode[fill[newNode[state.variantNode[v]!]!]!++] = v;
  const columns = [state.variantRaw, state.variantTrade, state.variantCity, state.variantPostal];
  const kinds = [LABEL_SPELLING, LABEL_TRADE_NAME, LABEL_CITY, LABEL_POSTAL_CODE];
  const start = new Int32Array(N + 1);
  const kind: number[] = [];
  const text: string[] = [];
  const count: number[] = [];
  const scratch = new Map<string, number>();
  for (let i = 0; i < N; i++) {
    for (let k = 0; k < kinds.length; k++) {
      scratch.clear();
      for (let j = first[i]!; j < first[i + 1]!; j++) {
        const v = byNode[j]!;
        const t = columns[k]![v]!;
        if (t !== "") scratch.set(t, (scratch.get(t) ?? 0) + variantCount[v]!);
      }
      if (scratch.size === 0) continue;
      const entries = [...scratch].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
      for (let e = 0; e < entries.length && e < LABELS_PER_KIND; e++) {
        kind.push(kinds[k]!);
        text.push(entries[e]![0]);
        count.push(entries[e]![1]);
      }
    }
    start[i + 1] = kind.length;
  }
  return { labelStart: start, labelKind: Uint8Array.from(kind), labelText: text, labelCount: Uint32Array.from(count) };
}

/**
 * SOC codes for cases whose filing had none (new-form PERM has only a job title): the SOC the same
 * employer name record filed that title under most, else the SOC all employers filed it under most,
 * else the official SOC title the title spells. Works on the builder's SOC ids (`socCodes` / `socIds`,
 * extended with official codes not seen in any filing); marks inferred cases with 1.
 */
function inferSocs(
  state: BuilderState,
  n: number,
  caseSoc: Uint16Array,
  caseNode: Int32Array,
  titlePairs: KeyTable,
  titlePairCount: number[],
  socCodes: string[],
  socIds: Map<string, number>,
): Uint8Array {
  const titleOf = (i: number) => state.pages[i >>> PAGE_BITS]!.title[i & PAGE_MASK]!;
  const inferred = new Uint8Array(n);
  const TITLE_SPACE = 2 ** 26;
  const need = createKeyTable(64);
  for (let i = 0; i < n; i++) if (caseSoc[i] === 0 && titleOf(i) >= 0) need.intern(caseNode[i]! * TITLE_SPACE + titleOf(i));
  if (need.size === 0) return inferred;
  // Best SOC per (node, title) and per title; ties go to the smaller SOC code.
  const smaller = (a: number, b: number) => socCodes[a]! < socCodes[b]!;
  const nodeBest = new Int32Array(need.size);
  const nodeBestCount = new Int32Array(need.size);
  const pairs = createKeyTable(64);
  const pairCount: number[] = [];
  for (let i = 0; i < n; i++) {
    if (caseSoc[i] === 0 || titleOf(i) < 0) continue;
    const id = need.get(caseNode[i]! * TITLE_SPACE + titleOf(i));
    if (id < 0) continue;
    const p = pairs.intern(id * SOC_SPACE + caseSoc[i]!);
    pairCount[p] = (pairCount[p] ?? 0) + 1;
  }
  for (let p = 0; p < pairs.size; p++) {
    const key = pairs.keyOf(p);
    const soc = key % SOC_SPACE;
    const id = (key - soc) / SOC_SPACE;
    const cnt = pairCount[p]!;
    if (cnt > nodeBestCount[id]! || (cnt === nodeBestCount[id] && smaller(soc, nodeBest[id]!))) {
      nodeBest[id] = soc;
      nodeBestCount[id] = cnt;
    }
  }
  const titleBest = new Map<number, { soc: number; count: number }>();
  for (let p = 0; p < titlePairs.size; p++) {
    const key = titlePairs.keyOf(p);
    const soc = key % SOC_SPACE;
    const title = (key - soc) / SOC_SPACE;
    const cnt = titlePairCount[p]!;
    const cur = titleBest.get(title);
    if (!cur || cnt > cur.count || (cnt === cur.count && smaller(soc, cur.soc))) titleBest.set(title, { soc, count: cnt });
  }
  const official = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (caseSoc[i] !== 0 || titleOf(i) < 0) continue;
    const title = titleOf(i);
    const id = need.get(caseNode[i]! * TITLE_SPACE + title);
    let soc = nodeBestCount[id]! > 0 ? nodeBest[id]! : (titleBest.get(title)?.soc ?? 0);
    if (soc === 0) {
      let o = official.get(title);
      if (o === undefined) {
        const code = socFromOfficialTitle(state.titles.list[title]);
        o = 0;
        if (code !== null) {
          o = socIds.get(code) ?? socCodes.length;
          if (o === socCodes.length) {
            socCodes.push(code);
            socIds.set(code, o);
          }
        }
        official.set(title, o);
      }
      soc = o;
    }
    if (soc !== 0 && soc < SOC_SPACE) {
      caseSoc[i] = soc;
      inferred[i] = 1;
    }
  }
  return inferred;
}

function titleModel(
  state: BuilderState,
  titlePairs: KeyTable,
  titlePairCount: number[],
  socList: readonly string[],
  caseSoc: Uint16Array,
  inferred: Uint8Array,
): TitleModel {
  const byTitle = new Map<number, [number, number][]>();
  for (let p = 0; p < titlePairs.size; p++) {
    const key = titlePairs.keyOf(p);
    const soc = key % SOC_SPACE;
    const title = (key - soc) / SOC_SPACE;
    let list = byTitle.get(title);
    if (!list) byTitle.set(title, (list = []));
    list.push([soc, titlePairCount[p]!]);
  }
  const titleIds = [...byTitle.keys()].sort((a, b) => byString(state.titles.list[a]!, state.titles.list[b]!));
  const pairStart = new Int32Array(titleIds.length + 1);
  const pairSoc: number[] = [];
  const pairCount: number[] = [];
  const filings = new Uint32Array(titleIds.length);
  titleIds.forEach((t, i) => {
    const list = byTitle.get(t)!.sort((a, b) => a[0] - b[0]);
    for (const [soc, cnt] of list) {
      pairSoc.push(soc);
      pairCount.push(cnt);
      filings[i]! += cnt;
    }
    pairStart[i + 1] = pairSoc.length;
  });
  // SOC titles from the SOC-title columns of the counted cases, with the (final) SOC ids they came with.
  const seen = new Set<number>();
  const learned: [string, number][] = [];
  for (let i = 0; i < caseSoc.length; i++) {
    const t = state.pages[i >>> PAGE_BITS]!.socTitle[i & PAGE_MASK]!;
    if (t === 0 || caseSoc[i] === 0 || inferred[i] === 1) continue;
    const k = t * SOC_SPACE + caseSoc[i]!;
    if (seen.has(k)) continue;
    seen.add(k);
    learned.push([state.socTitles.list[t - 1]!, caseSoc[i]!]);
  }
  learned.sort((a, b) => byString(a[0], b[0]) || a[1] - b[1]);
  return {
    socs: socList,
    titles: titleIds.map((t) => state.titles.list[t]!),
    filings,
    pairStart,
    pairSoc: Uint16Array.from(pairSoc),
    pairCount: Uint32Array.from(pairCount),
    socTitles: learned.map(([k]) => k),
    socTitleSoc: Uint16Array.from(learned.map(([, s]) => s)),
  };
}
