import { describe, expect, it } from "vitest";
import { DisclosureError } from "../errors";
import { generateWageSamples } from "./generate-wage-samples";
import { readWageLibrary } from "./read-wage-library";
import { resolveArea } from "./resolve-area";
import { wageLevelOf } from "./wage-level-of";
import { wageLevels } from "./wage-levels";

const sample = readWageLibrary(generateWageSamples().find((f) => f.path.endsWith(".zip"))!.bytes);

/** A SOC-2010 wage year with OFLC hybrid codes, as in 2020-21: 15-1132 itself carries no wages. */
const soc2010 = readWageLibrary(
  [
    {
      name: "OWL_2021/ALC_Export.csv",
      content: [
        '"Area","SocCode","GeoLvl","Level1","Level2","Level3","Level4","Average"',
        '"41940","15-1132","1",,,,,',
        '"41940","15-1034","1","50.00","62.00","74.00","86.00","70.00"',
        '"41940","15-1035","1","54.00","66.00","78.00","90.00","72.00"',
        '"41940","15-1133","1","56.00","68.00","80.00","92.00","75.00"',
      ].join("\r\n"),
    },
    {
      name: "OWL_2021/oes_soc_occs.csv",
      content: [
        '"soccode","soctitle","socdefinition"',
        '"15-1034","Software Developers, Applications, Non R&D","Software Developers, Applications, Non R&D"',
        '"15-1035","Software Developers, Applications, R&D","Software Developers, Applications, R&D"',
        '"15-1132","Software Developers, Applications","Develop, create, and modify general computer applications software."',
        '"15-1133","Software Developers, Systems Software","Research, design, develop, and test operating systems-level software."',
      ].join("\r\n"),
    },
    {
      name: "OWL_2021/xwalk_plus.csv",
      content: [
        '"OES_SOCCODE","OES_SOCTITLE","TruncOnetCode","OnetCode","ONetTitle"',
        '"15-1035","Software Developers, Applications, R&D","15-1132","15-1132.00","Software Developers, Applications"',
        '"15-1034","Software Developers, Applications, Non R&D","15-1132","15-1132.00","Software Developers, Applications"',
        '"15-1132","Software Developers, Applications","15-1132","15-1132.00","Software Developers, Applications"',
      ].join("\r\n"),
    },
  ],
  { wageYear: "2020-21" },
);

