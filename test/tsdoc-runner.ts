/**
 * The one runner behind every `src/**\/tsdoc-examples.test.ts`: it keeps the `@example` blocks of a folder
 * honest by executing them.
 *
 * Each `@example` block runs as one async function body (TypeScript stripped by esbuild, so casts, `!`
 * and annotations are fine; `import … from "oflc-sponsors"` lines are dropped because every public export
 * is already in scope). Checks use one convention, shared with the README test:
 *
 *   expr; // => value          `expr` must deep-equal `value` (both are evaluated)
 *   statement;                 a `// => value` line on its own checks the statement just above it
 *   // => value
 *
 * A block must contain at least one check. In scope: every export of `src/index.ts`, every export of the
 * folder's own files (internal helpers may be shown in internal docs), and these fixtures, built only when a
 * block names them: `rows` / `filings` (every data-samples/ CSV read), `index` (a sponsor index of them),
 * `lcaText`, `permText`, `q2Text`, `newFormText`, `pwText` (sample files as text: LCA FY2025 Q4, PERM FY2025 Q4
 * and Q2, PERM New_Form FY2024 Q4, PW FY2025 Q4), `lib` (the generated 2025-26 wage library) and `zipBytes` (its
 * zip), `workbook` (a one-sheet .xlsx: `CASE_NUMBER, DECISION_DATE, WAGE` and the row `I-200-1, 2024-10-01,
 * 119000.00`, written by the generator) and `streamOf(bytes)` (an async iterable of one chunk).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

export const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "src");
export const SAMPLES = join(SRC, "..", "data-samples");

/** What one folder's runner executes. */
export interface ExampleSuite {
  /** Folders under src/ (`"normalize"`, `"io/xlsx"`; `"."` is src/ itself); files directly in them only. */
  readonly folders: readonly string[];
  /**
   * Files not executed because they touch the file system or the process (Node-edge), as `folder/file.ts`.
   * Their examples are still published in docs/api.md; this list is the explicit exception.
   */
  readonly nodeEdge?: readonly string[];
  /** Files that are not modules of examples at all (bench helpers), as `folder/file.ts`. */
  readonly skip?: readonly string[];
}

/** One `@example` block: where it is and its code lines (comment stars removed). */
export interface ExampleBlock {
  readonly file: string;
  readonly line: number;
  readonly code: readonly string[];
}

/** The `@example` blocks of a source text: the lines after the tag up to the end of the comment or the next tag. */
export function exampleBlocks(file: string, text: string): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  let cur: { file: string; line: number; code: string[] } | null = null;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const star = /^\s*\*( ?)(.*)$/.exec(raw);
    if (cur && (star === null || /^\s*\*\//.test(raw) || star[2]!.startsWith("@"))) {
      blocks.push(cur);
      cur = null;
    }
    if (star && star[2]!.startsWith("@example")) cur = { file, line: i + 1, code: [] };
    else if (cur && star) cur.code.push(star[2]!);
  }
  if (cur) blocks.push(cur);
  return blocks.map((b) => ({ ...b, code: stripFence(b.code) }));
}

function stripFence(code: readonly string[]): string[] {
  const lines = code.filter((l, i) => !(l.trim() === "" && (i === 0 || i === code.length - 1)));
  if (lines[0]?.startsWith("```") && lines[lines.length - 1]?.trim() === "```") return lines.slice(1, -1);
  return lines;
}

/** A line without its trailing `//` comment (string literals respected). */
function codePart(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}

/** Net count of `(`, `[` and `{` minus their closers, outside string literals. */
function depth(text: string): number {
  let d = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "/" && text[i + 1] === "/") break;
    else if ("([{".includes(c)) d++;
    else if (")]}".includes(c)) d--;
  }
  return d;
}

/**
 * Index of the first line of the statement that ends with `tail` (after `lines`): walk back while the
 * text is unbalanced or the line above does not end a statement (`;`, `{`, `}`, a blank or a comment).
 */
function statementStart(lines: readonly string[], tail: string): number {
  let start = lines.length;
  while (start > 0) {
    const prev = codePart(lines[start - 1]!).trim();
    if (depth([...lines.slice(start), tail].join("\n")) < 0 || !(prev === "" || /[;{}]$/.test(prev))) start--;
    else break;
  }
  return start;
}

/**
 * Turn the code of one example into a script body whose checks call `__check(actual, expected, source)`.
 * Exported so the README test uses exactly the same convention.
 */
