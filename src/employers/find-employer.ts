/**
 * Find employers from what a person types: a brand (`JPMorganChase`), a partial name (`Cognizant`), a
 * legal name in any spelling (`Tech Mahindra (Americas), Inc.`), a FEIN, or an employer key. Matching
 * works on whole words of the normalised name, so legal suffixes, punctuation, `&`/`AND` and word order
 * do not matter, and distinct firms that share a prefix stay apart (`Intel` does not match `Intel471`).
 *
 * @module
 */
import { z } from "zod";
import { DisclosureError } from "../errors";
import { parseFein } from "../normalize/identifiers";
import { employerMatchKey, squashKey } from "./employer-match-key";
import { type EmployerNodes, LABEL_TRADE_NAME } from "./employer-nodes";
import type { EmployerResolution } from "./resolve-employers";
import { sortedIndexOf } from "../normalize/sorted-index-of";

/** What {@link findEmployer} needs of an index. */
export interface EmployerDirectory {
  readonly nodes: EmployerNodes;
  readonly resolution: EmployerResolution;
}

/** How a candidate matched. */
export type EmployerMatch = "fein" | "key" | "exact" | "squashed" | "word-order" | "partial" | "prefix";

/** One ranked candidate of {@link findEmployer}. */
export interface EmployerCandidate {
  /** Employer key (`fein:…`, `name:…`, `alias:…`) or parent key (`parent:…`). */
  readonly key: string;
  readonly name: string;
  /** `entity` for a legal entity, `parent` for an alias-table parent. */
  readonly scope: "entity" | "parent";
  /** 0–1: how well the query matches the name it matched. */
  readonly confidence: number;
  readonly match: EmployerMatch;
  /** The name (match key) that matched. */
  readonly matchedName: string;
  /** Where that name came from: a legal name, a d/b/a name, or the alias table. */
  readonly via: "name" | "trade-name" | "brand" | "fein" | "key";
  readonly filings: number;
}

const FindOptions = z.object({
  limit: z.number().int().positive().default(10),
  minConfidence: z.number().min(0).max(1).default(0.5),
});
/** Options of {@link findEmployer}: `limit` (default 10) candidates at most, each with `confidence` ≥ `minConfidence` (default 0.5). */
export type FindEmployerOptions = z.input<typeof FindOptions>;

const VIA = ["name", "trade-name", "brand"] as const;
const VIA_WEIGHT = [1, 0.9, 1] as const;
const SCAN_LIMIT = 50_000;

interface Search {
  readonly text: string[];
  readonly words: string[][];
  readonly target: Int32Array;
  readonly via: Uint8Array;
  readonly byText: Map<string, number[]>;
  readonly bySquash: Map<string, number[]>;
  readonly squashOrder: Int32Array; // entries sorted by squashed text
  readonly squashed: string[];
  readonly postings: Map<string, number[]>;
}

/** Built once per resolution and reused (a pure cache: it depends only on its key). */
const SEARCHES = new WeakMap<EmployerResolution, Search>();

function buildSearch(dir: EmployerDirectory): Search {
  const { nodes, resolution } = dir;
  const seen = new Set<string>();
  const text: string[] = [];
  const target: number[] = [];
  const via: number[] = [];
  const push = (t: string | null, e: number, v: number) => {
    if (t === null || t === "") return;
    const k = `${t}\u0000${e}\u0000${v}`;
    if (seen.has(k)) return;
    seen.add(k);
    text.push(t);
    target.push(e);
    via.push(v);
  };
  for (let i = 0; i < nodes.name.length; i++) {
    const e = resolution.nodeEmployer[i]!;
    push(nodes.name[i]!, e, 0);
    for (let j = nodes.labelStart[i]!; j < nodes.labelStart[i + 1]!; j++) {
      if (nodes.labelKind[j] === LABEL_TRADE_NAME) push(employerMatchKey(nodes.labelText[j]), e, 1);
    }
  }
  resolution.brands.name.forEach((b, i) => push(employerMatchKey(b), resolution.brands.target[i]!, 2));
  const words = text.map((t) => t.split(" "));
  const squashed = text.map(squashKey);
  const byText = new Map<string, number[]>();
  const bySquash = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  const addTo = (m: Map<string, number[]>, k: string, i: number) => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  for (let i = 0; i < text.length; i++) {
    addTo(byText, text[i]!, i);
    addTo(bySquash, squashed[i]!, i);
    for (const w of new Set(words[i])) addTo(postings, w, i);
  }
  const squashOrder = Int32Array.from(text.keys()).sort((a, b) => (squashed[a]! < squashed[b]! ? -1 : squashed[a]! > squashed[b]! ? 1 : a - b));
  return { text, words, target: Int32Array.from(target), via: Uint8Array.from(via), byText, bySquash, squashOrder, squashed, postings };
}

function searchOf(dir: EmployerDirectory): Search {
  let s = SEARCHES.get(dir.resolution);
  if (!s) SEARCHES.set(dir.resolution, (s = buildSearch(dir)));
  return s;
}

