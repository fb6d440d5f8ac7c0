/**
 * Keeps the `@example` lines of src/wages honest: every `expression; // => value` line is evaluated (in an
 * async function, so `await` works) with the folder's exports, `lib` (the generated 2025-26 sample library)
 * and `zipBytes` (its zip) in scope, and compared with the documented value.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as areaCode from "./area-code";
import * as detect from "./detect-soc-vintage";
import * as generate from "./generate-wage-samples";
import * as placeKey from "./place-key";
import * as read from "./read-wage-library";
import * as resolve from "./resolve-area";
import * as unzip from "./unzip-wage-library";
import * as levelOf from "./wage-level-of";
import * as levels from "./wage-levels";
import * as library from "./wage-library";
import * as member from "./wage-library-member";

const here = dirname(fileURLToPath(import.meta.url));
const EXAMPLE_LINE = /^\s*\*\s+(.+?);\s*\/\/ => (.+)$/;
const PUBLIC = [
  "area-code.ts", "detect-soc-vintage.ts", "generate-wage-samples.ts", "place-key.ts", "read-wage-library.ts",
  "resolve-area.ts", "unzip-wage-library.ts", "wage-level-of.ts", "wage-levels.ts", "wage-library.ts", "wage-library-member.ts",
];

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;

describe("TSDoc examples in src/wages", async () => {
  const zipBytes = generate.generateWageSamples().find((f) => f.path.endsWith(".zip"))!.bytes;
  const lib = await read.readWageLibrary(zipBytes);
  const scope: Record<string, unknown> = Object.assign(
    { lib, zipBytes },
    areaCode, detect, generate, placeKey, read, resolve, unzip, levelOf, levels, library, member,
  );
  const evaluate = (expression: string) =>
    new AsyncFunction(...Object.keys(scope), `return (${expression.replace(/ as [A-Za-z]+/g, "")});`)(...Object.values(scope));

  it("every public source file has examples", () => {
    for (const file of PUBLIC) expect(readFileSync(join(here, file), "utf8"), file).toContain("@example");
  });

  const files = readdirSync(here).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  for (const file of files) {
    const lines = readFileSync(join(here, file), "utf8").split("\n");
    const examples = lines.map((line) => EXAMPLE_LINE.exec(line)).filter((m): m is RegExpExecArray => m !== null);
    it.each(examples.map((m) => [file, m[1] ?? "", m[2] ?? ""]))("%s: %s", async (_file, call, expected) => {
      expect(await evaluate(call)).toEqual(await evaluate(expected));
    });
  }
});
