/**
 * Turn a builder's per-case records into a `SponsorIndex`: nodes and their labels, SOC codes inferred
 * from job titles where a filing had none, then groups, cells, distributions, evidence and the learned
 * title model, each sorted by its natural key so the result depends only on the set of cases counted
 * (never on the order files were added). Internal.
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
import type { BuilderState } from "./builder-state";
import { isoDateOfDay } from "./day-number";
import { createKeyTable, type KeyTable } from "./key-table";
import {
  ATTR_AREA, ATTR_DAYS, ATTR_EDUCATION, ATTR_LEVEL, ATTR_STATE, ATTR_WAGE, INDEX_FORMAT, INDEX_VERSION,
  type AttrTable, type CellTable, type EvidenceTable, type GroupTable, type IndexSource, type SponsorIndex,
} from "./sponsor-index";

/** Most labels of one kind kept per node. */
export const LABELS_PER_KIND = 5;
const SOC_SPACE = 8192;
const FY_SPACE = 512;
const VALUE_SPACE = 2 ** 21;

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

/**
 * Build the `SponsorIndex` of a builder state (what `builder.finish()` calls).
 *
 * @example
 * finishIndex(createBuilderState(), { evidencePerCell: 3, asOf: null, aliases: EMPTY_ALIASES }).filings; // => 0
 */
