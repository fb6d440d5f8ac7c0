import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import Papa from "papaparse";
import { guessDelimiter, parseCsv, type CsvInfo } from "./parse-csv";

async function parse(chunks: string[], delimiter?: string): Promise<{ rows: string[][]; info: CsvInfo; finals: number }> {
  const info: CsvInfo = { delimiter: ",", newline: "\n", complete: true, endsWithNewline: true };
  async function* src() {
    yield* chunks;
  }
  const rows: string[][] = [];
  let finals = 0;
  for await (const b of parseCsv(src(), info, { delimiter })) {
    rows.push(...b.rows);
    if (b.final) finals++;
  }
  return { rows, info, finals };
}

describe("parseCsv", () => {
  it("parseCsv(chunks) joins a quoted field that spans chunks, with embedded newlines and quotes", async () => {
    const text = 'A,B,C\n1,"x, ""y""\nz",3\n4,5,6\n';
    for (let cut = 1; cut < text.length; cut++) {
      const { rows } = await parse([text.slice(0, cut), text.slice(cut)]);
      expect(rows).toEqual([
        ["A", "B", "C"],
        ["1", 'x, "y"\nz', "3"],
        ["4", "5", "6"],
      ]);
    }
  });
  it("parseCsv(chunks) detects semicolons, tabs and CRLF from the header line", async () => {
    const semi = await parse([";CASE_NUMBER;STATUS\r\n0;I-1;CERTIFIED\r\n"]);
    expect(semi.info.delimiter).toBe(";");
    expect(semi.info.newline).toBe("\r\n");
    expect(semi.rows).toEqual([
      ["", "CASE_NUMBER", "STATUS"],
      ["0", "I-1", "CERTIFIED"],
    ]);
    const tab = await parse(["A\tB\n1\t2"]);
    expect(tab.info.delimiter).toBe("\t");
    expect(tab.rows).toEqual([
      ["A", "B"],
      ["1", "2"],
    ]);
    expect(tab.info.endsWithNewline).toBe(false);
  });
  it("parseCsv(text) reports an unterminated quote at the end as incomplete", async () => {
    const { info, finals } = await parse(['A,B\n1,"never closed']);
    expect(info.complete).toBe(false);
    expect(finals).toBe(1);
  });
  it("guessDelimiter(line) ignores delimiters inside quotes", () => {
    expect(guessDelimiter('"a;b;c;d",x,y')).toBe(",");
    expect(guessDelimiter("a|b|c")).toBe("|");
  });
  test.prop([
    fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom('"', ",", "\n", "\r\n", "é")), { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 20,
    }),
    fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 10 }),
  ])("parseCsv agrees with Papa.parse on any chunking (differential)", async (records, cuts) => {
    const text = Papa.unparse([["H1", "H2", "H3"], ...records], { newline: "\n" }) + "\n";
    const chunks: string[] = [];
    let at = 0;
    for (const c of cuts) {
      if (at >= text.length) break;
      chunks.push(text.slice(at, at + c));
      at += c;
    }
    if (at < text.length) chunks.push(text.slice(at));
    const { rows } = await parse(chunks, ",");
    const reference = Papa.parse<string[]>(text, { delimiter: ",", newline: "\n", skipEmptyLines: false }).data;
    if (reference.length && reference[reference.length - 1]!.length === 1 && reference[reference.length - 1]![0] === "") reference.pop();
    expect(rows).toEqual(reference);
  });
});
