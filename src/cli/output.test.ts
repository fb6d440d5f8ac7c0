import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { printResult, toCsv } from "./output";

function sink() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s), isTTY: false } };
}

describe("toCsv / printResult", () => {
  const rows = {
    header: ["name", "n", "p", "ok"],
    rows: [
      ["=SUM(A1:A9)", 3, -0.25, true],
      ["+1 555", 0, null, false],
      ["@handle, \"quoted\"", 12, 0.5, null],
      ["-minus\tand tab", 1, 1, true],
    ],
  };

  it("toCsv(rows) neutralises formula-looking text (= + - @) but never numbers", () => {
    const lines = toCsv(rows).trimEnd().split("\n");
    expect(lines[1]).toBe("'=SUM(A1:A9),3,-0.25,true");
    expect(lines[2]).toBe("'+1 555,0,,false");
    expect(lines[3]).toBe(`"'@handle, ""quoted""",12,0.5,`);
    expect(lines[4]).toBe("'-minus\tand tab,1,1,true");
  });

  it("toCsv(rows) round-trips through papaparse (text gains only the leading quote)", () => {
    const parsed = Papa.parse<string[]>(toCsv(rows), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(rows.header);
    expect(parsed.data.slice(1).map((r) => [r[0]!.replace(/^'/, ""), Number(r[1]), r[2] === "" ? null : Number(r[2])])).toEqual(
      rows.rows.map((r) => [r[0], r[1], r[2]]),
    );
  });

  it("printResult(io, format, result) prints json, csv or a table fitting 80 columns", () => {
    const result = { json: () => ({ rows: rows.rows }), rows: () => rows };
    const json = sink();
    printResult(json.io, "json", result);
    expect(JSON.parse(json.out.stdout)).toEqual({ rows: rows.rows });
    const csv = sink();
    printResult(csv.io, "csv", result);
    expect(csv.out.stdout).toBe(toCsv(rows));
    const table = sink();
    printResult(table.io, "table", result);
    expect(table.out.stdout.split("\n")[2]).toMatch(/^=SUM\(A1:A9\) +3  -0\.25  yes$/); // the terminal shows text as is
    const narrow = sink();
    printResult({ ...narrow.io, columns: 40 }, "table", { ...result, rows: () => ({ header: ["name", "n"], rows: [["x".repeat(60), 123]] }) });
    for (const line of narrow.out.stdout.trimEnd().split("\n")) expect(line.length).toBeLessThanOrEqual(40);
    expect(narrow.out.stdout).toMatch(/x…  123\n$/);
  });
});
