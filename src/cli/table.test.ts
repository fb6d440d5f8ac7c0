import { describe, expect, it } from "vitest";
import { formatTable, wrapText } from "./table";

const long = "Extremely Long Employer Name Holdings International Incorporated of Delaware";

describe("formatTable", () => {
  it("formatTable(header, rows) right-aligns numbers and left-aligns text", () => {
    expect(formatTable(["name", "n"], [["Acme", 3], ["B", 12]])).toBe("name  n\n----  --\nAcme   3\nB     12\n");
  });
  it("formatTable(header, rows) fits every line in 80 columns by ellipsizing the widest text columns", () => {
    const rows = [
      [1, long, "12.5%", 1234567, "rated, a status with words in it"],
      [2, "Short Co", "1.0%", 3, "no-history"],
    ];
    const out = formatTable(["#", "employer", "P", "filings", "status"], rows);
    const lines = out.trimEnd().split("\n");
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    expect(lines[2]).toContain("…");
    expect(lines[2]).toContain("12.5%"); // number-like text is never cut
    expect(lines[2]).toContain("1234567");
    expect(lines[3]).toContain("Short Co");
  });
  it("formatTable(header, rows, { maxWidth }) honours a narrower terminal and elastic columns first", () => {
    const rows = [["fein-name-state", "a very long free-text column of spellings | more", 7]];
    const out = formatTable(["link", "spelled", "n"], rows, { maxWidth: 40, elastic: [1] });
    for (const l of out.trimEnd().split("\n")) expect(l.length).toBeLessThanOrEqual(40);
    expect(out).toContain("fein-name-state");
  });
  it("formatTable shortens headers of number columns only as a last resort", () => {
    const out = formatTable(["a-very-long-header", "another-long-header"], [[1, 2]], { maxWidth: 10 });
    for (const l of out.trimEnd().split("\n")) expect(l.length).toBeLessThanOrEqual(10);
    expect(out.split("\n")[2]).toMatch(/1\s+2$/);
  });
});

describe("wrapText", () => {
  it("wrapText(text, width, indent) wraps at spaces and indents continuation lines", () => {
    expect(wrapText("one two three", 7)).toBe("one two\nthree");
    expect(wrapText("  FY2025 PERM: a, b, c", 14, "  ")).toBe("  FY2025 PERM:\n  a, b, c");
  });
});
