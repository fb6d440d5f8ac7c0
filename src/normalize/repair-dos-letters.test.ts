import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { repairDosLetters } from "./repair-dos-letters";

describe("repairDosLetters", () => {
  it("repairDosLetters(string) reads U+0081 as the CP437 ü of the 2020-21 Geography.csv", () => {
    expect(repairDosLetters("Mayag\u0081uez, PR")).toBe("Mayagüez, PR");
  });
  it("repairDosLetters(string) leaves text without C1 leftovers untouched", () => {
    expect(repairDosLetters("“Couriers” – Assembléon")).toBe("“Couriers” – Assembléon");
    expect(repairDosLetters("")).toBe("");
  });
  test.prop([fc.string()])("repairDosLetters is idempotent", (s) => {
    const once = repairDosLetters(s);
    expect(repairDosLetters(once)).toBe(once);
  });
});