export function finishIndex(state: BuilderState, options: FinishOptions): SponsorIndex {
  const n = state.cases.size;
  const c = state.columns;

  // 1. Nodes: live ones (with counted cases), sorted by name, state, FEIN.
  const N0 = state.nodes.list.length;
  const nodeCount0 = new Uint32Array(N0);
  const variantCount = new Uint32Array(state.variantNode.length);
  for (let i = 0; i < n; i++) {
    const v = c.variant[i]!;
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
    const node = newNode[state.variantNode[c.variant[i]!]!]!;
    caseNode[i] = node;
    nodeFilings[node]!++;
    const first = c.received[i]! >= 0 ? c.received[i]! : c.decision[i]!;
    const last = c.decision[i]! >= 0 ? c.decision[i]! : c.received[i]!;
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
  const caseSoc = c.soc.slice(0, n);
  const titlePairs = createKeyTable(1024);
  const titlePairCount: number[] = [];
  for (let i = 0; i < n; i++) {
    if (caseSoc[i] === 0 || c.title[i]! < 0) continue;
    const id = titlePairs.intern(c.title[i]! * SOC_SPACE + caseSoc[i]!);
    titlePairCount[id] = (titlePairCount[id] ?? 0) + 1;
  }
  const inferred = inferSocs(state, n, caseSoc, caseNode, titlePairs, titlePairCount, socCodes, socIds);
  const used = new Set<number>([0]);
  for (let i = 0; i < n; i++) used.add(caseSoc[i]!);
  const socList = [...used].map((id) => socCodes[id]!).sort(byString); // "" first
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

  // 3. Groups: node × program × SOC × inferred.
  const groupTable = createKeyTable(1024);
  const caseGroup = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    caseGroup[i] = groupTable.intern(((caseNode[i]! * 4 + c.program[i]!) * SOC_SPACE + caseSoc[i]!) * 2 + inferred[i]!);
  }
  const groupRank = rankKeys(groupTable);
  const G = groupTable.size;
  for (let i = 0; i < n; i++) caseGroup[i] = groupRank.rank[caseGroup[i]!]!;
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
  const gFilings = new Uint32Array(G);
  const gFirst = new Int32Array(G).fill(-1);
  const gLast = new Int32Array(G).fill(-1);
  for (let i = 0; i < n; i++) {
    const g = caseGroup[i]!;
    gFilings[g]!++;
    const first = c.received[i]! >= 0 ? c.received[i]! : c.decision[i]!;
    const last = c.decision[i]! >= 0 ? c.decision[i]! : c.received[i]!;
    if (first >= 0 && (gFirst[g] === -1 || first < gFirst[g]!)) gFirst[g] = first;
    if (last > gLast[g]!) gLast[g] = last;
  }

  // 4. Cells: group × decision FY × received FY × status.
  const cellTable = createKeyTable(1024);
  const caseCell = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const dfy = c.decisionFy[i]! === 0 ? 0 : c.decisionFy[i]! - 1899;
    const rfy = c.receivedFy[i]! === 0 ? 0 : c.receivedFy[i]! - 1899;
    caseCell[i] = cellTable.intern(((caseGroup[i]! * FY_SPACE + clampFy(dfy)) * FY_SPACE + clampFy(rfy)) * 8 + c.status[i]!);
  }
  const cellRank = rankKeys(cellTable);
  const C = cellTable.size;
  for (let i = 0; i < n; i++) caseCell[i] = cellRank.rank[caseCell[i]!]!;
  const cellCount = new Uint32Array(C);
  for (let i = 0; i < n; i++) cellCount[caseCell[i]!]!++;
  const cStatus = new Uint8Array(C);
  const cReceived = new Uint16Array(C);
  const cDecision = new Uint16Array(C);
  const cellStart = new Int32Array(G + 1);
  for (let k = 0; k < C; k++) {
    let key = cellRank.sorted[k]!;
    cStatus[k] = key % 8;
    key = (key - cStatus[k]!) / 8;
    const rfy = key % FY_SPACE;
    key = (key - rfy) / FY_SPACE;
    const dfy = key % FY_SPACE;
    const g = (key - dfy) / FY_SPACE;
    cReceived[k] = rfy === 0 ? 0 : rfy + 1899;
    cDecision[k] = dfy === 0 ? 0 : dfy + 1899;
    cellStart[g + 1]!++;
  }
  for (let g = 0; g < G; g++) cellStart[g + 1] = cellStart[g + 1]! + cellStart[g]!;

  // 5. Distributions: group × kind × value.
  const attrTable = createKeyTable(1024);
  const attrCount: number[] = [];
  const bump = (g: number, kind: number, value: number) => {
    if (value <= 0) return;
    const id = attrTable.intern((g * 8 + kind) * VALUE_SPACE + Math.min(value, VALUE_SPACE - 1));
    attrCount[id] = (attrCount[id] ?? 0) + 1;
  };
  for (let i = 0; i < n; i++) {
    const g = caseGroup[i]!;
    bump(g, ATTR_STATE, c.worksiteState[i]!);
    bump(g, ATTR_AREA, c.area[i]!);
    bump(g, ATTR_WAGE, c.wage[i]!);
    bump(g, ATTR_LEVEL, c.level[i]!);
    bump(g, ATTR_EDUCATION, c.education[i]!);
    if (c.received[i]! >= 0 && c.decision[i]! >= 0) bump(g, ATTR_DAYS, daysBin(c.decision[i]! - c.received[i]!));
  }
  const attrRank = rankKeys(attrTable);
  const A = attrTable.size;
  const aKind = new Uint8Array(A);
  const aValue = new Int32Array(A);
  const aCount = new Uint32Array(A);
  const attrStart = new Int32Array(G + 1);
  const stateRemap = remapSorted(state.states.list, c.worksiteState, n);
  const areaRemap = remapSorted(state.areas.list, c.area, n);
  for (let k = 0; k < A; k++) {
    const key = attrRank.sorted[k]!;
    const value = key % VALUE_SPACE;
    const rest = (key - value) / VALUE_SPACE;
    const kind = rest % 8;
    const g = (rest - kind) / 8;
    aKind[k] = kind;
    aValue[k] = kind === ATTR_STATE ? stateRemap.map[value]! : kind === ATTR_AREA ? areaRemap.map[value]! : value;
    aCount[k] = attrCount[attrTable.get(key)]!;
    attrStart[g + 1]!++;
  }
  for (let g = 0; g < G; g++) attrStart[g + 1] = attrStart[g + 1]! + attrStart[g]!;
  // State and area ids changed order within a group: re-sort each group's run of those kinds by value.
  sortRuns(attrStart, aKind, aValue, aCount);

  // 6. Evidence: the latest decisions of each cell.
  const evidence = pickEvidence(state, n, caseCell, C, options.evidencePerCell);

  // 7. The learned title model.
  const titles = titleModel(state, finalPairs, finalPairCount, socList, caseSoc, inferred);

  // 8. Sources and as-of date.
  const sourceCounts = new Uint32Array(state.sources.length);
  let maxDecision = -1;
  for (let i = 0; i < n; i++) {
    sourceCounts[c.source[i]!]!++;
    if (c.decision[i]! > maxDecision) maxDecision = c.decision[i]!;
  }
  const sources: IndexSource[] = state.sources
    .map((s, i) => ({ file: s.file, dataset: s.dataset, era: s.era, filings: sourceCounts[i]! }))
    .sort((a, b) => byString(a.file, b.file));

  const groups: GroupTable = {
    node: gNode, program: gProgram, soc: gSoc, socInferred: gInferred, filings: gFilings, firstDay: gFirst, lastDay: gLast,
    cellStart, attrStart, nodeGroupStart: nodeGroupStart(gNode, N),
  };
  const cells: CellTable = { decisionFy: cDecision, receivedFy: cReceived, status: cStatus, count: cellCount, evidenceStart: evidence.start };
  const attrs: AttrTable = { kind: aKind, value: aValue, count: aCount };
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
    evidence: evidence.table,
    titles,
    resolution: resolveEmployers(nodes, options.aliases),
  };
}

