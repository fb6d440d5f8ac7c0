import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { PwLevel } from "../datasets/filing";
import { parsePwLevel } from "./pw-level";

describe("parsePwLevel", () => {
  it("parsePwLevel(string) reads Level I-IV, I-IV and 1-4 in any case and spacing", () => {
    const cases: Record<string, PwLevel> = {
      "Level I": "I", "Level II": "II", "Level III": "III", "Level IV": "IV",
      I: "I", II: "II", III: "III", IV: "IV", "1": "I", "2": "II", "3": "III", "4": "IV",
      "Level 2": "II", "level iii": "III", " LEVEL  IV ": "IV", "4.0": "IV", "Level-1": "I",
    };
    for (const [raw, level] of Object.entries(cases)) expect(parsePwLevel(raw), raw).toBe(level);
  });

  it("parsePwLevel(string) returns null for N/A, OES Mean, blank and anything else", () => {
    for (const s of ["N/A", "OES Mean", "", " ", "Level", "V", "5", "0", "Level I/II", "10"]) expect(parsePwLevel(s), s).toBeNull();
    expect(parsePwLevel(null)).toBeNull();
  });

  test.prop([fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^([Ll]evel ?)?([Ii]{1,3}|[Ii][Vv]|[0-5])(\.0)?$/))])(
    "parsePwLevel is idempotent and returns a PwLevel",
    (s) => {
      const once = parsePwLevel(s);
      if (once === null) return;
      expect(PwLevel.safeParse(once).success).toBe(true);
      expect(parsePwLevel(once)).toBe(once);
    },
  );
});
