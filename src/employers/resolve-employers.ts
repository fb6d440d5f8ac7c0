/**
 * Resolve employer name records (nodes) to employers, FEIN first: see `link-kind.ts` for the rules
 * and their confidences. Resolution runs on the whole set of nodes at once, so it does not depend on
 * the order files were added: a FEIN seen in a FY2025 file teaches the name index, and the FY2016
 * filings of the same name and state join that employer.
 *
 * @module
 */
import { parseFein } from "../normalize/identifiers";
import { type AliasTable, EMPTY_ALIASES } from "./alias-table";
import { employerMatchKey } from "./employer-match-key";
import { type EmployerNodes, LABEL_SPELLING, LABEL_TRADE_NAME } from "./employer-nodes";
import { LINK_CONFIDENCE, LINK_KINDS, type LinkKind } from "./link-kind";

/** Employers after resolution, columnar. Employer `e` is `{ key: key[e], name: name[e], … }`, sorted by key. */
export interface ResolvedEmployers {
  /** `fein:NN-NNNNNNN`, `name:<MATCH KEY>` or `alias:<MATCH KEY>`. */
  readonly key: readonly string[];
  /** Display name: the most used spelling of the most recent name (or the alias table's name). */
  readonly name: readonly string[];
  /** Parent index (into `parents`), or -1. */
  readonly parent: Int32Array;
  readonly filings: Uint32Array;
  /** Nodes of employer `e` are `nodes[nodeStart[e] … nodeStart[e+1]-1]`. */
  readonly nodeStart: Int32Array;
  readonly nodes: Int32Array;
}

/** Parents from the alias table, columnar. */
export interface ResolvedParents {
  /** `parent:<MATCH KEY>`. */
  readonly key: readonly string[];
  readonly name: readonly string[];
  /** Employers of parent `p` are `employers[employerStart[p] … employerStart[p+1]-1]`. */
  readonly employerStart: Int32Array;
  readonly employers: Int32Array;
}

/** The outcome of {@link resolveEmployers}. */
export interface EmployerResolution {
  /** Employer of each node. */
  readonly nodeEmployer: Int32Array;
  /** Link kind of each node (index into `LINK_KINDS`) and its confidence. */
  readonly nodeLink: Uint8Array;
  readonly nodeConfidence: Float64Array;
  readonly employers: ResolvedEmployers;
  readonly parents: ResolvedParents;
  /** Extra lookup names (alias names and brands): target ≥ 0 is an employer, < 0 the parent `-target-1`. */
  readonly brands: { readonly name: readonly string[]; readonly target: Int32Array };
  /** The alias table applied. */
  readonly aliases: AliasTable;
}

const KIND_ID: Readonly<Record<LinkKind, number>> = Object.fromEntries(LINK_KINDS.map((k, i) => [k, i])) as Record<LinkKind, number>;

interface Link {
  owner: string;
  kind: LinkKind;
  confidence: number;
}

