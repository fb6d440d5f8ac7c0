import { describe, expect, it } from "vitest";
import { officialSocTitle, socFromOfficialTitle, socTitleKey } from "./soc-title";
import { SOC_2010_TITLES, SOC_2018_TITLES } from "./soc-titles";

describe("official SOC titles", () => {
  it("resolve SOC-2018 and SOC-2010 wording, and OFLC's R&D hybrids, to SOC-2018 codes", () => {
    expect(socFromOfficialTitle("Software Developers")).toBe("15-1252");
    expect(socFromOfficialTitle("Software Developers, Applications")).toBe("15-1252");
    expect(socFromOfficialTitle("SOFTWARE DEVELOPERS, SYSTEMS SOFTWARE")).toBe("15-1252");
    expect(socFromOfficialTitle("Software Developers, Applications, Non R&D")).toBe("15-1252");
    expect(socFromOfficialTitle("Computer Systems Analysts")).toBe("15-1211");
    expect(socFromOfficialTitle("Statisticians")).toBe("15-2041");
    expect(socFromOfficialTitle("Data Scientists")).toBe("15-2051");
    expect(socFromOfficialTitle("Rocket Surgeon")).toBeNull();
  });
  it("every SOC-2018 title in the table maps back to its own code", () => {
    const wrong = SOC_2018_TITLES.filter(([code, title]) => socFromOfficialTitle(title) !== code);
    expect(wrong).toEqual([]);
  });
  it("every SOC-2010 title resolves to some SOC-2018-era code", () => {
    expect(SOC_2010_TITLES.filter(([, title]) => socFromOfficialTitle(title) === null)).toEqual([]);
  });
  it("officialSocTitle / socTitleKey", () => {
    expect(officialSocTitle("15-1252")).toBe("Software Developers");
    expect(officialSocTitle("99-9999")).toBeNull();
    expect(socTitleKey("  ")).toBeNull();
  });
});
