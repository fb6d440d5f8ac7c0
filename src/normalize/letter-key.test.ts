import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { letterKey } from "./letter-key";

describe("letterKey", () => {
  it("letterKey(string) keeps ASCII letters upper-cased and drops everything else", () => {
    expect(letterKey("Certified - Expired")).toBe("CERTIFIEDEXPIRED");
    expect(letterKey("Bachelor's")).toBe("BACHELORS");
    expect(letterKey("N.Y.")).toBe("NY");
    expect(letterKey("Hourly (hr) 2")).toBe("HOURLYHR");
    expect(letterKey("Émile")).toBe("MILE");
  });

  test.prop([fc.string({ unit: "binary" })])("letterKey is idempotent and yields only A-Z", (s) => {
    const once = letterKey(s);
    expect(once).toMatch(/^[A-Z]*$/);
    expect(letterKey(once)).toBe(once);
  });
});
