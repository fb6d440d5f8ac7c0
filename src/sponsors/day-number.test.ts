import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { dayNumber, fiscalYearOfDay, isoDateOfDay } from "./day-number";

describe("dayNumber", () => {
  test.prop([fc.integer({ min: 0, max: 200_000 })])("agrees with Date.UTC and round-trips", (d) => {
    const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
    expect(dayNumber(iso)).toBe(d);
    expect(isoDateOfDay(d)).toBe(iso);
  });
  it("maps null to -1 and back", () => {
    expect(dayNumber(null)).toBe(-1);
    expect(isoDateOfDay(-1)).toBeNull();
  });
});

describe("fiscalYearOfDay", () => {
  test.prop([fc.integer({ min: 0, max: 200_000 })])("agrees with the calendar: October–December belong to the next year", (d) => {
    const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
    const y = Number(iso.slice(0, 4));
    expect(fiscalYearOfDay(d)).toBe(Number(iso.slice(5, 7)) >= 10 ? y + 1 : y);
  });
});
