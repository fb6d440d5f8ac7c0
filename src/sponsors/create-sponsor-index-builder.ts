import type { Filing } from "../datasets/filing";
import { parseAliasTable, type AliasTable, EMPTY_ALIASES } from "../employers/alias-table";
import { employerMatchKey } from "../employers/employer-match-key";
import { DisclosureError } from "../errors";
import { parseJobTitle } from "../occupations/job-title-key";
import { socFromOfficialTitle, socTitleKey } from "../occupations/soc-title";
import { parseSoc2018 } from "../normalize/soc-bridge";
import { wageBin } from "./bins";
import { createBuilderState, idOf, pageFor, PAGE_MASK, type BuilderState } from "./builder-state";
import { caseKey } from "./case-key";
import { dayNumber } from "./day-number";
import { finishIndex } from "./finish-index";
import { EDUCATIONS, LEVELS, PROGRAMS, STATUSES, SponsorIndexOptions, type SponsorIndex } from "./sponsor-index";


/** Running counts of an index builder. */
export interface BuilderStats {
  /** Filings handed to the builder. */
  added: number;
  /** Distinct cases counted. */
  cases: number;
  /** Filings that replaced an earlier record of their case (a later decision, or the same quarter again). */
  replaced: number;
  /** Filings that lost to a record of their case already counted (an earlier decision). */
  superseded: number;
}

/** An index under construction: add filings (in any order, any number of times), then `finish()`. */
export interface SponsorIndexBuilder {
  /** Count one filing; a case already counted keeps whichever record has the later decision. */
  add(filing: Filing): void;
  /** Count many filings. */
  addAll(filings: Iterable<Filing>): void;
  /** Count a stream of filings (a `FilingStream`, a `ManyFilingStream` or any async iterable). */
  addStream(stream: AsyncIterable<Filing> | { batches(): AsyncIterable<Filing[]> }): Promise<void>;
  readonly stats: Readonly<BuilderStats>;
  /** Build the index from everything added so far (the builder stays usable). */
  finish(): SponsorIndex;
}

const PROGRAM_ID = new Map(PROGRAMS.map((p, i) => [p, i]));
const STATUS_ID = new Map(STATUSES.map((s, i) => [s, i]));
const LEVEL_ID = new Map(LEVELS.map((l, i) => [l, i]));
const EDUCATION_ID = new Map(EDUCATIONS.map((e, i) => [e, i]));
const TITLE_MEMO_LIMIT = 200_000;

function baseName(file: string): string {
  const i = Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"));
  return i === -1 ? file : file.slice(i + 1);
}

/**
 * Start an index that filings are added to one at a time or a file at a time, in bounded memory
 * (28 bytes per case in fixed-size pages, a 53-bit case key, plus dictionaries). Each case (program + case number) is counted once:
 * when it comes again (the next cumulative quarter, a re-added file, a certified-withdrawn case
 * re-reported) the record with the later decision date wins, ties going to the file whose name sorts
 * last (`…_Q4` over `…_Q2`), then to the later record — the same rule as `readDatasetsStream`, but
 * independent of the order files are added.
 *
 * @example
 * const builder = createSponsorIndexBuilder();
 * for (const filing of filings) builder.add(filing);
 * const index = builder.finish();
 * index.filings === new Set(filings.map((f) => `${f.program} ${f.caseNumber}`)).size; // => true
 */
