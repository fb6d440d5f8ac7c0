/**
 * How a filing's employer name record was linked to an employer, and how sure that link is.
 * Rules, strongest first (docs/sponsor-index.md has the full story):
 *
 * | kind              | rule                                                                          | confidence |
 * |-------------------|-------------------------------------------------------------------------------|-----------:|
 * | `fein`            | the filing carries the employer's FEIN                                        | 1.00 |
 * | `alias`           | a user alias table says so                                                    | 1.00 |
 * | `fein-name-state` | no FEIN; the same name in the same state was filed with one FEIN             | 0.95 × share |
 * | `fein-name`       | no FEIN; the same name was filed with one FEIN, in another state              | 0.85 × share |
 * | `name-state`      | no FEIN anywhere; same normalised name, in the employer's main state          | 0.90 |
 * | `name`            | no FEIN anywhere; same normalised name, another state                         | 0.70 |
 * | `trade-name`      | the name is the d/b/a (trade) name of exactly one employer in the same state  | 0.70 |
 *
 * "share" is the FEIN's share of the FEIN-bearing filings under that name (1 when only one FEIN used it).
 *
 * @module
 */
import { z } from "zod";

/**
 * How an employer name record was linked to an employer (the rules, strongest first, are tabled at the top
 * of link-kind.ts and in docs/sponsor-index.md); {@link LINK_CONFIDENCE} gives each one's base confidence.
 *
 * @example
 * LinkKind.safeParse("name-state").success; // => true
 */
export const LinkKind = z.enum(["fein", "alias", "fein-name-state", "fein-name", "name-state", "name", "trade-name"]);
export type LinkKind = z.output<typeof LinkKind>;

/**
 * All link kinds in rule order (their index is how an index stores them).
 *
 * @example
 * LINK_KINDS; // => ["fein", "alias", "fein-name-state", "fein-name", "name-state", "name", "trade-name"]
 */
export const LINK_KINDS: readonly LinkKind[] = LinkKind.options;

/**
 * Base confidence of each link kind (multiplied by a FEIN's share for the `fein-name*` kinds).
 *
 * @example
 * LINK_CONFIDENCE["fein"]; // => 1
 */
export const LINK_CONFIDENCE: Readonly<Record<LinkKind, number>> = {
  fein: 1,
  alias: 1,
  "fein-name-state": 0.95,
  "fein-name": 0.85,
  "name-state": 0.9,
  name: 0.7,
  "trade-name": 0.7,
};
