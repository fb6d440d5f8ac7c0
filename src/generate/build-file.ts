import type { CaseStatus } from "../datasets/filing";
import { breakRow } from "./bad-rows";
import type { GeneratedCase } from "./case-types";
import { columnRoles } from "./column-roles";
import { csvRecord } from "./csv";
import { encodeText } from "./encode";
import type { FileSpec } from "./file-spec";
import type { RowStyle } from "./format";
import { type KnownCandidate, chooseKnownRows } from "./known-rows";
import type { BadRow, ManifestFile } from "./manifest";
import { STATE_TYPOS } from "./places";
import { type Rng, chance, createRng, deriveSeed, pick, randInt, shuffle, weightedIndex } from "./random";
import type { RowContext } from "./row-context";

/** One record of a generated file, for cross-file bookkeeping. */
export interface RowRecord<C extends GeneratedCase> {
  readonly row: number;
  readonly kind: "case" | "blank" | "bad";
  readonly c: C | null;
  readonly caseNumber: string;
  readonly decisionDate: string;
  readonly status: CaseStatus | null;
  readonly quirks: readonly string[];
  readonly superseded: boolean;
}

/** A written file: its text, encoded bytes, manifest entry and per-record bookkeeping. */
export interface BuiltFile<C extends GeneratedCase> {
  readonly text: string;
  readonly bytes: Uint8Array;
  readonly entry: ManifestFile;
  readonly rows: readonly RowRecord<C>[];
}

type CaseEntry<C> = { readonly kind: "case"; readonly c: C; superseded: boolean };
type Entry<C> =
  | CaseEntry<C>
  | { readonly kind: "bad"; readonly c: C; readonly reason: BadRow["reason"] }
  | { readonly kind: "blank"; readonly text: string };

function pickStyle<T>(rng: Rng, base: T, alternatives: readonly (readonly [T, number])[] | undefined): T {
  if (!alternatives) return base;
  let u = rng.next();
  for (const [style, p] of alternatives) {
    if (u < p) return style;
    u -= p;
  }
  return base;
}

function sampleIndices(rng: Rng, eligible: readonly number[], count: number): Set<number> {
  const pool = [...eligible];
  const out = new Set<number>();
  while (out.size < count && pool.length > 0) {
    const j = Math.floor(rng.next() * pool.length);
    out.add(pool[j]!);
    pool.splice(j, 1);
  }
  return out;
}

const byDecision = <C extends GeneratedCase>(a: C, b: C): number =>
  a.decisionDate < b.decisionDate ? -1 : a.decisionDate > b.decisionDate ? 1 : a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;

/**
 * Write one disclosure file from its cases: sort by decision date, add within-file duplicates (a later,
 * changed copy), bad rows and blank padding runs, style each row (baseline plus injected quirks), and
 * record everything in a manifest entry. Pure: same spec and cases → same bytes.
 */
