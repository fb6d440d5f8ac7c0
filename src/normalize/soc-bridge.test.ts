import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { SocCode } from "../datasets/filing";
import { parseSoc2018, SOC_2010_TO_2018, toSoc2018 } from "./soc-bridge";
import { parseSocCode } from "./soc-code";

const soc = (s: string): SocCode => parseSocCode(s) as SocCode;

describe("toSoc2018", () => {
  it("toSoc2018(code) bridges SOC-2010 codes to SOC-2018", () => {
    expect(toSoc2018(soc("15-1132"))).toBe("15-1252");
    expect(toSoc2018(soc("15-1133"))).toBe("15-1252");
    expect(toSoc2018(soc("15-1121"))).toBe("15-1211");
    expect(toSoc2018(soc("29-1069"))).toBe("29-1229");
  });

  it("toSoc2018(code) bridges OFLC hybrid R&D / Non-R&D codes", () => {
    expect(toSoc2018(soc("15-1034"))).toBe("15-1252");
    expect(toSoc2018(soc("15-1035"))).toBe("15-1252");
    expect(toSoc2018(soc("15-1217"))).toBe("15-1211");
    expect(toSoc2018(soc("17-2144"))).toBe("17-2141");
  });

  it("toSoc2018(code) keeps SOC-2018 codes and unknown codes", () => {
    expect(toSoc2018(soc("15-1252"))).toBe("15-1252");
    expect(toSoc2018(soc("13-2011"))).toBe("13-2011");
    expect(toSoc2018(soc("55-9999"))).toBe("55-9999");
  });

  test.prop([fc.constantFrom(...Object.keys(SOC_2010_TO_2018), "15-1252", "11-1011", "29-1141")])(
    "toSoc2018 is idempotent",
    (code) => {
      const once = toSoc2018(soc(code));
      expect(toSoc2018(once)).toBe(once);
    },
  );
});

describe("parseSoc2018", () => {
  it("parseSoc2018(string) parses, then bridges", () => {
    expect(parseSoc2018("15-1132.00")).toBe("15-1252");
    expect(parseSoc2018("151121")).toBe("15-1211");
    expect(parseSoc2018("151132.0")).toBe("15-1252");
    expect(parseSoc2018(" 15-1252 ")).toBe("15-1252");
  });

  it("parseSoc2018(string) uses the O*NET-2010 detail code before dropping it", () => {
    expect(parseSoc2018("15-1199.01")).toBe("15-1253");
    expect(parseSoc2018("151199.01")).toBe("15-1253");
    expect(parseSoc2018("15-1199.02")).toBe("15-1299");
    expect(parseSoc2018("15-1199.00")).toBe("15-1299");
    expect(parseSoc2018("29-1069.04")).toBe("29-1217");
    expect(parseSoc2018("15-2041.02")).toBe("15-2051");
    expect(parseSoc2018("15-2041.00")).toBe("15-2041");
  });

  it("parseSoc2018(string) returns null for what is not a SOC code", () => {
    expect(parseSoc2018("10-1021.00")).toBeNull();
    expect(parseSoc2018("35614")).toBeNull();
    expect(parseSoc2018(null)).toBeNull();
  });

  const socLike = fc.oneof(
    fc.stringMatching(/^\d{2}-?\d{4}(\.\d{2})?$/),
    fc.constantFrom("15-1199.01", "29-1069.10", "15-1132.00", "15-1035"),
  );

  test.prop([fc.oneof(fc.string(), socLike)])("parseSoc2018 is idempotent and matches the SocCode schema", (s) => {
    const once = parseSoc2018(s);
    if (once === null) return;
    expect(SocCode.safeParse(once).success).toBe(true);
    expect(parseSoc2018(once)).toBe(once);
  });
});
