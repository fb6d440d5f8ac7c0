/**
 * filingsTable, profileTable, profileOccupationsTable, rankingTable and the toTable dispatcher on the
 * data-samples/ filings, index and rankings: row counts, column order and types, and arquero groupings
 * checked against plain recounts of the same records.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as aq from "arquero";
import { beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "../datasets/filing";
import { readDataset } from "../datasets/read";
import { DisclosureError } from "../errors";
import { rankEmployers, type RankedEmployer } from "../score/rank-employers";
import { scoreEmployer } from "../score/score-employer";
import { buildSponsorIndex } from "../sponsors/build-sponsor-index";
import { employerProfile, type EmployerProfile } from "../sponsors/employer-profile";
import type { SponsorIndex } from "../sponsors/sponsor-index";
import { FILINGS_TABLE_COLUMNS, filingsTable } from "./filings-table";
import { PROFILE_OCCUPATIONS_COLUMNS, profileOccupationsTable } from "./profile-occupations-table";
import { PROFILE_TABLE_COLUMNS, profileTable } from "./profile-table";
import { keyFactors, RANKING_TABLE_COLUMNS, rankingTable } from "./ranking-table";
import { tableKind, toTable } from "./to-table";
import type { Manifest } from "../generate/manifest";

const samples = fileURLToPath(new URL("../../data-samples/", import.meta.url));
const HAVE = existsSync(join(samples, "MANIFEST.json"));

let rows: Filing[] = [];
let index: SponsorIndex;
let profile: EmployerProfile;
let ranked: RankedEmployer[];
let manifest: Manifest;

beforeAll(async () => {
  if (!HAVE) return;
  manifest = JSON.parse(readFileSync(join(samples, "MANIFEST.json"), "utf8")) as typeof manifest;
  for (const f of readdirSync(samples).filter((f) => f.endsWith(".csv")).sort()) {
    rows.push(...(await readDataset(new Uint8Array(readFileSync(join(samples, f))), { file: f })).rows);
  }
  index = buildSponsorIndex(rows);
  profile = employerProfile(index, "Tavrix Consultancy Services")!;
  ranked = rankEmployers(index, { title: "Machine Learning Engineer", state: "WA" }, { limit: 10 });
});

/** Plain count of the filings per key. */
function recount(key: (f: Filing) => string | null): Map<string | null, number> {
  const m = new Map<string | null, number>();
  for (const f of rows) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}

/** A grouped arquero count as a map from the joined key columns to the count. */
function counted(t: aq.ColumnTable, keys: string[]): Map<string | null, number> {
  const out = new Map<string | null, number>();
  for (const r of t.objects() as Record<string, unknown>[]) {
    const k = keys.length === 1 ? (r[keys[0]!] as string | null) : keys.map((c) => String(r[c])).join("|");
    out.set(k, r["count"] as number);
  }
  return out;
}

