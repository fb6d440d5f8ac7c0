/**
 * The built binary (`node dist/cli.js`, as `npx oflc-sponsors` runs it) on data-samples/: every
 * command in every format, usage errors, runtime errors and --help. `npm test` builds dist/ first
 * (pretest); when running this file alone, run `npx tsup --silent` before.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const WAGES = "data-samples/wages/OFLC_Wages_2025-26.zip";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return cli.in(ROOT, ...args);
}
/**
 * Run in another working directory. If dist/ vanished mid-run (a concurrent `tsup`, whose clean step
 * empties it), wait for the rebuild and run again, so a parallel build is not reported as a CLI bug.
 */
cli.in = async function (cwd: string, ...args: string[]): Promise<Run> {
  let r = await spawnCli(cwd, args);
  for (let wait = 0; /Cannot find module '[^']*dist[/\\]/.test(r.stderr) && wait < 60; wait++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (existsSync(CLI)) r = await spawnCli(cwd, args);
  }
  return r;
};

function spawnCli(cwd: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, maxBuffer: 64 * 2 ** 20, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Run and expect exit 0 (the stderr is in the failure message). */
async function ok(...args: string[]): Promise<Run> {
  const r = await cli(...args);
  expect(r.code, `${args.join(" ")}\n${r.stderr}`).toBe(0);
  return r;
}

const csv = (text: string) => {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

/** The lines of the block whose first line matches, up to the next blank line (or `count` lines). */
function tableLines(stdout: string, header: RegExp, count?: number): string[] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((l) => header.test(l));
  expect(start, `no table header ${header} in:\n${stdout}`).toBeGreaterThanOrEqual(0);
  const end = count !== undefined ? start + count : lines.findIndex((l, i) => i > start && l.trim() === "");
  return lines.slice(start, end < 0 ? undefined : end);
}
function expectFits(lines: readonly string[]) {
  for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(80);
}

let dir: string;
let snap: string;
let listings: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it first (npx tsup --silent, or npm test which runs pretest)`);
  dir = mkdtempSync(join(tmpdir(), "oflc-cli-binary-"));
  snap = join(dir, "index.snap");
  listings = join(dir, "listings.csv");
  writeFileSync(
    listings,
    "company,job_title,location,salary\n" +
      '"Tavrix Consultancy Services",Software Engineer,"Edison, NJ",140000\n' +
      "Corvana Data,Data Scientist,NY,150000\n" +
      '"=HYPERLINK(""http://x"")",Data Scientist,WA,\n',
  );
  await ok("build", "data-samples", "--out", snap, "--quiet");
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("oflc-sponsors (built binary): every command, every format", () => {
  it("read: per-file summary as table, json and csv (the same numbers)", async () => {
    const files = ["data-samples/PERM_Disclosure_Data_FY2025_Q2.csv", "data-samples/PERM_Disclosure_Data_FY2025_Q4.csv"];
    const table = await ok("read", ...files);
    expectFits(tableLines(table.stdout, /^file\s+era\s+read\s+kept/));
    expect(table.stdout).toMatch(/^total\s+\d+/m);
    const json = JSON.parse((await ok("read", ...files, "--json")).stdout);
    expect(Object.keys(json)).toEqual(["files", "total"]);
    expect(Object.keys(json.files[0])).toEqual(["file", "dataset", "era", "read", "kept", "flagged", "blank", "duplicates"]);
    expect(JSON.parse((await ok("read", ...files, "--format", "json")).stdout)).toEqual(json);
    const rows = csv((await ok("read", ...files, "--format", "csv")).stdout);
    expect(rows).toHaveLength(2);
    rows.forEach((row, i) => {
      expect(row["file"]).toBe(json.files[i].file);
      expect(Number(row["kept"])).toBe(json.files[i].kept);
      expect(Number(row["duplicates"])).toBe(json.files[i].duplicates);
    });
  });

  it("read: quiet line progress on stderr when not a terminal (one line per file, no \\r)", async () => {
    const r = await ok("read", "data-samples", "--quiet");
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).toMatch(/^\[1\/10\] LCA_Disclosure_Data_FY2023_Q4\.csv: 531 rows$/m);
  });

  it("wage-level: levels as table, json and csv", async () => {
    const args = ["wage-level", "--wages", WAGES, "--soc", "15-1252", "--area", "42660"];
    const table = await ok(...args);
    expect(table.stdout).toMatch(/^Level IV\s+85\.30\s+177,424\.00$/m);
    const json = JSON.parse((await ok(...args, "--json")).stdout);
    expect(json.levels.IV.annual).toBe(177424);
    const rows = csv((await ok(...args, "--format", "csv")).stdout);
    expect(rows.map((r) => r["level"])).toEqual(["Level I", "Level II", "Level III", "Level IV", "Average"]);
    expect(Number(rows[3]!["annual"])).toBe(json.levels.IV.annual);
    expect(Number(rows[0]!["hourly"])).toBe(json.levels.I.hourly);
    expect(rows[0]!["area_name"]).toBe(json.areaName);
  });

  it("build: summary as table, json and csv", async () => {
    const out = join(dir, "again.snap");
    const table = await ok("build", "data-samples", "--out", out);
    const buildTable = tableLines(table.stdout, /^file\s+era\s+rows\s+kept\s+flagged/, 12);
    expect(buildTable[11]).toMatch(/^PW_Disclosure_Data_FY2025_Q4\.csv\s+pw-flag/);
    expectFits(buildTable);
    expect(table.stdout).toMatch(/indexed [\d,]+ cases/);
    expect(table.stderr).toMatch(/^\[10\/10\] PW_Disclosure_Data_FY2025_Q4\.csv: [\d,]+ filings/m);
    const json = JSON.parse((await ok("build", "data-samples", "--out", out, "--json")).stdout);
    expect(json).toMatchObject({ files: 10, out });
    const rows = csv((await ok("build", "data-samples", "--out", out, "--format", "csv")).stdout);
    expect(rows.map((r) => r["file"])).toEqual(json.sources.map((s: { file: string }) => s.file));
    expect(rows.map((r) => Number(r["kept"]))).toEqual(json.sources.map((s: { kept: number }) => s.kept));
  });

  it("employer: profile with a bar chart of yearly filings (table), full json, yearly rows as csv", async () => {
    const table = await ok("employer", "Corvana Data", "--index", snap);
    expect(table.stdout).toMatch(/CORVANA DATA LLC\s+\(fein:46-8002041\)/);
    const chart = tableLines(table.stdout, /^Filings by decision fiscal year$/).slice(1);
    expect(chart.length).toBeGreaterThan(1);
    for (const line of chart) expect(line).toMatch(/^FY\d{4} [█▏▎▍▌▋▊▉]+ *\d+$/);
    expectFits(chart);
    expectFits(tableLines(table.stdout, /^name\s+state\s+fein/));
    expectFits(tableLines(table.stdout, /^FY\s+program\s+filed/));
    const json = JSON.parse((await ok("employer", "Corvana Data", "--index", snap, "--json")).stdout);
    expect(json.profile.key).toBe("fein:46-8002041");
    const total = json.profile.history.reduce((n: number, h: { filings: number }) => n + h.filings, 0);
    const max = Math.max(...chart.map((l) => Number(/(\d+)$/.exec(l)![1])));
    expect(chart.reduce((n, l) => n + Number(/(\d+)$/.exec(l)![1]), 0)).toBe(total);
    expect(chart.find((l) => l.endsWith(` ${max}`))).toMatch(/█{20,}/);
    const rows = csv((await ok("employer", "Corvana Data", "--index", snap, "--format", "csv")).stdout);
    expect(rows).toHaveLength(json.profile.history.length);
    expect(rows[0]).toMatchObject({ key: "fein:46-8002041", name: json.profile.name, program: json.profile.history[0].program });
    expect(Number(rows[0]!["filings"])).toBe(json.profile.history[0].filings);
  });

  it("occupations: table, json and csv agree", async () => {
    const args = ["occupations", "Data Scientist", "--index", snap];
    const table = await ok(...args);
    expectFits(tableLines(table.stdout, /^soc\s+title\s+share/));
    const json = JSON.parse((await ok(...args, "--json")).stdout);
    const rows = csv((await ok(...args, "--format", "csv")).stdout);
    expect(rows.map((r) => r["soc"])).toEqual(json.occupations.map((o: { soc: string }) => o.soc));
    expect(Number(rows[0]!["share"])).toBe(json.occupations[0].share);
    expect(table.stdout).toContain(`${(json.occupations[0].share * 100).toFixed(1)}%`);
  });

  it("rank: the top employer is the same in table, json and csv", async () => {
    const args = ["rank", "--index", snap, "--title", "Machine Learning Engineer", "--state", "WA", "--top", "10"];
    const table = await ok(...args);
    expectFits(tableLines(table.stdout, /^#\s+employer\s+P\s+90% interval/));
    const json = JSON.parse((await ok(...args, "--json")).stdout);
    const rows = csv((await ok(...args, "--format", "csv")).stdout);
    expect(rows).toHaveLength(json.employers.length);
    expect(rows[0]!["name"]).toBe(json.employers[0].name);
    expect(rows[0]!["key"]).toBe(json.employers[0].key);
    expect(Number(rows[0]!["probability"])).toBe(json.employers[0].probability);
    expect(Number(rows[0]!["p_low"])).toBe(json.employers[0].interval[0]);
    expect(table.stdout).toMatch(new RegExp(`^ 1  ${json.employers[0].name.slice(0, 10)}`, "m")); // "#" is right-aligned to "10"
  });

  it("score: tagged listings as table, json and csv; --out writes the CSV and prints the summary", async () => {
    const args = ["score", listings, "--index", snap];
    const table = await ok(...args);
    expectFits(tableLines(table.stdout, /^employer\s+job\s+sponsor\s+status/));
    expect(table.stderr).toMatch(/^scored 3 listings \(\d+ rated/m);
    const json = JSON.parse((await ok(...args, "--json")).stdout);
    expect(json.summary.listings).toBe(3);
    const rows = csv((await ok(...args, "--format", "csv")).stdout);
    expect(rows).toHaveLength(3);
    rows.forEach((row, i) => {
      const l = json.listings[i];
      expect(row["sponsor_name"]).toBe(l.sponsor_name ?? "");
      expect(row["status"]).toBe(l.status);
      expect(row["probability"] === "" ? null : Number(row["probability"])).toBe(l.probability);
    });
    expect(rows[0]!["sponsor_key"]).toBe("fein:22-2610812");
    // Spreadsheet safety: a formula-looking cell is neutralised with a leading quote.
    expect(json.listings[2].company).toBe('=HYPERLINK("http://x")');
    expect(rows[2]!["company"]).toBe(`'=HYPERLINK("http://x")`);
    const out = join(dir, "scored.csv");
    const summary = await ok(...args, "--out", out, "--json");
    expect(JSON.parse(summary.stdout)).toMatchObject({ listings: 3 });
    expect(csv(readFileSync(out, "utf8"))).toEqual(rows);
  });

  it("backtest: metrics as table, json and csv", async () => {
    const args = ["backtest", "--index", snap, "--train-through", "2024", "--roles", "15-1252,15-1211"];
    const table = await ok(...args);
    expectFits(tableLines(table.stdout, /^scorer\s+ROC-AUC/));
    const json = JSON.parse((await ok(...args, "--json")).stdout);
    const rows = csv((await ok(...args, "--format", "csv")).stdout);
    expect(rows.map((r) => r["scorer"])).toEqual(["model", ...Object.keys(json.baselines)]);
    expect(Number(rows[0]!["roc_auc"])).toBe(json.model.auc);
    expect(table.stdout).toMatch(new RegExp(`^model\\s+${json.model.auc.toFixed(3)}`, "m"));
  });
});

