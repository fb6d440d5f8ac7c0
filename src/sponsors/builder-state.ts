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

/** Cases per page of the per-case columns. */
export const PAGE_BITS = 16;
export const PAGE_SIZE = 1 << PAGE_BITS;
export const PAGE_MASK = PAGE_SIZE - 1;

/**
 * The per-case columns of {@link PAGE_SIZE} consecutive cases (28 bytes a case). Pages never move, so the
 * builder grows without copying and without slack beyond one page.
 */
export interface CasePage {
  /** Employer variant id. */
  readonly variant: Int32Array;
  /** `program * 8 + status` (indexes of `PROGRAMS`, `STATUSES`). */
  readonly programStatus: Uint8Array;
  /** SOC id (0 = none). */
  readonly soc: Uint16Array;
  /** Job-title key id, -1 none. */
  readonly title: Int32Array;
  /** SOC-title key id + 1 of the filing's SOC-title column when it also had a SOC code, 0 none. */
  readonly socTitle: Uint16Array;
  /** Day numbers, -1 none. */
  readonly received: Int32Array;
  readonly decision: Int32Array;
  /** Worksite state id (0 = none). */
  readonly worksiteState: Uint8Array;
  /** BLS area id (0 = none). */
  readonly area: Uint16Array;
  /** Offered-wage bin (0 = none). */
  readonly wage: Uint8Array;
  /** `level * 8 + education` (indexes of `LEVELS`, `EDUCATIONS`; 0 = none). */
  readonly levelEducation: Uint8Array;
  /** Source file id. */
  readonly source: Uint16Array;
}

function newPage(): CasePage {
  return {
    variant: new Int32Array(PAGE_SIZE),
    programStatus: new Uint8Array(PAGE_SIZE),
    soc: new Uint16Array(PAGE_SIZE),
    title: new Int32Array(PAGE_SIZE),
    socTitle: new Uint16Array(PAGE_SIZE),
    received: new Int32Array(PAGE_SIZE),
    decision: new Int32Array(PAGE_SIZE),
    worksiteState: new Uint8Array(PAGE_SIZE),
    area: new Uint16Array(PAGE_SIZE),
    wage: new Uint8Array(PAGE_SIZE),
    levelEducation: new Uint8Array(PAGE_SIZE),
    source: new Uint16Array(PAGE_SIZE),
  };
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
  /** Per-case columns: case `i` is `pages[i >>> PAGE_BITS]`, slot `i & PAGE_MASK`. */
  readonly pages: CasePage[];
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

/**
 * A builder state with no cases.
 *
 * @example
 * createBuilderState().cases.size; // => 0
 */
export function createBuilderState(): BuilderState {
  return {
    cases: createKeyTable(4096),
    pages: [],
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
 * The page holding case `id`, added when `id` is the first case of a new page.
 *
 * @example
 * const s = createBuilderState();
 * pageFor(s, 70000) === s.pages[1]; // => true
 */
export function pageFor(state: BuilderState, id: number): CasePage {
  const p = id >>> PAGE_BITS;
  while (state.pages.length <= p) state.pages.push(newPage());
  return state.pages[p]!;
}
