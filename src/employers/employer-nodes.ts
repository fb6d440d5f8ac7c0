/**
 * Employer name records ("nodes"): what an index knows about the employers behind its filings before
 * they are resolved to employers. One node per (FEIN, normalised name, employer state) seen in the
 * filings, with its spellings, trade names, cities and postal codes and their filing counts. Columnar
 * (plain arrays and typed arrays), sorted by name, state, FEIN.
 *
 * @module
 */

/**
 * Label kind of a node: a spelling of the name as filed. The four `LABEL_*` kinds are how the name was
 * spelled, its d/b/a names, its cities and its postal codes (see {@link nodeLabels}).
 *
 * @example
 * [LABEL_SPELLING, LABEL_TRADE_NAME, LABEL_CITY, LABEL_POSTAL_CODE]; // => [0, 1, 2, 3]
 */
export const LABEL_SPELLING = 0;
/**
 * Label kind of a node: a d/b/a (trade) name filed with it.
 *
 * @example
 * LABEL_TRADE_NAME; // => 1
 */
export const LABEL_TRADE_NAME = 1;
/**
 * Label kind of a node: an employer city filed with it.
 *
 * @example
 * LABEL_CITY; // => 2
 */
export const LABEL_CITY = 2;
/**
 * Label kind of a node: an employer postal code filed with it.
 *
 * @example
 * LABEL_POSTAL_CODE; // => 3
 */
export const LABEL_POSTAL_CODE = 3;

/** Employer name records, columnar. Node `i` is `{ fein: fein[i], name: name[i], state: state[i], … }`. */
export interface EmployerNodes {
  /** FEIN `NN-NNNNNNN`, or `""` when the filings had none. */
  readonly fein: readonly string[];
  /** Match key of the legal name (`employerMatchKey`), `""` when the filings had no name. */
  readonly name: readonly string[];
  /** Employer (not worksite) state, `""` when unknown. */
  readonly state: readonly string[];
  /** Filings counted under the node. */
  readonly filings: Uint32Array;
  /** Day numbers (days since 1970-01-01) of the first receipt and the last decision; -1 when unknown. */
  readonly firstDay: Int32Array;
  readonly lastDay: Int32Array;
  /** Labels of node `i` are `labelStart[i] … labelStart[i+1]-1`, by kind, then count (descending). */
  readonly labelStart: Int32Array;
  readonly labelKind: Uint8Array;
  readonly labelText: readonly string[];
  readonly labelCount: Uint32Array;
}

/**
 * The labels of one kind of one node, most frequent first.
 *
 * @example
 * const nodes = { labelStart: Int32Array.of(0, 2), labelKind: Uint8Array.of(0, 2), labelText: ["ACME, INC.", "SEATTLE"], labelCount: Uint32Array.of(3, 3) };
 * nodeLabels(nodes, 0, LABEL_CITY); // => [{ text: "SEATTLE", count: 3 }]
 */
export function nodeLabels(
  nodes: Pick<EmployerNodes, "labelStart" | "labelKind" | "labelText" | "labelCount">,
  node: number,
  kind: number,
): { text: string; count: number }[] {
  const out: { text: string; count: number }[] = [];
  for (let j = nodes.labelStart[node]!; j < nodes.labelStart[node + 1]!; j++) {
    if (nodes.labelKind[j] === kind) out.push({ text: nodes.labelText[j]!, count: nodes.labelCount[j]! });
  }
  return out;
}