export function createSponsorIndexBuilder(options: SponsorIndexOptions = {}): SponsorIndexBuilder {
  const parsed = SponsorIndexOptions.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DisclosureError("invalid_option", `invalid index option "${first?.path.join(".") || "options"}": ${first?.message ?? "invalid"}`);
  }
  const opts = parsed.data;
  const aliases: AliasTable = opts.aliases === undefined ? EMPTY_ALIASES : parseAliasTable(opts.aliases as string | object);
  const extraSocTitles = new Map<string, string>();
  for (const { code, title } of opts.socTitles ?? []) {
    const key = socTitleKey(title);
    const soc = parseSoc2018(code);
    if (key !== null && soc !== null && !extraSocTitles.has(key)) extraSocTitles.set(key, soc);
  }
  const state: BuilderState = createBuilderState();
  const stats: BuilderStats = { added: 0, cases: 0, replaced: 0, superseded: 0 };
  let titleMemo = new Map<string, number>();
  const officialSocMemo = new Map<string, string | null>();

  const officialSoc = (raw: string | null): string | null => {
    if (raw === null) return null;
    let soc = officialSocMemo.get(raw);
    if (soc === undefined) {
      const key = socTitleKey(raw);
      soc = key === null ? null : (extraSocTitles.get(key) ?? socFromOfficialTitle(raw));
      if (officialSocMemo.size < TITLE_MEMO_LIMIT) officialSocMemo.set(raw, soc);
    }
    return soc;
  };

  const titleId = (raw: string | null): number => {
    if (raw === null) return -1;
    let id = titleMemo.get(raw);
    if (id === undefined) {
      const key = parseJobTitle(raw)?.key ?? "";
      id = key === "" ? -1 : idOf(state.titles, key);
      if (titleMemo.size >= TITLE_MEMO_LIMIT) titleMemo = new Map();
      titleMemo.set(raw, id);
    }
    return id;
  };

  const socTitleIds = new Map<string, number>();
  const socTitleId = (raw: string | null): number => {
    if (raw === null) return 0;
    let id = socTitleIds.get(raw);
    if (id === undefined) {
      const key = socTitleKey(raw);
      id = key === null ? 0 : idOf(state.socTitles, key) + 1;
      if (id > 0xffff) id = 0;
      if (socTitleIds.size < TITLE_MEMO_LIMIT) socTitleIds.set(raw, id);
    }
    return id;
  };

  // Variants by raw name first (the reader hands out one string per distinct name, so this lookup is
  // cheap), then a short scan over that name's (FEIN, state, city, postal code, trade name) combinations.
  const byRawName = new Map<string, number[]>();
  const variantId = (f: Filing): number => {
    const e = f.employer;
    const fein = e.fein ?? "";
    const st = e.state ?? "";
    const raw = e.name ?? "";
    const city = e.city ?? "";
    const postal = e.postalCode ?? "";
    const trade = e.tradeName ?? "";
    let list = byRawName.get(raw);
    if (list === undefined) byRawName.set(raw, (list = []));
    for (const v of list) {
      if (state.variantFein[v] === fein && state.variantState[v] === st && state.variantCity[v] === city && state.variantPostal[v] === postal && state.variantTrade[v] === trade) return v;
    }
    const id = state.variantNode.length;
    list.push(id);
    const name = employerMatchKey(e.normalizedName ?? raw) ?? "";
    state.variantNode.push(idOf(state.nodes, `${name}\u0001${st}\u0001${fein}`));
    if (state.nodeName.length < state.nodes.list.length) {
      state.nodeFein.push(fein);
      state.nodeName.push(name);
      state.nodeState.push(st);
    }
    state.variantRaw.push(raw);
    state.variantFein.push(fein);
    state.variantState.push(st);
    state.variantCity.push(city);
    state.variantPostal.push(postal);
    state.variantTrade.push(trade);
    return id;
  };

  const days = new Map<string, number>();
  const day = (iso: string | null): number => {
    if (iso === null) return -1;
    let d = days.get(iso);
    if (d === undefined) {
      d = dayNumber(iso);
      if (days.size < TITLE_MEMO_LIMIT) days.set(iso, d);
    }
    return d;
  };

  const sourceId = (f: Filing): number => {
    let id = state.sourceIds.get(f.source.file);
    if (id === undefined) {
      id = state.sources.length;
      if (id >= 65_535) throw new DisclosureError("invalid_option", `an index takes at most 65,535 source files; ${f.source.file} is one too many`);
      state.sources.push({ file: f.source.file, base: baseName(f.source.file), dataset: f.source.dataset, era: f.source.era });
      state.sourceIds.set(f.source.file, id);
    }
    return id;
  };

  const add = (f: Filing): void => {
    stats.added++;
    const key = caseKey(f.program, f.caseNumber);
    const received = day(f.receivedDate);
    const decision = day(f.decisionDate);
    const src = sourceId(f);
    const before = state.cases.size;
    const id = state.cases.intern(key);
    const page = pageFor(state, id);
    const o = id & PAGE_MASK;
    if (id < before) {
      const oldRank = page.decision[o]! >= 0 ? page.decision[o]! : page.received[o]!;
      const newRank = decision >= 0 ? decision : received;
      if (newRank < oldRank || (newRank === oldRank && state.sources[src]!.base < state.sources[page.source[o]!]!.base)) {
        stats.superseded++;
        return;
      }
      stats.replaced++;
    } else {
      stats.cases++;
      if (key < 0) state.oddCases.set(id, f.caseNumber);
    }
    page.variant[o] = variantId(f);
    page.programStatus[o] = PROGRAM_ID.get(f.program)! * 8 + STATUS_ID.get(f.status)!;
    let soc = f.job.soc2018 as string | null;
    page.socTitle[o] = soc !== null ? socTitleId(f.job.socTitle) : 0;
    soc ??= officialSoc(f.job.socTitle) ?? officialSoc(f.job.socCode);
    const socId = soc === null ? 0 : idOf(state.socs, soc);
    page.soc[o] = socId >= 8192 ? 0 : socId; // at most 8,191 distinct codes (there are ~870)
    page.title[o] = titleId(f.job.title);
    page.received[o] = received;
    page.decision[o] = decision;
    const ws = f.worksite.state === null ? 0 : idOf(state.states, f.worksite.state);
    page.worksiteState[o] = ws > 0xff ? 0 : ws;
    const area = f.worksite.blsArea === null ? 0 : idOf(state.areas, f.worksite.blsArea);
    page.area[o] = area > 0xffff ? 0 : area;
    page.wage[o] = wageBin(f.wages.offeredFrom);
    page.levelEducation[o] = (LEVEL_ID.get(f.wages.pwLevel) ?? 0) * 8 + (EDUCATION_ID.get(f.job.minEducation) ?? 0);
    page.source[o] = src;
  };

  return {
    add,
    addAll(filings) {
      for (const f of filings) add(f);
    },
    async addStream(stream) {
      if ("batches" in stream && typeof stream.batches === "function") {
        for await (const batch of stream.batches()) for (const f of batch) add(f);
      } else {
        for await (const f of stream as AsyncIterable<Filing>) add(f);
      }
    },
    stats,
    finish() {
      return finishIndex(state, { evidencePerCell: opts.evidencePerCell, asOf: opts.asOf ?? null, aliases });
    },
  };
}
