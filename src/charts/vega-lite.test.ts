/**
 * employerHistorySpec and rankingSpec on the data-samples/ index: each spec compiles with vega-lite and
 * renders to SVG with vega in Node (proof the JSON is valid Vega-Lite), the SVG shows the employer
 * names and year labels, the inlined data add up to the profile / ranking, and output is byte-stable.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as vega from "vega";
import * as vl from "vega-lite";
import { beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "../datasets/filing";
import { readDataset } from "../datasets/read";
import { DisclosureError } from "../errors";
import { rankEmployers, type RankedEmployer } from "../score/rank-employers";
import { buildSponsorIndex } from "../sponsors/build-sponsor-index";
import { employerProfile, type EmployerProfile } from "../sponsors/employer-profile";
import type { SponsorIndex } from "../sponsors/sponsor-index";
import { employerHistorySpec, rankingSpec, VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./vega-lite";

const samples = fileURLToPath(new URL("../../data-samples/", import.meta.url));
const HAVE = existsSync(join(samples, "MANIFEST.json"));

let index: SponsorIndex;
let profile: EmployerProfile;
let ranked: RankedEmployer[];

beforeAll(async () => {
  if (!HAVE) return;
  const rows: Filing[] = [];
  for (const f of readdirSync(samples).filter((f) => f.endsWith(".csv")).sort()) {
    rows.push(...(await readDataset(new Uint8Array(readFileSync(join(samples, f))), { file: f })).rows);
  }
  index = buildSponsorIndex(rows);
  profile = employerProfile(index, "Tavrix Consultancy Services")!;
  ranked = rankEmployers(index, { title: "Machine Learning Engineer", state: "WA" }, { limit: 8 });
});

/** A vega logger that collects warnings and errors instead of printing them. */
function collectingLogger(into: string[]) {
  let level = vega.Warn;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error: (...args: unknown[]) => (into.push(`error: ${args.map(String).join(" ")}`), logger),
    warn: (...args: unknown[]) => (into.push(`warn: ${args.map(String).join(" ")}`), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Compile with vega-lite (throws on an invalid spec), render headless with vega, return the SVG; any
 * warning from either (the docs' chart renderer fails on them too) fails the test.
 */
async function render(spec: VegaLiteSpec): Promise<string> {
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  const compiled = vl.compile(spec as unknown as vl.TopLevelSpec, { logger: logger as never });
  const view = new vega.View(vega.parse(compiled.spec), { renderer: "none", logger: logger as never, logLevel: vega.Warn });
  try {
    const svg = await view.toSVG();
    expect(warnings).toEqual([]);
    return svg;
  } finally {
    view.finalize();
  }
}

/** The lines of text in the SVG: each <text> element, or each of its <tspan> lines. */
function texts(svg: string): string[] {
  const unescape = (t: string) => t.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/gs)].flatMap((m) => {
    const spans = [...m[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/gs)].map((t) => t[1]!);
    return (spans.length > 0 ? spans : [m[1]!]).map(unescape);
  });
}

type Rows = { data: { values: Record<string, unknown>[] } };

describe.skipIf(!HAVE)("employerHistorySpec", () => {
  it("employerHistorySpec(profile) compiles and renders: title, every fiscal year on the axis, program legend", async () => {
    const spec = employerHistorySpec(profile);
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    const t = texts(await render(spec));
    expect(t).toContain("TAVRIX CONSULTANCY SERVICES LIMITED");
    const dated = profile.history.filter((h) => h.fiscalYear !== null).map((h) => h.fiscalYear!);
    const first = Math.min(...dated);
    const last = Math.max(...dated);
    expect([first, last]).toEqual([2017, 2025]);
    // Years without filings (2018, 2020, 2021) are on the axis too.
    for (let y = first; y <= last; y++) expect(t, String(y)).toContain(String(y));
    for (const p of ["PERM", "LCA", "PW"]) expect(t).toContain(p);
  });

  it("employerHistorySpec(profile) inlines filings per year and program that add up to the dated history", () => {
    const rows = (employerHistorySpec(profile) as unknown as Rows).data.values;
    const total = rows.reduce((n, r) => n + (r["filings"] as number), 0);
    expect(total).toBe(profile.history.filter((h) => h.fiscalYear !== null).reduce((n, h) => n + h.filings, 0));
    expect(rows[0]).toEqual({ fiscal_year: 2017, program: "PERM", filings: 24, order: 0 });
    const years = rows.map((r) => r["fiscal_year"] as number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it("employerHistorySpec(profile, { by: 'status', programs: ['PERM'] }) stacks PERM outcomes", async () => {
    const spec = employerHistorySpec(profile, { by: "status", programs: ["PERM"], title: "Tavrix PERM outcomes" });
    const rows = (spec as unknown as Rows).data.values;
    const perm = profile.history.filter((h) => h.program === "PERM" && h.fiscalYear !== null);
    expect(rows.reduce((n, r) => n + (r["filings"] as number), 0)).toBe(perm.reduce((n, h) => n + h.filings, 0));
    expect(rows.filter((r) => r["fiscal_year"] === 2025)).toEqual([
      { fiscal_year: 2025, status: "certified", filings: 7, order: 0 },
      { fiscal_year: 2025, status: "certified-expired", filings: 7, order: 1 },
      { fiscal_year: 2025, status: "denied", filings: 2, order: 3 },
    ]);
    const t = texts(await render(spec));
    expect(t).toContain("Tavrix PERM outcomes");
    expect(t).toContain("denied");
    expect(t).not.toContain("determined");
  });

  it("employerHistorySpec(profile) of a profile without dated filings is an empty, valid chart", async () => {
    const undated = { ...profile, history: profile.history.map((h) => ({ ...h, fiscalYear: null })) };
    const spec = employerHistorySpec(undated);
    expect((spec as unknown as Rows).data.values).toEqual([]);
    const t = texts(await render(spec));
    expect(t.find((x) => x.startsWith("PERM, LCA and PW filings"))).toBe(
      `PERM, LCA and PW filings per decision fiscal year, by program (no dated filings); ${profile.filings} without a fiscal year not shown`,
    );
  });

  it("employerHistorySpec is deterministic and does not modify the profile", () => {
    const before = JSON.stringify(profile);
    const a = JSON.stringify(employerHistorySpec(profile, { by: "status" }));
    expect(JSON.stringify(employerHistorySpec(profile, { by: "status" }))).toBe(a);
    expect(JSON.stringify(profile)).toBe(before);
  });

  it("employerHistorySpec rejects a bad option with DisclosureError invalid_option", () => {
    expect(() => employerHistorySpec(profile, { by: "year" as never })).toThrow(DisclosureError);
    expect(() => employerHistorySpec(profile, { programs: ["H1B" as never] })).toThrow(/unknown program "H1B"/);
    expect(() => employerHistorySpec(profile, { width: -1 })).toThrow(/width must be a positive number/);
  });
});

describe.skipIf(!HAVE)("rankingSpec", () => {
  it("rankingSpec(ranked) compiles and renders every employer name, best first, with a percent axis", async () => {
    const spec = rankingSpec(ranked);
    const svg = await render(spec);
    const t = texts(svg);
    for (const r of ranked) expect(t, r.name).toContain(r.name);
    expect(t).toContain("Likely green-card sponsors");
    expect(t).toContain(`Role: ${ranked[0]!.role.label}`);
    expect(t.some((x) => /^\d+%$/.test(x))).toBe(true);
    // The y axis lists employers in rank order, top to bottom.
    const order = ranked.map((r) => svg.indexOf(`>${r.name.replace(/&/g, "&amp;")}<`));
    expect(order.every((pos, i) => pos >= 0 && (i === 0 || pos > order[i - 1]!))).toBe(true);
  });

  it("rankingSpec(ranked) inlines probability and 90% interval per employer", () => {
    const rows = (rankingSpec(ranked) as unknown as Rows).data.values;
    expect(rows.map((r) => r["rank"])).toEqual(ranked.map((r) => r.rank));
    expect(rows[0]).toEqual({
      rank: 1, employer: "Draric Cloud LLC", probability: ranked[0]!.probability, interval_low: ranked[0]!.interval![0],
      interval_high: ranked[0]!.interval![1], expected_certified: ranked[0]!.expectedCertified, status: "rated", low_sample: false,
    });
    for (const r of rows) {
      expect(r["interval_low"] as number).toBeLessThanOrEqual(r["probability"] as number);
      expect(r["interval_high"] as number).toBeGreaterThanOrEqual(r["probability"] as number);
    }
  });

  it("rankingSpec sorts by rank whatever the input order and keeps duplicate names apart", async () => {
    const shuffled = [...ranked].reverse();
    expect(JSON.stringify(rankingSpec(shuffled))).toBe(JSON.stringify(rankingSpec(ranked)));
    const twin = { ...ranked[1]!, name: ranked[0]!.name };
    const rows = (rankingSpec([ranked[0]!, twin]) as unknown as Rows).data.values;
    expect(rows.map((r) => r["employer"])).toEqual([`${ranked[0]!.name} (${ranked[0]!.key})`, `${ranked[0]!.name} (${twin.key})`]);
    await render(rankingSpec([ranked[0]!, twin]));
  });

  it("rankingSpec([]) is still a valid chart, and unrated employers are left out and counted", async () => {
    await render(rankingSpec([]));
    const unrated: RankedEmployer = { ...ranked[0]!, name: "Unrated Co", probability: null, interval: null, status: "unrated", rank: 9 };
    const spec = rankingSpec([...ranked, unrated]);
    expect((spec as unknown as Rows).data.values.map((r) => r["employer"])).not.toContain("Unrated Co");
    expect(texts(await render(spec)).find((t) => t.includes("unrated"))).toBe("point: probability; bar: 90% interval; as of 2025-09-30; 1 unrated not shown");
  });
});
