/**
 * The laws of the model: more recent filings never lower a score, more denials never raise it, a
 * zero-history employer scores below an active one, and shrinkage pulls a 1-of-1 record below a
 * 95-of-100 one. Property tests over random target histories on a fixed background.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { background, FIXED_PRIORS, type TargetFiling, targetFilings } from "../../test/score-fixtures";
import { buildSponsorIndex } from "../sponsors/build-sponsor-index";
import { fitScoreModel, type ScorePriors } from "./fit-score-model";
import { scoreEmployer } from "./score-employer";

const BACKGROUND = background();
const AS_OF = "2024-09-30";
const FEIN = "12-3456789";
const NAME = "Target Labs Inc";

function score(filings: readonly TargetFiling[], priors: ScorePriors = FIXED_PRIORS, role = { soc: "15-1252" }) {
  const index = buildSponsorIndex([...BACKGROUND, ...targetFilings({ name: NAME, fein: FEIN, filings }, 1)]);
  return scoreEmployer(index, `fein:${FEIN}`, role, { asOf: AS_OF, priors });
}

const filing: fc.Arbitrary<TargetFiling> = fc.record({
  fy: fc.integer({ min: 2019, max: 2024 }),
  status: fc.constantFrom("certified", "certified", "certified", "denied", "withdrawn") as fc.Arbitrary<TargetFiling["status"]>,
  soc: fc.constantFrom("15-1252", "15-1252", "15-1211"),
});
const history = fc.array(filing, { minLength: 0, maxLength: 8 });
const RUNS = { numRuns: 25 };

describe("model laws", () => {
  test.prop([history], RUNS)("adding a certified filing in the latest year never lowers the score", (h) => {
    const before = score(h).probability!;
    const after = score([...h, { fy: 2024, status: "certified", soc: "15-1252" }]).probability!;
    expect(after).toBeGreaterThanOrEqual(before - 1e-12);
  });

  test.prop([history, fc.nat()], RUNS)("moving a certified filing to a more recent year never lowers the score", (h, pick) => {
    const certified = h.map((f, i) => [f, i] as const).filter(([f]) => f.status === "certified" && f.fy < 2024);
    if (certified.length === 0) return;
    const [f, i] = certified[pick % certified.length]!;
    const moved = h.map((x, j) => (j === i ? { ...f, fy: f.fy + 1 } : x));
    expect(score(moved).probability!).toBeGreaterThanOrEqual(score(h).probability! - 1e-12);
  });

  test.prop([history, fc.nat(), fc.constantFrom("denied", "withdrawn")], RUNS)("turning a certification into a denial or withdrawal never raises the score", (h, pick, outcome) => {
    const certified = h.map((f, i) => [f, i] as const).filter(([f]) => f.status === "certified");
    if (certified.length === 0) return;
    const [, i] = certified[pick % certified.length]!;
    const worse = h.map((x, j) => (j === i ? { ...x, status: outcome as TargetFiling["status"] } : x));
    expect(score(worse).probability!).toBeLessThanOrEqual(score(h).probability! + 1e-12);
  });

  test.prop([history.filter((h) => h.some((f) => f.soc === "15-1252"))], RUNS)("an employer with PERM history in the occupation scores above the same employer without it", (h) => {
    const elsewhere: TargetFiling = { fy: 2020, status: "certified", soc: "13-2011" };
    const active = score([...h, elsewhere]);
    const zero = score([...h.filter((f) => f.soc !== "15-1252"), elsewhere]);
    expect(active.status).toBe("rated");
    expect(zero.status).toBe("no-history");
    expect(active.probability!).toBeGreaterThan(zero.probability!);
  });

  it("a zero-history employer scores below an active one, and an unknown one is unrated (not zero)", () => {
    const index = buildSponsorIndex([
      ...BACKGROUND,
      ...targetFilings({ name: "Active Co", fein: "11-1111111", filings: [{ fy: 2023, status: "certified" }] }, 1),
      ...targetFilings({ name: "Quiet Co", fein: "22-2222222", filings: [{ fy: 2023, status: "certified", soc: "13-2011" }] }, 2),
    ]);
    const active = scoreEmployer(index, "Active Co", { soc: "15-1252" }, { asOf: AS_OF, priors: FIXED_PRIORS });
    const quiet = scoreEmployer(index, "Quiet Co", { soc: "15-1252" }, { asOf: AS_OF, priors: FIXED_PRIORS });
    const unknown = scoreEmployer(index, "Nobody Anywhere Corp", { soc: "15-1252" }, { asOf: AS_OF, priors: FIXED_PRIORS });
    expect(active.status).toBe("rated");
    expect(quiet.status).toBe("no-history");
    expect(quiet.probability!).toBeGreaterThan(0);
    expect(quiet.probability!).toBeLessThan(active.probability!);
    expect(unknown.status).toBe("unrated");
    expect(unknown.probability).toBeNull();
  });

  it("shrinkage pulls a 1-of-1 employer below a 95-of-100 one (with priors fitted from the data)", () => {
    const one: TargetFiling[] = [{ fy: 2024, status: "certified" }];
    const many: TargetFiling[] = Array.from({ length: 100 }, (_, i) => ({ fy: 2019 + (i % 6), status: i < 95 ? "certified" : "denied" }));
    const index = buildSponsorIndex([
      ...BACKGROUND,
      ...targetFilings({ name: "One Of One LLC", fein: "31-1111111", filings: one }, 1),
      ...targetFilings({ name: "Ninety Five Inc", fein: "32-2222222", filings: many }, 2),
    ]);
    const model = fitScoreModel(index, { asOf: AS_OF });
    const { a, b } = model.priors.certification;
    expect(a / (a + b)).toBeLessThan(0.95);
    const small = scoreEmployer(index, "One Of One LLC", { soc: "15-1252" }, { model });
    const big = scoreEmployer(index, "Ninety Five Inc", { soc: "15-1252" }, { model });
    const cert = (r: typeof small) => r.factors.find((f) => f.name === "certification")!.multiplier;
    expect(cert(small)).toBeLessThan(cert(big));
    expect(cert(small)).toBeLessThan(0.95);
    expect(small.probability!).toBeLessThan(big.probability!);
    expect(small.lowSample).toBe(true);
    expect(big.lowSample).toBe(false);
  });

  it("the laws hold with fitted priors too (a denial never raises, a recent certification never lowers)", () => {
    const base = buildSponsorIndex([...BACKGROUND, ...targetFilings({ name: NAME, fein: FEIN, filings: [{ fy: 2022, status: "certified" }, { fy: 2023, status: "certified" }] }, 1)]);
    const priors = fitScoreModel(base, { asOf: AS_OF }).priors;
    const p = (h: TargetFiling[]) => score(h, priors).probability!;
    const h: TargetFiling[] = [{ fy: 2022, status: "certified" }, { fy: 2023, status: "certified" }];
    expect(p([...h, { fy: 2024, status: "certified" }])).toBeGreaterThan(p(h));
    expect(p([{ fy: 2022, status: "certified" }, { fy: 2023, status: "denied" }])).toBeLessThan(p(h));
    expect(p([{ fy: 2022, status: "certified" }, { fy: 2024, status: "certified" }])).toBeGreaterThan(p(h));
  });
});