describe("oflc-sponsors (built binary): errors and help", () => {
  it.each([
    [["rank", "--index", "INDEX", "--soc", "15-1252", "--top", "abc"], 'oflc-sponsors rank: --top "abc": expected a positive whole number'],
    [["rank", "--index", "INDEX", "--soc", "15-1252", "--as-of", "2025/09/30"], 'oflc-sponsors rank: --as-of "2025/09/30": expected a date YYYY-MM-DD'],
    [["occupations", "Engineer", "--index", "INDEX", "--format", "xml"], 'oflc-sponsors occupations: --format "xml": expected one of table, json, csv'],
    [["employer", "Corvana", "--index", "INDEX", "--scope", "planet"], 'oflc-sponsors employer: --scope "planet": expected entity or parent'],
    [["backtest", "--index", "INDEX", "--train-through", "last year"], 'oflc-sponsors backtest: --train-through "last year": expected a fiscal year like 2023'],
    [["read", "data-samples", "--dataset", "h2b"], 'oflc-sponsors read: --dataset "h2b": expected one of perm, lca, pw'],
    [["rank", "--index", "INDEX", "--soc", "15-1252", "--bogus"], "oflc-sponsors rank: unknown option '--bogus'"],
    [["rank", "--soc", "15-1252"], "oflc-sponsors rank: required option '--index <FILE>' not specified"],
    [["read"], "oflc-sponsors read: missing required argument 'paths'"],
    [["employer", "a", "b", "--index", "INDEX"], "oflc-sponsors employer: too many arguments for 'employer'. Expected 1 argument but got 2."],
    [["frobnicate"], "oflc-sponsors: unknown command 'frobnicate'"],
    [["wage-level", "--wages", WAGES, "--soc", "15-1252", "--area", "42660", "--wage", "lots"], 'oflc-sponsors wage-level: --wage "lots": expected a wage AMOUNT[/UNIT], e.g. 165000/year or 80/hour'],
  ])("usage error %j exits 2 with one line on stderr", async (argv, line) => {
    const r = await cli(...argv.map((a) => (a === "INDEX" ? snap : a)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${line}\n`);
  });

  it.each([
    [["read", "no/such/file.csv"], /^oflc-sponsors read: .*no\/such\/file\.csv/],
    [["employer", "Corvana", "--index", "no/such.snap"], /^oflc-sponsors employer: no\/such\.snap: no such file/],
    [["rank", "--index", "data-samples/MANIFEST.json", "--soc", "15-1252"], /^oflc-sponsors rank: .*not a snapshot/],
    [["score", "no/such/listings.csv", "--index", "INDEX"], /^oflc-sponsors score: no\/such\/listings\.csv: cannot read/],
  ])("runtime failure %j exits 1 with one line on stderr", async (argv, pattern) => {
    const r = await cli(...argv.map((a) => (a === "INDEX" ? snap : a)));
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  });

  it("--verbose adds the cause of a runtime failure, never a stack trace", async () => {
    const r = await cli("score", "no/such/listings.csv", "--index", snap, "--verbose");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^oflc-sponsors score: .*\n {2}cause: ENOENT/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(["read", "generate", "wage-level", "build", "employer", "occupations", "rank", "score", "backtest"])("%s --help exits 0 with usage, options and examples", async (name) => {
    const r = await cli(name, "--help");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(new RegExp(`^Usage: oflc-sponsors ${name} `));
    expect(r.stdout).toContain("--quiet");
    const examples = r.stdout.split("\nExamples:\n")[1];
    expect(examples, r.stdout).toBeDefined();
    expect(examples!.trimEnd().split("\n").every((l) => l.startsWith(`  oflc-sponsors ${name} `))).toBe(true);
  });

  it("oflc-sponsors --help lists every command with examples; no arguments prints it and exits 2", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    for (const name of ["read", "generate", "wage-level", "build", "employer", "occupations", "rank", "score", "backtest"]) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    expect(r.stdout).toContain("Examples:\n  oflc-sponsors read data-samples\n  oflc-sponsors build data-samples --out index.snap\n");
    expect((await cli("help", "rank")).stdout).toMatch(/^Usage: oflc-sponsors rank /);
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stdout).toMatch(/^Usage: oflc-sponsors <command>/);
  });

  it("every help example runs as written, in a folder holding data-samples (after the build example)", async () => {
    const cwd = join(dir, "examples");
    mkdirSync(cwd);
    symlinkSync(join(ROOT, "data-samples"), join(cwd, "data-samples"));
    writeFileSync(join(cwd, "listings.csv"), 'company,job_title,location,salary\nTavrix Consultancy Services,Software Engineer,"Edison, NJ",140000\n');
    const examples: string[] = [];
    for (const name of ["build", "read", "generate", "wage-level", "employer", "occupations", "rank", "score", "backtest"]) {
      const help = (await cli(name, "--help")).stdout;
      examples.push(...help.split("\nExamples:\n")[1]!.trimEnd().split("\n").map((l) => l.trim()));
    }
    expect(examples[0]).toBe("oflc-sponsors build data-samples --out index.snap");
    for (const example of examples) {
      const argv = words(example.split(" > ")[0]!).slice(1);
      const r = await cli.in(cwd, ...argv);
      expect(r.code, `${example}\n${r.stderr}`).toBe(0);
      expect(r.stdout.length, example).toBeGreaterThan(0);
    }
  }, 120_000);
});

/** Split a command line into words, honouring "double" and 'single' quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}