describe.skipIf(!HAVE)("filingsTable on data-samples", () => {
  it("filingsTable(filings) has one row per filing, in input order, with the export's columns", () => {
    const t = filingsTable(rows);
    expect(rows.length).toBe(3164);
    expect(t.numRows()).toBe(rows.length);
    expect(t.columnNames()).toEqual([...FILINGS_TABLE_COLUMNS]);
    expect(t.array("case_number")).toEqual(rows.map((r) => r.caseNumber));
    expect(t.array("source_row")).toEqual(rows.map((r) => r.source.row));
  });

  it("filingsTable(filings) flattens the manifest's known rows to the generator's values", () => {
    const t = filingsTable(rows);
    const at = new Map(rows.map((r, i) => [`${r.source.file}#${r.source.row}`, i]));
    let checked = 0;
    for (const file of manifest.files) {
      for (const k of file.knownRows) {
        const i = at.get(`${file.file}#${k.row}`);
        expect(i, `${file.file} row ${k.row}`).toBeDefined();
        const row = t.object(i!) as Record<string, unknown>;
        expect(row["case_number"]).toBe(k.caseNumber);
        expect(row["employer_fein"]).toBe(k.fein);
        expect(row["soc_2018"]).toBe(k.soc2018);
        expect(row["offered_wage_from"]).toBe(k.annualOfferedFrom);
        expect(row["fiscal_year"]).toBe(k.fiscalYear);
        expect(row["decision_date"]).toBe(k.decisionDate);
        expect(row["status"]).toBe(k.status);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("filingsTable(filings) keeps types: numbers, booleans, ISO date strings and null for missing", () => {
    const t = filingsTable(rows);
    const types = (c: string): Set<string> => new Set(Array.from(t.array(c) as ArrayLike<unknown>, (v) => (v === null ? "null" : typeof v)));
    expect([...types("fiscal_year")].filter((x) => x !== "null")).toEqual(["number"]);
    expect([...types("offered_wage_from")].filter((x) => x !== "null")).toEqual(["number"]);
    expect([...types("source_row")]).toEqual(["number"]);
    expect([...types("full_time")].filter((x) => x !== "null")).toEqual(["boolean"]);
    expect(t.array("decision_date").every((d: unknown) => d === null || /^\d{4}-\d{2}-\d{2}$/.test(d as string))).toBe(true);
    expect(t.array("employer_fein").some((v: unknown) => v === null)).toBe(true);
    expect(t.array("employer_fein").some((v: unknown) => v === undefined || v === "")).toBe(false);
  });

  it("groupby().count() on the table equals a plain recount (program; certified PERM per state and year)", () => {
    const t = filingsTable(rows);
    expect(counted(t.groupby("program").count(), ["program"])).toEqual(recount((f) => f.program));
    expect(Object.fromEntries(counted(t.groupby("program").count(), ["program"]))).toEqual({ LCA: 953, PERM: 1737, PW: 474 });
    const certified = t
      .filter((d: { program: string; status: string }) => d.program === "PERM" && aq.op.startswith(d.status, "certified"))
      .groupby("worksite_state", "fiscal_year")
      .count();
    const plain = new Map<string, number>();
    for (const f of rows) {
      if (f.program !== "PERM" || !f.status.startsWith("certified")) continue;
      const k = `${f.worksite.state}|${f.fiscalYear}`;
      plain.set(k, (plain.get(k) ?? 0) + 1);
    }
    expect(counted(certified, ["worksite_state", "fiscal_year"])).toEqual(plain);
    expect(plain.get("MA|2025")).toBe(77);
  });

  it("filingsTable(filings) does not modify its input, and [] gives a table with the columns and no rows", () => {
    const before = JSON.stringify(rows.slice(0, 50));
    filingsTable(rows.slice(0, 50));
    expect(JSON.stringify(rows.slice(0, 50))).toBe(before);
    const empty = filingsTable([]);
    expect(empty.numRows()).toBe(0);
    expect(empty.columnNames()).toEqual([...FILINGS_TABLE_COLUMNS]);
  });
});

describe.skipIf(!HAVE)("profile tables on data-samples", () => {
  it("profileTable(profile) is the yearly history, newest first, with status counts adding up", () => {
    const t = profileTable(profile);
    expect(t.columnNames()).toEqual([...PROFILE_TABLE_COLUMNS]);
    expect(t.numRows()).toBe(profile.history.length);
    expect(t.array("fiscal_year")).toEqual(profile.history.map((h) => h.fiscalYear));
    expect(t.object(0)).toEqual({
      employer_key: "fein:22-2610812", employer_name: "TAVRIX CONSULTANCY SERVICES LIMITED", fiscal_year: 2025, program: "PERM",
      filings: 16, approved: 14, certified: 7, certified_expired: 7, certified_withdrawn: 0, denied: 2, withdrawn: 0, determined: 0, rejected: 0, invalidated: 0,
    });
    const check = t.derive({
      sum: (d: Record<string, number>) => d.certified! + d.certified_expired! + d.certified_withdrawn! + d.denied! + d.withdrawn! + d.determined! + d.rejected! + d.invalidated!,
    });
    expect(check.array("sum")).toEqual(check.array("filings"));
    expect(t.rollup({ n: aq.op.sum("filings"), ok: aq.op.sum("approved") }).object(0)).toEqual({ n: profile.filings, ok: profile.approved });
  });

  it("profileTable: grouping by program equals the profile's per-program totals", () => {
    const byProgram = profileTable(profile).groupby("program").rollup({ filings: aq.op.sum("filings"), approved: aq.op.sum("approved") });
    const got = Object.fromEntries((byProgram.objects() as { program: string; filings: number; approved: number }[]).map((r) => [r.program, { filings: r.filings, approved: r.approved }]));
    expect(got).toEqual(profile.byProgram);
  });

  it("profileOccupationsTable(profile) lists occupations, most filings first, with per-program counts", () => {
    const t = profileOccupationsTable(profile);
    expect(t.columnNames()).toEqual([...PROFILE_OCCUPATIONS_COLUMNS]);
    expect(t.numRows()).toBe(profile.occupations.length);
    expect(t.object(0)).toEqual({
      employer_key: "fein:22-2610812", employer_name: "TAVRIX CONSULTANCY SERVICES LIMITED", soc_2018: "15-1252", soc_title: "Software Developers",
      soc_broad: "15-1250", soc_minor: "15-1200", filings: 236, approved: 214, perm: 69, lca: 142, pw: 25, inferred: 2,
    });
    expect(t.rollup({ n: aq.op.sum("filings") }).get("n", 0)).toBe(profile.filings);
  });
});

describe.skipIf(!HAVE)("rankingTable on data-samples", () => {
  it("rankingTable(ranked) has one row per employer in rank order, with interval, expectations and factors", () => {
    const t = rankingTable(ranked);
    expect(t.columnNames()).toEqual([...RANKING_TABLE_COLUMNS]);
    expect(t.numRows()).toBe(10);
    expect(t.array("rank")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(t.array("employer_name")).toEqual(ranked.map((r) => r.name));
    expect(t.object(0)).toMatchObject({
      rank: 1,
      employer_key: "fein:32-8560034",
      employer_name: "Draric Cloud LLC",
      status: "rated",
      probability: ranked[0]!.probability,
      interval_low: ranked[0]!.interval![0],
      interval_high: ranked[0]!.interval![1],
      expected_filings: ranked[0]!.expectedFilings,
      expected_certified: ranked[0]!.expectedCertified,
      key_factors: "pipeline ×52.6; location ×0.503; related ×1.83",
      factor_location: ranked[0]!.factors.find((f) => f.name === "location")!.multiplier,
      factor_education: null,
      perm_filings: 6,
      perm_certified: 6,
      role: ranked[0]!.role.label,
      as_of: index.asOf,
      horizon_months: 12,
    });
    for (let i = 0; i < t.numRows(); i++) {
      expect(t.get("interval_low", i)).toBeLessThanOrEqual(t.get("probability", i));
      expect(t.get("interval_high", i)).toBeGreaterThanOrEqual(t.get("probability", i));
    }
    // arquero's orderby on probability reproduces the ranking.
    expect(t.orderby(aq.desc("probability")).array("rank")).toEqual(t.array("rank"));
  });

  it("rankingTable(scores) numbers scoreEmployer results by position and keeps unrated ones as nulls", () => {
    const scored = [scoreEmployer(index, "Tavrix Consultancy Services", { soc: "15-1252" }), scoreEmployer(index, "Nobody At All Ltd", { soc: "15-1252" })];
    const t = rankingTable(scored);
    expect(t.array("rank")).toEqual([1, 2]);
    expect(t.array("status")).toEqual(["rated", "unrated"]);
    expect(t.object(1)).toMatchObject({ employer_key: null, probability: null, interval_low: null, perm_filings: null, key_factors: "" });
  });

  it("keyFactors(factors) names the strongest scored factors first and skips audit and near-1 multipliers", () => {
    const f = (name: "occupation" | "location" | "audit" | "wage", multiplier: number) => ({ name, multiplier, summary: "", counts: {}, caseNumbers: [] });
    expect(keyFactors([f("occupation", 2), f("location", 0.25), f("audit", 10), f("wage", 1.01)])).toBe("location ×0.25; occupation ×2");
    expect(keyFactors([f("occupation", 12410.21), f("location", 0.004123)])).toBe("occupation ×12410; location ×0.00412");
    expect(keyFactors([])).toBe("");
  });
});

describe.skipIf(!HAVE)("toTable", () => {
  it("toTable(x) detects filings, rankings and profiles and matches the explicit functions", () => {
    expect(tableKind(rows)).toBe("filings");
    expect(tableKind(ranked)).toBe("ranking");
    expect(tableKind(profile)).toBe("profile");
    expect(toTable(rows).objects({ limit: 5 })).toEqual(filingsTable(rows).objects({ limit: 5 }));
    expect(toTable(rows).numRows()).toBe(rows.length);
    expect(toTable(ranked).objects()).toEqual(rankingTable(ranked).objects());
    expect(toTable(profile).objects()).toEqual(profileTable(profile).objects());
  });

  it("toTable([]) is an empty table without columns", () => {
    expect(tableKind([])).toBeNull();
    expect(toTable([]).numRows()).toBe(0);
    expect(toTable([]).numCols()).toBe(0);
  });

  it("toTable(other) throws DisclosureError invalid_option naming what it got", () => {
    const bad = (x: unknown) => {
      try {
        toTable(x as never);
      } catch (e) {
        if (e instanceof DisclosureError) return e;
        throw e;
      }
      throw new Error("did not throw");
    };
    expect(bad({ a: 1 }).code).toBe("invalid_option");
    expect(bad({ a: 1 }).message).toContain("an object with keys a");
    expect(bad([{ caseNumber: "x" }]).message).toContain("an array of 1");
    expect(bad([rows[0], ranked[0]]).message).toContain("a mix of filings and scores");
    expect(bad("perm.csv").message).toContain('"perm.csv"');
    expect(bad(null).message).toContain("got null");
    expect(bad({ rows, issues: [] }).message).toContain("a read result? pass its .rows");
  });
});
