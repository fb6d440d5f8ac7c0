/**
 * Which node ids make up an employer (legal-entity scope) or its parent (parent scope). Internal
 * helper of the queries.
 *
 * @module
 */
import type { EmployerResolution } from "../employers/resolve-employers";
import { sortedIndexOf } from "../normalize/sorted-index-of";

/** The employer (or parent) a key names, with the nodes it covers in the requested scope. */
export interface EmployerScope {
  readonly key: string;
  readonly name: string;
  readonly scope: "entity" | "parent";
  /** Employer indexes covered. */
  readonly employers: readonly number[];
  /** Node ids covered, ascending. */
  readonly nodes: readonly number[];
}

/**
 * The nodes of an employer key (`fein:…`, `name:…`, `alias:…`) or parent key (`parent:…`); with
 * `scope: "parent"`, an entity that has a parent is widened to the parent. `null` when the key is unknown.
 *
 * @example
 * employerScope(index.resolution, "fein:46-8002041")?.nodes.length; // => 2
 * employerScope(index.resolution, "fein:00-0000000"); // => null
 */
export function employerScope(resolution: EmployerResolution, key: string, scope: "entity" | "parent" = "entity"): EmployerScope | null {
  const emp = resolution.employers;
  const parents = resolution.parents;
  let parent = -1;
  let employers: number[];
  if (key.startsWith("parent:")) {
    parent = sortedIndexOf(parents.key, key);
    if (parent < 0) return null;
  } else {
    const e = sortedIndexOf(emp.key, key);
    if (e < 0) return null;
    if (scope === "parent" && emp.parent[e]! >= 0) parent = emp.parent[e]!;
    else employers = [e];
  }
  if (parent >= 0) {
    employers = [];
    for (let j = parents.employerStart[parent]!; j < parents.employerStart[parent + 1]!; j++) employers.push(parents.employers[j]!);
  }
  const nodes: number[] = [];
  for (const e of employers!) for (let j = emp.nodeStart[e]!; j < emp.nodeStart[e + 1]!; j++) nodes.push(emp.nodes[j]!);
  nodes.sort((a, b) => a - b);
  return parent >= 0
    ? { key: parents.key[parent]!, name: parents.name[parent]!, scope: "parent", employers: employers!, nodes }
    : { key: emp.key[employers![0]!]!, name: emp.name[employers![0]!]!, scope: "entity", employers: employers!, nodes };
}
