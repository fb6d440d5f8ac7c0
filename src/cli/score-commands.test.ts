import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "./main";

const samples = fileURLToPath(new URL("../../data-samples/", import.meta.url));
const HAVE = existsSync(join(samples, "MANIFEST.json"));

async function run(...argv: string[]) {
  const out = { stdout: "", stderr: "" };
  const code = await main(argv, { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), isTTY: false });
  return { code, ...out };
}

describe.skipIf(!HAVE)("oflc-sponsors rank / score / backtest", () => {
  let dir: string;
  let snap: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "oflc-sponsors-score-"));
    snap = join(dir, "index.snap");
    const r = await run("build", samples, "--out", snap, "--json");
    expect(r.code, r.stderr).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("rank prints the ranked table and explains the top three", async () => {
    const r = await run("rank", "--index", snap, "--title", "Machine Learning Engineer", "--state", "WA", "--top", "5");
    expect(r.code, r.stderr).toBe(0);
    const prose = r.stdout.replace(/\n {1,3}(?=\S)/g, " "); // prose is wrapped to 80 columns
    expect(Math.max(...r.stdout.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(prose).toMatch(/in WA: P\(certified PERM within 12 months after 2025-09-30\) · data as of 2025-09-30/);
    expect(r.stdout).toMatch(/#\s+employer\s+P\s+90% interval\s+expected\s+PERM \(cert\.\)\s+status/);
    expect(r.stdout.match(/^ ?[1-5]  \S/gm)?.length).toBe(5);
    expect(prose).toMatch(/\n1\. .+ filed \d+ PERM applications? for Software Developers \(15-1252\)/);
    expect(r.stdout).toMatch(/\n3\. /);
    expect(r.stdout).not.toMatch(/\n4\. /);
  });

  it("rank --json gives employers with probability, interval, factors, evidence and an explanation", async () => {
    const r = await run("rank", "--index", snap, "--soc", "15-1252", "--city", "Seattle", "--state", "WA", "--education", "masters", "--wage", "165000/year", "--as-of", "2025-09-30", "--top", "3", "--json");
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.employers).toHaveLength(3);
    const top = json.employers[0];
    expect(top.probability).toBeGreaterThan(0);
    expect(top.interval).toHaveLength(2);
    expect(top.factors.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(["occupation", "location", "education", "wage"]));
    expect(top.role.areas).toEqual(["Seattle-Tacoma-Bellevue, WA"]);
    expect(typeof top.explanation).toBe("string");
    expect(json.dataAsOf).toBe("2025-09-30");
  });

  it("rank rejects bad flags with exit code 2, naming the flag", async () => {
    expect((await run("rank", "--title", "Engineer")).code).toBe(2);
    const both = await run("rank", "--index", snap, "--title", "Engineer", "--soc", "15-1252");
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/give --title "…" or --soc CODE/);
    const state = await run("rank", "--index", snap, "--soc", "15-1252", "--state", "Narnia");
    expect(state.code).toBe(2);
    expect(state.stderr).toMatch(/--state: "Narnia" is not a US state/);
    expect((await run("rank", "--index", snap, "--soc", "15-1252", "--as-of", "2025/09/30")).stderr).toMatch(/--as-of "2025\/09\/30": expected a date YYYY-MM-DD/);
    expect((await run("rank", "--index", snap, "--soc", "15-1252", "--top", "0")).code).toBe(2);
    expect((await run("rank", "--index", snap, "--soc", "15-1252", "--wage", "lots")).stderr).toMatch(/--wage: "lots" is not a plausible wage/);
    expect((await run("rank", "--index", snap, "--soc", "15-1252", "--program", "H1B")).stderr).toMatch(/--program "H1B": expected one of PERM, LCA, PW/);
  });

  it("score adds probability columns to a listings CSV", async () => {
    const listings = join(dir, "listings.csv");
    const out = join(dir, "scored.csv");
    writeFileSync(listings, 'company,job_title,location,salary\n"Tavrix Consultancy Services",Software Engineer,"Edison, NJ",140000\nNobody At All Ltd,Data Scientist,WA,\n');
    const r = await run("score", listings, "--index", snap, "--out", out, "--employer-col", "company");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/scored 2 listings \(1 rated, 0 no history, 1 unrated, 0 errors\)/);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe("company,job_title,location,salary,sponsor_key,sponsor_name,match_confidence,status,probability,p_low,p_high,expected_certified,soc,soc_title,low_sample,error");
    expect(lines[1]).toMatch(/^Tavrix Consultancy Services,Software Engineer,"Edison, NJ",140000,fein:22-2610812,TAVRIX CONSULTANCY SERVICES LIMITED,[\d.]+,rated,[\d.e-]+,[\d.e-]+,[\d.e-]+,[\d.e-]+,15-1252,Software Developers,no,$/);
    expect(lines[2]).toMatch(/^Nobody At All Ltd,Data Scientist,WA,,,,,unrated,,,,,,,yes,$/);
    const json = await run("score", listings, "--index", snap, "--out", join(dir, "s2.csv"), "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({ listings: 2, rated: 1, unrated: 1 });
  });

  it("score names a missing column", async () => {
    const listings = join(dir, "bad.csv");
    writeFileSync(listings, "firm,role\nAcme,Engineer\n");
    const r = await run("score", listings, "--index", snap, "--out", join(dir, "x.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no employer column .* --employer-col/);
    expect((await run("score", listings, "--index", snap, "--out", join(dir, "x.csv"), "--employer-col", "nope")).stderr).toMatch(/--employer-col "nope": no such column/);
  });

  it("backtest reports the model next to the baselines (text and --json)", async () => {
    const text = await run("backtest", "--index", snap, "--train-through", "2024", "--roles", "15-1252,15-1211");
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/trained through FY2024 \(as of 2024-09-30\), predicting a certified PERM decided in FY2025/);
    expect(text.stdout).toMatch(/scorer\s+ROC-AUC\s+PR-AUC\s+Brier\s+max gap\s+P@10/);
    expect(text.stdout).toMatch(/\nmodel\s+0\.\d{3}/);
    expect(text.stdout).toMatch(/\nhandGrade\s+/);
    const json = JSON.parse((await run("backtest", "--index", snap, "--train-through", "2024", "--json")).stdout);
    expect(json.testFiscalYear).toBe(2025);
    expect(Object.keys(json.baselines)).toEqual(["rawPermCount", "rawCertifiedInSoc", "handGrade"]);
    expect((await run("backtest", "--index", snap, "--train-through", "2024", "--test", "2026")).code).toBe(2);
    expect((await run("backtest", "--train-through", "2024")).code).toBe(2);
  });

  it("backtest reads files directly", async () => {
    const r = await run("backtest", samples, "--train-through", "2024", "--roles", "15-1252", "--json");
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).roles[0].role).toBe("15-1252");
  });
});
