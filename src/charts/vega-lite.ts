/**
 * Vega-Lite specifications of the library's results, as plain JSON objects: hand them to any Vega-Lite
 * renderer (vega-embed, Observable's `vl`, Jupyter's `application/vnd.vegalite` display, the `vl2png`
 * CLI). The library does not depend on Vega: the data are inlined, so a spec is self-contained, and
 * the same input always gives the same JSON (same keys in the same order).
 *
 * @module
 */
import { CaseStatus, type Program } from "../datasets/filing";
import { DisclosureError } from "../errors";
import type { RankedEmployer } from "../score/rank-employers";
import type { EmployerProfile } from "../sponsors/employer-profile";

/**
 * The Vega-Lite schema these specs are written against.
 *
 * @example
 * VEGA_LITE_SCHEMA.endsWith("/vega-lite/v6.json"); // => true
 */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** A Vega-Lite specification: a plain, JSON-safe object. */
export interface VegaLiteSpec {
  readonly $schema: string;
  readonly [property: string]: unknown;
}

const PROGRAM_ORDER: readonly Program[] = ["PERM", "LCA", "PW"];
const PROGRAM_COLORS: Readonly<Record<Program, string>> = { PERM: "#4c78a8", LCA: "#f58518", PW: "#54a24b" };
const STATUS_COLORS: Readonly<Record<CaseStatus, string>> = {
  certified: "#4c78a8",
  "certified-expired": "#9ecae9",
  "certified-withdrawn": "#72b7b2",
  determined: "#54a24b",
  denied: "#e45756",
  withdrawn: "#bab0ac",
  rejected: "#b279a2",
  invalidated: "#ff9da6",
};

/** Options of {@link employerHistorySpec}. */
export interface EmployerHistorySpecOptions {
  /** Stack the bars by `program` (default) or by case `status`. */
  readonly by?: "program" | "status";
  /** Only these programs (default: all in the profile). With `by: "status"`, `["PERM"]` shows the green-card history alone. */
  readonly programs?: readonly Program[];
  /** Chart title (default: the employer's name). */
  readonly title?: string;
  /** Plot width in pixels (default 480). */
  readonly width?: number;
  /** Plot height in pixels (default 240). */
  readonly height?: number;
}

/**
 * A stacked bar chart of an employer's filings per decision fiscal year (from
 * {@link employerProfile}'s `history`), stacked by program (PERM, LCA, PW) or by case status. Every
 * fiscal year from the first to the last is on the axis, so years without filings show as gaps;
 * filings without a fiscal year are left out and counted in the subtitle.
 *
 * The data rows are `{ fiscal_year, program | status, filings, order }`, sorted by year then
 * program/status order.
 *
 * @example
 * const p = employerProfile(index, "Tavrix Consultancy Services")!;
 * const spec = employerHistorySpec(p);
 * spec.$schema; // => "https://vega.github.io/schema/vega-lite/v6.json"
 * spec.data.values.reduce((n, d) => n + d.filings, 0) === p.history.filter((h) => h.fiscalYear !== null).reduce((n, h) => n + h.filings, 0); // => true
 * JSON.stringify(employerHistorySpec(p, { by: "status" })) === JSON.stringify(employerHistorySpec(p, { by: "status" })); // => true
 */