describe("wageLevels", () => {
  it("wageLevels(lib, soc, areaCode) returns the four levels hourly and annual (data-samples/wages 2025-26)", async () => {
    const lib = await sample;
    expect(wageLevels(lib, "15-1252", "42660")).toEqual({
      area: "42660",
      areaName: "Seattle-Tacoma-Bellevue, WA",
      geoLvl: 1,
      socQueried: "15-1252",
      socUsed: "15-1252",
      socTitle: "Software Developers",
      socVintage: 2018,
      wageYear: "2025-26",
      table: "ALC",
      levels: {
        I: { hourly: 48.36, annual: 100588.8 },
        II: { hourly: 60.67, annual: 126193.6 },
        III: { hourly: 72.99, annual: 151819.2 },
        IV: { hourly: 85.3, annual: 177424 },
      },
      average: { hourly: 66.83, annual: 139006.4 },
      label: null,
      basis: "hour",
    });
  });

  it("wageLevels(lib, soc, place) resolves { city, state } and { county, state } through Geography", async () => {
    const lib = await sample;
    const byCode = wageLevels(lib, "15-1252", 42660);
    expect(wageLevels(lib, "15-1252", { city: "Seattle", state: "WA" })).toEqual(byCode);
    expect(wageLevels(lib, "15-1252", { county: "Pierce", state: "Washington" })).toEqual(byCode);
    expect(wageLevels(lib, "15-1252", { county: "King", state: "TX" })?.area).toBe("4800001");
    expect(wageLevels(lib, "15-1252", { city: "Mayagüez", state: "PR" })?.areaName).toBe("Mayagüez, PR");
    expect(wageLevels(lib, "15-1252", { city: "Alexandria", state: "VA" })?.area).toBe("47900");
    expect(resolveArea(lib, { county: "Richmond", state: "VA" })?.area).toBe("5100003");
    expect(resolveArea(lib, { city: "Richmond", state: "VA" })?.area).toBe("40060");
    expect(wageLevels(lib, "15-1252", { city: "Atlantis", state: "WA" })).toBeNull();
    expect(wageLevels(lib, "15-1252", "99999")).toBeNull();
    // Area names, as new-form PERM files write PRIMARY_WORKSITE_BLS_AREA:
    expect(wageLevels(lib, "15-1252", "SEATTLE-TACOMA-BELLEVUE, WA")).toEqual(byCode);
    expect(wageLevels(lib, "15-1252", "Mayaguez, PR")?.area).toBe("32420");
    expect(wageLevels(lib, "15-1252", "Seattle")).toBeNull();
  });

  it("High Wage rows give levels null and the average; Annual Wage rows are annual; No ACWIA in EDC", async () => {
    const lib = await sample;
    expect(wageLevels(lib, "29-1216", "42660")).toMatchObject({ label: "High Wage", levels: null, average: { hourly: 115, annual: 239200 } });
    expect(wageLevels(lib, "25-1021", "42660")).toMatchObject({
      label: "Annual Wage",
      basis: "year",
      levels: { I: { hourly: 43, annual: 89436.5 } },
    });
    expect(wageLevels(lib, "27-2021", "42660")).toMatchObject({ label: "No Leveled Wage", levels: null, average: null });
    expect(wageLevels(lib, "29-1216", "42660", { acwia: true })).toMatchObject({ table: "EDC", label: "No ACWIA" });
    const edc = wageLevels(lib, "15-1252", "42660", { acwia: true })!;
    expect(edc.table).toBe("EDC");
    expect(edc.levels!.I!.hourly).toBeLessThan(48.36);
  });

  it("reports GeoLvl fallbacks (2 = contiguous counties, 3 = statewide)", async () => {
    const lib = await sample;
    const geo = [...lib.areas.keys()].map((a) => wageLevels(lib, "13-2011", a)?.geoLvl);
    expect(new Set(geo)).toEqual(new Set([1, 2, 3]));
  });

  it("bridges SOC vintages: a SOC-2018 query against a SOC-2010 library, through OFLC hybrids", async () => {
    const lib = await soc2010;
    expect(lib.socVintage).toBe(2010);
    // 15-1252 → (reverse bridge) 15-1132, which has no wages → its crosswalk: Non R&D hybrid before R&D.
    expect(wageLevels(lib, "15-1252", "41940")).toMatchObject({
      socQueried: "15-1252",
      socUsed: "15-1034",
      socTitle: "Software Developers, Applications, Non R&D",
      socVintage: 2010,
      levels: { I: { hourly: 50, annual: 104000 } },
    });
    expect(wageLevels(lib, "15-1132.00", "41940")?.socUsed).toBe("15-1034");
    expect(wageLevels(lib, "151132", "41940")?.socUsed).toBe("15-1034");
    expect(wageLevels(lib, "15-1035", "41940")?.socUsed).toBe("15-1035");
    expect(wageLevels(lib, "15-1133", "41940")?.socUsed).toBe("15-1133");
  });

  it("bridges a SOC-2010 query forward against a SOC-2018 library", async () => {
    const lib = await sample;
    expect(wageLevels(lib, "15-1132", "42660")).toMatchObject({ socQueried: "15-1132", socUsed: "15-1252" });
    expect(wageLevels(lib, "15-1121", "42660")).toMatchObject({ socUsed: "15-1211", socTitle: "Computer Systems Analysts" });
    expect(wageLevels(lib, "15-1199.01", "42660")?.socUsed).toBe("15-1253");
  });

  it("throws DisclosureError invalid_option naming the bad field", async () => {
    const lib = await sample;
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof DisclosureError ? `${e.code}: ${e.message}` : String(e);
      }
      return "no error";
    };
    expect(code(() => wageLevels(lib, "software", "42660"))).toMatch(/^invalid_option: wageLevels: invalid query "soc": "software" is not a SOC code/);
    expect(code(() => wageLevels(lib, "15-1252", "0"))).toMatch(/invalid query "area": "0" is not a BLS area code or area name/);
    expect(code(() => wageLevels(lib, "15-1252", " "))).toMatch(/invalid query "area": must not be blank/);
    expect(code(() => wageLevels(lib, "15-1252", { city: "Seattle", state: "Zz" }))).toMatch(/invalid query "area.state": "Zz" is not a U.S. state/);
    expect(code(() => wageLevels(lib, "15-1252", { city: "Seattle" }))).toMatch(/invalid query "area.state": a state is required/);
    expect(code(() => wageLevels(lib, "15-1252", { state: "WA" }))).toMatch(/invalid query "area.county": give a county or a city/);
    expect(code(() => wageLevels(lib, "15-1252", { city: 7, state: "WA" } as never))).toMatch(/invalid query "area.city"/);
    expect(code(() => wageLevels(lib, "15-1252", "42660", { acwia: "yes" } as never))).toMatch(/invalid query "options.acwia"/);
    expect(code(() => resolveArea(lib, { county: "King", state: "" }))).toMatch(/^invalid_option: resolveArea: invalid query "state"/);
    expect(code(() => wageLevelOf(lib, { amount: -5, unit: "year" }, "15-1252", "42660"))).toMatch(/invalid query "wage.amount"/);
    expect(code(() => wageLevelOf(lib, { amount: 5, unit: "fortnight" }, "15-1252", "42660"))).toMatch(/invalid query "wage.unit"/);
    expect(code(() => wageLevelOf(lib, { amount: 5, unit: "hour" }, "1", "42660"))).toMatch(/^invalid_option: wageLevelOf: invalid query "soc"/);
    const noEdc = await soc2010;
    expect(code(() => wageLevels(noEdc, "15-1252", "41940", { acwia: true }))).toMatch(/has no EDC_Export.csv/);
  });
});

