/**
 * Keeps the `@example` blocks of src/sponsors, src/employers and src/occupations honest: each block runs
 * as one async function (TypeScript `as T` casts removed) and every `expr; // => value` line is checked.
 * In scope: every export of those folders, `readDatasetStream`, and an `index` built from data-samples/
 * (with its filings as `rows` / `filings`, and two file texts as `lcaText` / `permText`). The Node-edge
 * files (snapshot-file.ts, load-alias-table.ts) touch the file system and are not run.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readDataset, readDatasetStream } from "../datasets/read";
import type { Filing } from "../datasets/filing";

const src = join(dirname(fileURLToPath(import.meta.url)), "..");
const samples = join(src, "..", "data-samples");
const FOLDERS = ["sponsors", "employers", "occupations"];
const NODE_EDGE = new Set(["snapshot-file.ts", "load-alias-table.ts"]);
const CHECK = /^(.*?);\s*\/\/ => (.+)$/;

/** `@example` blocks of a file: the lines after the tag up to the end of the comment or the next tag. */
function examples(text: string): string[][] {
  const blocks: string[][] = [];
  let cur: string[] | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/^\s*\* ?/, "");
    if (raw.includes("@example")) {
      cur = [];
      blocks.push(cur);
    } else if (cur && (raw.includes("*/") || /^\s*\*\s*@/.test(raw))) {
      cur = null;
    } else if (cur && line.trim() !== "") cur.push(line);
  }
  return blocks;
}

const scope: Record<string, unknown> = { readDatasetStream };

beforeAll(async () => {
  for (const folder of FOLDERS) {
    for (const f of readdirSync(join(src, folder)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !NODE_EDGE.has(f))) {
      Object.assign(scope, await import(`../${folder}/${f.replace(/\.ts$/, "")}`));
    }
  }
  const rows: Filing[] = [];
  for (const f of readdirSync(samples).filter((f) => f.endsWith(".csv")).sort()) {
    rows.push(...(await readDataset(new Uint8Array(readFileSync(join(samples, f))), { file: f })).rows);
  }
  const build = scope["buildSponsorIndex"] as (r: Filing[]) => unknown;
  Object.assign(scope, {
    rows,
    filings: rows,
    index: build(rows),
    lcaText: readFileSync(join(samples, "LCA_Disclosure_Data_FY2025_Q4.csv"), "utf8"),
    permText: readFileSync(join(samples, "PERM_Disclosure_Data_FY2025_Q4.csv"), "utf8"),
  });
});

describe.skipIf(!existsSync(join(samples, "MANIFEST.json")))("TSDoc examples in src/sponsors, src/employers, src/occupations", () => {
  for (const folder of FOLDERS) {
    const files = readdirSync(join(src, folder)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    it(`${folder}: every exported function has an @example`, () => {
      for (const f of files) {
        const text = readFileSync(join(src, folder, f), "utf8");
        const fns = (text.match(/^export (async )?function/gm) ?? []).length;
        const ex = (text.match(/@example/g) ?? []).length;
        expect(ex, `${folder}/${f}`).toBeGreaterThanOrEqual(fns);
      }
    });
    for (const f of files.filter((f) => !NODE_EDGE.has(f))) {
      const blocks = examples(readFileSync(join(src, folder, f), "utf8"));
      blocks.forEach((block, b) => {
        it(`${folder}/${f} example ${b + 1}`, async () => {
          const checks: { got: unknown; want: unknown; line: string }[] = [];
          const body = block
            .map((line) => {
              const m = CHECK.exec(line);
              return m ? `__check(${m[1]}, ${m[2]}, ${JSON.stringify(line)});` : line;
            })
            .join("\n")
            .replace(/ as [A-Za-z]+/g, "");
          const code = `{\n${body}\n}`; // a block, so an example may declare its own `index`
          const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
          const fn = new AsyncFunction(...Object.keys(scope), "__check", code);
          await fn(...Object.values(scope), (got: unknown, want: unknown, line: string) => checks.push({ got, want, line }));
          expect(checks.length, "no `// =>` line in this example").toBeGreaterThan(0);
          for (const c of checks) expect(c.got, c.line).toEqual(c.want);
        });
      });
    }
  }
});