export function buildFile<C extends GeneratedCase>(spec: FileSpec<C>, input: readonly C[]): BuiltFile<C> {
  const rng = createRng(deriveSeed(spec.seed, "file", spec.file));
  const r = columnRoles(spec.layout);
  const col = (name: string | undefined): number => (name === undefined ? -1 : spec.layout.indexOf(name));
  const cases = [...input].sort(byDecision);
  const reserved = spec.reserved ?? new Set<string>();
  const eligible = cases.map((_, i) => i).filter((i) => !reserved.has(cases[i]!.caseNumber));

  // Within-file duplicates: the same case again, decided later with another status.
  const entries: CaseEntry<C>[] = cases.map((c) => ({ kind: "case", c, superseded: false }));
  const revisions: CaseEntry<C>[] = [];
  for (const i of shuffle(rng, eligible)) {
    if (revisions.length >= spec.quirks.duplicates) break;
    const original = entries[i];
    const revised = original ? spec.revise(original.c, rng) : null;
    if (!revised || !original) continue;
    original.superseded = true;
    revisions.push({ kind: "case", c: revised, superseded: false });
  }
  const merged: Entry<C>[] = [...entries, ...revisions].sort((a, b) => byDecision(a.c, b.c));

  // Bad rows: copies of random cases with a fresh case number, broken in one way each. The row that gets an
  // extra field is one whose last column is filled (an attorney filed; not a withdrawn PWD), so that it cannot
  // pass for a row with a harmless trailing delimiter.
  const lastFilled = eligible.filter((i) => {
    const c = cases[i]!;
    return c.agent !== null && !(c.program === "PW" && c.status === "Withdrawn");
  });
  for (const reason of spec.quirks.badRows) {
    const pool = reason === "field_count" && lastFilled.length > 0 ? lastFilled : eligible.length > 0 ? eligible : [0];
    const template = cases[pick(rng, pool)];
    if (!template) break;
    const at = randInt(rng, Math.min(3, merged.length), merged.length);
    merged.splice(at, 0, { kind: "bad", c: spec.cloneCase(template), reason });
  }

  // Blank padding: a few short runs inside, a long run at the end (ending with a delimiter-only row).
  const dataColumns = spec.layout.length;
  const delimiterRow = spec.delimiter.repeat(dataColumns - 1);
  for (let k = 0; k < spec.quirks.blankRuns.inner; k++) {
    const at = randInt(rng, Math.min(5, merged.length), merged.length);
    const run: Entry<C>[] = Array.from({ length: randInt(rng, 1, 6) }, () => ({ kind: "blank", text: chance(rng, 0.6) ? delimiterRow : "" }));
    merged.splice(at, 0, ...run);
  }
  for (let k = 0; k < spec.quirks.blankRuns.endRun; k++) {
    const last = k === spec.quirks.blankRuns.endRun - 1;
    merged.push({ kind: "blank", text: last || chance(rng, 0.8) ? delimiterRow : "" });
  }

  // Pre-selected rows for rare quirks.
  const caseRows = merged.map((e, i) => (e.kind === "case" && !e.superseded ? i : -1)).filter((i) => i >= 0);
  const stateTypoRows = sampleIndices(
    rng,
    caseRows.filter((i) => (merged[i] as { c: C }).c.worksite.place.state in STATE_TYPOS),
    spec.quirks.stateTypoCount ?? 0,
  );
  const stateFullRows = sampleIndices(rng, caseRows.filter((i) => !stateTypoRows.has(i)), spec.quirks.stateFullCount ?? 0);
  const mismatch = spec.quirks.unitMismatch;
  const mismatchRows = sampleIndices(
    rng,
    caseRows.filter((i) => (merged[i] as { c: C }).c.wage.offerUnit === "year" && i > 2),
    mismatch?.count ?? 0,
  );
  const multilineRow = spec.quirks.multiline ? caseRows[Math.min(caseRows.length - 1, 4)] : undefined;

  const lines: string[] = [csvRecord(spec.layout, spec.delimiter)];
  const records: RowRecord<C>[] = [];
  const quirkMap = new Map<string, { kind: string; column?: string; rows: number[]; example: string }>();
  const badRows: BadRow[] = [];
  const blankRanges: [number, number][] = [];
  const multilineRows: number[] = [];
  const knownCandidates: KnownCandidate<C>[] = [];
  let row = 0;
  for (let i = 0; i < merged.length; i++) {
    const e = merged[i]!;
    row++;
    if (e.kind === "blank") {
      lines.push(e.text);
      const lastRange = blankRanges[blankRanges.length - 1];
      if (lastRange && lastRange[1] === row - 1) lastRange[1] = row;
      else blankRanges.push([row, row]);
      records.push({ row, kind: "blank", c: null, caseNumber: "", decisionDate: "", status: null, quirks: [], superseded: false });
      continue;
    }
    const c = e.c;
    const status = spec.statusOf(c);
    const spellings = spec.spellings(c, status);
    const rowQuirks: string[] = [];
    const rowKeys: string[] = [];
    const note = (kind: string, column: string | undefined): void => {
      rowQuirks.push(kind);
      const key = `${kind}|${column ?? ""}`;
      rowKeys.push(key);
      const existing = quirkMap.get(key);
      if (existing) existing.rows.push(row);
      else quirkMap.set(key, { kind, ...(column === undefined ? {} : { column }), rows: [row], example: "" });
    };
    let style: RowStyle;
    if (e.kind === "bad") {
      style = { ...spec.baseline, status: spellings[0]?.[0] ?? "" };
    } else {
      const b = spec.baseline;
      const spellingIndex = weightedIndex(rng, spellings.map((s) => s[1]));
      style = {
        date: pickStyle(rng, b.date, spec.quirks.date),
        money: pickStyle(rng, b.money, spec.quirks.money),
        unit: pickStyle(rng, b.unit, spec.quirks.unit),
        soc: pickStyle(rng, b.soc, spec.quirks.soc),
        socVintage: b.socVintage === 2018 && chance(rng, spec.quirks.soc2010 ?? 0) ? 2010 : b.socVintage,
        state: stateTypoRows.has(i) ? "typo" : stateFullRows.has(i) ? "full" : b.state,
        zip: chance(rng, spec.quirks.zip4 ?? 0) ? "zip4" : b.zip,
        level: b.level,
        unitMismatch: mismatchRows.has(i) ? (mismatch?.target ?? "none") : "none",
        status: spellings[spellingIndex]?.[0] ?? "",
        upper: chance(rng, spec.quirks.upper ?? (b.upper ? 1 : 0)),
      };
      if (style.date !== b.date) note(`date-format:${style.date}`, r.decision);
      if (style.money !== b.money) note(`wage-format:${style.money}`, r.offer ?? r.pw);
      if (style.unit !== b.unit) note(`unit-${style.unit}`, r.offerUnit ?? r.pwUnit);
      if (style.soc !== b.soc) note(`soc-format:${style.soc}`, r.soc);
      if (style.socVintage !== b.socVintage) note("soc-2010-code", r.soc);
      if (style.state === "typo") note("state-typo", r.state);
      if (style.state === "full") note("state-full-name", r.state);
      if (style.zip === "zip4") note("zip-plus-4", r.zip);
      if (style.unitMismatch === "offer") note("unit-amount-mismatch", r.offer);
      if (style.unitMismatch === "pw") note("unit-amount-mismatch", r.pw);
      if (spellingIndex > 0) note("status-spelling", r.status);
      if (c.name.kind !== "legal") note(`name-variant:${c.name.kind}`, r.employer);
    }
    const x: RowContext<C> = { c, style, rng, salt: randInt(rng, 0, 999_999) };
    const fields = spec.getters.map((g) => g(x));
    if (multilineRow === i && spec.quirks.multiline) {
      const at = spec.layout.indexOf(spec.quirks.multiline.column);
      if (at >= 0) {
        fields[at] = spec.quirks.multiline.value;
        multilineRows.push(row);
        note("embedded-newline", spec.quirks.multiline.column);
      }
    }
    if (e.kind === "bad") {
      const { fields: broken, ...bad } = breakRow(e.reason, fields, spec.layout, r, c.caseNumber, spec.delimiter);
      badRows.push({ row, ...bad });
      lines.push(csvRecord(broken, spec.delimiter));
      records.push({ row, kind: "bad", c, caseNumber: c.caseNumber, decisionDate: c.decisionDate, status: null, quirks: [], superseded: false });
      continue;
    }
    const quoted = fields.findIndex((f) => f.includes('"'));
    if (quoted >= 0) note("inner-quotes", spec.layout[quoted]);
    for (const key of rowKeys) {
      const rec = quirkMap.get(key);
      if (rec && rec.rows[0] === row && rec.column !== undefined) rec.example = fields[col(rec.column)] ?? "";
    }
    lines.push(csvRecord(fields, spec.delimiter));
    records.push({ row, kind: "case", c, caseNumber: c.caseNumber, decisionDate: c.decisionDate, status, quirks: rowQuirks, superseded: e.superseded });
    if (!e.superseded) knownCandidates.push({ row, c, style, fields, quirks: rowQuirks });
  }

  const text = lines.join(spec.lineEnding) + spec.lineEnding;
  const bytes = encodeText(text, spec.encoding, spec.bom);

  const byCase = new Map<string, number[]>();
  for (const rec of records) {
    if (rec.kind !== "case") continue;
    const list = byCase.get(rec.caseNumber);
    if (list) list.push(rec.row);
    else byCase.set(rec.caseNumber, [rec.row]);
  }
  const duplicates = [...byCase.entries()]
    .filter(([, rows]) => rows.length > 1)
    .map(([caseNumber, rows]) => ({ caseNumber, rows, winnerRow: rows[rows.length - 1]! }));
  const blankRows = records.filter((x) => x.kind === "blank").length;
  const validRows = records.filter((x) => x.kind === "case").length;

  const entry: ManifestFile = {
    file: spec.file,
    dataset: spec.dataset,
    era: spec.era,
    layout: spec.layoutName,
    columns: spec.layout.length,
    encoding: spec.encoding,
    bom: spec.bom,
    delimiter: spec.delimiter,
    lineEnding: spec.lineEnding,
    bytes: bytes.length,
    fiscalYear: spec.fiscalYear,
    quarter: spec.quarter,
    dataRows: records.length,
    blankRows,
    blankRowRanges: blankRanges,
    badRows,
    duplicateRowsWithinFile: duplicates.reduce((s, d) => s + d.rows.length - 1, 0),
    duplicates,
    validRows,
    distinctCases: byCase.size,
    multilineRows,
    quirks: [...quirkMap.values()].map((q) => ({ ...q, rows: [...q.rows] })),
    knownRows: chooseKnownRows(spec, knownCandidates, r),
  };
  return { text, bytes, entry, rows: records };
}

