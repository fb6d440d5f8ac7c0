import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { UsState } from "../datasets/filing";
import { parseState, US_STATES } from "./state";

describe("parseState", () => {
  it("parseState(string) accepts USPS codes for states, DC and territories in any case", () => {
    expect(parseState("NY")).toBe("NY");
    expect(parseState(" il ")).toBe("IL");
    expect(parseState("N.Y.")).toBe("NY");
    expect(parseState("D.C.")).toBe("DC");
    for (const code of ["PR", "GU", "VI", "AS", "MP", "FM", "MH", "PW"]) expect(parseState(code), code).toBe(code);
  });

  it("parseState(string) accepts full names with or without spaces", () => {
    expect(parseState("NEWYORK")).toBe("NY");
    expect(parseState("New York")).toBe("NY");
    expect(parseState("ILLINOIS")).toBe("IL");
    expect(parseState("PENNSYLVANIA")).toBe("PA");
    expect(parseState("DISTRICT OF COLUMBIA")).toBe("DC");
    expect(parseState("Washington, D.C.")).toBe("DC");
    expect(parseState("Washington")).toBe("WA");
    expect(parseState("West Virginia")).toBe("WV");
    expect(parseState("Puerto Rico")).toBe("PR");
    expect(parseState("U.S. Virgin Islands")).toBe("VI");
    expect(parseState("iowa")).toBe("IA");
  });

  it("parseState(string) fixes typos of long names when one name is clearly closest", () => {
    expect(parseState("MASSACHUSETTES")).toBe("MA");
    expect(parseState("MASSACHUSSETS")).toBe("MA");
    expect(parseState("CALIFORNA")).toBe("CA");
    expect(parseState("PENNSILVANIA")).toBe("PA");
    expect(parseState("NORTH CAROLINE")).toBe("NC");
    expect(parseState("CONNETICUT")).toBe("CT");
  });

  it("parseState(string) refuses ambiguous or distant typos, short names and foreign places", () => {
    expect(parseState("NOUTH DAKOTA")).toBeNull(); // one edit from both Dakotas
    expect(parseState("INDIA")).toBeNull();
    expect(parseState("CANADA")).toBeNull();
    expect(parseState("ONTARIO")).toBeNull();
    expect(parseState("OHOI")).toBeNull(); // OHIO is too short for typo matching
    expect(parseState("XX")).toBeNull();
    expect(parseState("")).toBeNull();
    expect(parseState(null)).toBeNull();
    expect(parseState(undefined)).toBeNull();
    expect(parseState("constructor")).toBeNull();
    expect(parseState("__proto__")).toBeNull();
  });

  it("US_STATES maps all 59 codes to names", () => {
    expect(Object.keys(US_STATES)).toHaveLength(59);
    expect(US_STATES["MA"]).toBe("Massachusetts");
    for (const [code, name] of Object.entries(US_STATES)) {
      expect(parseState(code)).toBe(code);
      expect(parseState(name)).toBe(code);
      expect(parseState(name.toUpperCase().replaceAll(" ", ""))).toBe(code);
    }
  });

  const stateish = fc.oneof(
    fc.constantFrom(...Object.values(US_STATES)),
    fc.constantFrom(...Object.keys(US_STATES)),
  ).chain((s) => fc.tuple(fc.constant(s), fc.nat(s.length), fc.constantFrom("", "X", " ", "E")).map(([t, i, c]) => t.slice(0, i) + c + t.slice(i + 1)));

  test.prop([fc.oneof(fc.string({ unit: "binary" }), stateish)])("parseState is idempotent and returns a known UsState", (s) => {
    const once = parseState(s);
    if (once === null) return;
    expect(UsState.safeParse(once).success).toBe(true);
    expect(Object.hasOwn(US_STATES, once)).toBe(true);
    expect(parseState(once)).toBe(once);
  });
});
