/**
 * README.md runs as written:
 * - every ```ts block is executed against data-samples/ with the package imports pointed at the sources
 *   ("oflc-sponsors" → src/index.ts, "oflc-sponsors/node" → src/node.ts), and each `expr; // => value` line
 *   (or a `// => value` line under a statement) is checked — the convention of the TSDoc example runner;
 * - every ```sh readme-test block is run line by line through the CLI's `main` (in-process), in a temporary
 *   folder holding the README's named ```csv <file> blocks, with `data-samples` read from the repository;
 * - the set-up section holds exactly the two set-up commands, and every local link resolves.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runScript, SAMPLES, toCheckedScript } from "./tsdoc-runner";

const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

interface Fence {
  readonly info: string;
  readonly code: string;
  readonly line: number;
}

/** Fenced code blocks of a Markdown text, with their info strings and 1-based opening lines. */
export function fences(markdown: string): Fence[] {
  const out: Fence[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S.*)?$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i]!);
    out.push({ info: (open[1] ?? "").trim(), code: body.join("\n"), line: start + 1 });
  }
  return out;
}

const MODULES: Record<string, () => Promise<unknown>> = {
  "oflc-sponsors": () => import("../src/index"),
  "oflc-sponsors/node": () => import("../src/node"),
  arquero: () => import("arquero"),
};

/** Replace `import` declarations by look-ups in `__modules` (the named modules above only). */
export function rewriteImports(code: string): { code: string; modules: string[] } {
  const modules: string[] = [];
  const rewritten = code.replace(/^import\s+(type\s+)?([\s\S]*?)\s+from\s+["']([^"']+)["'];?[ \t]*$/gm, (_all, typeOnly: string | undefined, what: string, from: string) => {
    if (!(from in MODULES)) throw new Error(`README imports ${from}; only ${Object.keys(MODULES).join(", ")} are available`);
    if (typeOnly) return "";
    modules.push(from);
    const ns = /^\*\s+as\s+(\w+)$/.exec(what.trim());
    if (ns) return `const ${ns[1]} = __modules[${JSON.stringify(from)}];`;
    const named = /^\{([\s\S]*)\}$/.exec(what.trim());
    if (!named) throw new Error(`unsupported import: ${what}`);
    const parts = named[1]!
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "" && !p.startsWith("type "))
      .map((p) => p.replace(/^(\w+)\s+as\s+(\w+)$/, "$1: $2"));
    return `const { ${parts.join(", ")} } = __modules[${JSON.stringify(from)}];`;
  });
  return { code: rewritten, modules };
}

/** Split a shell line into words (double and single quotes, no expansions). */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

const blocks = fences(readme);
const tsBlocks = blocks.filter((b) => /^(ts|typescript)\b/.test(b.info));
const shBlocks = blocks.filter((b) => /^(sh|bash)\s+readme-test\b/.test(b.info));
const files = blocks.filter((b) => /^\w+\s+[\w.-]+\.\w+$/.test(b.info) && !/readme-test/.test(b.info));