/**
 * Ranked employers (and alias-table parents) for a brand, a partial or full name, a FEIN or an
 * employer key. Candidates are ranked by confidence, then filings, then key; at most `limit`
 * (default 10) with confidence ≥ `minConfidence` (default 0.5).
 *
 * Confidence: 1 for a FEIN, key or exact name; 0.97 when only spacing differs (`JPMorganChase` vs
 * `JPMORGAN CHASE`); 0.95 for the same words in another order; 0.5–0.9 for a name that contains all
 * the query's words (more for rarer, more complete matches) or starts with it at a word boundary.
 * d/b/a names count 0.9 of a legal name.
 *
 * @example
 * findEmployer(index, "Corvana Data, Inc.")[0]?.name; // => "CORVANA DATA LLC"
 * findEmployer(index, "Saffron Table")[0]?.via;         // => "trade-name"
 * findEmployer(index, "46-8002041")[0]?.key;            // => "fein:46-8002041"
 */
export function findEmployer(dir: EmployerDirectory, query: string, options: FindEmployerOptions = {}): EmployerCandidate[] {
  const parsed = FindOptions.safeParse(options);
  if (!parsed.success) throw new DisclosureError("invalid_option", `findEmployer: ${parsed.error.issues[0]?.message ?? "invalid options"}`);
  const { limit, minConfidence } = parsed.data;
  const { nodes, resolution } = dir;
  const emp = resolution.employers;
  const best = new Map<number, { confidence: number; match: EmployerMatch; name: string; via: EmployerCandidate["via"] }>();
  const offer = (t: number, confidence: number, match: EmployerMatch, name: string, v: EmployerCandidate["via"]) => {
    const cur = best.get(t);
    if (!cur || confidence > cur.confidence) best.set(t, { confidence, match, name, via: v });
  };

  const q = query.trim();
  const fein = /^\d{2}-?\d{7}$/.test(q) ? parseFein(q) : null;
  if (fein !== null) {
    for (let i = 0; i < nodes.fein.length; i++) if (nodes.fein[i] === fein) offer(resolution.nodeEmployer[i]!, 1, "fein", fein, "fein");
  } else if (/^(fein|name|alias|parent):/.test(q)) {
    const e = sortedIndexOf(emp.key, q);
    if (e >= 0) offer(e, 1, "key", q, "key");
    const p = resolution.parents.key.indexOf(q);
    if (p >= 0) offer(-p - 1, 1, "key", q, "key");
  } else {
    const key = employerMatchKey(q);
    if (key !== null) matchName(searchOf(dir), key, offer);
  }

  const out: EmployerCandidate[] = [];
  for (const [t, m] of best) {
    if (m.confidence < minConfidence) continue;
    if (t >= 0) {
      out.push({ key: emp.key[t]!, name: emp.name[t]!, scope: "entity", confidence: m.confidence, match: m.match, matchedName: m.name, via: m.via, filings: emp.filings[t]! });
    } else {
      const p = -t - 1;
      let filings = 0;
      const ps = resolution.parents;
      for (let j = ps.employerStart[p]!; j < ps.employerStart[p + 1]!; j++) filings += emp.filings[ps.employers[j]!]!;
      out.push({ key: ps.key[p]!, name: ps.name[p]!, scope: "parent", confidence: m.confidence, match: m.match, matchedName: m.name, via: m.via, filings });
    }
  }
  out.sort((a, b) => b.confidence - a.confidence || b.filings - a.filings || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out.slice(0, limit);
}

function matchName(
  s: Search,
  key: string,
  offer: (t: number, confidence: number, match: EmployerMatch, name: string, v: EmployerCandidate["via"]) => void,
): void {
  const at = (i: number, c: number, m: EmployerMatch) => offer(s.target[i]!, round3(c * VIA_WEIGHT[s.via[i]!]!), m, s.text[i]!, VIA[s.via[i]!]!);
  for (const i of s.byText.get(key) ?? []) at(i, 1, "exact");
  const squashed = squashKey(key);
  for (const i of s.bySquash.get(squashed) ?? []) at(i, 0.97, "squashed");
  const qWords = [...new Set(key.split(" "))];
  const idf = (w: string) => Math.log(1 + s.text.length / (s.postings.get(w)?.length ?? 1));
  // Entries holding every query word (whole words).
  let rarest: number[] | undefined;
  for (const w of qWords) {
    const p = s.postings.get(w);
    if (!p) {
      rarest = [];
      break;
    }
    if (!rarest || p.length < rarest.length) rarest = p;
  }
  const qWeight = qWords.reduce((sum, w) => sum + idf(w), 0);
  for (const i of (rarest ?? []).slice(0, SCAN_LIMIT)) {
    const words = s.words[i]!;
    if (!qWords.every((w) => words.includes(w))) continue;
    const unique = [...new Set(words)];
    if (unique.length === qWords.length) at(i, 0.95, "word-order");
    else at(i, 0.5 + 0.4 * (qWeight / unique.reduce((sum, w) => sum + idf(w), 0)), "partial");
  }
  // Entries whose squashed name starts with the squashed query at a word boundary (`JPMORGANCHASE` → `JPMORGAN CHASE BANK`).
  let lo = 0;
  let hi = s.squashOrder.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s.squashed[s.squashOrder[mid]!]! < squashed) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo, scanned = 0; k < s.squashOrder.length && scanned < SCAN_LIMIT; k++, scanned++) {
    const i = s.squashOrder[k]!;
    const sq = s.squashed[i]!;
    if (!sq.startsWith(squashed)) break;
    if (sq.length === squashed.length) continue;
    let boundary = 0;
    for (const w of s.words[i]!) {
      boundary += w.length;
      if (boundary >= squashed.length) break;
    }
    if (boundary === squashed.length) at(i, 0.5 + 0.4 * (squashed.length / sq.length), "prefix");
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