function clampFy(x: number): number {
  return x < 0 ? 0 : x >= FY_SPACE ? FY_SPACE - 1 : x;
}

/** The entries of a dictionary that cases use, sorted (keeping `""` first), and the old id → new id map. */
function remapSorted(list: readonly string[], ids: ArrayLike<number>, n: number): { sorted: string[]; map: Int32Array } {
  const used = new Uint8Array(list.length);
  used[0] = 1;
  for (let i = 0; i < n; i++) used[ids[i]!] = 1;
  const sorted = list.filter((_, id) => used[id] === 1).sort(byString);
  const pos = new Map(sorted.map((s, i) => [s, i]));
  return { sorted, map: Int32Array.from(list, (s) => pos.get(s) ?? 0) };
}

/** Sort each (group, kind) run of attrs by value (ids of states and areas were re-ranked). */
function sortRuns(attrStart: Int32Array, kind: Uint8Array, value: Int32Array, count: Uint32Array): void {
  for (let g = 0; g + 1 < attrStart.length; g++) {
    let a = attrStart[g]!;
    const end = attrStart[g + 1]!;
    while (a < end) {
      let b = a + 1;
      while (b < end && kind[b] === kind[a]) b++;
      if (b - a > 1 && (kind[a] === ATTR_STATE || kind[a] === ATTR_AREA)) {
        const pairs: [number, number][] = [];
        for (let k = a; k < b; k++) pairs.push([value[k]!, count[k]!]);
        pairs.sort((x, y) => x[0] - y[0]);
        pairs.forEach(([v, cnt], j) => {
          value[a + j] = v;
          count[a + j] = cnt;
        });
      }
      a = b;
    }
  }
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
  const perNode: Map<string, number>[][] = [];
  for (let v = 0; v < variantCount.length; v++) {
    const count = variantCount[v]!;
    if (count === 0) continue;
    const node = newNode[state.variantNode[v]!]!;
    let kinds = perNode[node];
    if (!kinds) perNode[node] = kinds = [new Map(), new Map(), new Map(), new Map()];
    const texts = [state.variantRaw[v]!, state.variantTrade[v]!, state.variantCity[v]!, state.variantPostal[v]!];
    texts.forEach((t, kind) => {
      if (t !== "") kinds[kind]!.set(t, (kinds[kind]!.get(t) ?? 0) + count);
    });
  }
  const start = new Int32Array(N + 1);
  const kind: number[] = [];
  const text: string[] = [];
  const count: number[] = [];
  for (let i = 0; i < N; i++) {
    const kinds = perNode[i];
    if (kinds) {
      for (const k of [LABEL_SPELLING, LABEL_TRADE_NAME, LABEL_CITY, LABEL_POSTAL_CODE]) {
        const entries = [...kinds[k]!].sort((a, b) => b[1] - a[1] || byString(a[0], b[0])).slice(0, LABELS_PER_KIND);
        for (const [t, cnt] of entries) {
          kind.push(k);
          text.push(t);
          count.push(cnt);
        }
      }
    }
    start[i + 1] = kind.length;
  }
  return { labelStart: start, labelKind: Uint8Array.from(kind), labelText: text, labelCount: Uint32Array.from(count) };
}

