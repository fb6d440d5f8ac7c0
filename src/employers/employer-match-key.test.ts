import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { employerMatchKey, squashKey } from "./employer-match-key";

describe("employerMatchKey", () => {
  it("groups the spellings QUIRKS #13–16 lists", () => {
    const same = (names: string[]) => expect(new Set(names.map(employerMatchKey)).size, names.join(" / ")).toBe(1);
    same(["CAPGEMINI AMERICA INC", "CAPGEMINI AMERICA, INC.", "CAPGEMINI AMERICA INC.", "CAPGEMINI AMERICA, INC"]);
    same(["COGNIZANT TECHNOLOGY SOLUTIONS US CORP", "COGNIZANT TECHNOLOGY SOLUTIONS U.S. CORPORATION"]);
    same(["TECH MAHINDRA (AMERICAS),INC.", "TECH MAHINDRA (AMERICAS), INC.", "TECH MAHINDRA (AMERICAS) INC."]);
    same(["GOLDMAN SACHS & CO. LLC", "GOLDMAN, SACHS & CO.", "GOLDMAN SACHS & CO LLC"]);
    same(["Johnson & Johnson", "JOHNSON AND JOHNSON", "Johnson and Johnson Inc."]);
    same(["ERNST &AMP;  YOUNG U.S. LLP", "Ernst & Young U.S. LLP"]);
  });
  it("keeps firms that share a prefix apart", () => {
    expect(employerMatchKey("Intel Corporation")).not.toBe(employerMatchKey("Intel 471 Inc."));
    expect(employerMatchKey("INTEL471 INC")).toBe("INTEL471");
  });
  it("reads AND only as a whole word", () => {
    expect(employerMatchKey("ANDERSEN AND ANDROMEDA LLC")).toBe("ANDERSEN & ANDROMEDA");
    expect(employerMatchKey("AND")).toBe("&");
  });
  test.prop([fc.string()])("is idempotent and never throws", (s) => {
    const once = employerMatchKey(s);
    expect(once === null ? null : employerMatchKey(once)).toBe(once);
  });
  it("squashKey removes spaces", () => {
    expect(squashKey("JP MORGAN CHASE")).toBe("JPMORGANCHASE");
  });
});
