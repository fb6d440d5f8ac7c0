/** main(argv, io) in process: commander never exits the process, and every byte goes through io. */
import { describe, expect, it } from "vitest";
import { COMMANDS, main } from "../src/cli/main";
import type { Io } from "../src/cli/io";

function sink(overrides: Partial<Io> = {}) {
  const out = { stdout: "", stderr: "" };
  const io: Io = { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), isTTY: false, ...overrides };
  return { out, io };
}

describe("main(argv, io)", () => {
  it("help goes to io.stdout and resolves to 0 for the program and every command", async () => {
    const top = sink();
    expect(await main(["--help"], top.io)).toBe(0);
    expect(top.out.stdout).toMatch(/^Usage: oflc-sponsors <command> \[options\]/);
    for (const c of COMMANDS) {
      const { out, io } = sink();
      expect(await main([c.name, "--help"], io), c.name).toBe(0);
      expect(out.stdout).toContain(`Usage: oflc-sponsors ${c.name} `);
      expect(out.stdout).toContain("\nExamples:\n");
      expect(out.stderr).toBe("");
    }
  });

  it("no arguments prints the help and resolves to 2", async () => {
    const { out, io } = sink();
    expect(await main([], io)).toBe(2);
    expect(out.stdout).toContain("Commands:");
  });

  it("usage errors resolve to 2 with one line on io.stderr", async () => {
    for (const argv of [["frobnicate"], ["read"], ["rank", "--index", "x.snap", "--top", "-3"], ["occupations", "x", "--index", "y", "--limit", "1.5"], ["generate", "--seed", "abc"]]) {
      const { out, io } = sink();
      expect(await main(argv, io), argv.join(" ")).toBe(2);
      expect(out.stderr.split("\n"), argv.join(" ")).toHaveLength(2);
      expect(out.stdout).toBe("");
    }
    const { out, io } = sink();
    await main(["occupations", "x", "--index", "y", "--limit", "1.5"], io);
    expect(out.stderr).toBe('oflc-sponsors occupations: --limit "1.5": expected a positive whole number\n');
  });

  it("an unexpected internal error is one line, plus its stack only with --verbose", async () => {
    const failing = () => {
      throw new TypeError("stdout went away");
    };
    const quiet = sink({ stdout: failing });
    expect(await main(["wage-level", "--wages", "data-samples/wages/OFLC_Wages_2025-26.zip", "--soc", "15-1252", "--area", "42660"], quiet.io)).toBe(1);
    expect(quiet.out.stderr).toBe("oflc-sponsors wage-level: stdout went away\n");
    const verbose = sink({ stdout: failing });
    expect(await main(["wage-level", "--wages", "data-samples/wages/OFLC_Wages_2025-26.zip", "--soc", "15-1252", "--area", "42660", "--verbose"], verbose.io)).toBe(1);
    expect(verbose.out.stderr).toMatch(/^oflc-sponsors wage-level: stdout went away\nTypeError: stdout went away\n\s+at /);
  });

  it("--json is --format json; tables fit io.columns", async () => {
    const args = ["wage-level", "--wages", "data-samples/wages/OFLC_Wages_2025-26.zip", "--soc", "15-1252", "--area", "42660"];
    const a = sink();
    const b = sink();
    await main([...args, "--json"], a.io);
    await main([...args, "--format", "json"], b.io);
    expect(a.out.stdout).toBe(b.out.stdout);
    const read = sink({ columns: 50 });
    expect(await main(["read", "data-samples/PERM_Disclosure_Data_New_Form_FY2024_Q4.csv"], read.io)).toBe(0);
    const table = read.out.stdout.split("\n").slice(0, 4);
    for (const line of table) expect(line.length, line).toBeLessThanOrEqual(50);
    expect(table[2]).toMatch(/^PERM_D[^ ]*…\s+perm-d\s+128/);
  });
});
