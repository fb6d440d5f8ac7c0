import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { caseKey, caseNumberOfKey, programOfKey } from "./case-key";

const pad = (n: number, w: number) => String(n).padStart(w, "0");
const official = fc.oneof(
  fc.tuple(fc.constantFrom("I", "G", "P", "H", "E"), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 366 }), fc.integer({ min: 0, max: 999_999 }))
    .map(([l, p, yy, ddd, seq]) => `${l}-${pad(p, 3)}-${pad(yy, 2)}${pad(ddd, 3)}-${pad(seq, 6)}`),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 366 }), fc.integer({ min: 0, max: 99_999 })).map(([yy, ddd, seq]) => `A-${pad(yy, 2)}${pad(ddd, 3)}-${pad(seq, 5)}`),
);
const program = fc.constantFrom("PERM", "LCA", "PW") as fc.Arbitrary<"PERM" | "LCA" | "PW">;

describe("caseKey", () => {
  test.prop([program, official])("packs official case numbers exactly (decodes back, non-negative safe integers)", (p, cn) => {
    const key = caseKey(p, cn);
    expect(Number.isSafeInteger(key) && key >= 0).toBe(true);
    expect(caseNumberOfKey(key)).toBe(cn);
    expect(programOfKey(key)).toBe(p);
  });
  test.prop([program, official, program, official])("distinct (program, case number) pairs get distinct packed keys", (p1, c1, p2, c2) => {
    if (p1 !== p2 || c1 !== c2) expect(caseKey(p1, c1)).not.toBe(caseKey(p2, c2));
  });
  test.prop([program, fc.string()])("hashes anything else to a negative safe integer", (p, s) => {
    const key = caseKey(p, s);
    expect(Number.isSafeInteger(key)).toBe(true);
    if (key < 0) expect(caseNumberOfKey(key)).toBeNull();
  });
  it("keeps the same number in two programs apart", () => {
    expect(caseKey("PERM", "X-1")).not.toBe(caseKey("LCA", "X-1"));
    expect(caseKey("PERM", "A-15243-20441")).not.toBe(caseKey("PW", "A-15243-20441"));
  });
  it("rejects day-of-year 000 and 367 (hashed, not packed)", () => {
    expect(caseKey("LCA", "I-200-22000-000001")).toBeLessThan(0);
    expect(caseKey("LCA", "I-200-22367-000001")).toBeLessThan(0);
  });
});
