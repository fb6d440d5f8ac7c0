import { describe, expect, it } from "vitest";
import { makeFiling } from "../../test/make-filing";
import { buildSponsorIndex } from "../sponsors/build-sponsor-index";
import { findEmployer } from "./find-employer";

let n = 0;
const f = (employer: string, extra: Parameters<typeof makeFiling>[0] extends infer T ? Partial<T> : never = {}) =>
  makeFiling({ caseNumber: `I-200-24001-${String(++n).padStart(6, "0")}`, employer, ...extra });

const index = buildSponsorIndex(
  [
    f("INTEL CORPORATION", { state: "CA" }), f("Intel Corporation", { state: "CA" }), f("INTEL471 INC", { state: "TX" }),
    f("JPMORGAN CHASE BANK, N.A.", { state: "OH" }), f("J.P. MORGAN SECURITIES LLC", { state: "NY" }),
    f("COGNIZANT TECHNOLOGY SOLUTIONS US CORP", { state: "NJ" }), f("COGNIZANT TECHNOLOGY SOLUTIONS U.S. CORPORATION", { state: "NJ" }),
    f("TECH MAHINDRA (AMERICAS),INC.", { state: "TX" }), f("JOHNSON & JOHNSON SERVICES, INC.", { state: "NJ" }),
    f("GOOGLE LLC", { state: "CA", fein: "77-0493581" }), f("GOOGLE INC.", { state: "CA" }),
    f("UHCP D/B/A UPMC MEDICAL EDUCATION", { state: "PA" }),
  ],
  { aliases: { parents: [{ name: "JPMorgan Chase & Co.", brands: ["JPMorganChase", "Chase"], members: ["JPMorgan Chase Bank, N.A.", "J.P. Morgan Securities LLC"] }] } },
);
const top = (q: string) => findEmployer(index, q)[0];

describe("findEmployer", () => {
  it("Intel finds Intel, not Intel471; Intel 471 finds Intel471", () => {
    expect(findEmployer(index, "Intel").map((c) => c.key)).toEqual(["name:INTEL"]);
    expect(top("Intel 471")?.key).toBe("name:INTEL471");
    expect(top("intel471, inc.")?.match).toBe("exact");
  });
  it("is robust to suffixes, punctuation, & / AND and word order", () => {
    expect(top("Cognizant Technology Solutions U.S. Corp.")).toMatchObject({ key: "name:COGNIZANT TECHNOLOGY SOLUTIONS US", confidence: 1 });
    expect(top("tech mahindra americas")).toMatchObject({ key: "name:TECH MAHINDRA AMERICAS", confidence: 1 });
    expect(top("Johnson and Johnson Services")).toMatchObject({ key: "name:JOHNSON & JOHNSON SERVICES", match: "exact" });
    expect(top("Solutions Technology Cognizant US")).toMatchObject({ key: "name:COGNIZANT TECHNOLOGY SOLUTIONS US", match: "word-order" });
  });
  it("finds partial names and brands, ranked with confidence", () => {
    expect(top("Cognizant")?.key).toBe("name:COGNIZANT TECHNOLOGY SOLUTIONS US");
    expect(["partial", "prefix"]).toContain(top("Cognizant")?.match);
    expect(top("Cognizant")!.confidence).toBeGreaterThan(0.5);
    expect(top("Cognizant")!.confidence).toBeLessThan(0.95);
    expect(top("JPMorganChase")).toMatchObject({ key: "parent:JPMORGAN CHASE", scope: "parent", via: "brand", confidence: 1 });
    expect(findEmployer(index, "JP Morgan Chase Bank").map((c) => c.key)).toContain("name:JPMORGAN CHASE BANK NA");
    expect(top("UPMC Medical Education")).toMatchObject({ key: "name:UHCP", via: "trade-name", confidence: 0.9 });
  });
  it("looks up a FEIN or an employer key directly", () => {
    expect(top("77-0493581")).toMatchObject({ key: "fein:77-0493581", match: "fein", name: "GOOGLE LLC" });
    expect(top("770493581")?.key).toBe("fein:77-0493581");
    expect(top("fein:77-0493581")?.match).toBe("key");
    expect(top("Google Inc.")?.key).toBe("fein:77-0493581");
  });
  it("returns nothing for unknown names and respects limit / minConfidence", () => {
    expect(findEmployer(index, "Initech")).toEqual([]);
    expect(findEmployer(index, "", {})).toEqual([]);
    expect(findEmployer(index, "Cognizant", { minConfidence: 0.99 })).toEqual([]);
    expect(() => findEmployer(index, "x", { limit: 0 })).toThrow(/findEmployer/);
  });
});
