import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "./main";

const samples = fileURLToPath(new URL("../../data-samples/", import.meta.url));
const HAVE = existsSync(join(samples, "MANIFEST.json"));

function io() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s), isTTY: false } };
}
async function run(...argv: string[]) {
  const { out, io: sink } = io();
  const code = await main(argv, sink);
  return { code, ...out };
}

describe.skipIf(!HAVE)("oflc-sponsors build / employer / occupations", () => {
  let dir: string;
  let snap: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "oflc-sponsors-"));
    snap = join(dir, "index.snap");
    const r = await run("build", samples, "--out", snap, "--json");
    expect(r.code, r.stderr).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("build writes a snapshot, shows progress on stderr and a summary on stdout", async () => {
    const r = await run("build", samples, "--out", snap, "--wages", join(samples, "wages", "OFLC_Wages_2025-26"));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\[1\/10\] LCA_Disclosure_Data_FY2023_Q4\.csv: [\d,]+ filings/);
    expect(r.stdout).toMatch(/indexed [\d,]+ cases .* employers .* data as of 2025-\d\d-\d\d/);
    expect(readFileSync(snap).subarray(0, 8).toString()).toBe("OFLCSIDX");
    const json = JSON.parse((await run("build", samples, "--out", snap, "--json")).stdout);
    expect(json).toMatchObject({ files: 10, out: snap });
    expect(json.cases).toBeLessThan(json.filingsRead);
  });

  it("employer prints a profile by name, brand or FEIN (text and --json)", async () => {
    const text = await run("employer", "Corvana Data", "--index", snap);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/CORVANA DATA LLC\s+\(fein:46-8002041\)/);
    expect(text.stdout).toMatch(/fein-name-state/);
    const json = JSON.parse((await run("employer", "46-8002041", "--index", snap, "--json")).stdout);
    expect(json.profile.key).toBe("fein:46-8002041");
    expect(json.candidates[0].match).toBe("fein");
    const none = await run("employer", "No Such Employer Anywhere", "--index", snap);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no employer/);
  });

  it("employer --aliases applies an alias table to a saved snapshot", async () => {
    const aliases = join(dir, "aliases.json");
    writeFileSync(aliases, JSON.stringify({ parents: [{ name: "Halvorsen Group", members: ["Halvorsen Group Holdings", "Halvorsen Technologies", "Halvorsen Health Analytics"] }] }));
    const json = JSON.parse((await run("employer", "Halvorsen Technologies", "--index", snap, "--aliases", aliases, "--scope", "parent", "--json")).stdout);
    expect(json.profile).toMatchObject({ key: "parent:HALVORSEN GROUP", scope: "parent" });
    expect(json.profile.members).toHaveLength(3);
  });

  it("occupations prints weighted SOC codes with their shares", async () => {
    const text = await run("occupations", "Machine Learning Intern", "--index", snap);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/15-1252\s+Software Developers\s+[\d.]+%/);
    const json = JSON.parse((await run("occupations", "Software Developers, Applications", "--index", snap, "--json")).stdout);
    expect(json.occupations[0]).toMatchObject({ soc: "15-1252", via: "official-title" });
  });

  it("usage mistakes exit 2, runtime failures exit 1", async () => {
    expect((await run("build", samples)).code).toBe(2);
    expect((await run("build", "--out", snap)).code).toBe(2);
    expect((await run("build", samples, "--out", snap, "--evidence", "99")).code).toBe(2);
    expect((await run("employer", "x")).code).toBe(2);
    expect((await run("employer", "x", "--index", snap, "--scope", "planet")).code).toBe(2);
    expect((await run("occupations", "x", "--index", snap, "--limit", "0")).code).toBe(2);
    const missing = await run("employer", "x", "--index", join(dir, "nope.snap"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
    const notSnap = await run("occupations", "x", "--index", join(samples, "MANIFEST.json"));
    expect(notSnap.code).toBe(1);
    expect(notSnap.stderr).toMatch(/not a snapshot/);
    expect((await run("build", "--help")).stdout).toMatch(/Usage: oflc-sponsors build/);
  });
});
