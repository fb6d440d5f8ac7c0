import { describe, expect, it } from "vitest";
import { civilFromDays, daysFromCivil } from "./civil-days";

describe("civil days", () => {
  it("civilFromDays agrees with Date.UTC and daysFromCivil inverts it, 1900-01-01 to 2100-12-31", () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2100, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const iso = civilFromDays(day);
      expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
      expect(daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))).toBe(day);
    }
  });
  it("pads years below 1000 to four digits", () => {
    expect(civilFromDays(daysFromCivil(999, 12, 31))).toBe("0999-12-31");
  });
});