/** The FEIN with the most filings among `weights` (ties: the smaller FEIN) and its share. */
function dominant(weights: Map<string, number>): { fein: string; share: number } {
  let best = "";
  let bestW = -1;
  let total = 0;
  for (const [fein, w] of weights) {
    total += w;
    if (w > bestW || (w === bestW && fein < best)) {
      best = fein;
      bestW = w;
    }
  }
  return { fein: best, share: total > 0 ? bestW / total : 1 };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Resolve nodes to employers: FEIN first, then name + state taught by FEIN-bearing filings, then
 * name alone, then trade names; then the alias table merges entities and assigns parents.
 * Deterministic: the output depends only on the set of nodes and the alias table.
 *
 * @example
 * const nodes = {
 *   fein: ["12-3456789", ""], name: ["GOOGLE", "GOOGLE"], state: ["CA", "CA"],
 *   filings: Uint32Array.of(5, 9), firstDay: Int32Array.of(19000, 16000), lastDay: Int32Array.of(20000, 17000),
 *   labelStart: Int32Array.of(0, 1, 2), labelKind: Uint8Array.of(0, 0), labelText: ["GOOGLE LLC", "GOOGLE INC."],
 *   labelCount: Uint32Array.of(5, 9),
 * };
 * const r = resolveEmployers(nodes);
 * r.employers.key; // => ["fein:12-3456789"]
 * LINK_KINDS[r.nodeLink[1]]; // => "fein-name-state"
 */
export function resolveEmployers(nodes: EmployerNodes, aliases: AliasTable = EMPTY_ALIASES): EmployerResolution {
  const n = nodes.name.length;
  const links: Link[] = new Array(n);
  // Owner keys are built once per distinct FEIN or name (string building and hashing dominate otherwise).
  const feinOwners = new Map<string, string>();
  const feinOwner = (fein: string): string => {
    let o = feinOwners.get(fein);
    if (o === undefined) feinOwners.set(fein, (o = `fein:${fein}`));
    return o;
  };

  // 1–2. One pass per run of nodes sharing a name (nodes sorted by name): FEIN-bearing nodes are their
  //      FEIN's; the others take the FEIN the name was filed with in their state, else in any state, else
  //      the name itself (in its main state: `name-state`, elsewhere: `name`).
  const order = sortedByName(nodes);
  for (let a = 0; a < n; ) {
    const name = nodes.name[order[a]!]!;
    let b = a + 1;
    while (b < n && nodes.name[order[b]!] === name) b++;
    const byState = new Map<string, Map<string, number>>();
    const anyState = new Map<string, number>();
    for (let r = a; r < b; r++) {
      const i = order[r]!;
      const fein = nodes.fein[i]!;
      if (fein === "") continue;
      links[i] = { owner: feinOwner(fein), kind: "fein", confidence: LINK_CONFIDENCE.fein };
      if (name === "") continue;
      const w = Math.max(1, nodes.filings[i]!);
      let m = byState.get(nodes.state[i]!);
      if (!m) byState.set(nodes.state[i]!, (m = new Map()));
      m.set(fein, (m.get(fein) ?? 0) + w);
      anyState.set(fein, (anyState.get(fein) ?? 0) + w);
    }
    const nameOnly = new Map<string, number>(); // state → filings of nodes left to the name
    for (let r = a; r < b; r++) {
      const i = order[r]!;
      if (links[i] !== undefined) continue;
      const here = byState.get(nodes.state[i]!);
      if (here) {
        const d = dominant(here);
        links[i] = { owner: feinOwner(d.fein), kind: "fein-name-state", confidence: round3(LINK_CONFIDENCE["fein-name-state"] * d.share) };
      } else if (anyState.size > 0) {
        const d = dominant(anyState);
        links[i] = { owner: feinOwner(d.fein), kind: "fein-name", confidence: round3(LINK_CONFIDENCE["fein-name"] * d.share) };
      } else {
        nameOnly.set(nodes.state[i]!, (nameOnly.get(nodes.state[i]!) ?? 0) + nodes.filings[i]!);
      }
    }
    if (nameOnly.size > 0) {
      let main = "";
      let mainW = -1;
      for (const [st, w] of nameOnly) if (w > mainW || (w === mainW && st < main)) [main, mainW] = [st, w];
      const owner = `name:${name}`;
      for (let r = a; r < b; r++) {
        const i = order[r]!;
        if (links[i] !== undefined) continue;
        const kind: LinkKind = nodes.state[i] === main ? "name-state" : "name";
        links[i] = { owner, kind, confidence: name === "" ? 0 : LINK_CONFIDENCE[kind] };
      }
    }
    a = b;
  }

  // 3. Trade names: a name-only employer whose name is the d/b/a of exactly one other employer, in a state
  //    where that employer files, joins it.
  const tradeOwners = new Map<string, Set<string>>(); // trade key|state → owners
  for (let i = 0; i < n; i++) {
    for (let j = nodes.labelStart[i]!; j < nodes.labelStart[i + 1]!; j++) {
      if (nodes.labelKind[j] !== LABEL_TRADE_NAME) continue;
      const key = employerMatchKey(nodes.labelText[j]);
      if (key === null || key === nodes.name[i]) continue;
      const k = `${key}|${nodes.state[i]}`;
      let set = tradeOwners.get(k);
      if (!set) tradeOwners.set(k, (set = new Set()));
      set.add(links[i]!.owner);
    }
  }
  if (tradeOwners.size > 0) {
    for (let i = 0; i < n; i++) {
      const link = links[i]!;
      if ((link.kind !== "name" && link.kind !== "name-state") || nodes.name[i] === "") continue;
      const owners = tradeOwners.get(`${nodes.name[i]}|${nodes.state[i]}`);
      if (owners && owners.size === 1) {
        const [owner] = owners;
        if (owner !== link.owner) links[i] = { owner: owner!, kind: "trade-name", confidence: LINK_CONFIDENCE["trade-name"] };
      }
    }
  }

  // 4. Alias entities merge whole employers.
  const aliasNames = new Map<string, number>(); // match key of an alias name → entity index
  const aliasFeins = new Map<string, number>();
  aliases.entities.forEach((entity, e) => {
    for (const raw of [entity.name, ...entity.match]) {
      const key = employerMatchKey(raw);
      if (key !== null && !aliasNames.has(key)) aliasNames.set(key, e);
    }
    for (const raw of entity.feins) {
      const fein = parseFein(raw);
      if (fein !== null && !aliasFeins.has(fein)) aliasFeins.set(fein, e);
    }
  });
  const ownerAlias = new Map<string, number>(); // automatic owner → alias entity
  if (aliases.entities.length > 0) {
    for (let i = 0; i < n; i++) {
      const e = aliasNames.get(nodes.name[i]!) ?? (nodes.fein[i] !== "" ? aliasFeins.get(nodes.fein[i]!) : undefined);
      if (e === undefined) continue;
      const owner = links[i]!.owner;
      const prev = ownerAlias.get(owner);
      if (prev === undefined || e < prev) ownerAlias.set(owner, e);
    }
    // The largest absorbed employer keeps its links; the others are linked by the alias.
    const ownerWeight = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const owner = links[i]!.owner;
      if (ownerAlias.has(owner)) ownerWeight.set(owner, (ownerWeight.get(owner) ?? 0) + nodes.filings[i]!);
    }
    const primary = new Map<number, string>();
    for (const [owner, e] of [...ownerAlias].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const cur = primary.get(e);
      if (cur === undefined || ownerWeight.get(owner)! > ownerWeight.get(cur)!) primary.set(e, owner);
    }
    for (let i = 0; i < n; i++) {
      const link = links[i]!;
      const e = ownerAlias.get(link.owner);
      if (e === undefined) continue;
      const target = `alias:${employerMatchKey(aliases.entities[e]!.name) ?? aliases.entities[e]!.name}`;
      links[i] = primary.get(e) === link.owner ? { ...link, owner: target } : { owner: target, kind: "alias", confidence: LINK_CONFIDENCE.alias };
    }
  }

  // 5. Employers: group nodes by owner, sorted by key.
  const ownerKeys = [...new Set(links.map((l) => l.owner))].sort();
  const ownerIndex = new Map(ownerKeys.map((k, e) => [k, e]));
  const E = ownerKeys.length;
  const nodeEmployer = new Int32Array(n);
  const nodeLink = new Uint8Array(n);
  const nodeConfidence = new Float64Array(n);
  const counts = new Int32Array(E + 1);
  const filings = new Uint32Array(E);
  for (let i = 0; i < n; i++) {
    const e = ownerIndex.get(links[i]!.owner)!;
    nodeEmployer[i] = e;
    nodeLink[i] = KIND_ID[links[i]!.kind];
    nodeConfidence[i] = links[i]!.confidence;
    counts[e + 1]!++;
    filings[e] = filings[e]! + nodes.filings[i]!;
  }
  const nodeStart = new Int32Array(E + 1);
  for (let e = 0; e < E; e++) nodeStart[e + 1] = nodeStart[e]! + counts[e + 1]!;
  const fill = nodeStart.slice(0, E);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[nodeEmployer[i]!]!++] = i;

  const aliasByKey = new Map<string, string>();
  for (const entity of aliases.entities) aliasByKey.set(`alias:${employerMatchKey(entity.name) ?? entity.name}`, entity.name);
  const names: string[] = new Array(E);
  for (let e = 0; e < E; e++) {
    const key = ownerKeys[e]!;
    names[e] = aliasByKey.get(key) ?? displayName(nodes, members.subarray(nodeStart[e]!, nodeStart[e + 1]!));
  }

  // 6. Parents and brands.
  const parentKeys: string[] = [];
  const parentNames: string[] = [];
  const parent = new Int32Array(E).fill(-1);
  const brandNames: string[] = [];
  const brandTargets: number[] = [];
  const employersOfName = new Map<string, Set<number>>();
  const employersOfFein = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, k: string, e: number) => {
    let s = map.get(k);
    if (!s) map.set(k, (s = new Set()));
    s.add(e);
  };
  for (let i = 0; i < n; i++) {
    add(employersOfName, nodes.name[i]!, nodeEmployer[i]!);
    if (nodes.fein[i] !== "") add(employersOfFein, nodes.fein[i]!, nodeEmployer[i]!);
  }
  const sortedParents = aliases.parents
    .map((p, order) => ({ p, order, key: `parent:${employerMatchKey(p.name) ?? p.name}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order))
    .filter((x, i, all) => i === 0 || all[i - 1]!.key !== x.key);
  sortedParents.forEach(({ p, key }, pi) => {
    parentKeys.push(key);
    parentNames.push(p.name);
    for (const m of p.members) {
      const targets = new Set<number>();
      const byKey = ownerIndex.get(m);
      if (byKey !== undefined) targets.add(byKey);
      const fein = parseFein(m);
      if (fein !== null) for (const e of employersOfFein.get(fein) ?? []) targets.add(e);
      const nameKey = employerMatchKey(m);
      if (nameKey !== null && byKey === undefined && fein === null) for (const e of employersOfName.get(nameKey) ?? []) targets.add(e);
      for (const e of targets) if (parent[e] === -1) parent[e] = pi;
    }
    for (const b of [p.name, ...p.brands]) {
      brandNames.push(b);
      brandTargets.push(-pi - 1);
    }
  });
  for (const entity of aliases.entities) {
    const e = ownerIndex.get(`alias:${employerMatchKey(entity.name) ?? entity.name}`);
    if (e === undefined) continue;
    for (const b of [entity.name, ...entity.brands]) {
      brandNames.push(b);
      brandTargets.push(e);
    }
  }
  const P = parentKeys.length;
  const pCounts = new Int32Array(P + 1);
  for (let e = 0; e < E; e++) if (parent[e]! >= 0) pCounts[parent[e]! + 1]!++;
  const employerStart = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) employerStart[p + 1] = employerStart[p]! + pCounts[p + 1]!;
  const pFill = employerStart.slice(0, P);
  const parentEmployers = new Int32Array(employerStart[P]!);
  for (let e = 0; e < E; e++) if (parent[e]! >= 0) parentEmployers[pFill[parent[e]!]!++] = e;

  return {
    nodeEmployer,
    nodeLink,
    nodeConfidence,
    employers: { key: ownerKeys, name: names, parent, filings, nodeStart, nodes: members },
    parents: { key: parentKeys, name: parentNames, employerStart, employers: parentEmployers },
    brands: { name: brandNames, target: Int32Array.from(brandTargets) },
    aliases,
  };
}

/** Node ids sorted by name (already the order of an index's nodes, which is checked first). */
function sortedByName(nodes: EmployerNodes): Int32Array {
  const n = nodes.name.length;
  const order = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && nodes.name[i - 1]! > nodes.name[i]!) sorted = false;
  }
  if (!sorted) order.sort((x, y) => (nodes.name[x]! < nodes.name[y]! ? -1 : nodes.name[x]! > nodes.name[y]! ? 1 : x - y));
  return order;
}

/** The most used spelling of the node with the latest filing (ties: one with a FEIN, more filings, lower index). */
function displayName(nodes: EmployerNodes, members: Int32Array): string {
  let best = -1;
  const better = (i: number, b: number) =>
    nodes.lastDay[i]! - nodes.lastDay[b]! || Number(nodes.fein[i] !== "") - Number(nodes.fein[b] !== "") || nodes.filings[i]! - nodes.filings[b]!;
  for (const i of members) if (best === -1 || better(i, best) > 0) best = i;
  if (best === -1) return "";
  let text = "";
  let count = -1;
  for (let j = nodes.labelStart[best]!; j < nodes.labelStart[best + 1]!; j++) {
    if (nodes.labelKind[j] === LABEL_SPELLING && nodes.labelCount[j]! > count) {
      text = nodes.labelText[j]!;
      count = nodes.labelCount[j]!;
    }
  }
  return text || nodes.name[best] || "(no employer name)";
}
