import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { Education } from "../datasets/filing";
import { parseEducation } from "./education";

describe("parseEducation", () => {
  it("parseEducation(string) reads PERM and PW education spellings", () => {
    const cases: Record<string, Education> = {
      "Bachelor's": "bachelors", BACHELORS: "bachelors", Bachelor: "bachelors", "Bachelor’s": "bachelors",
      "Master's": "masters", MASTERS: "masters",
      Doctorate: "doctorate", "Doctorate (PhD)": "doctorate", PhD: "doctorate", "Ph.D.": "doctorate",
      "High School": "high-school", "High School/GED": "high-school",
      "Associate's": "associates", None: "none", NONE: "none",
      Other: "other", "Other degree (JD, MD, etc.)": "other",
    };
    for (const [raw, education] of Object.entries(cases)) expect(parseEducation(raw), raw).toBe(education);
  });

  it("parseEducation(string) returns null for blank, N/A and unknown values", () => {
    for (const s of ["", "  ", "N/A", "NA", "College", "(", "constructor"]) expect(parseEducation(s), s).toBeNull();
    expect(parseEducation(null)).toBeNull();
  });

  it("parseEducation reads back every canonical value", () => {
    for (const value of Education.options) expect(parseEducation(value)).toBe(value);
  });

  test.prop([fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom(...Education.options))])(
    "parseEducation is idempotent and returns an Education",
    (s) => {
      const once = parseEducation(s);
      if (once === null) return;
      expect(Education.safeParse(once).success).toBe(true);
      expect(parseEducation(once)).toBe(once);
    },
  );
});
