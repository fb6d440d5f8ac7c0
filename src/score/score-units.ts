/**
 * The employers a model scores ("units"): legal entities (entity scope), or alias-table parents with
 * their entities rolled up plus the entities that have no parent (parent scope). Sorted by key, so
 * unit order is the stable tie-break of every ranking.
 *
 * @module
 */
import type { EmployerResolution } from "../employers/resolve-employers";

/** Units of a model, columnar; unit `u` covers nodes `nodes[nodeStart[u] … nodeStart[u+1]-1]`. */
export interface ScoreUnits {
  readonly scope: "entity" | "parent";
  /** Employer keys (`fein:…`, `name:…`, `alias:…`) or parent keys (`parent:…`), sorted. */
  readonly key: readonly string[];
  readonly name: readonly string[];
  /** Unit of each employer of the resolution. */
  readonly ofEmployer: Int32Array;
  /** Unit of each node. */
  readonly ofNode: Int32Array;
  readonly nodeStart: Int32Array;
  readonly nodes: Int32Array;
}

/**
 * The units of a resolution in a scope.
 *
 * @example
 * scoreUnits(index.resolution, "entity").key.length === index.resolution.employers.key.length; // => true
 */
export function scoreUnits(resolution: EmployerResolution, scope: "entity" | "parent"): ScoreUnits {
  const emp = resolution.employers;
  const parents = resolution.parents;
  const members: { key: string; name: string; employers: number[] }[] = [];
  const parentUnit = new Map<number, number>();
  for (let e = 0; e < emp.key.length; e++) {
    const p = emp.parent[e]!;
    if (scope === "parent" && p >= 0) {
      let u = parentUnit.get(p);
      if (u === undefined) {
        u = members.length;
        parentUnit.set(p, u);
        members.push({ key: parents.key[p]!, name: parents.name[p]!, employers: [] });
      }
      members[u]!.employers.push(e);
    } else members.push({ key: emp.key[e]!, name: emp.name[e]!, employers: [e] });
  }
  members.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const ofEmployer = new Int32Array(emp.key.length);
  const ofNode = new Int32Array(resolution.nodeEmployer.length).fill(-1);
  const nodeStart = new Int32Array(members.length + 1);
  const nodes: number[] = [];
  members.forEach((m, u) => {
    nodeStart[u] = nodes.length;
    for (const e of m.employers) {
      ofEmployer[e] = u;
      for (let j = emp.nodeStart[e]!; j < emp.nodeStart[e + 1]!; j++) {
        nodes.push(emp.nodes[j]!);
        ofNode[emp.nodes[j]!] = u;
      }
    }
  });
  nodeStart[members.length] = nodes.length;
  return {
    scope,
    key: members.map((m) => m.key),
    name: members.map((m) => m.name),
    ofEmployer,
    ofNode,
    nodeStart,
    nodes: Int32Array.from(nodes),
  };
}

/**
 * The unit of a key, by binary search; -1 when absent.
 *
 * @example
 * const units = scoreUnits(index.resolution, "entity");
 * unitOfKey(units, units.key[0]!); // => 0
 */
export function unitOfKey(units: ScoreUnits, key: string): number {
  let lo = 0;
  let hi = units.key.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (units.key[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < units.key.length && units.key[lo] === key ? lo : -1;
}
