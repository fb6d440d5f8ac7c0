/**
 * A user-supplied alias table: which names and FEINs are one legal entity, which brands people search
 * for, and which entities roll up to a parent. The file format (JSON, `version: 1`):
 *
 * ```json
 * {
 *   "version": 1,
 *   "entities": [
 *     { "name": "Capgemini America, Inc.", "brands": ["Capgemini"],
 *       "match": ["CAPGEMINI AMERICA INC", "CAPGEMINI AMERICA, INC."], "feins": ["12-3456789"] }
 *   ],
 *   "parents": [
 *     { "name": "JPMorgan Chase & Co.", "brands": ["JPMorganChase", "Chase"],
 *       "members": ["JPMORGAN CHASE BANK, N.A.", "J.P. Morgan Securities LLC", "13-4994650"] }
 *   ]
 * }
 * ```
 *
 * - `entities[]` merges everything matching one of its names (any spelling: names are compared by
 *   their normalised match key) or FEINs into one legal entity named `name` (link kind `alias`).
 * - `parents[]` groups legal entities (each `members` entry is a name, a FEIN `NN-NNNNNNN`, or an
 *   employer key such as `fein:13-4994650`) under a parent; the parent scope of the index rolls them
 *   up, the legal-entity scope keeps them apart.
 * - `brands` are extra names `findEmployer` resolves to the entity or parent.
 *
 * @module
 */
import { z } from "zod";
import { DisclosureError } from "../errors";

const Names = z.array(z.string().min(1)).default([]);

/**
 * One legal entity of an alias table: its `name`, the spellings (`match`) and FEINs (`feins`) that are it,
 * and `brands` people search for. Lists default to empty.
 *
 * @example
 * AliasEntity.parse({ name: "Ernst & Young U.S. LLP", match: ["Ernst & Young LLP"] }); // => { name: "Ernst & Young U.S. LLP", brands: [], match: ["Ernst & Young LLP"], feins: [] }
 */
export const AliasEntity = z.object({
  name: z.string().min(1),
  brands: Names,
  match: Names,
  feins: Names,
});
export type AliasEntity = z.output<typeof AliasEntity>;

/**
 * A parent of an alias table: legal entities (`members`: names, FEINs or employer keys) that roll up to one
 * organisation in the parent scope of the index, plus `brands` to search by.
 *
 * @example
 * AliasParent.parse({ name: "Oracle", members: ["Oracle America, Inc.", "Oracle USA, Inc."] }).brands; // => []
 */
export const AliasParent = z.object({
  name: z.string().min(1),
  brands: Names,
  members: Names,
});
export type AliasParent = z.output<typeof AliasParent>;

/**
 * A validated alias table, `version: 1` (the file format is described at the top of alias-table.ts and in
 * docs/sponsor-index.md). Prefer {@link parseAliasTable}, which throws a `DisclosureError` on bad input.
 *
 * @example
 * AliasTable.parse({ parents: [{ name: "Capgemini", members: ["Capgemini U.S. LLC"] }] }).version; // => 1
 */
export const AliasTable = z.object({
  version: z.literal(1).default(1),
  entities: z.array(AliasEntity).default([]),
  parents: z.array(AliasParent).default([]),
});
export type AliasTable = z.output<typeof AliasTable>;
/** An alias table as written (optional lists and `version` may be left out); {@link parseAliasTable} fills them. */
export type AliasTableInput = z.input<typeof AliasTable>;

/**
 * An alias table with nothing in it (the default: resolution by FEIN and name only).
 *
 * @example
 * EMPTY_ALIASES; // => { version: 1, entities: [], parents: [] }
 */
export const EMPTY_ALIASES: AliasTable = { version: 1, entities: [], parents: [] };

/**
 * Validate an alias table given as an object or JSON text. A malformed table throws one
 * {@link DisclosureError} (`invalid_option`) naming the first bad field.
 *
 * @example
 * parseAliasTable('{"parents":[{"name":"Halvorsen","members":["Halvorsen Tech"]}]}').parents[0]?.members; // => ["Halvorsen Tech"]
 */
export function parseAliasTable(input: string | AliasTableInput, source = "alias table"): AliasTable {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new DisclosureError("invalid_option", `${source}: not valid JSON (${(e as Error).message}); expected {"version":1,"entities":[…],"parents":[…]}`);
    }
  }
  const r = AliasTable.safeParse(value);
  if (!r.success) {
    const first = r.error.issues[0];
    const path = first?.path.join(".") || "(root)";
    throw new DisclosureError("invalid_option", `${source}: ${path}: ${first?.message ?? "invalid"}; see docs/sponsor-index.md for the alias-table format`);
  }
  return r.data;
}