/**
 * SOC codes for cases whose filing had none (new-form PERM has only a job title): the SOC the same
 * employer name record filed that title under most, else the SOC all employers filed it under most,
 * else the official SOC title the title spells. Marks inferred cases with 1.
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
  const c = state.columns;
  const inferred = new Uint8Array(n);
  const TITLE_SPACE = 2 ** 26;
  const need = createKeyTable(64);
  for (let i = 0; i < n; i++) if (caseSoc[i] === 0 && c.title[i]! >= 0) need.intern(caseNode[i]! * TITLE_SPACE + c.title[i]!);
  if (need.size === 0) return inferred;
  // Best SOC per (node, title) and per title; ties go to the smaller SOC code.
  const smaller = (a: number, b: number) => socCodes[a]! < socCodes[b]!;
  const nodeBest = new Int32Array(need.size);
  const nodeBestCount = new Int32Array(need.size);
  const pairs = createKeyTable(64);
  const pairCount: number[] = [];
  for (let i = 0; i < n; i++) {
    if (caseSoc[i] === 0 || c.title[i]! < 0) continue;
    const id = need.get(caseNode[i]! * TITLE_SPACE + c.title[i]!);
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
    if (caseSoc[i] !== 0 || c.title[i]! < 0) continue;
    const title = c.title[i]!;
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
    if (soc !== 0) {
      caseSoc[i] = soc;
      inferred[i] = 1;
    }
  }
  return inferred;
}

/** The latest decisions (ties: larger case key) of each cell, at most `k`. */
function pickEvidence(state: BuilderState, n: number, caseCell: Int32Array, C: number, k: number): { start: Int32Array; table: EvidenceTable } {
  const start = new Int32Array(C + 1);
  if (k === 0) return { start, table: { key: new Float64Array(0), odd: new Map() } };
  const c = state.columns;
  const slots = new Int32Array(C * k).fill(-1);
  const keyOf = (i: number) => state.cases.keyOf(i);
  const later = (a: number, b: number) => c.decision[a]! > c.decision[b]! || (c.decision[a] === c.decision[b] && keyOf(a) > keyOf(b));
  for (let i = 0; i < n; i++) {
    const base = caseCell[i]! * k;
    let j = k - 1;
    if (slots[base + j] !== -1 && !later(i, slots[base + j]!)) continue;
    while (j > 0 && (slots[base + j - 1] === -1 || later(i, slots[base + j - 1]!))) {
      slots[base + j] = slots[base + j - 1]!;
      j--;
    }
    slots[base + j] = i;
  }
  const keys: number[] = [];
  const odd = new Map<number, string>();
  for (let cell = 0; cell < C; cell++) {
    for (let j = 0; j < k; j++) {
      const i = slots[cell * k + j]!;
      if (i === -1) break;
      const key = keyOf(i);
      if (key < 0) odd.set(keys.length, state.oddCases.get(i) ?? "");
      keys.push(key);
    }
    start[cell + 1] = keys.length;
  }
  return { start, table: { key: Float64Array.from(keys), odd } };
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
  const c = state.columns;
  const seen = new Set<number>();
  const learned: [string, number][] = [];
  for (let i = 0; i < caseSoc.length; i++) {
    const t = c.socTitle[i]!;
    if (t < 0 || caseSoc[i] === 0 || inferred[i] === 1) continue;
    const k = t * SOC_SPACE + caseSoc[i]!;
    if (seen.has(k)) continue;
    seen.add(k);
    learned.push([state.socTitles.list[t]!, caseSoc[i]!]);
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
