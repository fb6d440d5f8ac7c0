// Real wage-library files from ../shared/oflc/samples (read-only, beside the repository; see its SOURCES.md).
// The 2020-21 Geography.csv, oes_soc_occs.csv and xwalk_plus.csv are DOL's own bytes; the "recent" ones were
// re-saved by another project. The Santa Clara levels are real ALC values re-shaped by their author.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readWageLibrary } from "./read-wage-library";
import { resolveArea } from "./resolve-area";
import { wageLevelOf } from "./wage-level-of";
import { wageLevels } from "./wage-levels";

const DIR = fileURLToPath(new URL("../../../shared/oflc/samples/", import.meta.url));
const bytes = (f: string) => new Uint8Array(readFileSync(DIR + f));

/** The derived Santa Clara file as the ALC_Export.csv of area 41940 it came from (`NOPE` = missing). */
function santaClaraAlc(): string {
  const lines = readFileSync(DIR + "owl_2020-21_alc_levels_SantaClara_duaneking_derived.csv", "utf8").split(/\r?\n/).slice(1);
  const out = ['"Area","SocCode","GeoLvl","Level1","Level2","Level3","Level4","Average"'];
  const seen = new Set<string>();
  for (const line of lines) {
    const [soc, ...levels] = line.split(",").slice(0, 5);
    if (!soc || seen.has(soc)) continue; // one row per O*NET code in the derived file; one per SOC in ALC
    seen.add(soc);
    out.push(`"41940","${soc}",1,${levels.map((v) => (v === "NOPE" ? "" : `"${v}"`)).join(",")},`);
  }
  return out.join("\r\n") + "\r\n";
}

/** Call `f` once, on first use (so a skipped suite never reads the absent files). */
function lazy<T>(f: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: f() }).v;
}

