/**
 * examples/ stays runnable: analyst.mjs runs against the built dist/ (npm test builds it first, in
 * pretest) and prints the expected results and charts; sponsors.ipynb is a valid nbformat-4 Deno notebook
 * whose imports exist in dist/, and its code cells run in Node with a stand-in for `Deno.jupyter`.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import * as vl from "vega-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../", import.meta.url));
const examples = join(root, "examples");
const distIndex = join(root, "dist", "index.js");
const distNode = join(root, "dist", "node.js");
const scratch = mkdtempSync(join(tmpdir(), "oflc-examples-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Fail loudly (not skip) when dist/ was not built: the examples exist to run against it. */
function requireDist(): void {
  for (const f of [distIndex, distNode]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: build first with \`npx tsup --silent\` (\`npm test\` does it in pretest)`);
  }
}

interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: { kernelspec?: { name?: string; language?: string } };
  cells: { cell_type: string; source: string[] | string; outputs?: unknown[] }[];
}
const notebook = JSON.parse(readFileSync(join(examples, "sponsors.ipynb"), "utf8")) as Notebook;
const text = (c: Notebook["cells"][number]) => (Array.isArray(c.source) ? c.source.join("") : c.source);
const codeCells = notebook.cells.filter((c) => c.cell_type === "code").map(text);

/** Names imported by `import { a, b as c } from "<spec>"` in some code. */
function importedNames(code: string, spec: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    if (m[2] !== spec) continue;
    names.push(...m[1]!.split(",").map((s) => s.trim().split(/\s+as\s+/)[0]!).filter(Boolean));
  }
  return names;
}

/** The export names of a built module, read by plain Node (not through vitest's module runner). */
async function exportsOf(file: string): Promise<string[]> {
  const script = `import(${JSON.stringify(pathToFileURL(file).href)}).then((m) => process.stdout.write(JSON.stringify(Object.keys(m))))`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: root, timeout: 60_000 });
  return JSON.parse(stdout) as string[];
}

describe("examples/analyst.mjs", () => {
  let stdout = "";
  const out = join(scratch, "charts");
  beforeAll(async () => {
    requireDist();
    ({ stdout } = await run(process.execPath, [join(examples, "analyst.mjs"), "--out", out], { cwd: root, timeout: 120_000 }));
  }, 130_000);

  it("runs against dist/ and prints the load, index, ranking, grouping and profile results", () => {
    expect(stdout).toContain("2977 filings (3643 rows read, 40 flagged, 187 duplicates dropped)");
    expect(stdout).toContain("index: 2977 filings, data as of 2025-09-30");
    expect(stdout).toContain('## Top employers for "Machine Learning Engineer" in WA');
    expect(stdout).toMatch(/^1\. Draric Cloud LLC {2}48\.5% \(90%: 26\.0%–71\.0%\) {2}pipeline ×52\.6; location ×0\.503; related ×1\.83$/m);
    expect(stdout).toContain("## Certified PERM filings per state and year (top 5 of 83)");
    expect(stdout).toMatch(/^MA FY2022: 50$/m);
    expect(stdout).toContain("## Draric Cloud LLC: 22 filings, 21 approved");
    expect(stdout).toMatch(/^FY2017: 1 filing, 1 approved$/m);
  });

  it("writes the ranking and employer-history charts as Vega-Lite JSON that compiles", () => {
    expect(stdout).toContain(`wrote ${join(out, "ranking.vl.json")}`);
    for (const name of ["ranking.vl.json", "employer-history.vl.json"]) {
      const spec = JSON.parse(readFileSync(join(out, name), "utf8")) as vl.TopLevelSpec & { $schema: string };
      expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v6.json");
      expect(vl.compile(spec).spec.marks?.length).toBeGreaterThan(0);
    }
    const ranking = JSON.parse(readFileSync(join(out, "ranking.vl.json"), "utf8")) as { data: { values: { rank: number; employer: string }[] } };
    expect(ranking.data.values.map((v) => v.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ranking.data.values[0]!.employer).toBe("Draric Cloud LLC");
  });
});

describe("examples/sponsors.ipynb", () => {
  it("is an nbformat 4 notebook for the Deno kernel, with markdown and code cells and no stored outputs", () => {
    expect(notebook.nbformat).toBe(4);
    expect(notebook.nbformat_minor).toBeGreaterThanOrEqual(4);
    expect(notebook.metadata.kernelspec?.name).toBe("deno");
    expect(notebook.cells.every((c) => ["markdown", "code"].includes(c.cell_type) && Array.isArray(c.source))).toBe(true);
    expect(codeCells.length).toBeGreaterThanOrEqual(6);
    expect(notebook.cells.filter((c) => c.cell_type === "code").every((c) => Array.isArray(c.outputs) && c.outputs.length === 0)).toBe(true);
    const markdown = notebook.cells.filter((c) => c.cell_type === "markdown").map(text).join("\n");
    expect(markdown).toContain('from "npm:oflc-sponsors"');
    expect(markdown).toContain('from "npm:oflc-sponsors/node"');
  });

  it("imports only names that dist/index.js and dist/node.js export", async () => {
    requireDist();
    const code = codeCells.join("\n");
    const fromIndex = importedNames(code, "../dist/index.js");
    const fromNode = importedNames(code, "../dist/node.js");
    expect(fromIndex).toEqual(expect.arrayContaining(["toTable", "rankingSpec", "employerHistorySpec", "rankEmployers"]));
    expect(fromNode).toEqual(["loadDatasets"]);
    const index = await exportsOf(distIndex);
    const node = await exportsOf(distNode);
    expect(fromIndex.filter((n) => !index.includes(n))).toEqual([]);
    expect(fromNode.filter((n) => !node.includes(n))).toEqual([]);
  });

  it("its code cells run in order (in Node, with a stand-in Deno.jupyter) and display tables and three charts", async () => {
    requireDist();
    const arquero = pathToFileURL(createRequire(import.meta.url).resolve("arquero")).href;
    const body = codeCells
      .join("\n\n")
      .replaceAll('"npm:arquero@8"', JSON.stringify(arquero))
      .replaceAll('"../dist/index.js"', JSON.stringify(pathToFileURL(distIndex).href))
      .replaceAll('"../dist/node.js"', JSON.stringify(pathToFileURL(distNode).href));
    const stub = "const __shown = [];\nglobalThis.Deno = { jupyter: { display: async (bundle) => { __shown.push(bundle); } } };\n";
    const report = "\nprocess.stdout.write(JSON.stringify(__shown));\n";
    const file = join(scratch, "notebook.mjs");
    writeFileSync(file, stub + body + report);
    const { stdout } = await run(process.execPath, [file], { cwd: examples, timeout: 120_000 });
    const shown = JSON.parse(stdout) as Record<string, unknown>[];
    const charts = shown.filter((b) => "application/vnd.vegalite.v5+json" in b);
    expect(charts.length).toBe(3);
    for (const b of charts) {
      expect(b["application/vnd.vegalite.v6+json"]).toEqual(b["application/vnd.vegalite.v5+json"]);
      expect(vl.compile(b["application/vnd.vegalite.v5+json"] as vl.TopLevelSpec).spec.marks?.length).toBeGreaterThan(0);
    }
    const tables = shown.filter((b) => "text/html" in b).map((b) => b["text/html"] as string);
    expect(tables.length).toBe(5);
    expect(tables[0]).toContain("Draric Cloud LLC");
    expect(tables[1]).toContain("MA");
  }, 130_000);
});
