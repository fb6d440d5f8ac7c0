/**
 * The API reference is generated and the TSDoc behind it is complete:
 * every export of `oflc-sponsors` and `oflc-sponsors/node` has a summary, every exported function, class and
 * const has an `@example`, and docs/api.md is exactly what scripts/api-docs.mjs writes now.
 * Also checks the shared example runner (test/tsdoc-runner.ts) itself: a wrong `// =>` value must fail.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { exampleBlocks, runScript, toCheckedScript } from "./tsdoc-runner";

interface ApiEntry {
  name: string;
  module: string;
  group: string;
  file: string;
  kinds: string[];
  signatures: string[];
  summary: string;
  examples: string[];
}
interface ApiDocs {
  collectApi(root?: string): ApiEntry[];
  renderApi(entries?: ApiEntry[]): string;
  GROUP_ORDER: string[];
}

const root = join(import.meta.dirname, "..");
let api: ApiDocs;
let entries: ApiEntry[];

beforeAll(async () => {
  api = (await import(pathToFileURL(join(root, "scripts", "api-docs.mjs")).href)) as ApiDocs;
  entries = api.collectApi(root);
}, 120_000);

const label = (e: ApiEntry) => `${e.name} (${e.kinds.join("+")}, ${e.file})`;

describe("API reference (docs/api.md)", () => {
  it("walks every export of both entry points, following re-exports to their declarations", () => {
    const names = new Set(entries.map((e) => e.name));
    for (const n of ["readDataset", "Filing", "DisclosureError", "rankEmployers", "scoreListings", "loadDatasets", "loadSnapshotFile"]) expect(names).toContain(n);
    expect(entries.find((e) => e.name === "readDataset")?.file).toBe("src/datasets/read.ts");
    expect(entries.find((e) => e.name === "loadDatasets")).toMatchObject({ module: "oflc-sponsors/node", group: "node", file: "src/io/load-dataset.ts" });
    expect(entries.find((e) => e.name === "Filing")?.kinds).toEqual(["const", "type"]);
    // `export { type ReadOptions }` publishes the type only, not the private validator of the same name.
    expect(entries.find((e) => e.name === "ReadOptions")?.kinds).toEqual(["type"]);
    for (const e of entries) expect(api.GROUP_ORDER, label(e)).toContain(e.group);
  });

  it("every export has a TSDoc summary", () => {
    const missing = entries.filter((e) => e.summary.trim() === "").map(label);
    expect(missing).toEqual([]);
  });

  it("every exported function, class and const has an @example with a `// =>` check", () => {
    const needs = entries.filter((e) => e.kinds.some((k) => k === "function" || k === "class" || k === "const"));
    expect(needs.length).toBeGreaterThan(150);
    const missing = needs.filter((e) => !e.examples.some((x) => x.includes("// =>"))).map(label);
    expect(missing).toEqual([]);
  });

  it("docs/api.md is what scripts/api-docs.mjs generates now (run `node scripts/api-docs.mjs` after changing TSDoc)", () => {
    const current = readFileSync(join(root, "docs", "api.md"), "utf8");
    expect(current === api.renderApi(entries), "docs/api.md is out of date: run `node scripts/api-docs.mjs`").toBe(true);
  });

  it("the output is deterministic and grouped in data-flow order", () => {
    const text = api.renderApi(entries);
    expect(api.renderApi(api.collectApi(root))).toBe(text);
    const headings = [...text.matchAll(/^## (\S+)/gm)].map((m) => m[1]);
    expect(headings[0]).toBe("Errors");
    expect(headings.at(-1)).toBe("node");
  }, 120_000);
});

describe("the shared TSDoc example runner", () => {
  const run = async (code: string) => {
    const { script, checks } = toCheckedScript(code.split("\n"));
    return { checks, results: await runScript(script, { parseSocCode: (s: string) => (/^\d{2}-\d{4}/.exec(s)?.[0] ?? null) }) };
  };

  it("checks `expr; // => value` lines and standalone `// => value` lines, TypeScript included", async () => {
    const { checks, results } = await run(
      ['import { parseSocCode } from "oflc-sponsors";', 'const code: string | null = parseSocCode("15-1252.00");', "code!.length; // => 7", "[1, 2]", "  .map((x) => x * 2);", "// => [2, 4]"].join("\n"),
    );
    expect(checks).toBe(2);
    expect(results).toEqual([
      { got: 7, want: 7, source: "code!.length; // => 7" },
      { got: [2, 4], want: [2, 4], source: "[1, 2]\n  .map((x) => x * 2) // => [2, 4]" },
    ]);
  });

  it("a wrong documented value is reported as a mismatch", async () => {
    const { results } = await run('parseSocCode("15-1252.00"); // => "15-1253"');
    expect(results[0]?.got).not.toEqual(results[0]?.want);
  });

  it("finds @example blocks up to the next tag or the end of the comment", () => {
    const blocks = exampleBlocks("x.ts", ["/**", " * Sum.", " *", " * @example", " * add(1, 2); // => 3", " * @param a first", " */"].join("\n"));
    expect(blocks).toEqual([{ file: "x.ts", line: 4, code: ["add(1, 2); // => 3"] }]);
  });
});

describe("data guide (docs/data-guide.md)", () => {
  interface DataGuide {
    generatedBlocks(root?: string): Promise<Record<string, string>>;
    fillBlocks(text: string, blocks: Record<string, string>): string;
    FIELD_DOCS: Record<string, [string, string]>;
  }
  let guide: DataGuide;
  beforeAll(async () => {
    guide = (await import(pathToFileURL(join(root, "scripts", "data-guide.mjs")).href)) as DataGuide;
  });

  it("its column tables are what scripts/data-guide.mjs generates from the era data now", async () => {
    const current = readFileSync(join(root, "docs", "data-guide.md"), "utf8");
    const blocks = await guide.generatedBlocks(root);
    expect(Object.keys(blocks)).toEqual(["eras", "fields", "perm", "lca", "pw"]);
    expect(current === guide.fillBlocks(current, blocks), "docs/data-guide.md is out of date: run `node scripts/data-guide.mjs`").toBe(true);
  }, 60_000);

  it("every raw field of every era says which Filing field it fills and how it is normalised", async () => {
    const { RAW_FIELDS } = await import("../src/datasets/era");
    expect(Object.keys(guide.FIELD_DOCS).sort()).toEqual([...RAW_FIELDS].sort());
    const { ERAS } = await import("../src/datasets/eras");
    const blocks = await guide.generatedBlocks(root);
    for (const era of ERAS) {
      expect(blocks["eras"]).toContain(`\`${era.id}\``);
      for (const headers of Object.values(era.columns)) for (const h of headers ?? []) expect(blocks[era.dataset], `${era.id}: ${h}`).toContain(`\`${h}\``);
    }
  }, 60_000);
});