export function employerHistorySpec(profile: EmployerProfile, options: EmployerHistorySpecOptions = {}): VegaLiteSpec {
  const by = options.by ?? "program";
  if (by !== "program" && by !== "status") throw new DisclosureError("invalid_option", `employerHistorySpec: by must be "program" or "status", got ${JSON.stringify(by)}`);
  for (const p of options.programs ?? []) {
    if (!PROGRAM_ORDER.includes(p)) throw new DisclosureError("invalid_option", `employerHistorySpec: unknown program ${JSON.stringify(p)} (expected PERM, LCA or PW)`);
  }
  const width = size(options.width, 480, "width");
  const height = size(options.height, 240, "height");
  const programs = new Set(options.programs ?? PROGRAM_ORDER);
  const groups: readonly string[] = by === "program" ? PROGRAM_ORDER : CaseStatus.options;

  // Sum per (fiscal year, group); history rows are per (year, program), so statuses sum across programs.
  const sums = new Map<string, { fiscal_year: number; group: string; filings: number }>();
  let undated = 0;
  for (const h of profile.history) {
    if (!programs.has(h.program)) continue;
    const parts: [string, number][] = by === "program" ? [[h.program, h.filings]] : Object.entries(h.byStatus).map(([s, n]) => [s, n ?? 0]);
    for (const [group, n] of parts) {
      if (n <= 0) continue;
      if (h.fiscalYear === null) {
        undated += n;
        continue;
      }
      const k = `${h.fiscalYear}|${group}`;
      const cur = sums.get(k);
      if (cur) cur.filings += n;
      else sums.set(k, { fiscal_year: h.fiscalYear, group, filings: n });
    }
  }
  const rows = [...sums.values()].sort((a, b) => a.fiscal_year - b.fiscal_year || groups.indexOf(a.group) - groups.indexOf(b.group));
  const present = groups.filter((g) => rows.some((r) => r.group === g));
  const years: number[] = [];
  if (rows.length > 0) for (let y = rows[0]!.fiscal_year; y <= rows[rows.length - 1]!.fiscal_year; y++) years.push(y);
  const shown = PROGRAM_ORDER.filter((p) => programs.has(p));
  const span = years.length === 0 ? "no dated filings" : years.length === 1 ? `FY${years[0]}` : `FY${years[0]}–FY${years[years.length - 1]}`;
  const subtitle = `${listWords(shown)} filings per decision fiscal year, by ${by} (${span})${undated > 0 ? `; ${undated} without a fiscal year not shown` : ""}`;
  const colors: Readonly<Record<string, string>> = by === "program" ? PROGRAM_COLORS : STATUS_COLORS;

  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: options.title ?? profile.name, subtitle },
    width,
    height,
    data: { values: rows.map((r) => ({ fiscal_year: r.fiscal_year, [by]: r.group, filings: r.filings, order: groups.indexOf(r.group) })) },
    mark: { type: "bar" },
    encoding: {
      x: { field: "fiscal_year", type: "ordinal", title: "Decision fiscal year", scale: { domain: years }, axis: { labelAngle: 0 } },
      // With no rows, a fixed domain avoids an empty extent.
      y: { field: "filings", type: "quantitative", title: "Filings", stack: "zero", ...(rows.length === 0 ? { scale: { domain: [0, 1] } } : {}) },
      color: {
        field: by,
        type: "nominal",
        title: by === "program" ? "Program" : "Status",
        scale: { domain: present, range: present.map((g) => colors[g]!) },
      },
      order: { field: "order", type: "quantitative" },
      tooltip: [
        { field: "fiscal_year", type: "ordinal", title: "Fiscal year" },
        { field: by, type: "nominal", title: by === "program" ? "Program" : "Status" },
        { field: "filings", type: "quantitative", title: "Filings" },
      ],
    },
  };
}

/** Options of {@link rankingSpec}. */
export interface RankingSpecOptions {
  /** Chart title (default "Likely green-card sponsors"). */
  readonly title?: string;
  /** Plot width in pixels (default 420). */
  readonly width?: number;
  /** Pixels per employer row (default 22). */
  readonly rowHeight?: number;
}

