/**
 * Keeps the `@example` blocks of src/score honest: each block runs as one async function (TypeScript
 * `as T` casts and `!` assertions removed) and every `expr; // => value` line is checked. In scope: every
 * export of src/score and an `index` built from data-samples/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readDataset } from "../datasets/read";
import type { Filing } from "../datasets/filing";
import { buildSponsorIndex } from "../sponsors/build-sponsor-index";

const here = dirname(fileURLToPath(import.meta.url));
const samples = join(here, "..", "..", "data-samples");
const CHECK = /^(.*?);\s*\/\/ => (.+)$/;
const files = readdirSync(here).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

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

const scope: Record<string, unknown> = {};

beforeAll(async () => {
  for (const f of files) Object.assign(scope, await import(`./${f.replace(/\.ts$/, "")}`));
  const rows: Filing[] = [];
  for (const f of readdirSync(samples).filter((f) => f.endsWith(".csv")).sort()) {
    rows.push(...(await readDataset(new Uint8Array(readFileSync(join(samples, f))), { file: f })).rows);
  }
  scope["index"] = buildSponsorIndex(rows);
});

describe.skipIf(!existsSync(join(samples, "MANIFEST.json")))("TSDoc examples in src/score", () => {
  it("every exported function has an @example", () => {
    for (const f of files) {
      const text = readFileSync(join(here, f), "utf8");
      const fns = (text.match(/^export (async )?function\*? /gm) ?? []).length;
      const ex = (text.match(/@example/g) ?? []).length;
      expect(ex, f).toBeGreaterThanOrEqual(fns);
    }
  });
  for (const f of files) {
    examples(readFileSync(join(here, f), "utf8")).forEach((block, b) => {
      it(`score/${f} example ${b + 1}`, async () => {
        const checks: { got: unknown; want: unknown; line: string }[] = [];
        const body = block
          .map((line) => {
            const m = CHECK.exec(line);
            return m ? `__check(${m[1]}, ${m[2]}, ${JSON.stringify(line)});` : line;
          })
          .join("\n")
          .replace(/ as [A-Za-z]+/g, "")
          .replace(/([\w)\]])!(?=[.[),;\s])/g, "$1");
        const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
        const fn = new AsyncFunction(...Object.keys(scope), "__check", `{\n${body}\n}`);
        await fn(...Object.values(scope), (got: unknown, want: unknown, line: string) => checks.push({ got, want, line }));
        expect(checks.length, "no `// =>` line in this example").toBeGreaterThan(0);
        for (const c of checks) expect(c.got, c.line).toEqual(c.want);
      }, 60_000);
    });
  }
});
