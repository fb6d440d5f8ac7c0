import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main";

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

describe("oflc-sponsors read", () => {
  it("--json prints exactly files[] and total{} with the documented keys", async () => {
    const { code, stdout } = await run(["read", "data-samples/PERM_Disclosure_Data_FY2025_Q2.csv", "data-samples/PERM_Disclosure_Data_FY2025_Q4.csv", "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { files: Record<string, unknown>[]; total: Record<string, number> };
    expect(Object.keys(out)).toEqual(["files", "total"]);
    expect(Object.keys(out.files[0]!)).toEqual(["file", "dataset", "era", "read", "kept", "flagged", "blank", "duplicates"]);
    expect(Object.keys(out.total)).toEqual(["read", "kept", "flagged", "blank", "duplicates"]);
    expect(out.total.read).toBe(out.total.kept! + out.total.flagged! + out.total.blank! + out.total.duplicates!);
    expect(out.files[0]).toMatchObject({ era: "perm-d-soc", read: 198, kept: 0, duplicates: 168 }); // Q4 holds every Q2 case
  });
  it("reads a wage-library bundle (the downloaded zip) and reports its tables", async () => {
    const { code, stdout } = await run(["read", "data-samples/wages/OFLC_Wages_2025-26.zip", "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { wages: { wageYear: string; alcRows: number; refused: number }[] };
    expect(out.wages[0]).toMatchObject({ wageYear: "2025-26", refused: 0 });
    expect(out.wages[0]!.alcRows).toBeGreaterThan(100);
  });
  it("a missing file exits 1 with one line naming it; a bad flag exits 2", async () => {
    const missing = await run(["read", "no/such/file.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("no/such/file.csv");
    const bad = await run(["read", "data-samples", "--dataset", "h2b"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--dataset");
  });
});
