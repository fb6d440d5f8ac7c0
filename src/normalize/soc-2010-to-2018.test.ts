import { describe, expect, it } from "vitest";
import { SocCode } from "../datasets/filing";
import { O_NET_2010_DETAIL_TO_2018, SOC_2010_TO_2018 } from "./soc-2010-to-2018";
import { parseSocCode } from "./soc-code";

describe("SOC_2010_TO_2018", () => {
  it("SOC_2010_TO_2018 holds the bridges ROCK and the OFLC crosswalks agree on", () => {
    const required: Record<string, string> = {
      "15-1132": "15-1252", "15-1133": "15-1252", "15-1034": "15-1252", "15-1035": "15-1252",
      "15-1036": "15-1252", "15-1037": "15-1252", "15-1121": "15-1211", "15-1122": "15-1212",
      "15-1131": "15-1251", "15-1134": "15-1254", "15-1141": "15-1242", "15-1142": "15-1244",
      "15-1143": "15-1241", "15-1151": "15-1232", "15-1152": "15-1231", "15-1111": "15-1221",
      "15-1199": "15-1299", "29-1069": "29-1229", "29-1199": "29-1299", "15-1217": "15-1211",
      "15-1218": "15-1211", "15-1052": "15-1211", "15-1053": "15-1211", "15-1022": "15-1251",
      "15-1023": "15-1251", "15-1054": "15-1241", "15-1055": "15-1241", "15-1295": "15-1252",
      "15-1296": "15-1252", "15-1297": "15-1253", "15-1298": "15-1253", "17-2052": "17-2051",
      "17-2053": "17-2051", "17-2073": "17-2071", "17-2074": "17-2071", "17-2143": "17-2141",
      "17-2144": "17-2141", "15-1031": "15-1252",
    };
    for (const [from, to] of Object.entries(required)) expect(SOC_2010_TO_2018[from], from).toBe(to);
  });

  it("SOC_2010_TO_2018 leaves codes that are still SOC-2018 codes out", () => {
    for (const code of ["15-1252", "15-1211", "17-2051", "17-2141", "15-2041", "11-9199", "13-1199", "29-1141"]) {
      expect(SOC_2010_TO_2018[code], code).toBeUndefined();
    }
  });

  it("SOC_2010_TO_2018 keys and targets are canonical SOC codes, and no target is a key", () => {
    const entries = Object.entries(SOC_2010_TO_2018);
    expect(entries.length).toBeGreaterThan(100);
    for (const [from, to] of entries) {
      expect(parseSocCode(from), from).toBe(from);
      expect(SocCode.safeParse(to).success, to).toBe(true);
      expect(parseSocCode(to), to).toBe(to);
      expect(SOC_2010_TO_2018[to], `${from} -> ${to} chains`).toBeUndefined();
    }
  });

  it("SOC_2010_TO_2018 is frozen", () => {
    expect(Object.isFrozen(SOC_2010_TO_2018)).toBe(true);
  });
});

describe("O_NET_2010_DETAIL_TO_2018", () => {
  it("O_NET_2010_DETAIL_TO_2018 sends O*NET detail occupations that moved on their own", () => {
    expect(O_NET_2010_DETAIL_TO_2018["15-1199.01"]).toBe("15-1253"); // Software QA Engineers and Testers
    expect(O_NET_2010_DETAIL_TO_2018["15-1199.06"]).toBe("15-1243"); // Database Architects
    expect(O_NET_2010_DETAIL_TO_2018["15-1199.08"]).toBe("15-2051"); // Business Intelligence Analysts
    expect(O_NET_2010_DETAIL_TO_2018["29-1069.04"]).toBe("29-1217"); // Neurologists
    expect(O_NET_2010_DETAIL_TO_2018["15-1199.02"]).toBeUndefined(); // Systems Engineers/Architects stay in 15-1299
  });

  it("O_NET_2010_DETAIL_TO_2018 keys are O*NET codes; targets are SOC codes that are not bridged again", () => {
    for (const [from, to] of Object.entries(O_NET_2010_DETAIL_TO_2018)) {
      expect(from).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
      expect(parseSocCode(to), to).toBe(to);
      expect(SOC_2010_TO_2018[to], to).toBeUndefined();
      const parent = from.slice(0, 7);
      expect(to, from).not.toBe(SOC_2010_TO_2018[parent] ?? parent);
    }
  });
});