describe("wageLevelOf", () => {
  it("wageLevelOf(lib, wage, soc, area) gives the level reached, the next level and the headroom", async () => {
    const lib = await sample;
    const r = wageLevelOf(lib, { amount: 165000, unit: "year" }, "15-1252", "42660")!;
    expect(r).toMatchObject({ level: "III", annual: 165000, nextLevel: "IV", headroomToNext: 12424 });
    expect(r.wages.socUsed).toBe("15-1252");
    expect(wageLevelOf(lib, { amount: 90000, unit: "yr" }, "15-1252", "42660")).toMatchObject({
      level: "below I",
      nextLevel: "I",
      headroomToNext: 10588.8,
    });
    expect(wageLevelOf(lib, { amount: 60.67, unit: "Hour" }, "15-1252", "42660")).toMatchObject({ level: "II", annual: 126193.6 });
    expect(wageLevelOf(lib, { amount: 15000, unit: "Month" }, "15-1252", "42660")).toMatchObject({
      level: "IV",
      annual: 180000,
      nextLevel: null,
      headroomToNext: null,
    });
    expect(wageLevelOf(lib, { amount: 5000, unit: "bi-weekly" }, "15-1252", "42660")?.annual).toBe(130000);
  });

  it("wageLevelOf returns null when there are no leveled wages (High Wage, not found)", async () => {
    const lib = await sample;
    expect(wageLevelOf(lib, { amount: 300000, unit: "year" }, "29-1216", "42660")).toBeNull();
    expect(wageLevelOf(lib, { amount: 300000, unit: "year" }, "15-1252", "12345")).toBeNull();
  });
});
