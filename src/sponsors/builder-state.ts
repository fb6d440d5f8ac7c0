/**
 * The mutable state of an index under construction: one compact record per case (about 40 bytes,
 * typed-array columns, keyed by the packed case number) plus the dictionaries the records point into.
 * Internal; `createSponsorIndexBuilder` owns it and `finishIndex` turns it into a `SponsorIndex`.
 *
 * @module
 */
import type { DatasetId } from "../datasets/filing";
import { createKeyTable, type KeyTable } from "./key-table";

/** A string → dense id dictionary with its list (id 0 may be reserved for `""`). */
export interface Dictionary {
  readonly ids: Map<string, number>;
  readonly list: string[];
}

/**
 * An empty dictionary; with `reserveEmpty`, id 0 is `""` (unknown).
 *
 * @example
 * createDictionary(true).list; // => [""]
 */
export function createDictionary(reserveEmpty: boolean): Dictionary {
  return reserveEmpty ? { ids: new Map([["", 0]]), list: [""] } : { ids: new Map(), list: [] };
}

/**
 * The id of a string, adding it when new.
 *
 * @example
 * const d = createDictionary(false);
 * [idOf(d, "WA"), idOf(d, "CA"), idOf(d, "WA")]; // => [0, 1, 0]
 */
export function idOf(d: Dictionary, s: string): number {
  let id = d.ids.get(s);
  if (id === undefined) {
    id = d.list.length;
    d.list.push(s);
    d.ids.set(s, id);
  }
  return id;
}

/** Per-case columns. */
export interface CaseColumns {
  variant: Int32Array;
  program: Uint8Array;
  status: Uint8Array;
  soc: Uint16Array;
  title: Int32Array;
  /** SOC-title key (`socTitleKey`) of the filing's SOC-title column, when it also had a SOC code; -1 none. */
  socTitle: Int32Array;
  decisionFy: Uint16Array;
  receivedFy: Uint16Array;
  received: Int32Array;
  decision: Int32Array;
  worksiteState: Uint8Array;
  area: Int32Array;
  wage: Uint8Array;
  level: Uint8Array;
  education: Uint8Array;
  source: Uint16Array;
}

export interface SourceInfo {
  readonly file: string;
  /** Base name, compared to break ties between records of one case with the same decision date. */
  readonly base: string;
  readonly dataset: DatasetId;
  readonly era: string;
}

export interface BuilderState {
  readonly cases: KeyTable;
  columns: CaseColumns;
  capacity: number;
  /** Case numbers of cases whose key is hashed (non-standard case numbers), by case id. */
  readonly oddCases: Map<number, string>;
  /** Employer variants: distinct (raw name, FEIN, state, city, postal code, trade name) → node. */
  readonly variantNode: number[];
  readonly variantFein: string[];
  readonly variantState: string[];
  readonly variantRaw: string[];
  readonly variantCity: string[];
  readonly variantPostal: string[];
  readonly variantTrade: string[];
  /** Nodes: (FEIN, match key, state). */
  readonly nodes: Dictionary;
  readonly nodeFein: string[];
  readonly nodeName: string[];
  readonly nodeState: string[];
  readonly socs: Dictionary;
  readonly states: Dictionary;
  readonly areas: Dictionary;
  readonly titles: Dictionary;
  /** SOC-title keys seen in the filings' SOC-title columns. */
  readonly socTitles: Dictionary;
  readonly sources: SourceInfo[];
  readonly sourceIds: Map<string, number>;
}

function columns(capacity: number): CaseColumns {
  return {
    variant: new Int32Array(capacity),
    program: new Uint8Array(capacity),
    status: new Uint8Array(capacity),
    soc: new Uint16Array(capacity),
    title: new Int32Array(capacity),
    socTitle: new Int32Array(capacity),
    decisionFy: new Uint16Array(capacity),
    receivedFy: new Uint16Array(capacity),
    received: new Int32Array(capacity),
    decision: new Int32Array(capacity),
    worksiteState: new Uint8Array(capacity),
    area: new Int32Array(capacity),
    wage: new Uint8Array(capacity),
    level: new Uint8Array(capacity),
    education: new Uint8Array(capacity),
    source: new Uint16Array(capacity),
  };
}

/**
 * A builder state with no cases.
 *
 * @example
 * createBuilderState().cases.size; // => 0
 */
export function createBuilderState(): BuilderState {
  const capacity = 4096;
  return {
    cases: createKeyTable(capacity),
    columns: columns(capacity),
    capacity,
    oddCases: new Map(),
    variantNode: [],
    variantFein: [],
    variantState: [],
    variantRaw: [],
    variantCity: [],
    variantPostal: [],
    variantTrade: [],
    nodes: createDictionary(false),
    nodeFein: [],
    nodeName: [],
    nodeState: [],
    socs: createDictionary(true),
    states: createDictionary(true),
    areas: createDictionary(true),
    titles: createDictionary(false),
    socTitles: createDictionary(false),
    sources: [],
    sourceIds: new Map(),
  };
}

/**
 * Make room for case id `id` (columns grow by doubling).
 *
 * @example
 * const s = createBuilderState();
 * ensureCapacity(s, 5000);
 * s.capacity; // => 8192
 */
export function ensureCapacity(state: BuilderState, id: number): void {
  if (id < state.capacity) return;
  let capacity = state.capacity;
  while (capacity <= id) capacity *= 2;
  const next = columns(capacity);
  const cur = state.columns as unknown as Record<string, { length: number }>;
  for (const [name, arr] of Object.entries(next) as [string, { set(a: unknown): void }][]) arr.set(cur[name]);
  state.columns = next;
  state.capacity = capacity;
}
