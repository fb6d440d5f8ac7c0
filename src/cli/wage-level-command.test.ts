import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "./main";

const WAGES = fileURLToPath(new URL("../../data-samples/wages/", import.meta.url));
const ZIP = `${WAGES}OFLC_Wages_2025-26.zip`;
const FOLDER = `${WAGES}OFLC_Wages_2025-26`;

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

describe("oflc-sponsors wage-level", () => {
  it("prints the four levels hourly and annual for an area code", async () => {
    const r = await run("wage-level", "--wages", ZIP, "--soc", "15-1252", "--area", "42660");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe(
      [
        "Software Developers (15-1252) in Seattle-Tacoma-Bellevue, WA (42660)",
        "wage year 2025-26, ALC (all industries), GeoLvl 1",
        "level      hourly      annual",
        "---------  ------  ----------",
        "Level I     48.36  100,588.80",
        "Level II    60.67  126,193.60",
        "Level III   72.99  151,819.20",
        "Level IV    85.30  177,424.00",
        "Average     66.83  139,006.40",
        "",
      ].join("\n"),
    );
  });

  it("resolves --city/--state through Geography and places a --wage among the levels", async () => {
    const r = await run("wage-level", "--wages", FOLDER, "--soc", "15-1252", "--city", "Seattle", "--state", "WA", "--wage", "165000/year");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("in Seattle-Tacoma-Bellevue, WA (42660)  (area named after the city)");
    expect(r.stdout).toContain("offered 165,000.00/year = 165,000.00 a year: Level III; 12,424.00 a year short of Level IV\n");
    const hourly = await run("wage-level", "--wages", FOLDER, "--soc", "15-1132", "--county", "King", "--state", "WA", "--wage", "40");
    expect(hourly.stdout).toContain("(15-1132 → 15-1252)");
    expect(hourly.stdout).toContain("(county King County)");
    expect(hourly.stdout).toContain("offered 40.00/hour = 83,200.00 a year: below Level I; 17,388.80 a year short of Level I\n");
  });

  it("--json prints the lookup, how the area was resolved and the offer's level", async () => {
    const r = await run("wage-level", "--wages", ZIP, "--soc", "15-1252", "--city", "Seattle, WA", "--wage", "185000/yr", "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      area: "42660",
      socUsed: "15-1252",
      wageYear: "2025-26",
      levels: { IV: { hourly: 85.3, annual: 177424 } },
      resolvedBy: { area: "42660", matchedBy: "area-name" },
      offer: { amount: 185000, unit: "year", level: "IV", annual: 185000, nextLevel: null, headroomToNext: null },
    });
    const high = JSON.parse((await run("wage-level", "--wages", ZIP, "--soc", "29-1216", "--area", "42660", "--wage", "300000", "--json")).stdout);
    expect(high).toMatchObject({ label: "High Wage", levels: null, average: { hourly: 115 }, offer: { level: null } });
  });

  it("--acwia uses the EDC table", async () => {
    const r = await run("wage-level", "--wages", ZIP, "--soc", "15-1252", "--area", "42660", "--acwia");
    expect(r.stdout).toContain("EDC (ACWIA)");
  });

  it("exits 2 with a one-line message for bad flags and queries, 1 for lookups that find nothing", async () => {
    expect(await run("wage-level", "--soc", "15-1252", "--area", "42660")).toMatchObject({ code: 2, stderr: expect.stringContaining("--wages") });
    expect(await run("wage-level", "--wages", ZIP, "--area", "42660")).toMatchObject({ code: 2, stderr: expect.stringContaining("--soc") });
    expect(await run("wage-level", "--wages", ZIP, "--soc", "15-1252")).toMatchObject({ code: 2 });
    expect(await run("wage-level", "--wages", ZIP, "--soc", "15-1252", "--area", "42660", "--city", "Seattle")).toMatchObject({ code: 2 });
    expect(await run("wage-level", "--wages", ZIP, "--soc", "15-1252", "--area", "42660", "--bogus")).toMatchObject({ code: 2 });
    expect(await run("wage-level", "--wages", ZIP, "--soc", "15-1252", "--area", "42660", "--wage", "lots")).toMatchObject({ code: 2, stderr: expect.stringContaining("--wage") });
    expect(await run("wage-level", "--wages", ZIP, "--soc", "nurse", "--area", "42660")).toMatchObject({
      code: 2,
      stderr: 'oflc-sponsors wage-level: "soc": "nurse" is not a SOC code; expected e.g. "15-1252"\n',
    });
    expect(await run("wage-level", "--wages", ZIP, "--soc", "15-1252", "--city", "Seattle", "--state", "Narnia")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('"state": "Narnia" is not a U.S. state'),
    });
    expect(await run("wage-level", "--wages", ZIP, "--soc", "15-1252", "--city", "Atlantis", "--state", "WA")).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("no BLS area found for city Atlantis, WA"),
    });
    expect(await run("wage-level", "--wages", ZIP, "--soc", "15-1252", "--area", "99999")).toMatchObject({ code: 1, stderr: expect.stringContaining("no wages") });
    expect(await run("wage-level", "--wages", `${WAGES}missing.zip`, "--soc", "15-1252", "--area", "42660")).toMatchObject({ code: 1 });
  });

  it("--help prints the usage; the top-level help lists the command", async () => {
    expect((await run("wage-level", "--help")).stdout).toContain("Usage: oflc-sponsors wage-level");
    expect((await run("--help")).stdout).toContain("wage-level");
  });
});
