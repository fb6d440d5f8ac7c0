import { describe, expect, it } from "vitest";
import { cache, intern } from "./memo";

describe("cache", () => {
  it("computes each distinct raw string once and returns the same entry for it", () => {
    const seen: string[] = [];
    const lookup = cache((s: string) => {
      seen.push(s);
      return s.toUpperCase();
    });
    const a = lookup("seattle");
    expect(a.value).toBe("SEATTLE");
    expect(lookup("seattle")).toBe(a); // the previous value
    expect(lookup("boston").value).toBe("BOSTON");
    expect(lookup("seattle")).toBe(a); // from the map
    expect(seen).toEqual(["seattle", "boston"]);
  });

  it("has no placeholder a real first cell could match (a NUL cell is computed, not mistaken for 'nothing yet')", () => {
    const lookup = cache((s: string) => s.length);
    expect(lookup("\u0000").value).toBe(1);
    expect(lookup("").value).toBe(0);
  });

  it("keeps the raw text as the entry's key", () => {
    const lookup = cache((s: string) => s.trim());
    const e = lookup("  Year ");
    expect(e.key).toBe("  Year ");
    expect(e.value).toBe("Year");
    expect(e.related).toBeNull();
  });
});

describe("intern", () => {
  it("returns an equal string", () => {
    for (const s of ["", "x", "I-200-23001-123456", "é🏢"]) expect(intern(s)).toBe(s);
  });
});
