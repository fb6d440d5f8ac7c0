/**
 * rankEmployers, scoreEmployer, explain and scoreListings on the generated data-samples/ index and on
 * small synthetic histories: output shape, filters, modifiers, validation errors that name the field,
 * and determinism (same input, same output; input order does not matter; ties break on the key).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { background, FIXED_PRIORS, targetFilings } from "../../test/score-fixtures";
import type { Filing } from "../datasets/filing";
import { readDataset } from "../datasets/read";
import { DisclosureError } from "../errors";
import { US_STATES } from "../normalize/state";
import { buildSponsorIndex } from "../sponsors/build-sponsor-index";
import type { SponsorIndex } from "../sponsors/sponsor-index";
import { explain } from "./explain";
import { fitScoreModel } from "./fit-score-model";
import { rankEmployers } from "./rank-employers";
import { scoreEmployer } from "./score-employer";
import { scoreListings } from "./score-listings";

const samples = fileURLToPath(new URL("../../data-samples/", import.meta.url));
const HAVE = existsSync(join(samples, "MANIFEST.json"));
let rows: Filing[] = [];
let index: SponsorIndex;

beforeAll(async () => {
  if (!HAVE) return;
  for (const f of readdirSync(samples).filter((f) => f.endsWith(".csv")).sort()) {
    rows.push(...(await readDataset(new Uint8Array(readFileSync(join(samples, f))), { file: f })).rows);
  }
  index = buildSponsorIndex(rows);
});

function thrown(f: () => unknown): DisclosureError {
  try {
    f();
  } catch (e) {
    if (e instanceof DisclosureError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe.skipIf(!HAVE)("rankEmployers on data-samples", () => {
  it("rankEmployers(index, title + state) lists employers by probability, each with interval, expectations, factors and evidence", () => {
    const ranked = rankEmployers(index, { title: "Machine Learning Engineer", state: "WA" }, { limit: 10 });
    expect(ranked.length).toBe(10);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.probability!).toBeGreaterThanOrEqual(ranked[i]!.probability!);
    const top = ranked[0]!;
    expect(top.status).toBe("rated");
    expect(top.dataAsOf).toBe(index.asOf);
    expect(top.asOf).toBe(index.asOf);
    expect(top.horizonMonths).toBe(12);
    expect(top.interval![0]).toBeLessThanOrEqual(top.probability!);
    expect(top.interval![1]).toBeGreaterThanOrEqual(top.probability!);
    expect(top.probability!).toBeLessThanOrEqual(top.occupationProbability!);
    expect(top.factors.map((f) => f.name)).toEqual(expect.arrayContaining(["occupation", "related", "pipeline", "certification", "location"]));
    const occupation = top.factors.find((f) => f.name === "occupation")!;
    expect(occupation.counts["filings"]).toBe(top.history!.perm.filings);
    expect(occupation.caseNumbers.length).toBeGreaterThan(0);
    for (const c of occupation.caseNumbers) expect(c).toMatch(/^[AGI]-\d{3}-\d{5}-\d{6}$|^[AG]-\d{5}-\d{5}$/);
    expect(top.occupations[0]!.soc).toBe("15-1252");
    // The product of the factors is the expected number of certified filings (one occupation).
    const product = top.factors.reduce((p, f) => p * f.multiplier, top.baseRate!);
    expect(product).toBeCloseTo(top.expectedCertified!, 2);
  });

  it("rankEmployers is deterministic and does not depend on the order the filings were indexed", () => {
    const a = rankEmployers(index, { soc: "15-1252" }, { limit: 15 });
    expect(rankEmployers(index, { soc: "15-1252" }, { limit: 15 })).toEqual(a);
    const shuffled = buildSponsorIndex([...rows].reverse());
    expect(rankEmployers(shuffled, { soc: "15-1252" }, { limit: 15 })).toEqual(a);
  });

  it("filters: minFilings, programs and states narrow the list", () => {
    const all = rankEmployers(index, { soc: "15-1252" }, { limit: 200 });
    const min5 = rankEmployers(index, { soc: "15-1252" }, { limit: 200, minFilings: 5 });
    expect(min5.length).toBeGreaterThan(0);
    expect(min5.length).toBeLessThan(all.length);
    for (const r of min5) expect(r.history!.perm.filings).toBeGreaterThanOrEqual(5);
    const lca = rankEmployers(index, { soc: "15-1252" }, { limit: 200, programs: ["LCA"] });
    for (const r of lca) expect(r.history!.lca).toBeGreaterThan(0);
    const tx = rankEmployers(index, { soc: "15-1252" }, { limit: 200, states: ["TX"] });
    expect(tx.length).toBeLessThan(all.length);
  });

  it("a broad or minor group covers its detailed codes, and the modifiers can be switched off", () => {
    const broad = rankEmployers(index, { soc: "15-1250" }, { limit: 3 });
    expect(broad[0]!.occupations.length).toBeGreaterThan(1);
    const off = rankEmployers(index, { soc: "15-1252", state: "WA" }, { limit: 3, modifiers: { location: false } });
    expect(off[0]!.factors.some((f) => f.name === "location")).toBe(false);
    expect(off[0]!.probability).toBe(off[0]!.occupationProbability);
  });

  it("a longer horizon never lowers a probability", () => {
    const one = scoreEmployer(index, "Selintova Partners", { soc: "15-1252" });
    const two = scoreEmployer(index, "Selintova Partners", { soc: "15-1252" }, { horizonMonths: 24 });
    expect(two.probability!).toBeGreaterThanOrEqual(one.probability!);
    expect(two.horizonMonths).toBe(24);
  });
});

describe.skipIf(!HAVE)("scoreEmployer and explain on data-samples", () => {
  it("scoreEmployer resolves a name, a FEIN or a key to the same employer", () => {
    const byName = scoreEmployer(index, "Tavrix Consultancy Services", { soc: "15-1252" });
    const byFein = scoreEmployer(index, "22-2610812", { soc: "15-1252" });
    expect(byName.key).toBe("fein:22-2610812");
    expect(byFein.probability).toBe(byName.probability);
    expect(byName.match).toMatchObject({ query: "Tavrix Consultancy Services" });
    expect(byName.match!.confidence).toBeGreaterThan(0.5);
  });

  it("explain(result) says what was filed, the estimate, the modifiers and the caveats", () => {
    const home = scoreEmployer(index, "Tavrix Consultancy Services", { soc: "15-1252" }).history!.states[0]!.state;
    const name = US_STATES[home]!;
    const r = scoreEmployer(index, "Tavrix Consultancy Services", { soc: "15-1252", state: home, education: "bachelors" });
    const text = explain(r);
    expect(text).toMatch(/^TAVRIX CONSULTANCY SERVICES LIMITED filed \d+ PERM applications for Software Developers \(15-1252\) in FY20\d\d–FY20\d\d, \d+ certified, \d+ denied/);
    expect(text).toContain(`of them in ${name}`);
    expect(text).toMatch(/Chance of a certified PERM for this role in the 12 months after 2025-09-30: [<>]?\d+% \(90% interval [<>]?\d+%–[<>]?\d+%\), about [\d.]+ certified filings? expected\./);
    expect(text).toContain(`Adjusted for ${name} ×`);
    expect(text).toMatch(/, a bachelor's degree ×\d\.\d\d; [<>]?\d+% for the occupation anywhere\./);
    expect(text).toMatch(/Certification rate \d+% after shrinkage/);
  });

  it("an unknown employer is unrated (no probability), not a zero", () => {
    const r = scoreEmployer(index, "Nobody At All Ltd", { soc: "15-1252" });
    expect(r).toMatchObject({ status: "unrated", probability: null, interval: null, key: null });
    expect(explain(r)).toBe('Nobody At All Ltd: unrated — no employer in the index matches "Nobody At All Ltd".');
  });

  it("an employer with filings but none in the occupation is a validated zero with a prior-based probability", () => {
    const ranked = rankEmployers(index, { soc: "15-1252" }, { limit: 200 });
    const zero = ranked.find((r) => r.status === "no-history");
    expect(zero).toBeDefined();
    expect(zero!.probability!).toBeGreaterThan(0);
    expect(zero!.lowSample).toBe(true);
    expect(explain(zero!)).toMatch(/filed no PERM applications for Software Developers \(15-1252\) in the data \(a validated zero\)/);
  });
});

describe.skipIf(!HAVE)("scoreListings", () => {
  it("scores a stream of listings like scoreEmployer, remembering names and roles, and keeps going past bad rows", () => {
    const listings = [
      { employer: "Tavrix Consultancy Services", title: "Software Engineer", location: "Edison, NJ", wage: "140000/year" },
      { employer: "Nobody At All Ltd", title: "Software Engineer" },
      { employer: "Tavrix Consultancy Services", title: "Software Engineer", location: "Edison, NJ", wage: "140000/year" },
      { employer: "Tavrix Consultancy Services", soc: "15-1252", state: "Narnia" },
      { employer: "", soc: "15-1252" },
    ];
    const out = [...scoreListings(index, listings)];
    expect(out.map((o) => o.position)).toEqual([0, 1, 2, 3, 4]);
    const direct = scoreEmployer(index, "Tavrix Consultancy Services", { title: "Software Engineer", city: "Edison", state: "NJ", wage: "140000/year" });
    expect(out[0]!.probability).toBe(direct.probability);
    expect(out[0]!.low).toBe(direct.interval![0]);
    expect(out[2]).toEqual({ ...out[0], position: 2 });
    expect(out[1]).toMatchObject({ status: "unrated", probability: null, error: null });
    expect(out[3]!.error).toMatch(/role\.state: "Narnia" is not a US state/);
    expect(out[4]!.error).toBe("employer: blank");
  });
});

describe("validation names the bad field", () => {
  const idx = () => buildSponsorIndex(background(6));
  it("roles", () => {
    const i = idx();
    expect(thrown(() => rankEmployers(i, { soc: "15-1252", state: "Narnia" })).message).toMatch(/^rankEmployers: role\.state: "Narnia" is not a US state/);
    expect(thrown(() => rankEmployers(i, { soc: "15-1252", title: "Engineer" })).message).toMatch(/role\.title: give a job title or SOC code\(s\), not both or neither/);
    expect(thrown(() => rankEmployers(i, {})).message).toMatch(/role\.title/);
    expect(thrown(() => rankEmployers(i, { soc: "software" })).message).toMatch(/role\.soc: "software" is not a SOC code/);
    expect(thrown(() => rankEmployers(i, { soc: "15-1252", wage: "lots" })).message).toMatch(/role\.wage: "lots" is not a plausible wage/);
    expect(thrown(() => rankEmployers(i, { soc: "15-1252", education: "kindergarten" })).message).toMatch(/role\.education: "kindergarten" is not bachelors, masters or doctorate/);
    expect(thrown(() => rankEmployers(i, { soc: "15-1252", salary: 1 } as never)).message).toMatch(/role\.salary: unknown field/);
  });
  it("options", () => {
    const i = idx();
    expect(thrown(() => rankEmployers(i, { soc: "15-1252" }, { limit: 0 })).message).toMatch(/^rankEmployers: options\.limit: /);
    expect(thrown(() => rankEmployers(i, { soc: "15-1252" }, { asOf: "2024/09/30" })).message).toMatch(/options\.asOf: expected a date YYYY-MM-DD/);
    expect(thrown(() => rankEmployers(i, { soc: "15-1252" }, { limt: 5 } as never)).message).toMatch(/unknown option limt/);
    expect(thrown(() => scoreEmployer(i, " ", { soc: "15-1252" })).message).toMatch(/scoreEmployer: employer: expected a non-blank name/);
    const other = buildSponsorIndex(background(4));
    expect(thrown(() => rankEmployers(i, { soc: "15-1252" }, { model: fitScoreModel(other) })).message).toMatch(/options\.model was fitted on another index/);
  });
});

describe("determinism on synthetic histories", () => {
  it("two employers with the same history tie and are listed by key", () => {
    const filings = [{ fy: 2023, status: "certified" as const }, { fy: 2024, status: "certified" as const }];
    const index = buildSponsorIndex([
      ...background(12),
      ...targetFilings({ name: "Zeta Twin LLC", fein: "55-5555555", filings }, 1),
      ...targetFilings({ name: "Alpha Twin LLC", fein: "44-4444444", filings }, 2),
    ]);
    const ranked = rankEmployers(index, { soc: "15-1252" }, { asOf: "2024-09-30", priors: FIXED_PRIORS, limit: 100 });
    const twins = ranked.filter((r) => r.name.includes("Twin"));
    expect(twins.map((r) => r.key)).toEqual(["fein:44-4444444", "fein:55-5555555"]);
    expect(twins[0]!.probability).toBe(twins[1]!.probability);
    expect(twins[1]!.rank).toBe(twins[0]!.rank + 1);
  });

  it("fitting twice gives the same priors, and results carry no clock", () => {
    const a = buildSponsorIndex(background(12));
    expect(fitScoreModel(a).priors).toEqual(fitScoreModel(a).priors);
    const r = rankEmployers(a, { soc: "15-1211" }, { limit: 2 });
    expect(r[0]!.asOf).toBe(a.asOf);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