export function toCheckedScript(code: readonly string[]): { script: string; checks: number } {
  const out: string[] = [];
  let checks = 0;
  for (const line of code) {
    if (/^\s*import\s[^;]*from\s+["']oflc-sponsors(\/node)?["'];?\s*$/.test(line)) continue;
    const alone = /^\s*\/\/ => (.+)$/.exec(line);
    if (alone) {
      // Check the statement above it.
      while (out.length > 0 && out[out.length - 1]!.trim() === "") out.pop();
      const last = out.pop() ?? "";
      const start = statementStart(out, last);
      const statement = [...out.splice(start), last].join("\n").replace(/;\s*$/, "");
      out.push(`__check((${statement}), (${alone[1]}), ${JSON.stringify(`${statement} // => ${alone[1]}`)});`);
      checks++;
      continue;
    }
    const inline = /^(.*?);\s*\/\/ => (.+)$/.exec(line);
    if (inline) {
      let expr = inline[1]!;
      const start = statementStart(out, expr);
      if (start < out.length) expr = out.splice(start).join("\n") + "\n" + expr;
      const indent = /^\s*/.exec(expr)![0];
      const decl = /^\s*(const|let|var)\s+([A-Za-z_$][\w$]*)(\s*:[^=]+)?\s*=\s*([\s\S]*)$/.exec(expr);
      if (decl) out.push(`${indent}${decl[1]} ${decl[2]}${decl[3] ?? ""} = ${decl[4]};`, `${indent}__check(${decl[2]}, (${inline[2]}), ${JSON.stringify(line.trim())});`);
      else out.push(`${indent}__check((${expr.trim()}), (${inline[2]}), ${JSON.stringify(line.trim())});`);
      checks++;
      continue;
    }
    out.push(line);
  }
  return { script: out.join("\n"), checks };
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;

/** Run one checked script with `scope` in scope; returns the checks it made. */
export async function runScript(script: string, scope: Record<string, unknown>): Promise<{ got: unknown; want: unknown; source: string }[]> {
  const js = transformSync(script, { loader: "ts", format: "esm", target: "es2022" }).code;
  const checks: { got: unknown; want: unknown; source: string }[] = [];
  const fn = new AsyncFunction(...Object.keys(scope), "__check", `{\n${js}\n}`);
  await fn(...Object.values(scope), (got: unknown, want: unknown, source: string) => checks.push({ got, want, source }));
  return checks;
}

/** Sample files handed to examples as text. */
const TEXTS: Record<string, string> = {
  lcaText: "LCA_Disclosure_Data_FY2025_Q4.csv",
  permText: "PERM_Disclosure_Data_FY2025_Q4.csv",
  q2Text: "PERM_Disclosure_Data_FY2025_Q2.csv",
  newFormText: "PERM_Disclosure_Data_New_Form_FY2024_Q4.csv",
  pwText: "PW_Disclosure_Data_FY2025_Q4.csv",
};
const FIXTURES = ["rows", "filings", "index", "lib", "zipBytes", "workbook", "streamOf", ...Object.keys(TEXTS)];

/** Build the fixtures a set of blocks mentions. */
async function fixtures(names: ReadonlySet<string>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  if (["rows", "filings", "index"].some((n) => names.has(n))) {
    const { readDataset } = await import("../src/datasets/read");
    const { buildSponsorIndex } = await import("../src/sponsors/build-sponsor-index");
    const rows = [];
    for (const f of readdirSync(SAMPLES).filter((f) => f.endsWith(".csv")).sort()) {
      rows.push(...(await readDataset(new Uint8Array(readFileSync(join(SAMPLES, f))), { file: f })).rows);
    }
    Object.assign(out, { rows, filings: rows, index: buildSponsorIndex(rows) });
  }
  for (const [name, file] of Object.entries(TEXTS)) if (names.has(name)) out[name] = readFileSync(join(SAMPLES, file), "utf8");
  if (names.has("lib") || names.has("zipBytes")) {
    const { generateWageSamples } = await import("../src/wages/generate-wage-samples");
    const { readWageLibrary } = await import("../src/wages/read-wage-library");
    const zipBytes = generateWageSamples().find((f) => f.path.endsWith(".zip"))!.bytes;
    Object.assign(out, { zipBytes, lib: await readWageLibrary(zipBytes) });
  }
  if (names.has("workbook")) {
    const { writeXlsx } = await import("../src/generate/write-xlsx");
    const parts: Uint8Array[] = [];
    for await (const part of writeXlsx(["CASE_NUMBER", "DECISION_DATE", "WAGE"], [["I-200-1", "2024-10-01", "119000.00"]])) parts.push(part);
    out["workbook"] = new Uint8Array(Buffer.concat(parts));
  }
  if (names.has("streamOf")) {
    out["streamOf"] = async function* streamOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
      yield bytes;
    };
  }
  return out;
}

/** The non-test source files of a folder (not recursive), as `folder/file.ts` paths relative to src/. */
export function sourceFiles(folder: string): string[] {
  const dir = join(SRC, folder);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(d.name) && !d.name.endsWith(".d.ts"))
    .map((d) => (folder === "." ? d.name : `${folder}/${d.name}`))
    .sort();
}

/** Declare the vitest suite that runs every `@example` of the given folders. */
export function tsdocExamples(suite: ExampleSuite): void {
  const skip = new Set([...(suite.nodeEdge ?? []), ...(suite.skip ?? [])]);
  const files = suite.folders.flatMap(sourceFiles).filter((f) => !skip.has(f));
  const blocks = files.flatMap((f) => exampleBlocks(f, readFileSync(join(SRC, f), "utf8")));
  const mentioned = new Set(FIXTURES.filter((n) => blocks.some((b) => new RegExp(`\\b${n}\\b`).test(b.code.join("\n")))));
  const scope: Record<string, unknown> = {};

  beforeAll(async () => {
    Object.assign(scope, await import("../src/index"));
    for (const f of files) Object.assign(scope, await import(/* @vite-ignore */ join(SRC, f)));
    Object.assign(scope, await fixtures(mentioned));
  }, 120_000);

  describe.skipIf(!existsSync(join(SAMPLES, "MANIFEST.json")))(`TSDoc examples in src/${suite.folders.join(", src/")}`, () => {
    it("the folders have examples to run", () => {
      expect(blocks.length).toBeGreaterThan(0);
    });
    for (const f of suite.nodeEdge ?? []) {
      it(`${f} (Node edge, not executed) still documents its exports`, () => {
        expect(readFileSync(join(SRC, f), "utf8")).toContain("@example");
      });
    }
    for (const b of blocks) {
      it(`${b.file}:${b.line}`, async () => {
        const { script, checks } = toCheckedScript(b.code);
        expect(checks, "an example needs at least one `// =>` check").toBeGreaterThan(0);
        const results = await runScript(script, scope);
        expect(results.length, "every `// =>` check ran").toBeGreaterThanOrEqual(checks);
        for (const c of results) expect(c.got, c.source).toEqual(c.want);
      }, 60_000);
    }
  });
}
