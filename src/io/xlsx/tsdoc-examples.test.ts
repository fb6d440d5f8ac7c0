/**
 * Keeps the `@example` blocks of this folder honest: each block without `await` is run with the folder's
 * exports in scope, and every `expression; // => value` (or a `// => value` line under a statement) is checked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as chooseSheet from "./choose-sheet";
import * as columnIndex from "./column-index";
import * as decodeXmlText from "./decode-xml-text";
import * as elementAlignedText from "./element-aligned-text";
import * as excelDateText from "./excel-date-text";
import * as parseDateStyles from "./parse-date-styles";
import * as parseRelationships from "./parse-relationships";
import * as parseWorkbook from "./parse-workbook";
import * as sharedStrings from "./shared-strings-scanner";
import * as sheetScanner from "./sheet-scanner";
import * as xmlElements from "./xml-elements";
import * as xmlScan from "./xml-scan";
import * as zipEntries from "./zip-entries";

const scope: Record<string, unknown> = Object.assign(
  {},
  chooseSheet, columnIndex, decodeXmlText, elementAlignedText, excelDateText, parseDateStyles, parseRelationships,
  parseWorkbook, sharedStrings, sheetScanner, xmlElements, xmlScan, zipEntries,
);
const here = dirname(fileURLToPath(import.meta.url));

/** The example blocks of a source file, as code lines. */
function exampleBlocks(source: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (const line of source.split("\n")) {
    const m = /^\s*\*( ?)(.*)$/.exec(line);
    if (current !== null && (m === null || m[2]!.startsWith("@") || /^\s*\*\//.test(line))) {
      blocks.push(current);
      current = null;
    }
    if (m !== null && m[2]!.startsWith("@example")) current = [];
    else if (current !== null && m !== null) current.push(m[2]!);
  }
  return blocks;
}

/** Turn `expr; // => value` lines (and `// => value` under a statement) into assertions. */
function toChecks(lines: readonly string[]): string {
  const statements: string[] = [];
  let pending = "";
  for (const line of lines) {
    const alone = /^\s*\/\/ => (.+)$/.exec(line);
    if (alone) {
      const last = statements.pop()!.replace(/;\s*$/, "");
      statements.push(`__eq((${last}), (${alone[1]}));`);
      continue;
    }
    const inline = /^(.*?);\s*\/\/ => (.+)$/.exec(line);
    if (inline) {
      statements.push(`__eq((${pending}${inline[1]}), (${inline[2]}));`);
      pending = "";
      continue;
    }
    pending += `${line}\n`;
    if (/;\s*$/.test(line)) {
      statements.push(pending);
      pending = "";
    }
  }
  return statements.join("\n") + pending;
}

describe("TSDoc examples in src/io/xlsx", () => {
  const files = readdirSync(here).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "bench-exports.ts");

  it("every source file has an example", () => {
    for (const file of files) expect(readFileSync(join(here, file), "utf8"), file).toContain("@example");
  });

  const cases = files.flatMap((file) =>
    exampleBlocks(readFileSync(join(here, file), "utf8"))
      .filter((b) => b.some((l) => l.includes("// =>")) && !b.some((l) => /\bawait\b|…/.test(l)))
      .map((b, i) => [file, i, b] as const),
  );
  it.each(cases)("%s example %i holds", (_file, _i, block) => {
    const js = transformSync(toChecks(block), { loader: "ts" }).code;
    const checks: [unknown, unknown][] = [];
    new Function("__eq", ...Object.keys(scope), js)((a: unknown, b: unknown) => checks.push([a, b]), ...Object.values(scope));
    expect(checks.length).toBeGreaterThan(0);
    for (const [actual, expected] of checks) expect(actual).toEqual(expected);
  });
});
