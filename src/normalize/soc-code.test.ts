import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { SocCode } from "../datasets/filing";
import { parseSocCode, socBroadGroup, socMajorGroup, socMinorGroup } from "./soc-code";

const MAJOR_GROUPS = ["11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31", "33", "35", "37", "39", "41", "43", "45", "47", "49", "51", "53", "55"];

describe("parseSocCode", () => {
  it("parseSocCode(string) accepts dashed, undashed, O*NET-suffixed and pandas-float codes", () => {
    expect(parseSocCode("15-1252")).toBe("15-1252");
    expect(parseSocCode("151252")).toBe("15-1252");
    expect(parseSocCode("151132")).toBe("15-1132");
    expect(parseSocCode("15-1252.00")).toBe("15-1252");
    expect(parseSocCode("15-1252.01")).toBe("15-1252");
    expect(parseSocCode("29-1069.99")).toBe("29-1069");
    expect(parseSocCode("17-2141.00")).toBe("17-2141");
    expect(parseSocCode("151252.0")).toBe("15-1252");
    expect(parseSocCode(" 15-1252 ")).toBe("15-1252");
    expect(parseSocCode("\u00a015-1031.00\t")).toBe("15-1031");
  });

  it("parseSocCode(string) rejects titles, metro codes, Excel dates and DOT codes", () => {
    for (const s of ["SOFTWARE DEVELOPERS, APPLICATIONS", "35614", "36780", "26900", "11/1/2021", "30", "39", "160", "n/a", "", "15-125", "15-12522", "15--1252", "15 1252", "15-1252.", "15-1252.001", "15-1252.0a", "1512520", "15_1252"]) {
      expect(parseSocCode(s), s).toBeNull();
    }
  });

  it("parseSocCode(string) rejects codes whose major group does not exist", () => {
    expect(parseSocCode("10-1021.00")).toBeNull(); // typo for 19-1021 Biochemists
    expect(parseSocCode("00-0000")).toBeNull();
    expect(parseSocCode("12-1011")).toBeNull();
    expect(parseSocCode("99-9999")).toBeNull();
    expect(parseSocCode("55-1011")).toBe("55-1011");
  });

  it("parseSocCode returns null for null and undefined", () => {
    expect(parseSocCode(null)).toBeNull();
    expect(parseSocCode(undefined)).toBeNull();
  });

  const socLike = fc.stringMatching(/^\s?\d{2}-?\d{4}(\.\d{1,3})?\s?$/);

  test.prop([fc.oneof(fc.string({ unit: "binary" }), socLike)])("parseSocCode is idempotent", (s) => {
    const once = parseSocCode(s);
    expect(once === null ? null : parseSocCode(once)).toBe(once);
  });

  test.prop([fc.oneof(fc.string(), socLike)])("parseSocCode output matches the SocCode schema and a real major group", (s) => {
    const out = parseSocCode(s);
    if (out === null) return;
    expect(SocCode.safeParse(out).success).toBe(true);
    expect(MAJOR_GROUPS).toContain(out.slice(0, 2));
  });

  test.prop([fc.constantFrom(...MAJOR_GROUPS), fc.integer({ min: 0, max: 9999 })])(
    "parseSocCode reads every NNNNNN code of a real major group",
    (major, rest) => {
      const detail = String(rest).padStart(4, "0");
      expect(parseSocCode(`${major}${detail}`)).toBe(`${major}-${detail}`);
    },
  );
});

describe("SOC groups", () => {
  const code = parseSocCode("15-1252") as SocCode;

  it("socMajorGroup(code) is NN-0000", () => {
    expect(socMajorGroup(code)).toBe("15-0000");
  });

  it("socMinorGroup(code) is NN-NN00", () => {
    expect(socMinorGroup(code)).toBe("15-1200");
    expect(socMinorGroup(parseSocCode("29-1069") as SocCode)).toBe("29-1000");
  });

  it("socBroadGroup(code) is NN-NNN0", () => {
    expect(socBroadGroup(code)).toBe("15-1250");
    expect(socBroadGroup(parseSocCode("29-1069") as SocCode)).toBe("29-1060");
  });
});
