import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { CaseStatus } from "../datasets/filing";
import { isApproved, parseCaseStatus } from "./status";

describe("parseCaseStatus", () => {
  it("parseCaseStatus(string) reads PERM and LCA spellings of every era", () => {
    const cases: Record<string, CaseStatus> = {
      Certified: "certified", CERTIFIED: "certified",
      "Certified-Expired": "certified-expired", "Certified-expired": "certified-expired", "Certified - Expired": "certified-expired",
      "CERTIFIED-WITHDRAWN": "certified-withdrawn", "Certified - Withdrawn": "certified-withdrawn",
      Denied: "denied", DENIED: "denied", Withdrawn: "withdrawn", WITHDRAWN: "withdrawn",
      Rejected: "rejected", INVALIDATED: "invalidated", " certified ": "certified",
    };
    for (const [raw, status] of Object.entries(cases)) expect(parseCaseStatus(raw), raw).toBe(status);
  });

  it("parseCaseStatus(string) maps PW outcomes to determined", () => {
    for (const s of ["Determination Issued", "Redetermination Affirmed", "Redetermination Modified", "Center Director Review Affirmed", "Center Director Review Modified", "DETERMINATION ISSUED"]) {
      expect(parseCaseStatus(s), s).toBe("determined");
    }
  });

  it("parseCaseStatus(string) returns null for anything else", () => {
    for (const s of ["", "PENDING", "Certified Denied", "N/A", "1"]) expect(parseCaseStatus(s), s).toBeNull();
    expect(parseCaseStatus(null)).toBeNull();
  });

  test.prop([fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom(...CaseStatus.options))])(
    "parseCaseStatus is idempotent and returns a CaseStatus",
    (s) => {
      const once = parseCaseStatus(s);
      if (once === null) return;
      expect(CaseStatus.safeParse(once).success).toBe(true);
      expect(parseCaseStatus(once)).toBe(once);
    },
  );

  it("parseCaseStatus reads back every canonical status", () => {
    for (const status of CaseStatus.options) expect(parseCaseStatus(status)).toBe(status);
  });
});

describe("isApproved", () => {
  it("isApproved(status) is true for certified, certified-expired, certified-withdrawn and determined", () => {
    expect(CaseStatus.options.filter(isApproved)).toEqual(["certified", "certified-expired", "certified-withdrawn", "determined"]);
  });
});