/**
 * A ranking chart: one row per employer, sorted by rank (best first; {@link rankEmployers} ranks by
 * probability), a point at the probability of a certified PERM for the role within the horizon and a
 * rule across its 90 % interval. The subtitle (two lines) names the role, the encoding and the
 * prediction date. Unrated employers (no probability) are left out and counted in the subtitle; an
 * employer name listed twice gets its key in brackets so the rows stay apart.
 *
 * The data rows are `{ rank, employer, probability, interval_low, interval_high, expected_certified,
 * status, low_sample }`.
 *
 * @example
 * const ranked = rankEmployers(index, { title: "Machine Learning Engineer", state: "WA" }, { limit: 5 });
 * const spec = rankingSpec(ranked);
 * spec.data.values.map((d) => d.rank); // => [1, 2, 3, 4, 5]
 * spec.encoding.y.sort[0] === ranked[0]!.name; // => true
 * spec.layer.map((l) => l.mark.type); // => ["rule", "point"]
 */
export function rankingSpec(ranked: readonly RankedEmployer[], options: RankingSpecOptions = {}): VegaLiteSpec {
  const width = size(options.width, 420, "width");
  const step = size(options.rowHeight, 22, "rowHeight");
  const rated = ranked.filter((r) => r.probability !== null).slice().sort((a, b) => a.rank - b.rank);
  const seen = new Map<string, number>();
  for (const r of rated) seen.set(r.name, (seen.get(r.name) ?? 0) + 1);
  const label = (r: RankedEmployer) => ((seen.get(r.name) ?? 0) > 1 ? `${r.name} (${r.key ?? `#${r.rank}`})` : r.name);
  const rows = rated.map((r) => ({
    rank: r.rank,
    employer: label(r),
    probability: r.probability,
    interval_low: r.interval?.[0] ?? r.probability,
    interval_high: r.interval?.[1] ?? r.probability,
    expected_certified: r.expectedCertified,
    status: r.status,
    low_sample: r.lowSample,
  }));
  const first = ranked[0];
  const months = first?.horizonMonths ?? 12;
  const notes = ["point: probability", "bar: 90% interval"];
  if (first) notes.push(`as of ${first.asOf}`);
  const unrated = ranked.length - rated.length;
  if (unrated > 0) notes.push(`${unrated} unrated not shown`);
  const subtitle = [first ? `Role: ${first.role.label}` : "No employers", notes.join("; ")];
  const percent = ".0%";
  // An explicit domain (0 to the next tenth above the highest interval end): no empty extent on an empty list.
  const top = rows.reduce((m, r) => Math.max(m, r.interval_high ?? 0), 0);
  const upper = Math.min(1, Math.max(0.1, Math.ceil(Math.round(top * 1e6) / 1e5) / 10));

  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: options.title ?? "Likely green-card sponsors", subtitle, anchor: "start" },
    width,
    height: { step },
    data: { values: rows },
    encoding: {
      y: { field: "employer", type: "nominal", title: null, sort: rows.map((r) => r.employer), axis: { labelLimit: 360 } },
      tooltip: [
        { field: "rank", type: "quantitative", title: "Rank" },
        { field: "employer", type: "nominal", title: "Employer" },
        { field: "probability", type: "quantitative", title: "Probability", format: percent },
        { field: "interval_low", type: "quantitative", title: "90% low", format: percent },
        { field: "interval_high", type: "quantitative", title: "90% high", format: percent },
        { field: "expected_certified", type: "quantitative", title: "Expected certified", format: ".2f" },
        { field: "low_sample", type: "nominal", title: "Low sample" },
      ],
    },
    layer: [
      {
        mark: { type: "rule", strokeWidth: 2, color: "#9ecae9" },
        encoding: {
          x: { field: "interval_low", type: "quantitative", title: `P(certified PERM within ${months} months)`, axis: { format: percent }, scale: { domain: [0, upper] } },
          x2: { field: "interval_high" },
        },
      },
      {
        mark: { type: "point", filled: true, size: 70, color: "#4c78a8" },
        encoding: { x: { field: "probability", type: "quantitative" } },
      },
    ],
  };
}

function size(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new DisclosureError("invalid_option", `${name} must be a positive number of pixels, got ${String(value)}`);
  return value;
}

function listWords(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
}
