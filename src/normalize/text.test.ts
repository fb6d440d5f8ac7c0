import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cleanText } from "./text";

describe("cleanText", () => {
  it("cleanText(string) turns HTML-escaped ampersands back into & in any case", () => {
    expect(cleanText("ERNST &AMP;  YOUNG U.S. LLP")).toBe("ERNST & YOUNG U.S. LLP");
    expect(cleanText("Johnson &amp; Johnson")).toBe("Johnson & Johnson");
    expect(cleanText("AT&Amp;T")).toBe("AT&T");
    expect(cleanText("A &AMP;AMP; B")).toBe("A & B");
  });

  it("cleanText(string) collapses doubled inner spaces and trims", () => {
    expect(cleanText("BOISE STATE  UNIVERSITY")).toBe("BOISE STATE UNIVERSITY");
    expect(cleanText("SEDNA  CONSULTING  GROUP INC")).toBe("SEDNA CONSULTING GROUP INC");
    expect(cleanText("SENIOR QUANTITATIVE DEVELOPER  ")).toBe("SENIOR QUANTITATIVE DEVELOPER");
  });

  it("cleanText(string) turns NBSP, tabs, line breaks and zero-width spaces into one space", () => {
    expect(cleanText("Copper River Census Area\u00a0")).toBe("Copper River Census Area");
    expect(cleanText("A\u00a0\u2009B\tC\r\nD\u200bE\ufeff")).toBe("A B C D E");
  });

  it("cleanText(string) leaves other characters alone", () => {
    expect(cleanText("Assembléon America")).toBe("Assembléon America");
    expect(cleanText("CLEVELAND\ufffd")).toBe("CLEVELAND\ufffd");
    expect(cleanText("37378.0")).toBe("37378.0");
    expect(cleanText("Master Software Engineer – Technical")).toBe("Master Software Engineer – Technical");
  });

  it("cleanText returns the same string object when nothing needs cleaning", () => {
    const s = "CAPGEMINI AMERICA INC";
    expect(cleanText(s)).toBe(s);
  });

  it("cleanText returns null for null, undefined, empty and blank values", () => {
    expect(cleanText(null)).toBeNull();
    expect(cleanText(undefined)).toBeNull();
    expect(cleanText("")).toBeNull();
    expect(cleanText(" \u00a0\t ")).toBeNull();
  });

  const messy = fc
    .array(fc.constantFrom("A", "b", " ", "  ", "\u00a0", "\t", "&", "&AMP;", "&amp;", "amp;", "AMP;", ";", "\u200b", "\n"), { maxLength: 15 })
    .map((parts) => parts.join(""));

  test.prop([fc.string({ unit: "binary" })])("cleanText never throws and never returns an empty string", (s) => {
    const out = cleanText(s);
    expect(out === null || out.length > 0).toBe(true);
  });

  test.prop([fc.oneof(fc.string({ unit: "binary" }), messy)])("cleanText is idempotent", (s) => {
    const once = cleanText(s);
    expect(cleanText(once)).toBe(once);
  });

  test.prop([fc.oneof(fc.string(), messy)])("cleanText output has no edge spaces, no doubled spaces and no &amp;", (s) => {
    const out = cleanText(s);
    if (out === null) return;
    expect(out).toBe(out.trim());
    expect(out).not.toMatch(/\s\s|[^\S ]/);
    expect(out.toLowerCase()).not.toContain("&amp;");
  });
});
