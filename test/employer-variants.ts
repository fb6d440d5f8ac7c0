/**
 * The labelled employer-name set (test/fixtures/employer-variants.json, from QUIRKS.md #13–16) and how
 * well the index resolves and finds it: pairwise precision/recall of name resolution against the
 * legal-entity and organisation labels, and precision/recall of `findEmployer` queries.
 */
import { readFileSync } from "node:fs";
import { employerMatchKey } from "../src/employers/employer-match-key";
import { findEmployer } from "../src/employers/find-employer";
import { buildSponsorIndex } from "../src/sponsors/build-sponsor-index";
import type { SponsorIndex } from "../src/sponsors/sponsor-index";
import { makeFiling } from "./make-filing";

export interface VariantRecord {
  name: string;
  entity: string;
  org: string;
  state: string;
  fein?: string;
  decision?: string;
}
export interface VariantQuery {
  query: string;
  org: string;
}
export const VARIANTS = JSON.parse(readFileSync(new URL("./fixtures/employer-variants.json", import.meta.url), "utf8")) as {
  records: VariantRecord[];
  queries: VariantQuery[];
};
export const ALIASES = JSON.parse(readFileSync(new URL("./fixtures/employer-aliases.json", import.meta.url), "utf8")) as object;

/** One LCA filing per labelled spelling. */
export function variantIndex(aliases?: object): SponsorIndex {
  const filings = VARIANTS.records.map((r, i) =>
    makeFiling({ caseNumber: `I-200-24001-${String(i + 1).padStart(6, "0")}`, employer: r.name, state: r.state, fein: r.fein ?? null, decision: r.decision ?? "2024-03-08", received: null }),
  );
  return buildSponsorIndex(filings, aliases ? { aliases } : {});
}

/** Pairwise precision and recall of predicted clusters against labels. */
export function pairwise(pred: readonly string[], truth: readonly string[]): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < pred.length; i++) {
    for (let j = i + 1; j < pred.length; j++) {
      if (pred[i] === pred[j] && truth[i] === truth[j]) tp++;
      else if (pred[i] === pred[j]) fp++;
      else if (truth[i] === truth[j]) fn++;
    }
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** The employer key (or, with `parent`, the parent key when there is one) each record resolved to. */
export function predictedKeys(index: SponsorIndex, parent = false): string[] {
  const { nodes, resolution: r } = index;
  const nodeOf = new Map(nodes.name.map((n, i) => [`${nodes.fein[i]}|${n}|${nodes.state[i]}`, i]));
  return VARIANTS.records.map((rec) => {
    const i = nodeOf.get(`${rec.fein ?? ""}|${employerMatchKey(rec.name)}|${rec.state}`)!;
    const e = r.nodeEmployer[i]!;
    return parent && r.employers.parent[e]! >= 0 ? r.parents.key[r.employers.parent[e]!]! : r.employers.key[e]!;
  });
}

/**
 * `findEmployer` on the labelled queries: precision = share of returned candidates that belong to the
 * expected organisation; recall = share of the organisation's resolved employers (or its parent) returned.
 * Macro-averaged over queries.
 */
export function lookupScores(index: SponsorIndex, parent = false): { precision: number; recall: number; top1: number } {
  const keys = predictedKeys(index, parent);
  const entityKeys = predictedKeys(index, false);
  const orgOfKey = new Map<string, Set<string>>();
  VARIANTS.records.forEach((rec, i) => {
    for (const k of [keys[i]!, entityKeys[i]!]) {
      if (!orgOfKey.has(k)) orgOfKey.set(k, new Set());
      orgOfKey.get(k)!.add(rec.org);
    }
  });
  let p = 0;
  let r = 0;
  let top1 = 0;
  for (const q of VARIANTS.queries) {
    const found = findEmployer(index, q.query, { limit: 10 }).map((c) => c.key);
    const expected = new Set(keys.filter((_, i) => VARIANTS.records[i]!.org === q.org));
    const hits = found.filter((k) => orgOfKey.get(k)?.has(q.org));
    p += found.length === 0 ? 0 : hits.length / found.length;
    r += [...expected].filter((k) => found.includes(k)).length / expected.size;
    if (found[0] !== undefined && hits.includes(found[0])) top1++;
  }
  const n = VARIANTS.queries.length;
  return { precision: p / n, recall: r / n, top1: top1 / n };
}