describe.skipIf(!existsSync(DIR))("wage library on the real samples in ../shared/oflc/samples", () => {
  const lib2020 = lazy(() => readWageLibrary(
    [
      { name: "OWL_2021/Geography.csv", content: bytes("owl_2020-21_Geography.csv") },
      { name: "OWL_2021/oes_soc_occs.csv", content: bytes("owl_2020-21_oes_soc_occs.csv") },
      { name: "OWL_2021/xwalk_plus.csv", content: bytes("owl_2020-21_xwalk_plus.csv") },
      { name: "OWL_2021/ALC_Export.csv", content: santaClaraAlc() },
    ],
    { wageYear: "2020-21" },
  ));
  const recent = lazy(() => readWageLibrary([
    { name: "Geography.csv", content: bytes("owl_recent_geography_h1b-paf-forge.csv") },
    { name: "oes_soc_occs.csv", content: bytes("owl_recent_oes_soc_occs_h1b-paf-forge.csv") },
    { name: "xwalk_plus.csv", content: bytes("owl_recent_xwalk_plus_h1b-paf-forge.csv") },
  ]));

  it("reads the 2020-21 Geography.csv: 4,991 county/town rows in 533 areas, DOS byte 0x81 read as ü", async () => {
    const lib = await lib2020();
    expect(lib.summary).toMatchObject({ areas: 533, places: 4991, occupations: 862, crosswalk: 1110 });
    expect(lib.areas.get("41940")?.name).toBe("San Jose-Sunnyvale-Santa Clara, CA");
    expect(lib.areas.get("41940")?.places).toEqual([
      { name: "San Benito County", state: "CA" },
      { name: "Santa Clara County", state: "CA" },
    ]);
    expect(lib.areas.get("32420")?.name).toBe("Mayagüez, PR");
    expect(lib.areas.get("35620")?.states).toEqual(["NJ", "NY", "PA"]);
    expect(lib.issues.filter((i) => !i.file.endsWith("oes_soc_occs.csv"))).toEqual([]);
  });

  it("reads the re-saved UTF-8 Geography: mojibake U+0081 repaired, trailing NBSP dropped, unquoted rows", async () => {
    const lib = await recent();
    expect(lib.summary).toMatchObject({ areas: 533, places: 4991 });
    expect(lib.areas.get("32420")?.name).toBe("Mayagüez, PR");
    expect(lib.areas.get("200006")?.places.map((p) => p.name)).toContain("Copper River Census Area");
    expect(lib.areas.get("26420")?.name).toBe("Houston-The Woodlands-Sugar Land, TX");
  });

  it("reads oes_soc_occs.csv in both header vintages, first two fields per line despite broken quoting", async () => {
    const [a, b] = [await lib2020(), await recent()];
    expect(a.occupations.get("15-1034")).toBe("Software Developers, Applications, Non R&D");
    expect(a.occupations.get("15-1132")).toBe("Software Developers, Applications");
    // Both lines carry unescaped quotes inside their descriptions; a whole-file parse merges them.
    expect(a.occupations.get("53-3033")).toBe("Light Truck or Delivery Services Drivers");
    expect(a.occupations.get("43-5021")).toBe("Couriers and Messengers");
    expect(b.occupations.get("15-1252")).toBe("Software Developers");
    expect(b.summary.occupations).toBe(848);
  });

  it("reads xwalk_plus.csv: O*NET 15-1132.00 → OFLC hybrids 15-1034 / 15-1035 and 15-1132", async () => {
    const lib = await lib2020();
    expect(lib.crosswalk.get("15-1132.00")).toEqual(["15-1034", "15-1035", "15-1132"]);
    expect(lib.crosswalk.get("15-1121")).toEqual(["15-1052", "15-1053", "15-1121"]);
    expect((await recent()).crosswalk.get("15-1252.00")).toEqual(["15-1252"]);
  });

  it("detects the SOC vintage from the codes: SOC-2010 for 2020-21, SOC-2018 for the recent files", async () => {
    expect((await lib2020()).socVintage).toBe(2010);
    expect((await recent()).socVintage).toBe(2018);
  });

  it("resolveArea finds areas by county, town/independent city, and area name (documented rule)", async () => {
    const lib = await lib2020();
    expect(resolveArea(lib, { county: "Santa Clara", state: "CA" })).toEqual({
      area: "41940",
      areaName: "San Jose-Sunnyvale-Santa Clara, CA",
      matchedBy: "county",
      place: "Santa Clara County",
    });
    expect(resolveArea(lib, { county: "KING COUNTY", state: "wa" })?.area).toBe("42660");
    expect(resolveArea(lib, { county: "King", state: "Texas" })?.area).toBe("4800001");
    expect(resolveArea(lib, { county: "Mayagüez", state: "PR" })?.area).toBe("32420"); // "Mayaguez Municipio"
    expect(resolveArea(lib, { county: "Richmond", state: "VA" })).toMatchObject({ area: "5100003", place: "Richmond County" });
    expect(resolveArea(lib, { city: "Richmond", state: "VA" })).toMatchObject({ area: "40060", matchedBy: "town", place: "Richmond city" });
    expect(resolveArea(lib, { city: "Cambridge", state: "MA" })).toMatchObject({ area: "71650", matchedBy: "town" });
    expect(resolveArea(lib, { city: "Seattle", state: "WA" })).toEqual({
      area: "42660",
      areaName: "Seattle-Tacoma-Bellevue, WA",
      matchedBy: "area-name",
      place: null,
    });
    expect(resolveArea(lib, { city: "Seattle, WA" })?.area).toBe("42660");
    expect(resolveArea(lib, { city: "Tacoma", state: "WA" })?.area).toBe("42660");
    expect(resolveArea(lib, { city: "Boston", state: "MA" })).toMatchObject({ area: "71650", matchedBy: "town" });
    expect(resolveArea(lib, { city: "Nashua", state: "NH" })).toMatchObject({ area: "71650" });
    expect(resolveArea(lib, { city: "Winston-Salem", state: "NC" })?.area).toBe("49180");
    expect(resolveArea(lib, { city: "Kansas City", state: "KS" })?.area).toBe("28140");
    expect(resolveArea(lib, { city: "Jersey City", state: "NJ" })?.area).toBe("35620");
    expect(resolveArea(lib, { city: "Nowhereville", state: "WA" })).toBeNull();
  });

  it("looks up real 2020-21 Santa Clara levels (derived ALC): hourly ×2080, annual rows by magnitude", async () => {
    const lib = await lib2020();
    expect(lib.summary.alcRows).toBe(820);
    const rn = wageLevels(lib, "29-1141", { county: "Santa Clara", state: "CA" })!;
    expect(rn).toMatchObject({ area: "41940", areaName: "San Jose-Sunnyvale-Santa Clara, CA", socUsed: "29-1141", socTitle: "Registered Nurses", basis: "hour" });
    expect(rn.levels?.I).toEqual({ hourly: 71.01, annual: 147700.8 });
    expect(rn.levels?.IV).toEqual({ hourly: 91.64, annual: 190611.2 });
    const teachers = wageLevels(lib, "25-1011", "41940")!;
    expect(teachers).toMatchObject({ basis: "year", label: null });
    expect(teachers.levels?.I).toEqual({ hourly: 55.39, annual: 115220 });
    // SOC-2018 Computer Systems Analysts against this SOC-2010 library: bridged back to 15-1121.
    expect(wageLevels(lib, "15-1211", "41940")).toMatchObject({ socQueried: "15-1211", socUsed: "15-1121", socVintage: 2010 });
    expect(wageLevels(lib, "15-1211", "41940")?.levels?.II).toEqual({ hourly: 72.67, annual: 151153.6 });
    // The derived file has no wages for 15-1132 (OFLC put them on the hybrid codes, which it lacks).
    expect(wageLevels(lib, "15-1252", "41940")).toMatchObject({ socUsed: "15-1132", levels: null });
    expect(wageLevelOf(lib, { amount: 80, unit: "Hour" }, "15-1211", "41940")).toMatchObject({
      level: "II",
      annual: 166400,
      nextLevel: "III",
      headroomToNext: 18470.4,
    });
  });
});
