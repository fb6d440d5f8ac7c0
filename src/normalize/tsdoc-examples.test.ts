/**
 * Keeps the `@example` lines of this folder honest: every `call; // => value` line in a TSDoc
 * example is evaluated against the module's exports and compared with the documented value.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as date from "./date";
import * as education from "./education";
import * as employerName from "./employer-name";
import * as identifiers from "./identifiers";
import * as letterKey from "./letter-key";
import * as plainNumber from "./plain-number";
import * as pwLevel from "./pw-level";
import * as repairDos from "./repair-dos-letters";
import * as soc20102018 from "./soc-2010-to-2018";
import * as socBridge from "./soc-bridge";
import * as socCode from "./soc-code";
import * as state from "./state";
import * as status from "./status";
import * as text from "./text";
import * as wage from "./wage";

const scope: Record<string, unknown> = Object.assign(
  {},
  date, education, employerName, identifiers, letterKey, plainNumber, pwLevel, repairDos,
  soc20102018, socBridge, socCode, state, status, text, wage,
);

const here = dirname(fileURLToPath(import.meta.url));
const EXAMPLE_LINE = /^\s*\*\s+(.+?);\s*\/\/ => (.+)$/;

/** Evaluate a JS expression (TypeScript `as T` casts removed) with the exports in scope. */
function evaluate(expression: string): unknown {
  const js = expression.replace(/ as [A-Za-z]+/g, "");
  return new Function(...Object.keys(scope), `return (${js});`)(...Object.values(scope));
}

describe("TSDoc examples in src/normalize", () => {
  const files = readdirSync(here).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

  it("every source file has examples", () => {
    for (const file of files) expect(readFileSync(join(here, file), "utf8"), file).toContain("@example");
  });

  for (const file of files) {
    const lines = readFileSync(join(here, file), "utf8").split("\n");
    const examples = lines.map((line) => EXAMPLE_LINE.exec(line)).filter((m): m is RegExpExecArray => m !== null);
    it.each(examples.map((m) => [file, m[1] ?? "", m[2] ?? ""]))("%s: %s", (_file, call, expected) => {
      expect(evaluate(call)).toEqual(evaluate(expected));
    });
  }
});
