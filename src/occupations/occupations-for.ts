/**
 * Job title → weighted SOC-2018 codes, learned from the filings' own (title, SOC) pairs. A title that
 * spells an official SOC title (`Software Developers, Applications`) resolves to that code; a title
 * filed often enough resolves to the codes it was filed under; a rarer one, or an intern title
 * (`Machine Learning Intern`), to the codes of the titles that contain all its words
 * (`Machine Learning Engineer`, `Senior Machine Learning Scientist` …), weighted by how much of each
 * title it covers.
 *
 * @module
 */
import { z } from "zod";
import { DisclosureError } from "../errors";
import { socBroadGroup, socMinorGroup } from "../normalize/soc-code";
import type { SocCode } from "../datasets/filing";
import { parseJobTitle } from "./job-title-key";
import { officialSocTitle, socFromOfficialTitle, socTitleKey } from "./soc-title";
import { sortedIndexOf } from "../normalize/sorted-index-of";
import type { TitleModel } from "./title-model";

/** One SOC code a title maps to. */
export interface OccupationMatch {
  /** SOC-2018 code. */
  readonly soc: string;
  /** Official SOC-2018 title, when known. */
  readonly title: string | null;
  /** SOC broad occupation (`15-1250`) and minor group (`15-1200`). */
  readonly broad: string;
  readonly minor: string;
  /** Share of the title's weight, 0–1 (shares of one answer add up to at most 1). */
  readonly share: number;
  /** Filings behind this code (weighted by how well their titles match). */
  readonly filings: number;
  /** `official-title`: the query spells this code's SOC title; `title`: filings with this exact title; `similar-titles`: titles that contain the query's words. */
  readonly via: "official-title" | "title" | "similar-titles";
}

const Options = z.object({
  /** Most codes returned (default 10). */
  limit: z.number().int().positive().default(10),
  /** Smallest share returned (default 0.01). */
  minShare: z.number().min(0).max(1).default(0.01),
  /** An exact title with at least this many filings is answered from its own filings only (default 20). */
  minExactFilings: z.number().int().nonnegative().default(20),
});
/**
 * Options of {@link occupationsFor}: `limit` (most codes, default 10), `minShare` (smallest share, default 0.01)
 * and `minExactFilings` (an exact title with this many filings is answered from its own filings, default 20).
 */
export type OccupationsForOptions = z.input<typeof Options>;

const SCAN_LIMIT = 20_000;

interface TitleSearch {
  readonly postings: Map<string, number[]>;
}
/** Word postings per model, built on first use (a pure cache: it depends only on its key). */
const SEARCHES = new WeakMap<TitleModel, TitleSearch>();

function searchOf(model: TitleModel): TitleSearch {
  let s = SEARCHES.get(model);
  if (!s) {
    const postings = new Map<string, number[]>();
    model.titles.forEach((t, i) => {
      for (const w of t.split(" ")) {
        const list = postings.get(w);
        if (list) list.push(i);
        else postings.set(w, [i]);
      }
    });
    SEARCHES.set(model, (s = { postings }));
  }
  return s;
}

/**
 * The SOC-2018 codes a job title is filed under, with their shares, from an index's learned title
 * model (`index.titles`). Sorted by share, then code. Empty when nothing matches.
 *
 * @example
 * occupationsFor(index, "Software Developers, Applications")[0]?.soc; // => "15-1252"
 * occupationsFor(index, "Sr. Software Engineer II")[0]?.soc;          // => "15-1252"
 */
export function occupationsFor(index: { readonly titles: TitleModel }, title: string, options: OccupationsForOptions = {}): OccupationMatch[] {
  const parsed = Options.safeParse(options);
  if (!parsed.success) throw new DisclosureError("invalid_option", `occupationsFor: ${parsed.error.issues[0]?.message ?? "invalid options"}`);
  const { limit, minShare, minExactFilings } = parsed.data;
  const model = index.titles;
  const weights = new Map<string, { w: number; filings: number; via: OccupationMatch["via"] }>();
  const add = (soc: string, w: number, filings: number, via: OccupationMatch["via"]) => {
    if (soc === "" || w <= 0) return;
    const cur = weights.get(soc);
    if (!cur) weights.set(soc, { w, filings, via });
    else {
      cur.w += w;
      cur.filings += filings;
      if (rank(via) < rank(cur.via)) cur.via = via;
    }
  };
  const addTitle = (t: number, sim: number, via: OccupationMatch["via"]) => {
    for (let j = model.pairStart[t]!; j < model.pairStart[t + 1]!; j++) {
      add(model.socs[model.pairSoc[j]!]!, model.pairCount[j]! * sim, model.pairCount[j]! * sim, via);
    }
  };

  const q = parseJobTitle(title);
  if (q !== null && q.key !== "") {
    const exact = sortedIndexOf(model.titles, q.key);
    if (exact >= 0) addTitle(exact, 1, "title");
    if (exact < 0 || model.filings[exact]! < minExactFilings) similarTitles(model, q.words, exact, addTitle);
  }
  // An official SOC title (the wage library's table, or the SOC titles in the filings) dominates.
  const official = socFromOfficialTitle(title) ?? learnedSocTitle(model, title);
  if (official !== null) {
    let total = 0;
    for (const v of weights.values()) total += v.w;
    add(official, Math.max(total, 1) * 3, 0, "official-title");
  }

  let total = 0;
  for (const v of weights.values()) total += v.w;
  const out: OccupationMatch[] = [];
  for (const [soc, v] of weights) {
    const share = v.w / total;
    if (share < minShare) continue;
    out.push({
      soc,
      title: officialSocTitle(soc),
      broad: socBroadGroup(soc as SocCode),
      minor: socMinorGroup(soc as SocCode),
      share: Math.round(share * 10_000) / 10_000,
      filings: Math.round(v.filings),
      via: v.via,
    });
  }
  out.sort((a, b) => b.share - a.share || (a.soc < b.soc ? -1 : a.soc > b.soc ? 1 : 0));
  return out.slice(0, limit);
}

function rank(via: OccupationMatch["via"]): number {
  return via === "official-title" ? 0 : via === "title" ? 1 : 2;
}

/** Titles holding every query word, weighted by the share of their words the query covers. */
function similarTitles(model: TitleModel, words: readonly string[], exact: number, addTitle: (t: number, sim: number, via: OccupationMatch["via"]) => void): void {
  const { postings } = searchOf(model);
  let rarest: number[] | undefined;
  for (const w of words) {
    const p = postings.get(w);
    if (!p) return;
    if (!rarest || p.length < rarest.length) rarest = p;
  }
  for (const t of (rarest ?? []).slice(0, SCAN_LIMIT)) {
    if (t === exact) continue;
    const tw = model.titles[t]!.split(" ");
    if (!words.every((w) => tw.includes(w))) continue;
    addTitle(t, words.length / tw.length, "similar-titles");
  }
}

function learnedSocTitle(model: TitleModel, title: string): string | null {
  const key = socTitleKey(title);
  if (key === null) return null;
  const i = sortedIndexOf(model.socTitles, key);
  return i < 0 ? null : (model.socs[model.socTitleSoc[i]!] ?? null);
}