describe.skipIf(!existsSync(join(SAMPLES, "MANIFEST.json")))("README.md examples", () => {
  it("has an example for each audience: an app, a notebook, a batch job", () => {
    expect(tsBlocks.length).toBeGreaterThanOrEqual(2);
    expect(shBlocks.length).toBeGreaterThanOrEqual(1);
    expect(readme).toMatch(/from "oflc-sponsors\/node"/);
    expect(readme).toMatch(/toTable\(/);
  });

  for (const block of tsBlocks) {
    it(`README.md:${block.line} (ts) runs and its // => checks hold`, async () => {
      const { code, modules } = rewriteImports(block.code);
      const { script, checks } = toCheckedScript(code.split("\n"));
      expect(checks, "a README example needs at least one `// =>` check").toBeGreaterThan(0);
      const loaded: Record<string, unknown> = {};
      for (const m of modules) loaded[m] = await MODULES[m]!();
      const results = await runScript(script, { __modules: loaded });
      expect(results.length).toBeGreaterThanOrEqual(checks);
      for (const r of results) expect(r.got, r.source).toEqual(r.want);
    }, 120_000);
  }

  const dir = mkdtempSync(join(tmpdir(), "oflc-readme-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const block of shBlocks) {
    it(`README.md:${block.line} (sh) runs through the CLI`, async () => {
      const { main } = await import("../src/cli/main");
      for (const f of files) writeFileSync(join(dir, f.info.split(/\s+/)[1]!), `${f.code}\n`);
      const commands = block.code.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
      expect(commands.length).toBeGreaterThan(0);
      for (const command of commands) {
        const argv = words(command);
        let redirect: string | null = null;
        const gt = argv.indexOf(">");
        if (gt !== -1) {
          redirect = argv[gt + 1]!;
          argv.splice(gt, 2);
        }
        expect(argv.shift(), command).toBe("oflc-sponsors");
        const resolved = argv.map((a) => {
          if (a.startsWith("-") || isAbsolute(a)) return a;
          if (a === "data-samples" || a.startsWith("data-samples/")) return join(root, a);
          return /\.\w+$/.test(a) ? join(dir, a) : a;
        });
        const out = { stdout: "", stderr: "" };
        const code = await main(resolved, { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), isTTY: false });
        expect(code, `${command}\n${out.stderr}`).toBe(0);
        if (redirect) writeFileSync(join(dir, redirect), out.stdout);
      }
    }, 120_000);
  }

  it("the commands the README says take --format do, per their --help", async () => {
    const { main } = await import("../src/cli/main");
    const listed = /commands that print results\s*\(([^)]*)\)/.exec(readme.replace(/\n/g, " "))?.[1] ?? "";
    const commands = [...listed.matchAll(/`([\w-]+)`/g)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const command of commands) {
      let help = "";
      const code = await main([command, "--help"], { stdout: (s) => void (help += s), stderr: (s) => void (help += s), isTTY: false });
      expect(code, command).toBe(0);
      expect(help, command).toMatch(/--format <FORMAT>[\s\S]*table, json or csv/);
    }
  });

  it("the batch example's scored.csv holds one scored row per listing", () => {
    const listing = files.find((f) => f.info.endsWith("listings.csv"));
    expect(listing).toBeDefined();
    const scored = readFileSync(join(dir, "scored.csv"), "utf8").trim().split("\n");
    const header = scored[0]!.split(",");
    expect(header).toEqual(expect.arrayContaining(["company", "sponsor_name", "status", "probability", "p_low", "p_high", "soc"]));
    expect(scored.length).toBe(listing!.code.trim().split("\n").length);
    const status = header.indexOf("status");
    // Unquoted cells before the status column differ by row; read the status with a CSV-aware split.
    const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, "").replace(/""/g, '"'));
    for (const row of scored.slice(1)) expect(cells(row)[status], row).toBe("rated");
  });
});

describe("README.md structure", () => {
  it("the set-up section holds exactly the two set-up commands", () => {
    const setUp = /## Set up\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
    expect(fences(setUp).map((f) => `${f.info}: ${f.code}`)).toEqual(["sh: npm ci && npm run demo", "sh: npm ci && npm test"]);
  });

  it("every local link resolves to a file", () => {
    const links = [...readme.matchAll(/\]\(((?!https?:)[^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(existsSync(join(dirname(join(root, "README.md")), link)), link).toBe(true);
  });

  it("links the concept page, the data guide and the API reference", () => {
    for (const doc of ["docs/concepts.md", "docs/data-guide.md", "docs/api.md"]) expect(readme).toContain(`](${doc})`);
  });
});

describe("docs/concepts.md and docs/data-guide.md", () => {
  const concepts = readFileSync(join(root, "docs", "concepts.md"), "utf8");
  const guide = readFileSync(join(root, "docs", "data-guide.md"), "utf8");

  it("concepts.md names every era and the read identity", async () => {
    const { ERAS } = await import("../src/datasets/eras");
    for (const era of ERAS) expect(concepts, era.id).toContain(`\`${era.id}\``);
    expect(concepts).toContain("read = kept + flagged + blank + duplicates");
    for (const heading of ["## Datasets and eras", "## The canonical filing", "## Issues and counts"]) expect(concepts).toContain(heading);
  });

  it("the local links of both pages resolve", () => {
    for (const [name, text] of [["concepts.md", concepts], ["data-guide.md", guide]] as const) {
      const links = [...text.matchAll(/\]\(((?!https?:)[^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!);
      expect(links.length, name).toBeGreaterThan(2);
      for (const link of links) expect(existsSync(join(root, "docs", link)), `${name}: ${link}`).toBe(true);
    }
  });

  it("the data guide points at DOL's download pages", () => {
    expect(guide).toContain("https://www.dol.gov/agencies/eta/foreign-labor/performance");
    expect(guide).toContain("https://flag.dol.gov/wage-data/wage-data-downloads");
  });
});
